"""The in-article search bar: a query box with a live match count."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Label

#: Seconds of typing pause before the search runs: a long article is searched once per word,
#: not once per key.
DEBOUNCE = 0.12


class SearchBar(Horizontal):
    """Docked at the bottom of the screen while a search is open."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search", id="search.close"),
    ]

    @dataclass
    class QueryChanged(Message):
        """The query settled on a new value."""

        query: str

    class Submitted(Message):
        """Enter was pressed: go to the next match and back to the text."""

    class Closed(Message):
        """The search was closed."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Label("/", id="search-prompt")
        yield Input(placeholder="search this article (either script)", id="search-input")
        yield Label("", id="search-count", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def query_text(self) -> str:
        return self.input.value

    def open(self) -> None:
        """Show the bar and put the cursor in it, keeping the last query selected."""
        self.display = True
        self.input.focus()
        self.input.select_all()

    def set_count(self, current: int | None, total: int) -> None:
        """Show ``current/total`` (1-based), or that nothing matched."""
        label = self.query_one("#search-count", Label)
        if not self.query_text:
            label.update("")
        elif total == 0:
            label.update("no matches")
        else:
            label.update(f"{current or 0}/{total}")
        label.set_class(bool(self.query_text) and total == 0, "-none")

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self._settle)

    def _settle(self) -> None:
        self._timer = None
        self.post_message(self.QueryChanged(self.query_text))

    def flush(self) -> None:
        """Run a pending debounced search now."""
        if self._timer is not None:
            self._timer.stop()
            self._settle()

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.flush()
        self.post_message(self.Submitted())

    def action_close(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.display = False
        self.post_message(self.Closed())
