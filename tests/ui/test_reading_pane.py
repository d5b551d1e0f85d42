"""The reading pane, driven in a tiny app that holds nothing else."""

from __future__ import annotations

import asyncio
import functools
from pathlib import Path

import pytest
from rich.color import Color
from textual.app import App, ComposeResult
from textual.geometry import Offset
from textual.selection import Selection

from reader.core.convert import render
from reader.core.document import Document, build, open_document
from reader.core.wrap import wrap
from reader.ui.widgets.reading_pane import ReadingPane

# Distinct backgrounds, so a test can tell which cells carry which highlight.
COLOURS = {
    "search": "#ff0000",
    "search-current": "#00ff00",
    "mention": "#0000ff",
    "quote": "#ffff00",
}
CSS = "\n".join(
    f"ReadingPane > .reading-pane--{name} {{ background: {colour}; }}"
    for name, colour in COLOURS.items()
)

SIZE = (60, 20)


class PaneApp(App[None]):
    CSS = CSS

    def __init__(self) -> None:
        super().__init__()
        self.positions: list[ReadingPane.PositionChanged] = []

    def compose(self) -> ComposeResult:
        yield ReadingPane()

    def on_reading_pane_position_changed(self, message: ReadingPane.PositionChanged) -> None:
        self.positions.append(message)


def drive(test):
    """Run an async test on its own event loop (Textual's Pilot needs one)."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        asyncio.run(test(*args, **kwargs))

    return run


async def settle(pane: ReadingPane, pilot) -> None:
    """Wait until the pane's line counts are exact (long documents count in the background)."""
    for _ in range(500):
        await pilot.pause()
        if pane.layout_exact:
            return
    raise AssertionError("the pane never finished counting its lines")


def screen_lines(pane: ReadingPane) -> list[str]:
    return [pane.render_line(y).text.rstrip() for y in range(pane.size.height)]


def screen_text(pane: ReadingPane) -> str:
    return "".join(line.strip() for line in screen_lines(pane))


def styled(pane: ReadingPane, name: str) -> list[str]:
    """Runs of text drawn with the background of highlight ``name``, top to bottom."""
    colour = Color.parse(COLOURS[name])
    runs: list[str] = []
    last = False
    for y in range(pane.size.height):
        for segment in pane.render_line(y):
            hit = segment.style is not None and segment.style.bgcolor == colour
            if hit and last:
                runs[-1] += segment.text
            elif hit:
                runs.append(segment.text)
            last = hit
        last = False
    return runs


def seed(seed_paths: list[Path], name: str) -> Document:
    return open_document(next(p for p in seed_paths if p.name.startswith(name)))


# 内存 and 打印机 become 記憶體 and 印表機 in Taiwan usage: a length change.
DEVICES = "电脑配置\n我的电脑内存不够，需要买一台打印机。\n没有别的问题。"


@drive
async def test_first_paragraph_on_screen(seed_paths: list[Path]) -> None:
    doc = seed(seed_paths, "000")
    app = PaneApp()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc)
        await pilot.pause()
        assert screen_lines(pane)[0].strip() == doc.paragraphs[0].text
        assert doc.paragraphs[1].text[:10] in screen_lines(pane)[2]
        assert screen_lines(pane)[1] == ""


@drive
async def test_lines_fit_the_measure_and_are_centred(seed_paths: list[Path]) -> None:
    doc = seed(seed_paths, "001")
    app = PaneApp()
    async with app.run_test(size=(120, 30)) as pilot:
        pane = app.query_one(ReadingPane)
        pane.measure = 40
        pane.load(doc)
        await pilot.pause()
        text_lines = [line for line in screen_lines(pane) if line]
        indents = {len(line) - len(line.lstrip()) for line in text_lines}
        assert indents == {(pane.size.width - 2 - 40) // 2}
        for y in range(pane.size.height):
            assert pane.render_line(y).cell_length == pane.scrollable_content_region.width


@drive
async def test_simplified_rendering_changes_the_screen(seed_paths: list[Path]) -> None:
    doc = seed(seed_paths, "000")
    app = PaneApp()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc)
        await pilot.pause()
        assert "美國" in screen_text(pane)
        pane.set_rendering("simplified")
        await pilot.pause()
        assert "美国" in screen_text(pane) and "國" not in screen_text(pane)
        pane.set_rendering("original")
        await pilot.pause()
        assert "美國" in screen_text(pane)


