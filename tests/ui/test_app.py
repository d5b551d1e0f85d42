"""The reading app driven key by key with Pilot, asserting what the screen shows."""

from __future__ import annotations

import asyncio
import functools
import json
from collections import Counter
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from reader.config import Settings
from reader.core.convert import LABELS, RENDERINGS, render
from reader.core.document import open_document
from reader.paths import state_dir
from reader.ui.app import ReaderApp, make_app
from reader.ui.messages import DocumentOpened
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.library_search import LibrarySearchScreen
from reader.ui.widgets.doc_list import DocList
from reader.ui.widgets.reading_pane import ReadingPane
from reader.ui.widgets.search_bar import SearchBar

WIDE = (200, 60)
NARROW = (80, 24)


def drive(test):
    """Run an async test on its own event loop (Textual's Pilot needs one)."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        asyncio.run(test(*args, **kwargs))

    return run


async def settle(app: ReaderApp, pilot: Pilot) -> None:
    """Wait until the document is on screen and every worker (analysis too) is done."""
    for _ in range(400):
        if app.document is not None:
            break
        await pilot.pause(0.02)
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def pane_lines(app: ReaderApp) -> list[str]:
    """The text of the reading pane as it is drawn, line by line."""
    pane = app.query_one(ReadingPane)
    return [pane.render_line(y).text for y in range(pane.size.height)]


def pane_text(app: ReaderApp) -> str:
    return "\n".join(pane_lines(app))


def highlighted(app: ReaderApp, *, underline: bool = False) -> list[str]:
    """Runs of text drawn on the pane with a background other than the pane's own
    (search matches, quotes), or underlined (mentions)."""
    pane = app.query_one(ReadingPane)
    runs: list[str] = []
    for y in range(pane.size.height):
        segments = [s for s in pane.render_line(y) if s.text]
        if underline:
            marks = [bool(s.style and s.style.underline) for s in segments]
        else:
            widths = Counter()
            for s in segments:
                widths[s.style.bgcolor if s.style else None] += len(s.text)
            base = widths.most_common(1)[0][0] if widths else None
            marks = [(s.style.bgcolor if s.style else None) != base for s in segments]
        run = ""
        for segment, marked in zip(segments, marks, strict=True):
            if marked and segment.text.strip():
                run += segment.text
            elif run:
                runs.append(run)
                run = ""
        if run:
            runs.append(run)
    return runs


def notifications(app: ReaderApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def count_label(app: ReaderApp) -> str:
    return str(app.query_one("#search-count", Static).render())


@pytest.fixture
def seed(seed_paths: list[Path]):
    """Seed file by its number, e.g. ``seed("002")``."""
    return lambda number: next(p for p in seed_paths if p.name.startswith(number))


@drive
async def test_first_frame_shows_the_first_seed(seed_paths: list[Path]) -> None:
    app = make_app([])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        doc = open_document(seed_paths[0])
        assert app.document.path == str(seed_paths[0])
        assert app.title == doc.title
        assert doc.paragraphs[1].text[:10] in pane_text(app).replace("\n", "")
        assert app.sub_title.startswith(LABELS["original"])


@pytest.mark.parametrize(
    ("number", "traditional", "simplified"),
    [
        pytest.param("000", "美國", "美国", id="traditional-seed-000"),
        pytest.param("003", "國", "国", id="traditional-seed-003"),
    ],
)
@drive
async def test_t_cycles_the_rendering_on_screen(seed, number, traditional, simplified) -> None:
    path = seed(number)
    doc = open_document(path)
    expected = ["original"] + [r for r in RENDERINGS[1:] if render(doc.text, r).text != doc.text]
    app = make_app([path])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert traditional in pane_text(app)
        seen = [app.rendering]
        for _ in range(len(expected) - 1):
            await pilot.press("t")
            await pilot.pause()
            seen.append(app.rendering)
            assert app.sub_title.startswith(LABELS[app.rendering])
            if app.rendering == "simplified":
                assert simplified in pane_text(app)
                assert traditional not in pane_text(app)
        assert seen == expected
        await pilot.press("t")
        assert app.rendering == "original"
        assert traditional in pane_text(app)


@drive
async def test_r_switches_to_the_original_text_and_back(seed) -> None:
    path = seed("002")
    app = make_app([path])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert "(chuàng)" not in pane_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert "(chuàng)" in pane_text(app)
        repairs = len(app.document.cleaned.edits)
        assert any(f"{repairs} repairs" in n for n in notifications(app))
        await pilot.press("r")
        await pilot.pause()
        assert "(chuàng)" not in pane_text(app)


@drive
async def test_search_in_the_article_counts_highlights_and_moves(seed) -> None:
    path = seed("000")
    doc = open_document(path)
    total = doc.text.count("美國") + doc.text.count("美国")
    app = make_app([path])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        assert app.query_one(SearchBar).display
        await pilot.press(*"美国")
        await pilot.pause(0.3)
        assert count_label(app) == f"1/{total}"
        assert highlighted(app) and set(highlighted(app)) == {"美國"}
        await pilot.press("enter", "n")
        assert count_label(app) == f"2/{total}"
        await pilot.press("N", "N")
        assert count_label(app) == f"{total}/{total}"
        # The highlights follow the rendering: the same places, now in simplified.
        await pilot.press("n", "t")
        await pilot.pause()
        assert app.rendering == "simplified"
        assert set(highlighted(app)) == {"美国"}
        assert count_label(app) == f"1/{total}"
        position = app.query_one(ReadingPane).position
        await pilot.press("slash", "escape")
        await pilot.pause()
        assert not app.query_one(SearchBar).display
        assert highlighted(app) == []
        assert app.query_one(ReadingPane).position == position


@drive
async def test_search_with_no_match_says_so(seed) -> None:
    app = make_app([seed("000")])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"無此詞語")
        await pilot.pause(0.3)
        assert count_label(app) == "no matches"


def _unique_phrase(seed_paths: list[Path], number: str) -> str:
    """Four characters of one seed's body found in no other seed (in either script)."""
    docs = {p.name[:3]: open_document(p) for p in seed_paths}
    others = "".join(render(d.text, "simplified").text for n, d in docs.items() if n != number)
    body = docs[number].paragraphs[3].text
    for i in range(len(body) - 4):
        phrase = body[i : i + 4]
        if (
            all("\u4e00" <= ch <= "\u9fff" for ch in phrase)
            and render(phrase, "simplified").text not in others
        ):
            return phrase
    raise AssertionError("no unique phrase")


