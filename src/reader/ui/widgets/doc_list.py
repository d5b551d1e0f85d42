"""The document list: one entry per file, with its title, script, length and progress."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.document import Document
from reader.core.wrap import visible


@dataclass
class _Entry:
    path: str
    doc: Document | None = None
    error: str | None = None
    percent: int = 0


class DocList(OptionList):
    """The library: one option per path, filled in as documents open."""

    @dataclass
    class Chosen(Message):
        """The user picked the entry at ``index``."""

        index: int

    def __init__(self, paths: list[str], errors: list[str | None], **kwargs) -> None:
        self._entries = [_Entry(p, error=e) for p, e in zip(paths, errors, strict=True)]
        options: list[Option | None] = []
        for entry in self._entries:
            # A rule between entries: titles wrap, and run together without one.
            options += [Option(self._prompt(entry)), None]
        super().__init__(*options[:-1], **kwargs)

    @staticmethod
    def _prompt(entry: _Entry) -> Content:
        # Titles and errors come from files: plain Content, never markup.
        name = Path(entry.path).name
        if entry.error is not None:
            return Content.assemble((name, "bold"), "\n", (entry.error, "italic $text-error"))
        if entry.doc is None:
            return Content.assemble((name, "bold"), "\n", ("opening…", "$text-muted"))
        doc = entry.doc
        details = f"{doc.script.label} · {doc.chars:,}字 · {entry.percent}%"
        title = visible(doc.title)  # escape sequences shown, not obeyed
        return Content.assemble((title or name, "bold"), "\n", (details, "$text-muted"))

    def _refresh_entry(self, index: int) -> None:
        self.replace_option_prompt_at_index(index, self._prompt(self._entries[index]))

    def set_document(self, index: int, doc: Document | None, error: str | None = None) -> None:
        """Show what opening the entry at ``index`` gave."""
        entry = self._entries[index]
        entry.doc, entry.error = doc, error
        self._refresh_entry(index)

    def set_percent(self, index: int, percent: int) -> None:
        """Show the reading progress of the entry at ``index``."""
        entry = self._entries[index]
        if entry.percent != percent:
            entry.percent = percent
            self._refresh_entry(index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.option_index))
