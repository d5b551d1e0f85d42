"""Quotations of an article, told apart as speech or terms, with the speaker the text names.

A quote's ``start``/``end`` cover the quotation *with* its marks (what the UI
highlights); ``text`` is what stands inside the marks. A quote whose closing mark
was lost ends at the end of its paragraph, never later. 《》 marks titles, not quotes.

Attribution follows the patterns of news prose, most reliable first: a speech
verb before the quote (``S 表示：“…”``, ``S 稱 X 是“…”``), a speaker and verb
after it (``“…，”S 說``), a quote-only paragraph after ``S 表示：``, pronouns
(他/她/該公司/其) resolved to the nearest compatible actor. Anything else keeps
``speaker = None``: a speaker is never guessed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.core.actors import Actor, normalise, speech_verbs
from reader.core.document import Paragraph
from reader.core.segment import Token

# Opening mark → the marks that can close it. Straight and curly double quotes
# are mixed up in web text, so any of them closes any other.
_DOUBLE = '“”"＂〝〞〟'
PAIRS = {
    "“": _DOUBLE,
    '"': _DOUBLE,
    "＂": _DOUBLE,
    "〝": _DOUBLE,
    "‘": "’",
    "「": "」",
    "『": "』",
    "﹁": "﹂",
    "﹃": "﹄",
}
_SENTENCE_END = "。！？!?"
_PREPOSITIONS = set("在于从到对向给跟")
_PUNCT = "，。！？,!?；;：:、…"

# Nouns that carry speech like a verb does (``一番言論``, ``一句“…”``).
SPEECH_NOUNS = ("言论", "一句", "表态", "发言", "推文", "贴文", "的话", "所说", "所言", "声明中称")
# Before a quote, these make it a name for something, not words said.
TERM_CUES = (
    "所谓",
    "所谓的",
    "称为",
    "被称为",
    "叫做",
    "名为",
    "号称",
    "堪称",
    "简称",
    "俗称",
    "戏称",
    "调侃",
)
# After a quote, these make it a label (“股災”式, “…”這種模式).
TERM_CUES_AFTER = ("这种", "这类", "这样的", "式", "一词", "这个词", "等词")
PRONOUNS = {
    "他": ("person",),
    "她": ("person",),
    "该公司": ("org",),
    "该机构": ("org",),
    "其": ("person", "org"),
    "它": ("org",),
}


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: ``text`` inside the marks, ``[start, end)`` with them."""

    text: str
    kind: str  # "speech" or "term"
    speaker: str | None
    paragraph: int
    start: int
    end: int


def find_spans(text: str) -> list[tuple[int, int, int | None]]:
    """Top-level quotations in one paragraph: (open, end, close) offsets.

    ``close`` is the closing mark's offset, or None when it was lost and the quote
    runs to the end of the paragraph. Nested quotes stay inside their outer quote.
    """
    out: list[tuple[int, int, int | None]] = []
    i = 0
    while i < len(text):
        if text[i] in PAIRS:
            close = _find_close(text, i)
            end = close + 1 if close is not None else len(text)
            if end - i > 1:
                out.append((i, end, close))
            i = end
        else:
            i += 1
    return out


def _find_close(text: str, i: int) -> int | None:
    stack = [text[i]]
    for k in range(i + 1, len(text)):
        ch, top = text[k], stack[-1]
        double_top = top in _DOUBLE
        if ch in PAIRS[top] and not (ch == "“" and not _after_punct(text, k)):
            # “ closes a “ only when it stands where a closing mark would
            # (after punctuation): web text often types the wrong one.
            stack.pop()
            if not stack:
                return k
        elif (
            (ch in PAIRS and ch not in _DOUBLE)
            or (ch in "“〝" and not double_top)
            or (ch == "“" and double_top)
        ):
            stack.append(ch)
    return None


def _after_punct(text: str, k: int) -> bool:
    return k > 0 and text[k - 1] in _PUNCT


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    name: str
    type: str


