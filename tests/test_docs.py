"""The README documents every command and every key the app binds."""

from __future__ import annotations

import re

import pytest

from reader.cli import _subcommands
from reader.ui.app import ReaderApp
from reader.ui.widgets.reading_pane import ReadingPane
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
KEY_NAMES = {
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "slash": "/",
    "question_mark": "?",
    "down": "↓",
    "up": "↑",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
}


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_every_command_is_documented(command: str) -> None:
    assert re.search(rf"^reader {command}\b", README, re.M), f"README lacks `reader {command}`"


KEYS = sorted(
    {
        KEY_NAMES.get(k, k)
        for b in [*ReaderApp.BINDINGS, *ReadingPane.BINDINGS]
        for k in b.key.split(",")
    }
)


@pytest.mark.parametrize("key", KEYS)
def test_every_key_is_documented(key: str) -> None:
    assert f"`{key}`" in README, f"README's key table lacks `{key}`"
