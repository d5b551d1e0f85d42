"""The side panel: the article's actors (grouped by type) and quotes (with speakers)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static, TabbedContent, TabPane, Tabs
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from reader.core.analysis import Analysis

#: Actor types in the order the panel lists them, with their headings.
TYPE_HEADINGS: dict[str, str] = {"person": "People", "org": "Organisations", "place": "Places"}

#: Turns a short text (a name) into the text as it is shown on screen.
Shown = Callable[[str], str]
#: Turns a span of the document into the text as it is shown on screen.
ShownSpan = Callable[[int, int], str]


class SidePanel(Vertical):
    """Two tabs, Actors and Quotes, filled when the analysis of the article is ready."""

    @dataclass
    class ActorSelected(Message):
        """The cursor moved onto an actor."""

        actor: Any

    @dataclass
    class QuoteSelected(Message):
        """The cursor moved onto a quote."""

        quote: Any

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._analysis: Analysis | None = None
        self._actors: list[Any] = []  # by option index; None for headings
        self._shown: Shown = str
        self._shown_span: ShownSpan | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="panel-status", markup=False)
        with TabbedContent(id="panel-tabs"):
            with TabPane("Actors", id="actors-tab"):
                yield OptionList(id="actors")
            with TabPane("Quotes", id="quotes-tab"):
                yield OptionList(id="quotes")

    def on_mount(self) -> None:
        # Tab moves between regions; the tabs themselves change with the region.
        self.query_one(Tabs).can_focus = False

    @property
    def actors_list(self) -> OptionList:
        return self.query_one("#actors", OptionList)

    @property
    def quotes_list(self) -> OptionList:
        return self.query_one("#quotes", OptionList)

    @property
    def active_tab(self) -> str:
        """``"actors"`` or ``"quotes"``."""
        return "quotes" if self.query_one(TabbedContent).active == "quotes-tab" else "actors"

    def show_tab(self, tab: str) -> OptionList:
        """Switch to the ``"actors"`` or ``"quotes"`` tab and return its list."""
        self.query_one(TabbedContent).active = f"{tab}-tab"
        return self.actors_list if tab == "actors" else self.quotes_list

    @property
    def selected_actor(self) -> Any | None:
        index = self.actors_list.highlighted
        return self._actors[index] if index is not None and index < len(self._actors) else None

    @property
    def selected_quote(self) -> Any | None:
        index = self.quotes_list.highlighted
        if self._analysis is None or index is None or index >= len(self._analysis.quotes):
            return None
        return self._analysis.quotes[index]

    def show_progress(self, message: str) -> None:
        """Empty the lists and say what is being done instead."""
        self._analysis = None
        self._actors = []
        self.actors_list.clear_options()
        self.quotes_list.clear_options()
        self.query_one("#panel-status", Static).update(message)
        self.set_class(True, "-busy")

    def show_analysis(self, analysis: Analysis, shown: Shown, shown_span: ShownSpan) -> None:
        """Fill both tabs from ``analysis``; names and quotes are shown as the text is."""
        self._analysis = analysis
        self.set_class(False, "-busy")
        actors, quotes = len(analysis.actors), len(analysis.quotes)
        self.query_one("#panel-status", Static).update(f"{actors} actors · {quotes} quotes")
        self.redraw(shown, shown_span)

    def redraw(self, shown: Shown, shown_span: ShownSpan) -> None:
        """Draw the lists again, e.g. after the rendering changed."""
        self._shown, self._shown_span = shown, shown_span
        if self._analysis is None:
            return
        actor_index, quote_index = self.actors_list.highlighted, self.quotes_list.highlighted
        self._fill_actors(self._analysis)
        self._fill_quotes(self._analysis)
        with self.prevent(OptionList.OptionHighlighted):
            self.actors_list.highlighted = actor_index
            self.quotes_list.highlighted = quote_index

    def _fill_actors(self, analysis: Analysis) -> None:
        options: list[Option] = []
        self._actors = []
        for kind, heading in TYPE_HEADINGS.items():
            group = sorted(
                (a for a in analysis.actors if a.type == kind), key=lambda a: (-a.count, a.name)
            )
            if not group:
                continue
            options.append(
                Option(Content.styled(f"{heading} ({len(group)})", "bold $accent"), disabled=True)
            )
            self._actors.append(None)
            for actor in group:
                options.append(Option(self._actor_prompt(actor)))
                self._actors.append(actor)
        if not options:
            options.append(Option(Content.styled("No actors found", "$text-muted"), disabled=True))
            self._actors.append(None)
        self.actors_list.set_options(options)

    def _actor_prompt(self, actor: Any) -> Content:
        # The heading is the form the article uses most (波音, not the list's
        # canonical Boeing); the other forms follow. Names come from the
        # article: plain Content, never markup.
        label = _usual_form(actor)
        parts: list[Any] = [(self._shown(label), "bold"), (f"  {actor.count}", "$text-muted")]
        forms = dict.fromkeys([*actor.aliases, actor.name])
        aliases = [self._shown(a) for a in forms if a != label]
        if aliases:
            parts += ["\n", ("  " + "、".join(aliases), "italic $text-muted")]
        return Content.assemble(*parts)

    def _fill_quotes(self, analysis: Analysis) -> None:
        options: list[Option | None] = []
        for quote in analysis.quotes:
            options += [Option(self._quote_prompt(quote)), None]
        options = options[:-1]
        if not options:
            options.append(Option(Content.styled("No quotes found", "$text-muted"), disabled=True))
        self.quotes_list.set_options(options)

    def _quote_prompt(self, quote: Any) -> Content:
        text = self._shown_span(quote.start, quote.end) if self._shown_span else quote.text
        if quote.kind == "term":
            # Scare quotes and coined terms: listed, but quieter than speech.
            return Content.assemble((text, "$text-muted"), ("  term", "italic $text-muted"))
        speaker = self._shown(quote.speaker) if quote.speaker else "speaker not named"
        style = "$text-muted" if quote.speaker else "italic $text-muted"
        return Content.assemble(text, "\n", (f"— {speaker}", style))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option_list is self.actors_list:
            actor = self.selected_actor
            if actor is not None:
                self.post_message(self.ActorSelected(actor))
        else:
            quote = self.selected_quote
            if quote is not None:
                self.post_message(self.QuoteSelected(quote))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        # Enter on the highlighted entry jumps to it again.
        event.stop()
        self.on_option_list_option_highlighted(event)  # type: ignore[arg-type]


def _usual_form(actor: Any) -> str:
    """The surface form the article uses most for ``actor``."""
    counts: dict[str, int] = {}
    for mention in actor.mentions:
        counts[mention.text] = counts.get(mention.text, 0) + 1
    return max(counts, key=lambda form: (counts[form], len(form))) if counts else actor.name
