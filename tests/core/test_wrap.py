"""Line breaking in terminal cells with the rules of CJK typography."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.wrap import REPLACEMENT, cell_width, line_counts, text_width, visible, wrap

BREAK_SPACES = " \u3000"


def lines(text: str, width: int) -> list[str]:
    return [text[a:b] for a, b in wrap(text, width)]


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        pytest.param("一二三四五六", 4, ["一二", "三四", "五六"], id="cjk-every-char-breaks"),
        pytest.param("一二三四五。", 10, ["一二三四", "五。"], id="full-stop-pulls-previous-down"),
        pytest.param("一二三四五，六", 10, ["一二三四", "五，六"], id="comma-pulls-previous-down"),
        pytest.param("一二三四五,六", 10, ["一二三四", "五,六"], id="half-width-comma-after-cjk"),
        pytest.param(
            "一二三四五」。", 10, ["一二三四", "五」。"], id="closers-run-pulled-together"
        ),
        pytest.param("一二三四「五」", 10, ["一二三四", "「五」"], id="opening-bracket-not-at-end"),
        pytest.param("一二三“四”", 7, ["一二三", "“四”"], id="narrow-opening-quote-not-at-end"),
        pytest.param("一二三四五……", 11, ["一二三四", "五……"], id="ellipsis-not-at-start"),
        pytest.param("我用DeepSeek寫", 8, ["我用", "DeepSeek", "寫"], id="latin-word-whole"),
        pytest.param("約1,000元", 6, ["約", "1,000", "元"], id="number-with-comma-whole"),
        pytest.param("圓周率3.14%。", 8, ["圓周率", "3.14%。"], id="decimal-and-percent-whole"),
        pytest.param("abcdefghij", 4, ["abcd", "efgh", "ij"], id="long-word-cut"),
        pytest.param(
            "中 supercalifragilistic",
            6,
            ["中 ", "superc", "alifra", "gilist", "ic"],
            id="long-word-after-space",
        ),
        pytest.param("hello world", 5, ["hello ", "world"], id="space-at-break-ends-line"),
        pytest.param("hello   world", 8, ["hello   ", "world"], id="spaces-at-break-kept-in-span"),
        pytest.param("A國B", 3, ["A國", "B"], id="mixed-widths-fill"),
        pytest.param("國a", 1, ["國", "a"], id="width-1-wide-char-alone"),
        pytest.param("一二", 2, ["一", "二"], id="width-2"),
        pytest.param("一二。", 3, ["一", "二", "。"], id="width-3-unit-wider-than-line"),
        pytest.param("cafe\u0301 au", 4, ["cafe\u0301 ", "au"], id="combining-mark-zero-width"),
        pytest.param("\x1b[31m紅", 6, ["\x1b[31m", "紅"], id="escape-counts-as-symbol"),
        pytest.param("短", 80, ["短"], id="fits"),
        pytest.param("", 10, [""], id="empty"),
    ],
)
def test_wrap(text: str, width: int, expected: list[str]) -> None:
    assert lines(text, width) == expected


@pytest.mark.parametrize(
    ("ch", "width"),
    [
        pytest.param("國", 2, id="han"),
        pytest.param("国", 2, id="han-simplified"),
        pytest.param("，", 2, id="fullwidth-comma"),
        pytest.param("Ａ", 2, id="fullwidth-latin"),
        pytest.param("\u3000", 2, id="ideographic-space"),
        pytest.param("a", 1, id="latin"),
        pytest.param("“", 1, id="ambiguous-quote"),
        pytest.param("—", 1, id="ambiguous-dash"),
        pytest.param("\u0301", 0, id="combining-acute"),
        pytest.param("\x1b", 1, id="escape-shown-as-symbol"),
        pytest.param("\u202e", 1, id="bidi-override-shown-as-symbol"),
        pytest.param("\u200b", 1, id="zero-width-space-shown-as-symbol"),
        pytest.param("\U0001f600", 2, id="emoji"),
    ],
)
def test_cell_width(ch: str, width: int) -> None:
    assert cell_width(ch) == width


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("a\x1b[31mb", "a\u241b[31mb", id="csi-escape"),
        pytest.param("\x1b]52;c;aGk=\x07", "\u241b]52;c;aGk=\u2407", id="osc-52"),
        pytest.param("\t\n\r", "\u2409\u240a\u240d", id="c0-controls"),
        pytest.param("\x7f", "\u2421", id="delete"),
        pytest.param("\x9b", REPLACEMENT, id="c1-csi"),
        pytest.param("\u202eabc", REPLACEMENT + "abc", id="bidi-override"),
        pytest.param("a\u200db", "a" + REPLACEMENT + "b", id="zero-width-joiner"),
        pytest.param("\ud800", REPLACEMENT, id="lone-surrogate"),
        pytest.param("[bold]國[/]", "[bold]國[/]", id="markup-is-plain-text"),
    ],
)
def test_visible(text: str, shown: str) -> None:
    assert visible(text) == shown


def test_text_width_counts_cells() -> None:
    assert text_width("DeepSeek成美國") == 8 + 2 * 3


def test_bad_width_is_refused() -> None:
    with pytest.raises(ValueError, match="width"):
        wrap("中文", 0)


def test_line_counts_stops_when_cancelled() -> None:
    assert line_counts(["一二三四", "五六"], 4) == [2, 1]
    assert line_counts(["一二三四", "五六"], 4, lambda: True) is None


def test_seeds_wrap_without_closers_at_line_start(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        for para in filter(None, (p.strip() for p in text.split("\n"))):
            for a, b in wrap(para, 40)[1:]:
                assert para[a] not in "，。、；：！？）」』》", para[a - 10 : b]


ALPHABET = st.sampled_from(
    [*"中國美国的，。「」（）“”…—,.!?abcXYZ0123 \u3000", "\u0301", "\x1b", "\u200b"]
)


@settings(max_examples=300, deadline=None)
@given(text=st.text(ALPHABET, max_size=80), width=st.integers(1, 30))
def test_lines_fit_and_tile_the_text(text: str, width: int) -> None:
    spans = wrap(text, width)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (_, end), (start, _) in pairwise(spans):
        assert end == start
    for a, b in spans:
        shown = text[a:b].rstrip(BREAK_SPACES)
        if text_width(shown) > width:
            # Only a single character wider than the line may overflow it.
            assert sum(cell_width(c) > 0 for c in shown) == 1, (shown, width)
        assert b > a or not text


def test_renderings_of_equal_shape_share_breaks() -> None:
    traditional = "國際貨幣基金組織總裁發表講話，認為經濟復甦仍然脆弱。"
    simplified = "国际货币基金组织总裁发表讲话，认为经济复苏仍然脆弱。"
    assert wrap(traditional, 12) == wrap(simplified, 12)