class _Attributor:
    """Speech verbs, actor mentions and pronouns of one document, by offset."""

    def __init__(self, text: str, tokens: list[Token], actors: list[Actor]) -> None:
        self.text = text
        self.key = normalise(text)[1]
        self.mentions = sorted(
            (
                _Mention(m.start, m.end, a.name, a.type)
                for a in actors
                if a.type != "place"
                for m in a.mentions
            ),
            key=lambda m: m.start,
        )
        self.starts = [m.start for m in self.mentions]
        self.verbs: list[tuple[int, int]] = []
        self.pronouns: list[tuple[int, int, str]] = []
        verbs = set(speech_verbs())
        for t in tokens:
            w = t.word
            if w in verbs or (
                t.new and len(w) <= 3 and any(w.endswith(v) for v in ("说", "称", "表示", "指出"))
            ):
                self.verbs.append((t.start, t.end))
            elif w in PRONOUNS:
                self.pronouns.append((t.start, t.end, w))
        for noun in SPEECH_NOUNS:
            for m in re.finditer(noun, self.key):
                self.verbs.append(m.span())
        self.verbs.sort()

    def verb_before(self, pos: int, lo: int) -> tuple[int, int] | None:
        """The last speech verb ending in [lo, pos] with no sentence end or quote after it."""
        for s, e in reversed(self.verbs):
            if e > pos:
                continue
            if s < lo or pos - e > 30:
                return None
            gap = self.text[e:pos]
            if any(c in gap for c in _SENTENCE_END) or any(c in gap for c in PAIRS):
                return None
            return s, e
        return None

    def verb_after(self, pos: int, hi: int) -> tuple[int, int] | None:
        """The first speech verb after ``pos`` in the same sentence, close by."""
        for s, e in self.verbs:
            if s < pos:
                continue
            if s >= hi or s - pos > 30:
                return None
            gap = self.text[pos:s]
            if any(c in gap for c in _SENTENCE_END) or any(c in gap for c in PAIRS):
                return None
            return s, e
        return None

    def subject(self, lo: int, hi: int) -> str | None:
        """The actor (or pronoun) nearest before ``hi`` in [lo, hi), resolved."""
        best: tuple[int, str | None] | None = None
        i = bisect.bisect_left(self.starts, hi) - 1
        while i >= 0 and self.mentions[i].start >= lo:
            m = self.mentions[i]
            # 在白宮、對媒體、向外媒: a place or an addressee, not the one speaking.
            if m.end <= hi and self.key[m.start - 1 : m.start] not in _PREPOSITIONS:
                best = (m.start, m.name)
                break
            i -= 1
        for s, e, word in reversed(self.pronouns):
            if lo <= s and e <= hi:
                if best is None or s > best[0]:
                    best = (s, self.resolve(s, PRONOUNS[word]))
                break
        return best[1] if best else None

    def resolve(self, pos: int, types: tuple[str, ...]) -> str | None:
        """The nearest actor of ``types`` mentioned before ``pos``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            if self.mentions[i].type in types and self.mentions[i].end <= pos:
                return self.mentions[i].name
            i -= 1
        return None


def _sentence_start(text: str, pos: int, floor: int) -> int:
    k = pos
    while k > floor and text[k - 1] not in _SENTENCE_END:
        k -= 1
    return k


def extract_quotes(
    text: str,
    paragraphs: tuple[Paragraph, ...] | list[Paragraph],
    tokens: list[Token],
    actors: list[Actor],
) -> list[Quote]:
    """Every quotation of the document, in order."""
    att = _Attributor(text, tokens, actors)
    quotes: list[Quote] = []
    last_speaker: dict[int, str | None] = {}
    for p in paragraphs:
        spans = find_spans(p.text)
        quoted = sum(e - s for s, e, _ in spans)
        last_speech_end = p.start
        quote_only = bool(spans) and spans[0][0] == 0 and quoted >= 0.8 * len(p.text)
        for s, e, close in spans:
            start, end = p.start + s, p.start + e
            inner = p.text[s + 1 : close if close is not None else e]
            kind, speaker = _attribute(att, p, start, end, inner, last_speech_end)
            if kind is None and quote_only and p.index - 1 in last_speaker:
                kind, speaker = "speech", last_speaker[p.index - 1]
            if kind is None:
                kind = "speech" if _sounds_said(inner) or quote_only else "term"
            if kind == "term":
                speaker = None
            quotes.append(Quote(inner, kind, speaker, p.index, start, end))
            if kind == "speech":
                last_speech_end = end
                if speaker:
                    last_speaker[p.index] = speaker
        if p.text.endswith(("：", ":")) and p.index not in last_speaker:
            verb = att.verb_before(p.end - 1, p.start)
            if verb:
                last_speaker[p.index] = att.subject(
                    _sentence_start(text, verb[0], p.start), verb[0]
                )
    return quotes


def _attribute(
    att: _Attributor, p: Paragraph, start: int, end: int, inner: str, floor: int
) -> tuple[str | None, str | None]:
    """(kind, speaker) from the verbs around a quote; kind None when nothing says."""
    text = att.text
    key = att.key
    if any(key[max(p.start, start - len(c)) : start] == c for c in TERM_CUES):
        return "term", None
    if key[end : end + 3].startswith(TERM_CUES_AFTER) and not any(c in inner for c in _PUNCT):
        return "term", None
    before = att.verb_before(start, p.start)
    after = att.verb_after(end, p.end)
    colon = text[max(p.start, start - 1) : start] in ("：", ":")
    starts_sentence = start == p.start or text[start - 1] in _SENTENCE_END + "，,"
    speaker: str | None = None
    if after is not None and (before is None or (starts_sentence and not colon)):
        speaker = att.subject(end, after[0])
        if speaker is None and before is not None:
            # “…”，並喊話國會: the verb after has no subject of its own.
            after = None
    if after is not None and (before is None or (starts_sentence and not colon)):
        verb_gap = after[0] - end
    elif before is not None:
        lo = max(_sentence_start(text, before[0], p.start), floor)
        speaker = att.subject(lo, before[0])
        verb_gap = start - before[1]
    else:
        return None, None
    short = len(inner) <= 4 and not any(c in inner for c in _PUNCT)
    if short and verb_gap > 1:
        return "term", None
    return "speech", speaker


def _sounds_said(inner: str) -> bool:
    """Unattributed words that read as a sentence rather than a term."""
    return len(inner) >= 12 or (len(inner) >= 8 and any(c in inner for c in "，。！？,!?；"))
