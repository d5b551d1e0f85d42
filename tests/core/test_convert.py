"""Script conversion: renderings, round trips, and offsets that survive length changes."""

from __future__ import annotations

import pytest

from reader.core.convert import RENDERINGS, convert, fold, render


@pytest.mark.parametrize(
    ("text", "rendering", "expected"),
    [
        pytest.param("美國總統發表講話", "simplified", "美国总统发表讲话", id="t2s"),
        pytest.param("美国总统发表讲话", "traditional", "美國總統發表講話", id="s2t"),
        pytest.param(
            "字节跳动的发育", "traditional", "字節跳動的發育", id="s2t keeps 發育 and 字節"
        ),
        pytest.param("这台打印机的内存", "taiwan", "這臺印表機的記憶體", id="s2twp phrases"),
        pytest.param("软件和鼠标", "taiwan", "軟體和滑鼠", id="s2twp vocabulary"),
        pytest.param("里面的着数", "hongkong", "裏面的着數", id="s2hk variants"),
        pytest.param(
            "衞生署提醒市民留意電綫",
            "simplified",
            "卫生署提醒市民留意电线",
            id="hong-kong variants",
        ),
        pytest.param("美國 OpenAI", "original", "美國 OpenAI", id="original is untouched"),
    ],
)
def test_render(text: str, rendering: str, expected: str) -> None:
    assert render(text, rendering).text == expected


def test_unknown_rendering_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown rendering"):
        render("中文", "klingon")


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_seed_round_trip_keeps_length_and_content(seed_texts: dict[str, str], name: str) -> None:
    text = seed_texts[name]
    simplified = render(text, "simplified")
    # t2s keeps the length of real text, so offsets carry over one to one.
    assert len(simplified.text) == len(text) and simplified.map.identity
    back = render(simplified.text, "traditional").text
    # Round trips are lossy (发 → 發/髮) but never change the length or the Latin text.
    assert len(back) == len(text)
    assert [c for c in back if c.isascii()] == [c for c in text if c.isascii()]


@pytest.mark.parametrize(
    ("text", "config", "phrase", "rendered_phrase"),
    [
        pytest.param("电脑内存不够用了。", "s2twp", "内存", "記憶體", id="grows 2→3"),
        pytest.param(
            "打开软件，再看内存和硬盘。", "s2twp", "内存", "記憶體", id="after other phrases"
        ),
        pytest.param("這台記憶體很大。", "tw2sp", "記憶體", "内存", id="shrinks 3→2"),
        pytest.param(
            "他說：「記憶體、記憶體！」", "tw2sp", "記憶體", "内存", id="twice, with punctuation"
        ),
    ],
)
def test_spans_land_on_the_same_phrase(
    text: str, config: str, phrase: str, rendered_phrase: str
) -> None:
    out = convert(text, config)
    assert not out.map.identity
    start = 0
    while (start := text.find(phrase, start)) >= 0:
        a, b = out.map.span_to_dst(start, start + len(phrase))
        assert out.text[a:b] == rendered_phrase
        # and back again
        assert out.map.span_to_src(a, b) == (start, start + len(phrase))
        start += len(phrase)


def test_characters_after_a_length_change_map_exactly() -> None:
    text = "内存里有三只猫，很快"
    out = convert(text, "s2twp")
    for i in range(2, len(text)):  # every character past the phrase
        j = out.map.to_dst(i)
        assert fold(out.text[j]) == fold(text[i])


def test_chunked_conversion_equals_whole_conversion() -> None:
    text = "这台打印机的内存不够，软件也旧了；鼠标和硬盘都要换。" * 20
    whole = convert(text, "s2twp").text
    from reader.core.convert import converter

    assert whole == converter("s2twp").convert(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("美国", "美國", id="simplified vs traditional"),
        pytest.param("OpenAI", "openai", id="case"),
        pytest.param("ＤｅｅｐＳｅｅｋ", "deepseek", id="full-width Latin"),
        pytest.param("發展", "发展", id="traditional vs simplified"),
        pytest.param("衞生署", "卫生署", id="hong-kong variant"),
        pytest.param("衞生署", "衛生署", id="hong-kong vs taiwan variant"),
    ],
)
def test_fold_matches_across_scripts(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_length(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        assert len(fold(text)) == len(text)


def test_every_rendering_is_known() -> None:
    assert RENDERINGS[0] == "original"
    for rendering in RENDERINGS:
        assert render("中国", rendering).text


@pytest.mark.parametrize(
    ("text", "config", "span", "expected"),
    [
        pytest.param("内存記憶體", "s2twp", (2, 5), (3, 6), id="phrase next to its own conversion"),
        pytest.param("内存記憶體", "s2twp", (0, 2), (0, 3), id="the converted phrase itself"),
        pytest.param("記憶體内存", "s2twp", (0, 3), (0, 3), id="conversion before the phrase"),
        pytest.param("内存内存", "s2twp", (2, 4), (3, 6), id="the same phrase twice"),
    ],
)
def test_alignment_is_anchored(
    text: str, config: str, span: tuple[int, int], expected: tuple[int, int]
) -> None:
    assert convert(text, config).map.span_to_dst(*span) == expected
