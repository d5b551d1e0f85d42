"""The installed ``reader`` in a real terminal (tmux): what a user sees and gets.

Keys go in with ``send-keys`` as typed, the screen comes back with ``capture-pane``,
and a copy is checked where a user over SSH would find it: in tmux's paste buffer,
written there by the app's OSC 52 sequence (``set-clipboard on``).
"""

from __future__ import annotations

import base64
import re
import threading
from pathlib import Path

import pytest

from reader.core.analysis import analyse
from reader.core.convert import LABELS, render
from reader.core.document import open_document
from tests.e2e.conftest import Terminal

pytestmark = pytest.mark.e2e

PERCENT = re.compile(r"(\d+)%")


def percent(header: str) -> int:
    """The reading position the header shows, in percent."""
    found = PERCENT.findall(header)
    assert found, f"no percentage in the header: {header!r}"
    return int(found[-1])


def test_open_scroll_render_search_next_and_quit(
    terminal: Terminal, seed_paths: list[Path]
) -> None:
    first, second = open_document(seed_paths[0]), open_document(seed_paths[1])
    terminal.start()
    opening = first.paragraphs[1].text[:12]
    screen = terminal.wait_screen(
        lambda s: first.title[:15] in s.splitlines()[0] and opening in s, "the first seed"
    )
    assert percent(terminal.header()) == 0
    assert "国" not in screen, "every seed is traditional: nothing simplified before `t`"

    terminal.keys("j")
    screen = terminal.wait_screen(lambda s: s != screen, "the text to move")
    terminal.keys("Space", "Space")
    terminal.wait_screen(lambda s: percent(s.splitlines()[0]) > 0, "the percentage to move")

    traditional = screen.count("國")
    total = first.text.count("美國") + first.text.count("美国")
    terminal.keys("t")
    screen = terminal.wait_screen(
        lambda s: LABELS["simplified"] in s.splitlines()[0] and "国" in s, "the 简体 rendering"
    )
    assert screen.count("國") < traditional

    terminal.keys("/")
    # Keys typed before the search bar has the cursor would go to the text: wait for it.
    terminal.wait_screen(lambda s: "search this article" in s, "the search bar")
    terminal.keys("美国", "Enter")
    screen = terminal.wait_screen(lambda s: f"/{total}" in s, f"a match count out of {total}")
    current = int(re.search(rf"(\d+)/{total}\b", screen).group(1))
    assert 1 <= current <= total
    terminal.keys("n")
    terminal.wait_screen(
        lambda s: f"{current % total + 1}/{total}" in s, "n to move to the next match"
    )

    terminal.keys("Escape", "]")
    terminal.wait_screen(
        lambda s: second.title[:12] in s.splitlines()[0], "the second seed's title in the header"
    )

    terminal.keys("q")
    terminal.assert_exited_cleanly()


def test_c_copies_the_selected_quote_into_tmux(terminal: Terminal, seed_paths: list[Path]) -> None:
    path = seed_paths[0]
    doc = open_document(path)
    quotes = analyse(doc, threading.Event()).quotes
    # A quote with a speaker, a few entries down the list: Down lands on it by count.
    index = next(i for i, q in enumerate(quotes) if q.speaker and i > 0)
    quote = doc.text[quotes[index].start : quotes[index].end]
    terminal.start(path, buffer="left by the user")
    terminal.wait_screen(lambda s: f"{len(quotes)} quotes" in s, "the quotes to be found")

    # Typed at once, as a user does: the region order must not depend on timing.
    terminal.keys("Tab", "Tab")
    terminal.keys(*["Down"] * (index + 1))
    terminal.keys("c")
    terminal.wait_screen(lambda _s: terminal.buffer() == quote, f"{quote} in tmux's buffer")
    terminal.wait_screen(lambda s: "Copied" in s, "the copy to be confirmed")

    terminal.keys("t")
    terminal.wait_screen(lambda s: LABELS["simplified"] in s.splitlines()[0], "简体")
    terminal.keys("c")
    shown = render(quote, "simplified").text
    assert shown != quote, "the quote changes between the scripts"
    terminal.wait_screen(lambda _s: terminal.buffer() == shown, f"{shown} in tmux's buffer")


def test_escape_sequences_in_a_file_are_shown_not_obeyed(
    terminal: Terminal, tmp_path: Path
) -> None:
    steal = base64.b64encode("從檔案偷偷寫進剪貼簿".encode()).decode()
    body = (
        f"標題裡有轉義\x1b]0;PWNED\x07之後\n"
        f"正文一段：\x1b]52;c;{steal}\x07這裡不該寫入剪貼簿。\n"
        f"正文二段：\x1b[2J\x1b[31m紅色\x1b[0m與\x1b]8;;http://example.com\x1b\\連結\x1b]8;;\x1b\\。\n"
    )
    path = tmp_path / "轉義.txt"
    path.write_text(body, encoding="utf-8")
    terminal.start(path, buffer="left by the user")
    screen = terminal.wait_screen(lambda s: "這裡不該寫入" in s, "the body")
    assert "␛]52;c;" in screen
    assert "␛[31m紅色" in screen
    assert terminal.buffers() == ["before"]
    assert terminal.buffer() == "left by the user"
    assert "PWNED" not in terminal.pane("pane_title")
    terminal.keys("q")
    terminal.assert_exited_cleanly()
    assert terminal.buffer() == "left by the user"
