"""The reading app on every hostile file: the text shown as it is, or the reason it is not.

Whatever the file holds, no character a terminal would obey (C0 and C1
controls, ESC above all, bidi and other invisible format characters) is in
what the app draws, markup in the text is text, and nothing reaches the
clipboard unless a copy key is pressed.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.core.wrap import visible
from reader.ui.app import ReaderApp, make_app
from reader.ui.widgets.doc_list import DocList
from tests.hostile.conftest import CASES, Case, Refused, Shown, cases
from tests.ui.test_app import drive, notifications, pane_lines

SIZE = (160, 50)


def unsafe(ch: str) -> bool:
    """A character the terminal would obey or hide rather than draw."""
    return ch < " " or "\x7f" <= ch < "\xa0" or unicodedata.category(ch) in {"Cf", "Cs"}


def screen_text(app: ReaderApp) -> str:
    """Everything the app draws, as the text of its segments."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def spy_clipboard(app: ReaderApp) -> list[str]:
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    return copied


async def opened(app: ReaderApp, pilot: Pilot) -> None:
    """Wait until the first entry has opened or failed, and every worker is done."""
    for _ in range(1000):
        if not app.entries or 0 in app._docs or 0 in app._errors:
            break
        await pilot.pause(0.02)
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def assert_nothing_obeyed(app: ReaderApp) -> None:
    drawn = screen_text(app)
    bad = sorted({f"U+{ord(c):04X}" for line in drawn.split("\n") for c in line if unsafe(c)})
    assert not bad, f"drawn to the terminal as is: {bad}"


@pytest.mark.parametrize("case", cases(Shown))
@drive
async def test_shown_files_show_their_text(hostile, case: Case) -> None:
    path = hostile(case)
    app = make_app([path])
    copied = spy_clipboard(app)
    async with app.run_test(size=SIZE) as pilot:
        await opened(app, pilot)
        doc = app.document
        assert doc is not None, notifications(app)
        assert 0 not in app._errors
        assert_nothing_obeyed(app)
        for fragment in case.expect.fragments:
            app.pane.scroll_to_offset(doc.text.index(fragment))
            await pilot.pause()
            assert visible(fragment) in "".join(line.strip() for line in pane_lines(app))
            assert_nothing_obeyed(app)
        # Reading keys: scroll, renderings, the original text, the list and the panel.
        await pilot.press("G", "g", "j", "space", "t", "t", "r", "r", "tab", "tab", "down")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert_nothing_obeyed(app)
        assert app.is_running
    assert copied == []


@pytest.mark.parametrize("case", cases(Refused))
@drive
async def test_refused_files_show_their_reason(hostile, case: Case) -> None:
    path = hostile(case)
    app = make_app([path])
    copied = spy_clipboard(app)
    async with app.run_test(size=SIZE) as pilot:
        await opened(app, pilot)
        assert app.document is None
        assert_nothing_obeyed(app)
        if not app.entries:
            # A folder (even one named x.txt) is searched for articles; this one has none.
            assert path.is_dir()
            assert any("No documents to show" in n for n in notifications(app))
            return
        reason = app._errors[0]
        assert reason and "\n" not in reason
        prompt = str(app.query_one(DocList).get_option_at_index(0).prompt)
        assert reason in prompt and app.entries[0].name in prompt
        await pilot.press("j", "t", "r", "c", "right_square_bracket")
        assert app.is_running
    assert copied == []


def test_every_case_is_in_one_table() -> None:
    assert len(cases(Shown)) + len(cases(Refused)) == len(CASES)
    assert len({c.name for c in CASES}) == len(CASES)


@drive
async def test_the_whole_hostile_folder_opens_together(hostile) -> None:
    """All the cases side by side in one folder: each is an entry, with its text or its reason."""
    built = []
    for case in CASES:
        try:
            built.append(hostile(case))
        except pytest.skip.Exception:
            continue
    folder = built[0].parent
    app = make_app([folder])
    copied = spy_clipboard(app)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(1500):
            if all(i in app._docs or i in app._errors for i in range(len(app.entries))):
                break
            await pilot.pause(0.02)
        assert all(i in app._docs or i in app._errors for i in range(len(app.entries)))
        await app.workers.wait_for_complete()
        await pilot.pause()
        names = {Path(e.path).name for e in app.entries}
        # Folders are searched for .txt and .md: everything but the (empty) folder x.txt,
        # the second link of the loop included; /dev/zero is not in the folder.
        expected = {p.name for p in folder.iterdir() if not p.is_dir()}
        assert len(expected) >= len(built) - 2
        assert names == expected
        for _ in range(len(app.entries)):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            assert_nothing_obeyed(app)
        assert app.is_running
    assert copied == []


@drive
async def test_copying_a_quote_with_escapes_copies_what_is_shown(hostile) -> None:
    """The copy key copies the text as drawn: ␛ rather than ESC, never an escape sequence."""
    path = hostile(next(c for c in CASES if c.name == "escape-sequences"))
    app = make_app([path])
    copied = spy_clipboard(app)
    async with app.run_test(size=SIZE) as pilot:
        await opened(app, pilot)
        await pilot.press("tab", "tab", "down")
        quote = app.panel.selected_quote
        assert quote is not None
        await pilot.press("c")
    assert len(copied) == 1
    assert copied[0] == visible(app.document.text[quote.start : quote.end])
    assert not any(unsafe(c) for c in copied[0])
