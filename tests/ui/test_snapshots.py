"""Snapshots of the main screen: two renderings, two terminal sizes."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from reader.ui.app import make_app


async def _ready(pilot: Pilot, keys: tuple[str, ...]) -> None:
    """The document on screen and its actors and quotes listed, then ``keys`` pressed."""
    app = pilot.app
    for _ in range(400):
        if app.document is not None:
            break
        await pilot.pause(0.02)
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize(
    ("size", "keys"),
    [
        pytest.param((80, 24), (), id="80x24-original"),
        pytest.param((80, 24), ("t",), id="80x24-simplified"),
        pytest.param((200, 60), (), id="200x60-original"),
        pytest.param((200, 60), ("t",), id="200x60-simplified"),
        pytest.param((200, 60), ("tab", "tab", "down"), id="200x60-quote-selected"),
    ],
)
def test_main_screen(snap_compare, size: tuple[int, int], keys: tuple[str, ...]) -> None:
    async def run_before(pilot: Pilot) -> None:
        await _ready(pilot, keys)

    assert snap_compare(make_app([]), terminal_size=size, run_before=run_before)
