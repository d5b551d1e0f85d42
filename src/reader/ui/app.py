"""The reading app: the document list, the reading pane and the actors and quotes panel.

``make_app`` builds the app for the command line and for the tests alike; ``run_app``
is what ``reader [PATH...]`` calls. Slow work (opening files, extracting actors and
quotes, checking which renderings differ) runs in thread workers that post messages
back, so the first frame never waits for it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.widget import Widget
from textual.widgets import Footer, Header
from textual.worker import get_current_worker

from reader.config import Settings, load_settings
from reader.core.convert import CONFIGS, LABELS, RENDERINGS, converter, render
from reader.core.document import Document, open_document
from reader.core.library import Entry, discover
from reader.core.loading import LoadError
from reader.core.state import DocState, State, StateStore, doc_key
from reader.core.wrap import visible
from reader.ui.clipboard import copy_text
from reader.ui.commands import ReaderCommands
from reader.ui.messages import AnalysisFailed, AnalysisReady, DocumentOpened, RenderingsChecked
from reader.ui.screens.help import HelpScreen, help_rows
from reader.ui.screens.library_search import LibraryMatch, LibrarySearchScreen
from reader.ui.themes import READER_VARIABLES, load_themes
from reader.ui.widgets.doc_list import DocList
from reader.ui.widgets.reading_pane import ReadingPane
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.side_panel import SidePanel


def _while_shown(handler: Callable[..., None]) -> Callable[..., None]:
    """For messages that arrive late (worker results, scrolling): dropped while the app closes."""

    @functools.wraps(handler)
    def handle(self: ReaderApp, event: Any) -> None:
        try:
            handler(self, event)
        except NoMatches:
            if self.screen_stack and self.is_running:
                raise

    return handle


#: Below this width (in cells) the list and the panel hide until toggled on.
NARROW = 120
#: Seconds after the last change before the reading state is written.
SAVE_DELAY = 1.0
#: The theme when neither the settings nor the saved state name one.
DEFAULT_THEME = "reader-paper"


class ReaderApp(App[None]):
    """Read the articles of a library, one at a time, with their actors and quotes."""

    CSS_PATH = "app.tcss"
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (NARROW, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "t",
            "cycle_rendering",
            "Script",
            id="cycle_rendering",
            tooltip="Cycle the rendering: original, 简体, 繁體, 台灣, 香港",
        ),
        Binding(
            "r",
            "toggle_original",
            "Original",
            id="toggle_original",
            tooltip="Switch between the cleaned and the original text",
        ),
        Binding("slash", "open_search", "Search", id="search", tooltip="Search in this article"),
        Binding(
            "n",
            "next_match",
            "Next",
            id="next_match",
            tooltip="Next search match, or next mention of the selected actor",
        ),
        Binding(
            "N",
            "previous_match",
            "Previous",
            id="previous_match",
            show=False,
            tooltip="Previous search match, or previous mention of the selected actor",
        ),
        Binding(
            "ctrl+f",
            "library_search",
            "Library",
            id="library_search",
            tooltip="Search every document in the library",
        ),
        Binding(
            "c",
            "copy",
            "Copy",
            id="copy",
            tooltip="Copy the selected quote as shown (or the actor's name, or the selection)",
        ),
        Binding(
            "C",
            "copy_citation",
            "Cite",
            id="copy_citation",
            show=False,
            tooltip="Copy the selected quote with its citation",
        ),
        Binding(
            "left_square_bracket",
            "previous_document",
            "Previous document",
            id="previous_document",
            show=False,
            tooltip="Open the previous document",
        ),
        Binding(
            "right_square_bracket",
            "next_document",
            "Next document",
            id="next_document",
            show=False,
            tooltip="Open the next document",
        ),
        Binding(
            "tab",
            "focus_region(1)",
            "Next region",
            id="focus_next",
            show=False,
            priority=True,
            tooltip="Move to the next region",
        ),
        Binding(
            "shift+tab",
            "focus_region(-1)",
            "Previous region",
            id="focus_previous",
            show=False,
            priority=True,
            tooltip="Move to the previous region",
        ),
        Binding(
            "l",
            "toggle_list",
            "List",
            id="toggle_list",
            show=False,
            tooltip="Show or hide the document list",
        ),
        Binding(
            "p",
            "toggle_panel",
            "Panel",
            id="toggle_panel",
            show=False,
            tooltip="Show or hide the actors and quotes panel",
        ),
        Binding("question_mark", "help", "Help", id="help", tooltip="Show every key"),
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit, remembering where you are"),
    ]

    def __init__(
        self,
        entries: list[Entry],
        *,
        settings: Settings,
        store: StateStore,
        warnings: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.entries = entries
        self.settings = settings
        self._store = store
        self._state: State = store.load()
        self._warnings = [*warnings, *([store.warning] if store.warning else [])]
        self._docs: dict[int, Document] = {}
        self._errors: dict[int, str] = {
            e: entry.error for e, entry in enumerate(entries) if entry.error
        }
        self._wanted: int | None = self._initial_index()
        self._current: int | None = None
        self._pending_match: LibraryMatch | None = None
        self._rendering = "original"
        self._original_view = self._state.original_view
        self._differs: dict[str, tuple[str, ...]] = {}
        self._analyses: dict[str, Any] = {}
        self._matches: list[Any] = []
        self._match_index: int | None = None
        self._mentions: list[tuple[int, int]] = []
        self._mention_index: int | None = None
        self._save_timer: Any = None
        # The theme last chosen wins over the settings: the choice persists.
        self._initial_theme = self._state.theme or settings.theme or DEFAULT_THEME

    # ----- building -------------------------------------------------------------------

    def _initial_index(self) -> int | None:
        usable = [i for i, e in enumerate(self.entries) if not e.error]
        if not usable:
            return None
        last = self._state.last_document
        for i in usable:
            if last is not None and doc_key(self.entries[i].path) == last:
                return i
        return usable[0]

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(READER_VARIABLES)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield DocList(
                [e.name for e in self.entries],
                [e.error for e in self.entries],
                id="doc-list",
            )
            yield ReadingPane(id="pane")
            yield SidePanel(id="side-panel")
        yield SearchBar(id="search-bar")
        yield Footer()

    def on_mount(self) -> None:
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)
        self.pane.measure = self.settings.measure
        for warning in self._warnings:
            self.notify(warning, markup=False, severity="warning", timeout=10)
        self.query_one(SidePanel).show_progress("Opening…")
        self.pane.focus()
        if self._wanted is None:
            self.notify(
                "No documents to show: give files or folders of .txt/.md articles.",
                severity="warning",
            )
            return
        self.query_one(DocList).highlighted = self._wanted
        # After the first frame: the threads below compete with it for the interpreter.
        self.call_after_refresh(self._open_documents, self._wanted)

    @property
    def pane(self) -> ReadingPane:
        return self.query_one(ReadingPane)

    @property
    def panel(self) -> SidePanel:
        return self.query_one(SidePanel)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def document(self) -> Document | None:
        """The document in the reading pane."""
        return self._docs.get(self._current) if self._current is not None else None

    @property
    def rendering(self) -> str:
        return self._rendering

    # ----- opening documents ----------------------------------------------------------

    @work(thread=True, group="open")
    def _open_documents(self, first: int) -> None:
        order = [first, *(i for i in range(len(self.entries)) if i != first)]
        worker = get_current_worker()
        for index in order:
            if worker.is_cancelled:
                return
            if index in self._errors:
                continue
            try:
                doc = open_document(self.entries[index].path)
            except LoadError as exc:
                self.post_message(DocumentOpened(index, None, exc.reason))
            except Exception as exc:  # a bug on odd text must not take the others down
                self.post_message(DocumentOpened(index, None, f"cannot be shown ({exc!r:.80})"))
            else:
                self.post_message(DocumentOpened(index, doc))

    @_while_shown
    def on_document_opened(self, event: DocumentOpened) -> None:
        doc_list = self.query_one(DocList)
        if event.doc is None:
            self._errors[event.index] = event.error or "cannot be opened"
            doc_list.set_document(event.index, None, event.error)
            if event.index == self._wanted:
                self._wanted = None
                self.notify(
                    f"{self.entries[event.index].name}: {event.error}",
                    markup=False,
                    severity="error",
                )
            return
        self._docs[event.index] = event.doc
        saved = self._state.doc(event.doc.path, event.doc.digest)
        doc_list.set_document(event.index, event.doc)
        doc_list.set_percent(event.index, saved.percent)
        if event.index == self._wanted:
            self._show(event.index)

    def _show(self, index: int) -> None:
        """Put the document at ``index`` in the reading pane where it was left."""
        doc = self._docs[index]
        self._remember_position()
        saved = self._state.doc(doc.path, doc.digest)
        self._rendering = saved.rendering if saved.rendering in RENDERINGS else "original"
        self._current = index
        self._matches, self._match_index = [], None
        self._mentions, self._mention_index = [], None
        self.pane.load(
            doc,
            rendering=self._rendering,
            original_view=self._original_view,
            position=(saved.paragraph, saved.offset),
        )
        self.query_one(DocList).highlighted = index
        self._state.last_document = doc_key(doc.path)
        self._schedule_save()
        self._update_header()
        if doc.digest not in self._differs:
            self._check_renderings(doc)
        # The text is painted before extraction (and jieba's start-up) takes the interpreter.
        self.call_after_refresh(self._start_analysis, doc)
        match, self._pending_match = self._pending_match, None
        if match is not None:
            self._apply_library_match(match)
        elif self.search_bar.display and self.search_bar.query_text:
            self._run_search(self.search_bar.query_text, keep_position=True)
        self.refresh_bindings()

    def _select(self, index: int) -> None:
        """Show the entry at ``index`` now, or as soon as it is open."""
        if index in self._errors:
            self.notify(
                f"{self.entries[index].name}: {self._errors[index]}", markup=False, severity="error"
            )
            return
        self._wanted = index
        if index in self._docs and index != self._current:
            self._show(index)

    @on(DocList.Chosen)
    def _chosen(self, event: DocList.Chosen) -> None:
        self._select(event.index)

    # ----- analysis -------------------------------------------------------------------

    def _start_analysis(self, doc: Document) -> None:
        if doc is not self.document:
            return  # another document was opened meanwhile
        if doc.digest in self._analyses:
            self._show_analysis(doc)
            return
        self.panel.show_progress("Finding actors and quotes…")
        self._analyse(doc)

    @work(thread=True, exclusive=True, group="analysis")
    def _analyse(self, doc: Document) -> None:
        # jieba loads here, off the UI thread and after the first frame.
        from reader.core.analysis import Cancelled, analyse

        # Set when a newer document's analysis replaces this one (the group is
        # exclusive) or the app quits: the work stops at its next check.
        cancel = get_current_worker().cancelled_event
        try:
            result = analyse(doc, cancel)
        except Cancelled:
            return
        except Exception as exc:  # any failure stays in the panel: the text is still readable
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            self.post_message(AnalysisFailed(doc.digest, reason))
            return
        self.post_message(AnalysisReady(doc.digest, result))

    @_while_shown
    def on_analysis_ready(self, event: AnalysisReady) -> None:
        self._analyses[event.digest] = event.analysis
        doc = self.document
        if doc is not None and doc.digest == event.digest:
            self._show_analysis(doc)

    @_while_shown
    def on_analysis_failed(self, event: AnalysisFailed) -> None:
        doc = self.document
        if doc is not None and doc.digest == event.digest:
            self.panel.show_progress(f"Actors and quotes unavailable: {event.reason}")

    def _show_analysis(self, doc: Document) -> None:
        self.panel.show_analysis(self._analyses[doc.digest], self._shown, self.pane.rendered_text)

    def _shown(self, text: str) -> str:
        """A short text (a name, a title) in the rendering on screen."""
        return render(text, self._rendering).text

    # ----- renderings -----------------------------------------------------------------

    @work(thread=True, group="renderings")
    def _check_renderings(self, doc: Document) -> None:
        text = doc.text
        differs = tuple(r for r in RENDERINGS[1:] if converter(CONFIGS[r]).convert(text) != text)
        self.post_message(RenderingsChecked(doc.digest, differs))

    @_while_shown
    def on_renderings_checked(self, event: RenderingsChecked) -> None:
        self._differs[event.digest] = event.renderings

    def _renderings(self, doc: Document) -> list[str]:
        """The renderings ``t`` cycles through: those that change the text (all, until known)."""
        differs = self._differs.get(doc.digest)
        return ["original", *(r for r in RENDERINGS[1:] if differs is None or r in differs)]

    def action_cycle_rendering(self) -> None:
        doc = self.document
        if doc is None:
            return
        cycle = self._renderings(doc)
        position = cycle.index(self._rendering) if self._rendering in cycle else 0
        self.set_rendering(cycle[(position + 1) % len(cycle)])

    def set_rendering(self, rendering: str) -> None:
        """Show the current document in ``rendering``, on the same paragraph."""
        doc = self.document
        if doc is None:
            return
        self._rendering = rendering
        self.pane.set_rendering(rendering)
        saved = self._state.doc(doc.path, doc.digest)
        saved.rendering = rendering
        self._state.remember(doc.path, saved)
        self._schedule_save()
        self._update_header()
        if doc.digest in self._analyses:
            # The text first: the panel's names and quotes follow a frame later.
            self.call_after_refresh(self.panel.redraw, self._shown, self.pane.rendered_text)
        if self._matches or (self.search_bar.display and self.search_bar.query_text):
            self._run_search(self.search_bar.query_text, keep_position=True)

    def action_toggle_original(self) -> None:
        doc = self.document
        if doc is None:
            return
        self._original_view = not self._original_view
        self.pane.set_original_view(self._original_view)
        self._state.original_view = self._original_view
        self._schedule_save()
        self._update_header()
        counts = doc.cleaned.counts()
        total = sum(counts.values())
        detail = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
        if self._original_view:
            message = (
                f"Original text: {total} repairs undone"
                if total
                else "Original text (no repairs were needed)"
            )
        else:
            message = (
                f"Cleaned text: {total} repairs"
                if total
                else "Cleaned text (no repairs were needed)"
            )
        self.notify(f"{message} ({detail})" if detail else message, markup=False, title="Text")

    def _update_header(self) -> None:
        doc = self.document
        if doc is None:
            return
        # The title is text from the file: escape sequences in it are shown, not obeyed.
        self.title = visible(self._shown(doc.title)) or Path(doc.path or "").name
        view = " · 原始" if self._original_view else ""
        self.sub_title = f"{LABELS[self._rendering]}{view} · {self.pane.percent}%"

    # ----- position and state ---------------------------------------------------------

    @on(ReadingPane.PositionChanged)
    @_while_shown
    def _position_changed(self, event: ReadingPane.PositionChanged) -> None:
        doc = self.document
        if doc is None or self._current is None:
            return
        self.query_one(DocList).set_percent(self._current, event.percent)
        self._update_header()
        self._remember_position()
        self._schedule_save()

    def _remember_position(self) -> None:
        doc = self.document
        if doc is None:
            return
        paragraph, offset = self.pane.position
        self._state.remember(
            doc.path,
            DocState(paragraph, offset, self._rendering, self.pane.percent, doc.digest),
        )

    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self._save_in_background)

    def _save_in_background(self) -> None:
        self._save_timer = None
        self._save_worker()

    @work(thread=True, exclusive=True, group="state")
    def _save_worker(self) -> None:
        warning = self._store.save(self._state)
        if warning:
            self.call_from_thread(self._warn_once, warning)

    def _warn_once(self, warning: str) -> None:
        if warning not in self._warnings:
            self._warnings.append(warning)
            self.notify(warning, markup=False, severity="warning", timeout=10)

    def save_state(self) -> None:
        """Write the reading state now (on quitting)."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        self._remember_position()
        warning = self._store.save(self._state)
        if warning:
            self._warn_once(warning)

    def watch_theme(self, theme: str) -> None:
        state = getattr(self, "_state", None)  # Textual sets a theme before __init__ ends
        if state is not None and state.theme != theme:
            state.theme = theme
            if self.is_running:
                self._schedule_save()

    async def action_quit(self) -> None:
        self.save_state()
        self.exit()

    # ----- search in the article ------------------------------------------------------

    def action_open_search(self) -> None:
        if self.document is not None:
            self.search_bar.open()
            self.refresh_bindings()

    @on(SearchBar.QueryChanged)
    def _query_changed(self, event: SearchBar.QueryChanged) -> None:
        self._run_search(event.query)

    @on(SearchBar.Submitted)
    def _query_submitted(self) -> None:
        self.pane.focus()

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self._matches, self._match_index = [], None
        self.pane.clear_highlights("search")
        self.pane.focus()
        self.refresh_bindings()

    def _run_search(self, query: str, *, keep_position: bool = False) -> None:
        """Find ``query`` in the rendering on screen and go to the first match from here."""
        from reader.core.find import find_all

        doc = self.document
        if doc is None:
            return
        previous = self._matches[self._match_index] if self._match_index is not None else None
        self._matches = find_all(doc, query, self._rendering) if query.strip() else []
        self._match_index = None
        if self._matches:
            if keep_position and previous is not None:
                anchor = previous.start
            else:
                paragraph = self.pane.position[0]
                anchor = doc.paragraphs[paragraph].start if paragraph < len(doc.paragraphs) else 0
            self._match_index = next(
                (i for i, m in enumerate(self._matches) if m.start >= anchor), 0
            )
        self._show_matches()
        self.refresh_bindings()

    def _show_matches(self) -> None:
        spans = [(m.start, m.end) for m in self._matches]
        if spans:
            self.pane.set_highlights("search", spans, current=self._match_index)
            self.pane.scroll_to_offset(self._matches[self._match_index or 0].start)
        else:
            self.pane.clear_highlights("search")
        current = None if self._match_index is None else self._match_index + 1
        self.search_bar.set_count(current, len(self._matches))

    def _step(self, step: int) -> None:
        if self._matches:
            self._match_index = ((self._match_index or 0) + step) % len(self._matches)
            self._show_matches()
        elif self._mentions:
            self._mention_index = ((self._mention_index or 0) + step) % len(self._mentions)
            self._show_mentions()

    def action_next_match(self) -> None:
        self._step(1)

    def action_previous_match(self) -> None:
        self._step(-1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"next_match", "previous_match"}:
            return bool(self._matches or self._mentions)
        return True

    # ----- actors and quotes ----------------------------------------------------------

    @on(SidePanel.ActorSelected)
    def _actor_selected(self, event: SidePanel.ActorSelected) -> None:
        self._mentions = sorted((m.start, m.end) for m in event.actor.mentions)
        self._mention_index = 0 if self._mentions else None
        self.pane.clear_highlights("quote")
        self._show_mentions()
        self.refresh_bindings()

    def _show_mentions(self) -> None:
        if not self._mentions:
            self.pane.clear_highlights("mention")
            return
        self.pane.set_highlights("mention", self._mentions, current=self._mention_index)
        self.pane.scroll_to_offset(self._mentions[self._mention_index or 0][0])

    @on(SidePanel.QuoteSelected)
    def _quote_selected(self, event: SidePanel.QuoteSelected) -> None:
        quote = event.quote
        self._mentions, self._mention_index = [], None
        self.pane.clear_highlights("mention")
        self.pane.set_highlights("quote", [(quote.start, quote.end)], current=0)
        self.pane.scroll_to_offset(quote.start)
        self.refresh_bindings()

    # ----- copying --------------------------------------------------------------------

    def _copy(self, text: str) -> None:
        self.notify(copy_text(self, text), markup=False, title="Copied")

    def action_copy(self) -> None:
        selection = self.pane.selected_text() if self.focused is self.pane else None
        if selection:
            self._copy(selection)
            return
        panel = self.panel
        if panel.active_tab == "actors" and panel.selected_actor is not None:
            self._copy(self._shown(panel.selected_actor.name))
        elif panel.selected_quote is not None:
            quote = panel.selected_quote
            self._copy(self.pane.rendered_text(quote.start, quote.end))
        else:
            self.notify("Nothing to copy: pick a quote or an actor in the side panel.")

    def action_copy_citation(self) -> None:
        doc = self.document
        quote = self.panel.selected_quote
        if doc is None or quote is None:
            self.notify("Nothing to cite: pick a quote in the Quotes tab.")
            return
        self._copy(
            self.settings.citation(
                quote=self.pane.rendered_text(quote.start, quote.end),
                speaker=self._shown(quote.speaker) if quote.speaker else "",
                title=self._shown(doc.title),
                source=Path(doc.path or "").name,
            )
        )

    # ----- moving around --------------------------------------------------------------

    def _step_document(self, step: int) -> None:
        start = self._wanted if self._wanted is not None else self._current
        if start is None:
            return
        index = start + step
        while 0 <= index < len(self.entries) and index in self._errors:
            index += step
        if 0 <= index < len(self.entries):
            self._select(index)
        else:
            self.notify("No more documents that way.", timeout=2)

    def action_previous_document(self) -> None:
        self._step_document(-1)

    def action_next_document(self) -> None:
        self._step_document(1)

    def _regions(self) -> list[Widget]:
        """The focus stops of tab, in order: the list, the text, the actors, the quotes."""
        regions: list[Widget] = []
        if self.query_one(DocList).display:
            regions.append(self.query_one(DocList))
        regions.append(self.pane)
        if self.panel.display:
            regions += [self.panel.actors_list, self.panel.quotes_list]
        return regions

    def action_focus_region(self, step: int) -> None:
        if self.screen is not self.screen_stack[0]:
            # A dialog is open: tab moves within it.
            (self.screen.focus_next if step > 0 else self.screen.focus_previous)()
            return
        regions = self._regions()
        focused = self.focused
        index = regions.index(focused) if focused in regions else regions.index(self.pane)
        target = regions[(index + step) % len(regions)]
        if target is self.panel.actors_list:
            self.panel.show_tab("actors")
        elif target is self.panel.quotes_list:
            self.panel.show_tab("quotes")
        # Now, not after the queued keys: a second tab typed ahead starts from here.
        self.screen.set_focus(target)

    def _toggle(self, widget: Widget) -> None:
        shown = widget.display
        widget.set_class(shown, "-hidden")
        widget.set_class(not shown, "-shown")
        if shown and self.focused is not None and widget in self.focused.ancestors_with_self:
            self.pane.focus()

    def action_toggle_list(self) -> None:
        self._toggle(self.query_one(DocList))

    def action_toggle_panel(self) -> None:
        self._toggle(self.panel)

    def action_help(self) -> None:
        self.push_screen(HelpScreen(help_rows(self, self.binding_sections())))

    def binding_sections(self) -> list[tuple[str, list[Any]]]:
        """Every binding of the app, by where it applies: the source of the help screen."""
        return [
            ("Reader", list(self.BINDINGS)),
            ("Reading pane", list(ReadingPane.BINDINGS)),
            ("Search bar", list(SearchBar.BINDINGS)),
            ("Library search", list(LibrarySearchScreen.BINDINGS)),
            ("Help", list(HelpScreen.BINDINGS)),
        ]

    def palette_actions(self) -> list[tuple[str, str, str]]:
        """(title, help, action) of every reader action, for the command palette."""
        out = []
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            title = binding.tooltip or binding.description
            out.append((title, f"key: {self.get_key_display(binding)}", binding.action))
        return out

    # ----- library search -------------------------------------------------------------

    def action_library_search(self) -> None:
        paths = [str(e.path) for i, e in enumerate(self.entries) if i not in self._errors]
        query = self.search_bar.query_text if self.search_bar.display else ""
        self.push_screen(LibrarySearchScreen(paths, query), self._library_done)

    def _library_done(self, match: LibraryMatch | None) -> None:
        if match is None:
            return
        key = doc_key(match.path)
        index = next((i for i, e in enumerate(self.entries) if doc_key(e.path) == key), None)
        if index is None:
            return
        self._wanted = index
        if index == self._current:
            self._apply_library_match(match)
        else:
            self._pending_match = match
            if index in self._docs:
                self._show(index)

    def _apply_library_match(self, match: LibraryMatch) -> None:
        bar = self.search_bar
        bar.display = True
        with bar.prevent(SearchBar.QueryChanged):
            bar.input.value = match.query
        bar.flush()
        self._run_search(match.query)
        for i, m in enumerate(self._matches):
            if m.start <= match.start < max(m.end, m.start + 1):
                self._match_index = i
                break
        self._show_matches()
        if not self._matches:
            self.pane.scroll_to_offset(match.start)
        self.pane.focus()


def make_app(
    paths: Sequence[str | Path],
    *,
    settings: Settings | None = None,
    store: StateStore | None = None,
) -> ReaderApp:
    """The app over ``paths`` (the bundled articles if empty), for the CLI and the tests."""
    warnings: list[str] = []
    if settings is None:
        settings, warning = load_settings()
        if warning:
            warnings.append(warning)
    themes, theme_warnings = load_themes()
    warnings += theme_warnings
    app = ReaderApp(
        discover(list(paths)), settings=settings, store=store or StateStore(), warnings=warnings
    )
    for theme in themes:
        app.register_theme(theme)
    # Chosen before the first frame: a theme set after it restyles the whole screen.
    if app._initial_theme in app.available_themes:
        app.theme = app._initial_theme
    return app


def run_app(paths: Sequence[str]) -> int:
    """Run the app on ``paths``; the exit status for the command line."""
    app = make_app(paths)
    app.run()
    return 0