@drive
async def test_library_search_opens_the_document_at_the_match(seed_paths, seed) -> None:
    phrase = _unique_phrase(seed_paths, "003")
    query = render(phrase, "simplified").text
    app = make_app([])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+f")
        assert isinstance(app.screen, LibrarySearchScreen)
        await pilot.press(*query)
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(app.screen.query_one("#library-status", Static).render())
        assert "in 1 documents" in status or "in 1 document" in status
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.document.path == str(seed("003"))
        assert phrase in pane_text(app).replace("\n", "")
        assert highlighted(app) and phrase in "".join(highlighted(app))


@drive
async def test_c_copies_the_selected_quote_as_shown_and_C_with_its_citation(seed) -> None:
    path = seed("000")
    settings = Settings(copy_citation_format="{quote}|{speaker}|{title}|{source}")
    app = make_app([path], settings=settings)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        doc = app.document
        quotes = app.panel._analysis.quotes
        assert quotes, "the seed has quotations"
        await pilot.press("tab", "tab")  # pane → actors → quotes
        assert app.panel.active_tab == "quotes"
        await pilot.press("down")
        quote = app.panel.selected_quote
        assert quote is not None
        await pilot.press("c")
        assert app.clipboard == doc.text[quote.start : quote.end]
        await pilot.press("t")
        assert app.rendering == "simplified"
        await pilot.press("c")
        shown = render(doc.text[quote.start : quote.end], "simplified").text
        assert app.clipboard == shown
        await pilot.press("C")
        speaker = render(quote.speaker, "simplified").text if quote.speaker else ""
        title = render(doc.title, "simplified").text
        assert app.clipboard == f"{shown}|{speaker}|{title}|{path.name}"
        assert any("Copied" in n for n in notifications(app))


@drive
async def test_selecting_an_actor_highlights_its_mentions_and_c_copies_its_name(seed) -> None:
    app = make_app([seed("000")])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("tab")  # pane → actors
        assert app.focused is app.panel.actors_list
        await pilot.press("down")
        actor = app.panel.selected_actor
        assert actor is not None
        assert app._mentions == sorted((m.start, m.end) for m in actor.mentions)
        names = {actor.name, *actor.aliases}
        underlined = highlighted(app, underline=True)
        assert underlined and set(underlined) <= names
        await pilot.press("c")
        assert app.clipboard == actor.name
        if len(actor.mentions) > 1:
            await pilot.press("n")
            assert app._mention_index == 1
            await pilot.press("N")
            assert app._mention_index == 0


@drive
async def test_brackets_switch_documents(seed_paths) -> None:
    app = make_app([])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        second = open_document(seed_paths[1])
        assert app.document.path == str(seed_paths[1])
        assert app.title == second.title
        await pilot.press("left_square_bracket")
        await settle(app, pilot)
        assert app.document.path == str(seed_paths[0])


