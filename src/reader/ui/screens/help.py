"""The help screen, generated from the bindings themselves."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingsMap, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


@dataclass(frozen=True)
class HelpRow:
    """One action in the help: the keys that run it now, and what it does."""

    section: str
    keys: str
    description: str
    detail: str
    binding_id: str | None


def help_rows(app: App, sections: Iterable[tuple[str, list[BindingType]]]) -> list[HelpRow]:
    """Rows for every binding in ``sections``, with the user's keymap applied."""
    rows: list[HelpRow] = []
    for section, bindings in sections:
        bindings_map = BindingsMap(bindings)
        bindings_map.apply_keymap(app._keymap)
        merged: dict[str, tuple[list[str], Binding]] = {}
        for _key, binding in bindings_map:
            # Several keys of one action ("j,down") come back as separate bindings.
            slot = binding.id or f"{binding.action}:{binding.description}"
            keys, _ = merged.setdefault(slot, ([], binding))
            display = app.get_key_display(binding)
            if display not in keys:
                keys.append(display)
        for keys, binding in merged.values():
            rows.append(
                HelpRow(section, " ".join(keys), binding.description, binding.tooltip, binding.id)
            )
    return rows


class HelpScreen(ModalScreen[None]):
    """Every key of the app, by section; any of Escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(self, rows: list[HelpRow]) -> None:
        super().__init__()
        self._rows = rows

    def compose(self) -> ComposeResult:
        width = max((len(r.keys) for r in self._rows), default=0) + 2
        label = max((len(r.description) for r in self._rows), default=0) + 2
        with VerticalScroll(id="help-body"):
            yield Static(Content.styled("Keys", "bold $accent"), id="help-title")
            section = None
            for row in self._rows:
                if row.section != section:
                    section = row.section
                    yield Static(Content.styled(section, "bold"), classes="help-section")
                yield Static(
                    Content.assemble(
                        (row.keys.ljust(width), "bold $text-accent"),
                        (row.description.ljust(label), "bold"),
                        (row.detail, "$text-muted"),
                    ),
                    classes="help-row",
                )
            yield Static(
                Content.styled(
                    "ctrl+p opens the command palette: every action by name.", "$text-muted"
                ),
                classes="help-section",
            )
