"""Property tests over arbitrary text: the core never fails and its offsets always hold.

The text is drawn from what damaged Chinese news is made of: characters of both
scripts, Latin words, brackets and every kind of quote mark, pinyin glosses,
HTML remnants, mojibake-like ``?`` runs, line breaks, control and invisible
characters, and characters outside the Basic Multilingual Plane.
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.analysis import analyse
from reader.core.cleaning import clean
from reader.core.convert import RENDERINGS, fold, render
from reader.core.document import build
from reader.core.find import find_all, find_all_in_text
from reader.core.wrap import text_width, wrap

HAN = "美国總統特朗普川普台灣臺湾賴清德国民黨党中华人民共和國说說表示指出认为認為發发展系係統统里裏裡面麵颱风風"
LATIN = "aeioAZ09 .-/@:"
MARKS = "“”‘’「」『』《》〈〉【】（）()[]{}\"'，。、；：！？,.;:!?…—·"
ODD = "\n\n\t\x00\x1b\x07\u200b\u202e\u2066\u2069\ufeff\xa0\u3000\u2de0\U00020000\U0002a6a5\u0301"
PIECES = [
    "(chuàng)", "(fā)", "(de)", "（lǚ）", "</p>", "<br/>", "&nbsp;", "&amp;", "&#x4e2d;",
    "?,F", "?!?", "说：“", "”他说。", "「", "」", "編者按：", "来源：", "轉載請注明",
    "https://x.cn/a,b", "1,000", "9:21", "David Sacks", "大衛ⷨ饅斯", "内存", "软件",
]  # fmt: skip

# Repairs that remove or decode text, and so can bring two pieces of damage together.
STAGE_ONE = {"mojibake", "pinyin", "separator", "html"}

CHARS = st.sampled_from(HAN + LATIN + MARKS + ODD)
TEXT = st.lists(st.one_of(CHARS, CHARS, CHARS, st.sampled_from(PIECES)), max_size=300).map("".join)
FUZZ = settings(
    max_examples=200,
    deadline=None,
    # The autouse READER_HOME fixture is shared by the examples: only the analysis cache uses it.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _offsets_hold(m, src_len: int, dst_len: int) -> None:
    dst = [m.to_dst(o) for o in range(src_len + 1)]
    src = [m.to_src(o) for o in range(dst_len + 1)]
    assert all(0 <= o <= dst_len for o in dst)
    assert all(0 <= o <= src_len for o in src)
    assert dst == sorted(dst) and src == sorted(src)
    # The whole derived text maps to the whole source but for what was deleted at its ends.
    s, e = m.span_to_src(0, dst_len)
    deleted = {i for a, b, c, d in m.segments if c == d for i in range(a, b)}
    assert all(i in deleted for i in [*range(s), *range(e, src_len)]), (s, e)


@FUZZ
@given(TEXT)
def test_cleaning(text: str) -> None:
    cleaned = clean(text)
    edits = cleaned.edits
    assert all(a.end <= b.start for a, b in itertools.pairwise(edits))
    pos, parts = 0, []
    for e in edits:
        assert 0 <= e.start <= e.end <= len(text) and text[e.start : e.end] == e.before
        assert cleaned.text[e.cstart : e.cend] == e.after
        parts += [text[pos : e.start], e.after]
        pos = e.end
    assert "".join([*parts, text[pos:]]) == cleaned.text
    _offsets_hold(cleaned.map, len(text), len(cleaned.text))
    # Cleaning the cleaned text again changes nothing. Repairs that remove or decode
    # text can bring damage together (美(chuàng)(chuàng): the second gloss follows 美
    # only once the first is gone), so the claim is for texts without them.
    if not {e.kind for e in edits} & STAGE_ONE:
        assert clean(cleaned.text).text == cleaned.text


@FUZZ
@given(TEXT, st.sampled_from(RENDERINGS))
def test_rendering_maps_offsets(text: str, rendering: str) -> None:
    rendered = render(text, rendering)
    m = rendered.map
    _offsets_hold(m, len(text), len(rendered.text))
    for s, e, ds, de in m.segments:
        assert 0 <= s <= e <= len(text) and 0 <= ds <= de <= len(rendered.text)
    for s in range(len(text) + 1):
        for e in range(s, min(len(text), s + 4) + 1):
            back = m.span_to_src(*m.span_to_dst(s, e))
            assert back[0] <= s and e <= back[1], (s, e, back)


@FUZZ
@given(TEXT, st.integers(1, 40))
def test_wrap_fits_and_tiles(text: str, width: int) -> None:
    spans = wrap(text, width)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    for s, e in spans:
        line = text[s:e].rstrip()
        # A line wider than the width holds one character (and its combining marks).
        assert text_width(line) <= width or text_width(line[:1]) == text_width(line), (line, width)


@FUZZ
@given(TEXT, st.data())
def test_find_maps_back(text: str, data: st.DataObject) -> None:
    doc = build(text)
    para = data.draw(st.sampled_from(doc.paragraphs)) if doc.paragraphs else None
    if para is not None:
        start = data.draw(st.integers(0, len(para.text) - 1))
        query = para.text[start : start + data.draw(st.integers(1, 4))]
        start += para.start
    else:
        query = data.draw(TEXT)
    for rendering in RENDERINGS:
        last = 0
        for m in find_all(doc, query, rendering):
            para = doc.paragraphs[m.paragraph]
            assert last <= m.start <= m.end and para.start <= m.start and m.end <= para.end
            last = m.end
            if rendering == "original":
                assert fold(doc.text[m.start : m.end]) == fold(query)
    for s, e in find_all_in_text(text, query):
        assert fold(text[s:e]) == fold(query)
    if para is not None and query.strip():
        # The query was taken from the text: it is found there (or overlapped by a match).
        assert any(
            m.start <= start < max(m.end, m.start + 1)
            or m.start <= start - len(query) < m.end
            or start <= m.start < start + len(query)
            for m in find_all(doc, query)
        )


@FUZZ
@given(TEXT)
def test_actors_and_quotes_point_into_the_text(text: str) -> None:
    doc = build(text)
    result = analyse(doc)
    for actor in result.actors:
        for m in actor.mentions:
            assert 0 <= m.start <= m.end <= len(doc.text)
            assert doc.text[m.start : m.end] == m.text
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(doc.text)
        assert q.text in doc.text[q.start : q.end]
        assert 0 <= q.paragraph < len(doc.paragraphs)