@drive
async def test_tab_moves_between_regions() -> None:
    app = make_app([])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        order = []
        for _ in range(4):
            order.append(app.focused)
            await pilot.press("tab")
        assert order == [
            app.pane,
            app.panel.actors_list,
            app.panel.quotes_list,
            app.query_one(DocList),
        ]
        assert app.focused is app.pane
        await pilot.press("shift+tab")
        assert app.focused is app.query_one(DocList)


@drive
async def test_help_lists_every_binding() -> None:
    app = make_app([])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(str(s.render()) for s in app.screen.query(Static))
        owners = [ReaderApp, ReadingPane, SearchBar, LibrarySearchScreen, HelpScreen]
        for owner in owners:
            for binding in owner.BINDINGS:
                assert binding.id, f"{owner.__name__}: {binding.action} has no id"
                assert binding.description, f"{owner.__name__}: {binding.id} has no description"
                text = binding.tooltip or binding.description
                assert text in shown, f"help misses {binding.id}"
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@drive
async def test_every_action_is_in_the_command_palette() -> None:
    app = make_app([])
    actions = {title for title, _help, _action in app.palette_actions()}
    assert {b.tooltip for b in ReaderApp.BINDINGS} <= actions


@drive
async def test_q_quits_and_state_persists_across_runs(seed_paths) -> None:
    app = make_app([])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        await pilot.press("t", "space", "space")
        await pilot.pause()
        position = app.query_one(ReadingPane).position
        assert position != (0, 0)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    saved = json.loads((state_dir() / "state.json").read_text(encoding="utf-8"))
    assert saved["last_document"] == str(seed_paths[1].resolve())

    again = make_app([])
    async with again.run_test(size=WIDE) as pilot:
        await settle(again, pilot)
        assert again.document.path == str(seed_paths[1])
        assert again.rendering == "simplified"
        assert again.query_one(ReadingPane).position == position


@drive
async def test_a_corrupt_state_file_is_reported_and_the_app_starts() -> None:
    state_dir().mkdir(parents=True, exist_ok=True)
    (state_dir() / "state.json").write_text("{not json", encoding="utf-8")
    app = make_app([])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.document is not None
        assert sum("Reading positions not restored" in n for n in notifications(app)) == 1


@drive
async def test_a_path_that_fails_shows_in_the_list_with_its_error(tmp_path, seed) -> None:
    missing = tmp_path / "missing.txt"
    app = make_app([seed("000"), missing])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        doc_list = app.query_one(DocList)
        prompt = str(doc_list.get_option_at_index(1).prompt)
        assert "missing.txt" in prompt
        assert "No such file" in prompt


@drive
async def test_article_text_is_never_markup(tmp_path) -> None:
    title = "[bold red]標題[/] [link=http://x]點我[/link]"
    path = tmp_path / "[b]markup[b].txt"
    path.write_text(f"{title}\n這是正文，“引號裡的話”，他說。\n", encoding="utf-8")
    app = make_app([path])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.title == title
        assert title in str(app.query_one(DocList).get_option_at_index(0).prompt)
        assert "[bold red]標題[/]" in pane_text(app)


@pytest.mark.parametrize(
    ("keys", "list_shown", "panel_shown"),
    [
        pytest.param((), False, False, id="both-hidden-when-narrow"),
        pytest.param(("l",), True, False, id="l-shows-the-list"),
        pytest.param(("p",), False, True, id="p-shows-the-panel"),
        pytest.param(("l", "l"), False, False, id="l-twice-hides-it-again"),
    ],
)
@drive
async def test_narrow_terminal_collapses_the_side_regions(keys, list_shown, panel_shown) -> None:
    app = make_app([])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert app.query_one(DocList).display is list_shown
        assert app.panel.display is panel_shown
        assert app.pane.size.width > 0


@drive
async def test_user_keymap_rebinds_a_key(seed) -> None:
    app = make_app([seed("000")], settings=Settings(keymap={"cycle_rendering": "s"}))
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        assert app.rendering == "simplified"
        await pilot.press("question_mark")
        rows = "\n".join(str(s.render()) for s in app.screen.query(Static))
        assert any(
            line.lstrip().startswith("s ") and "Cycle the rendering" in line
            for line in rows.splitlines()
        )


@drive
async def test_results_arriving_after_close_are_dropped(seed_paths: list[Path]) -> None:
    """A worker's result or a scroll event that lands while the app closes is no traceback."""
    app = make_app([])
    async with app.run_test(size=WIDE):
        pass
    doc = open_document(seed_paths[0])
    app.on_document_opened(DocumentOpened(0, doc))
    app._position_changed(ReadingPane.PositionChanged(0, 0, 50))
