"""Search inside one article: script- and case-insensitive, in the rendering on screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.convert import RENDERINGS, fold, render
from reader.core.document import build, open_document
from reader.core.find import Match, find_all, find_all_in_text


def spans(text: str, query: str, rendering: str = "original") -> list[str]:
    doc = build(text)
    return [doc.text[m.start : m.end] for m in find_all(doc, query, rendering)]


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        pytest.param(
            "美國總統今天講話。", "美国", ["美國"], id="simplified-query-finds-traditional"
        ),
        pytest.param(
            "美国总统今天讲话。", "美國", ["美国"], id="traditional-query-finds-simplified"
        ),
        pytest.param(
            "臺灣與台灣的寫法不同。", "台湾", ["臺灣", "台灣"], id="variant-forms-fold-together"
        ),
        pytest.param("新聞：OpenAI發布新模型", "openai", ["OpenAI"], id="lower-case-query"),
        pytest.param("新聞：OpenAI發布新模型", "OPENAI", ["OpenAI"], id="upper-case-query"),
        pytest.param("全形的ＯｐｅｎＡＩ也算", "openai", ["ＯｐｅｎＡＩ"], id="full-width-latin"),
        pytest.param("哈哈哈哈哈", "哈哈", ["哈哈", "哈哈"], id="non-overlapping"),
        pytest.param("第一段說美\n國在第二段", "美國", [], id="never-across-paragraphs"),
        pytest.param(
            "美國和美国都是美國", "美國", ["美國", "美国", "美國"], id="mixed-scripts-in-order"
        ),
        pytest.param("沒有這個詞", "美國", [], id="absent"),
        pytest.param("美國總統", "", [], id="empty-query"),
        pytest.param("美國 總統", "  ", [], id="blank-query"),
        pytest.param("美國 總統", "國 總", ["國 總"], id="inner-space"),
    ],
)
def test_matching(text: str, query: str, expected: list[str]) -> None:
    assert spans(text, query) == expected


@pytest.mark.parametrize(
    ("text", "rendering", "query", "expected"),
    [
        # s2twp turns 内存 into 記憶體 (three characters for two) and 软件 into 軟體.
        pytest.param("软件和内存都很重要", "taiwan", "記憶體", ["内存"], id="taiwan-longer-phrase"),
        pytest.param(
            "软件和内存都很重要", "taiwan", "记忆体", ["内存"], id="taiwan-simplified-typed"
        ),
        pytest.param("软件和内存都很重要", "taiwan", "憶", ["内存"], id="taiwan-inside-phrase"),
        pytest.param("软件和内存都很重要", "taiwan", "都很", ["都很"], id="taiwan-after-phrase"),
        pytest.param(
            "软件和内存都很重要", "taiwan", "体和记", ["件和内存"], id="taiwan-across-phrases"
        ),
        pytest.param("软件和内存都很重要", "taiwan", "内存", [], id="taiwan-not-on-screen"),
        pytest.param("软件和内存都很重要", "original", "内存", ["内存"], id="original-same-text"),
        pytest.param("軟體和記憶體都很重要", "simplified", "软体", ["軟體"], id="simplified"),
        pytest.param("发展头发", "traditional", "頭髮", ["头发"], id="traditional"),
        pytest.param("美国总统的打印机", "hongkong", "打印機", ["打印机"], id="hongkong"),
    ],
)
def test_rendering_maps_back_to_cleaned_text(
    text: str, rendering: str, query: str, expected: list[str]
) -> None:
    assert spans(text, query, rendering) == expected


def test_paragraph_index_and_offsets() -> None:
    doc = build("標題\n\n第一段提到美國。\n  第二段也提到美国和美國。\n")
    found = find_all(doc, "美国")
    assert [m.paragraph for m in found] == [1, 2, 2]
    for m in found:
        p = doc.paragraphs[m.paragraph]
        assert p.start <= m.start < m.end <= p.end
        assert fold(doc.text[m.start : m.end]) == "美国"


def test_unknown_rendering() -> None:
    with pytest.raises(ValueError, match="unknown rendering"):
        find_all(build("美國"), "美", "martian")


def test_same_document_in_two_renderings() -> None:
    doc = build("电脑内存不足。")
    assert find_all(doc, "内存", "original") == [Match(2, 4, 0)]
    assert find_all(doc, "内存", "taiwan") == []
    assert find_all(doc, "不足", "taiwan") == [Match(4, 6, 0)]


@pytest.mark.parametrize("rendering", RENDERINGS)
@pytest.mark.parametrize("query", ["DeepSeek", "美国", "科技", "的"])
def test_seeds_matches_show_the_query_in_every_rendering(
    seed_paths: list[Path], rendering: str, query: str
) -> None:
    total = 0
    for path in seed_paths:
        doc = open_document(path)
        for m in find_all(doc, query, rendering):
            p = doc.paragraphs[m.paragraph]
            shown = render(p.text, rendering)
            a, b = shown.map.span_to_dst(m.start - p.start, m.end - p.start)
            assert fold(query) in fold(shown.text[a:b])
            total += 1
    assert total > 0


@pytest.mark.parametrize(
    ("query", "pattern"),
    [
        pytest.param("deepseek", r"(?i)deepseek", id="latin"),
        pytest.param("美国", "美[国國]", id="han-both-scripts"),
    ],
)
def test_seeds_count_against_a_regular_expression(
    seed_paths: list[Path], query: str, pattern: str
) -> None:
    for path in seed_paths:
        doc = open_document(path)
        expected = sum(len(re.findall(pattern, p.text)) for p in doc.paragraphs)
        assert len(find_all(doc, query)) == expected, path.name


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        pytest.param("美國\nOpenAI 公司", "openai", [(3, 9)], id="case"),
        pytest.param("美国和美國", "美國", [(0, 2), (3, 5)], id="script"),
        pytest.param("美國 ", " ", [], id="blank"),
        pytest.param("美\n國", "美\n國", [], id="line-break-query"),
    ],
)
def test_find_all_in_text(text: str, query: str, expected: list[tuple[int, int]]) -> None:
    assert find_all_in_text(text, query) == expected