@pytest.mark.parametrize(
    ("rendering", "computer", "memory", "printer"),
    [
        pytest.param("original", "电脑", "内存", "打印机", id="original"),
        pytest.param("simplified", "电脑", "内存", "打印机", id="simplified"),
        pytest.param("traditional", "電腦", "內存", "打印機", id="traditional"),
        pytest.param("taiwan", "電腦", "記憶體", "印表機", id="taiwan-longer-phrase"),
    ],
)
@drive
async def test_highlights_sit_on_their_characters(
    rendering: str, computer: str, memory: str, printer: str
) -> None:
    doc = build(DEVICES)
    text = doc.text
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("内存", "打印机")]
    app = PaneApp()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc, rendering=rendering)
        pane.set_highlights("search", spans, current=1)
        first = text.index("电脑")
        second = text.index("电脑", first + 1)
        pane.set_highlights("mention", [(first, first + 2), (second, second + 2)])
        await pilot.pause()
        assert styled(pane, "search") == [memory]
        assert styled(pane, "search-current") == [printer]
        assert styled(pane, "mention") == [computer, computer]  # title and body
        assert pane.rendered_text(*spans[0]) == memory
        pane.clear_highlights("search")
        await pilot.pause()
        assert styled(pane, "search") == [] and styled(pane, "search-current") == []


@drive
async def test_highlight_follows_a_rendering_change() -> None:
    doc = build(DEVICES)
    start = doc.text.index("打印机")
    app = PaneApp()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc)
        pane.set_highlights("quote", [(start, start + 3)])
        await pilot.pause()
        assert styled(pane, "quote") == ["打印机"]
        pane.set_rendering("taiwan")
        await pilot.pause()
        assert styled(pane, "quote") == ["印表機"]


@drive
async def test_original_view_shows_the_damage_and_maps_highlights() -> None:
    doc = build("標題\n他在創(chuàng)業園區工作。\n最後一段。")
    start = doc.text.index("園區")
    app = PaneApp()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc, position=(1, 0))
        pane.set_highlights("quote", [(start, start + 2)])
        await pilot.pause()
        assert "(chuàng)" not in screen_text(pane)
        pane.set_original_view(True)
        await pilot.pause()
        assert "創(chuàng)業" in screen_text(pane)
        assert styled(pane, "quote") == ["園區"]
        assert pane.position == (1, 0)
        pane.set_original_view(False)
        await pilot.pause()
        assert styled(pane, "quote") == ["園區"] and pane.position == (1, 0)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        pytest.param(["j"], lambda h, end: 1, id="j-line-down"),
        pytest.param(["down", "down"], lambda h, end: 2, id="down-arrow"),
        pytest.param(["j", "j", "k"], lambda h, end: 1, id="k-line-up"),
        pytest.param(["space"], lambda h, end: h - 1, id="space-page-down"),
        pytest.param(["pagedown", "b"], lambda h, end: 0, id="b-page-up"),
        pytest.param(["ctrl+d"], lambda h, end: h // 2, id="ctrl-d-half-page"),
        pytest.param(["ctrl+d", "ctrl+d", "ctrl+u"], lambda h, end: h // 2, id="ctrl-u"),
        pytest.param(["G"], lambda h, end: end, id="G-bottom"),
        pytest.param(["end", "g"], lambda h, end: 0, id="g-top"),
        pytest.param(["end", "home"], lambda h, end: 0, id="home"),
    ],
)
@drive
async def test_scrolling_keys(seed_paths: list[Path], keys: list[str], expected) -> None:
    doc = seed(seed_paths, "002")
    app = PaneApp()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc)
        pane.focus()
        await pilot.pause()
        await pilot.press(*keys)
        height = pane.scrollable_content_region.height
        assert pane.scroll_offset.y == expected(height, pane.max_scroll_y)


@drive
async def test_position_messages(seed_paths: list[Path]) -> None:
    doc = seed(seed_paths, "002")
    app = PaneApp()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc)
        pane.focus()
        await pilot.pause()
        assert app.positions[-1].percent == 0
        await pilot.press("G")
        await pilot.pause()
        last = app.positions[-1]
        assert last.percent == 100
        assert (last.paragraph, last.offset) == pane.position
        assert last.paragraph > 0


def top_line_holds(pane: ReadingPane, doc: Document, rendering: str, offset: int) -> bool:
    """Whether the pane's top line is the wrapped line holding ``offset`` of the paragraph."""
    paragraph, local = offset
    rendered = render(doc.paragraphs[paragraph].text, rendering)
    at = rendered.map.to_dst(local)
    width = min(pane.measure, pane.scrollable_content_region.width - 2 * pane.margin)
    start, end = next((a, b) for a, b in wrap(rendered.text, width) if a <= at < b)
    return pane.render_line(0).text.strip() == rendered.text[start:end].strip()


