"""Search across the library: a query box and every matching document with snippets."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.core.wrap import visible

if TYPE_CHECKING:
    from reader.core.search import SearchIndex


#: Snippets shown under each document.
SNIPPETS_PER_DOCUMENT = 3
#: Seconds of typing pause before a query runs.
DEBOUNCE = 0.15


@dataclass(frozen=True)
class LibraryMatch:
    """Where to open: a document and a span of its cleaned text, and the query that found it."""

    path: str
    start: int
    end: int
    query: str


def highlighted_snippet(snippet: str, start: int, end: int) -> Content:
    """``snippet`` as plain text (never markup) with ``snippet[start:end]`` marked."""
    # Line breaks inside a snippet would break the list's layout.
    # Escape sequences from the file are shown, not obeyed (same length: offsets hold).
    flat = visible(snippet.replace("\n", " ").replace("\r", " "))
    return Content(flat).stylize("bold reverse $text-accent", start, end)


class LibrarySearchScreen(ModalScreen[LibraryMatch | None]):
    """Type to search every document; Enter opens the one under the cursor at its match."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Close", id="library.close"),
        Binding("down", "focus_results", "Results", id="library.results", show=False),
    ]

    @dataclass
    class IndexReady(Message):
        """The index is up to date; ``notice`` says if it had to be rebuilt."""

        notice: str | None

    @dataclass
    class Results(Message):
        """What ``query`` found."""

        query: str
        results: list[Any]

    def __init__(self, paths: list[str], query: str = "") -> None:
        super().__init__()
        self._paths = paths
        self._initial = query
        self._ready = threading.Event()
        # Stops a long index update when the screen closes.
        self._cancel = threading.Event()
        self._index: SearchIndex | None = None
        self._timer: Timer | None = None
        self._targets: list[LibraryMatch | None] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="library-box"):
            yield Static(Content.styled("Search the library", "bold $accent"), id="library-title")
            yield Input(self._initial, placeholder="words in either script", id="library-input")
            yield Static("Updating the index…", id="library-status", markup=False)
            yield OptionList(id="library-results")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._update_index()

    @work(thread=True, exclusive=True, group="library-index")
    def _update_index(self) -> None:
        from reader.core.search import SearchIndex

        self._index = SearchIndex()
        report = self._index.update([Path(p) for p in self._paths], cancel=self._cancel)
        if not report.cancelled:
            self.post_message(self.IndexReady(report.notice))

    def on_library_search_screen_index_ready(self, event: IndexReady) -> None:
        self._ready.set()
        if event.notice:
            self.notify(event.notice, markup=False, title="Search index")
        self._run_query()

    @on(Input.Changed, "#library-input")
    def _changed(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self._run_query)

    @on(Input.Submitted, "#library-input")
    def _submitted(self) -> None:
        results = self.query_one(OptionList)
        if any(t is not None for t in self._targets):
            first = next(i for i, t in enumerate(self._targets) if t is not None)
            self.dismiss(self._targets[first])
        elif results.option_count == 0:
            self._run_query()

    def _run_query(self) -> None:
        self._timer = None
        query = self.query_one(Input).value.strip()
        status = self.query_one("#library-status", Static)
        if not self._ready.is_set():
            return
        if not query:
            status.update("Type to search every document.")
            self._show([], "")
            return
        self._search(query)

    @work(thread=True, exclusive=True, group="library-query")
    def _search(self, query: str) -> None:
        assert self._index is not None  # queries start once the index is ready
        results = self._index.search(query, hits_per_doc=SNIPPETS_PER_DOCUMENT)
        if not get_current_worker().is_cancelled:
            self.post_message(self.Results(query, results))

    def on_library_search_screen_results(self, event: Results) -> None:
        if event.query != self.query_one(Input).value.strip():
            return  # a newer query is on its way
        hits = sum(r.count for r in event.results)
        status = self.query_one("#library-status", Static)
        if not event.results:
            status.update(f"No document contains “{event.query}”.")
        else:
            status.update(f"{hits} matches in {len(event.results)} documents — Enter opens")
        self._show(event.results, event.query)

    def _show(self, results: list[Any], query: str) -> None:
        options: list[Option] = []
        self._targets = []
        for doc in results:
            first = doc.hits[0]
            name = Path(doc.path).name
            count = f"  {doc.count} match{'es' if doc.count != 1 else ''} · {name}"
            options.append(
                Option(
                    Content.assemble((visible(doc.title) or name, "bold"), (count, "$text-muted"))
                )
            )
            self._targets.append(LibraryMatch(str(doc.path), first.start, first.end, query))
            for hit in doc.hits[:SNIPPETS_PER_DOCUMENT]:
                options.append(
                    Option(
                        Content.assemble(
                            "  ",
                            highlighted_snippet(hit.snippet, hit.snippet_start, hit.snippet_end),
                        )
                    )
                )
                self._targets.append(LibraryMatch(str(doc.path), hit.start, hit.end, query))
        results_list = self.query_one(OptionList)
        results_list.set_options(options)
        if options:
            results_list.highlighted = 0

    @on(OptionList.OptionSelected, "#library-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        target = self._targets[event.option_index]
        if target is not None:
            self.dismiss(target)

    def on_unmount(self) -> None:
        self._cancel.set()
        if self._index is not None:
            # The index is shared with the query worker, which holds its lock while in use.
            self._index.close()

    def action_focus_results(self) -> None:
        self.query_one(OptionList).focus()

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