@pytest.mark.parametrize("rendering", ["simplified", "taiwan", "hongkong", "traditional"])
@drive
async def test_position_kept_across_rendering_change(
    seed_paths: list[Path], rendering: str
) -> None:
    doc = seed(seed_paths, "001")
    app = PaneApp()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc, position=(4, 30))
        await pilot.pause()
        before = pane.position
        assert before[0] == 4 and before[1] <= 30
        pane.set_rendering(rendering)
        await settle(pane, pilot)
        assert pane.position == before
        assert top_line_holds(pane, doc, rendering, before)


@drive
async def test_position_kept_across_resize(seed_paths: list[Path]) -> None:
    doc = seed(seed_paths, "003")
    app = PaneApp()
    async with app.run_test(size=(100, 20)) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc, position=(3, 40))
        await pilot.pause()
        before = pane.position
        await pilot.resize_terminal(30, 20)
        await pilot.pause()
        assert pane.position == before
        assert top_line_holds(pane, doc, "original", before)


@drive
async def test_scroll_to_offset_centres(seed_paths: list[Path]) -> None:
    doc = seed(seed_paths, "002")
    target = doc.paragraphs[-2]
    app = PaneApp()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc)
        await pilot.pause()
        pane.scroll_to_offset(target.start + 5)
        await pilot.pause()
        assert target.text[:8] in screen_text(pane)
        assert pane.scroll_offset.y > 0


UNTRUSTED = (
    "標題\n"
    "前\x1b[31m紅\x1b[0m後\x1b]52;c;aGVsbG8=\x07尾\n"
    "[bold]粗[/bold][link=https://example.com]連[/link][@click=app.quit]點[/]\u202e反"
)


@drive
async def test_escapes_and_markup_are_shown_as_text() -> None:
    doc = build(UNTRUSTED)
    app = PaneApp()
    async with app.run_test(size=(100, 10)) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc)
        await pilot.pause()
        text = screen_text(pane)
        assert "前␛[31m紅␛[0m後␛]52;c;aGVsbG8=␇尾" in text
        assert "[bold]粗[/bold][link=https://example.com]連[/link][@click=app.quit]點[/]" in text
        for y in range(pane.size.height):
            for segment in pane.render_line(y):
                assert not any(c in segment.text for c in "\x1b\x07\u202e")
                style = segment.style
                assert style is None or (style.link is None and not style.bold)
                assert "@click" not in (style.meta if style else {})
        assert app.is_running


@drive
async def test_mouse_selection_copies_the_shown_text() -> None:
    doc = build("第一段文字。\n第二段：美國和中國。")
    app = PaneApp()
    async with app.run_test(size=(40, 10)) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc, rendering="simplified")
        await pilot.pause()
        left = pane.margin  # the pane is narrower than its measure
        # From the second character of the first line to the third of the third.
        await pilot.mouse_down(pane, offset=(left + 2, 0))
        await pilot.hover(pane, offset=(left + 4, 2))
        await pilot.mouse_up(pane, offset=(left + 4, 2))
        await pilot.pause()
        assert pane.selected_text() == "一段文字。\n第二段"
        assert app.screen.get_selected_text() == "一段文字。\n第二段"


@drive
async def test_selection_spans_wrapped_lines_without_breaks() -> None:
    doc = build("標題\n" + "一二三四五六七八九十" * 4)
    app = PaneApp()
    async with app.run_test(size=(24, 10)) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(doc)
        await pilot.pause()
        app.screen.selections = {pane: Selection(Offset(0, 2), Offset(3, 4))}
        await pilot.pause()
        lines = [line.strip() for line in screen_lines(pane)[2:5]]
        assert pane.selected_text() == lines[0] + lines[1] + lines[2][:3]


def test_bindings_have_ids_and_descriptions() -> None:
    keys = set()
    for binding in ReadingPane.BINDINGS:
        assert binding.id and binding.id.startswith("reading_pane.")
        assert binding.description
        keys.update(binding.key.split(","))
    assert {"j", "k", "space", "b", "ctrl+d", "ctrl+u", "g", "G"} <= keys
    assert "ctrl+f" not in keys


async def _layout(seed_doc: Document, position: tuple[int, int], rendering: str):
    app = PaneApp()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(ReadingPane)
        pane.load(seed_doc, position=position)
        await pilot.pause()
        pane.set_rendering(rendering)
        await settle(pane, pilot)
        return pane.virtual_size.height, pane.position, screen_lines(pane)


@pytest.mark.parametrize("rendering", ["taiwan", "simplified"])
def test_background_layout_matches_the_direct_one(
    seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch, rendering: str
) -> None:
    doc = seed(seed_paths, "001")
    direct = asyncio.run(_layout(doc, (6, 12), rendering))
    # Lay the seed out as a long document would be: estimated, then counted.
    monkeypatch.setattr("reader.ui.widgets.reading_pane.SYNC_CHARS", 0)
    background = asyncio.run(_layout(doc, (6, 12), rendering))
    assert background == direct
