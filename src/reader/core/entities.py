"""What the actor finders share: the text in its matching forms, and the entities found.

Every finder works on a same-length simplified copy of the text (so offsets are
offsets into the cleaned text) and records what it finds in a :class:`Registry`,
which merges the surface forms of one real-world actor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import accumulate

from reader.core import lexicon as lexicon_mod
from reader.core.lexicon import Lexicon
from reader.core.segment import Token, simplified
from reader.core.wordlists import longest_first, words

CJK = re.compile(r"[\u3400-\u9fff]")
# Modal words: what follows is a verb (只能|改搭, 會|表示), not a name or a verb of saying.
MODALS = frozenset(
    [
        "会",
        "要",
        "将",
        "应",
        "应该",
        "可",
        "可以",
        "可能",
        "能",
        "想",
        "必须",
        "需要",
        "只能",
        "只好",
        "只得",
        "愿意",
        "希望",
        "不会",
        "不能",
    ]
)
# Quotation marks that open and close a quoted name (「速遞俠」, “月弧動力”).
OPENING_MARKS = frozenset('“「『‘"')
CLOSING_MARKS = frozenset('”」』’"')
# Latin letters with their accented forms (Sørensen, Müller, José), for character classes.
LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
# Below this count in the segmenter's dictionary, a word is rare: no common word.
RARE = 10

# (frequency, tag) of a word in the segmenter's dictionary, or None when unknown.
Lookup = Callable[[str], "tuple[int, str] | None"]


def normalise(text: str, tokens: list[Token] | None = None) -> tuple[str, str]:
    """Same-length (simplified copy with case, lower-case key) of ``text``.

    Name separators (· ・ • ‧ ．and the garbled U+2DEx left by broken encodings)
    all become ``·``, and a full-width hyphen an ASCII one. The segmenter's
    ``tokens`` of ``text`` hold its simplified copy already: joined, they save
    converting it again.
    """
    simp = "".join(t.word for t in tokens or ())
    if len(simp) != len(text):
        simp = simplified(text)
    simp = re.sub(r"[\u2de0-\u2dff・•‧･⋅∙]", "·", simp)
    simp = lexicon_mod.HAN_STOP.sub("·", simp).replace("－", "-")  # 艾許頓－凱恩
    return simp, simp.lower()


@dataclass
class Entity:
    """One actor being assembled: its surface forms under their keys."""

    type: str
    forms: dict[str, str] = field(default_factory=dict)  # key → first surface seen
    canonical: str | None = None  # from the lexicon or a Latin gloss
    strong: bool = False  # has evidence beyond a bare tagger guess
    short_forms: set[str] = field(default_factory=set)  # keys matched only at name boundaries


class Registry:
    """Entities and the surface keys that name them (a union-find over keys)."""

    def __init__(self) -> None:
        self.by_key: dict[str, Entity] = {}
        self.listed: dict[str, Entity] = {}  # lexicon name → its entity

    def add(self, surface: str, type_: str, canonical: str | None = None, strong=True) -> Entity:
        k = lexicon_mod.key(surface)
        ent = self.by_key.get(k)
        if ent is None:
            ent = Entity(type_)
            self.by_key[k] = ent
        ent.forms.setdefault(k, surface)
        ent.strong = ent.strong or strong
        if canonical and not ent.canonical:
            ent.canonical = canonical
        if type_ == "person" or ent.type not in ("person", "org"):
            ent.type = type_ if ent.type != "product" else ent.type
        return ent

    def merge(self, a: Entity, b: Entity) -> Entity:
        if a is b:
            return a
        a.forms.update({k: v for k, v in b.forms.items() if k not in a.forms})
        a.short_forms |= b.short_forms
        a.strong = a.strong or b.strong
        a.canonical = a.canonical or b.canonical
        if a.type not in ("person", "org"):
            a.type = b.type
        for k in b.forms:
            self.by_key[k] = a
        return a

    def entities(self) -> list[Entity]:
        seen: dict[int, Entity] = {}
        for ent in self.by_key.values():
            seen.setdefault(id(ent), ent)
        return list(seen.values())


@cache
def _speech_pattern() -> re.Pattern[str]:
    return re.compile(lexicon_mod.trie_pattern((*words("speech_verbs"), "接受", "受访")))


@cache
def _title_pattern() -> re.Pattern[str]:
    return re.compile(lexicon_mod.trie_pattern(words("titles")))


class Context:
    """The text in its three forms plus its tokens, and helpers over them."""

    def __init__(self, text: str, tokens: list[Token], lookup: Lookup | None = None) -> None:
        self.text = text
        self.simp, self.key = normalise(text, tokens)
        self.tokens = tokens
        self.lookup: Lookup = lookup or (lambda word: None)
        self.starts = {t.start for t in tokens}
        self._token_starts = [t.start for t in tokens]
        self.ends = {t.end for t in tokens}
        self.latin_heavy = _latin_heavy_spans(text)
        self._latin_starts = [s for s, _ in self.latin_heavy]
        # Latin glosses already read, as an actor's name or a thing's: no names of their own.
        self.read_glosses: list[tuple[int, int]] = []
        self.spans: dict[tuple[int, int], str] = {}  # names found so far → their type
        self._index: SpanIndex | None = None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly in [start, end)."""
        i = bisect.bisect_left(self._token_starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    def token_index(self, pos: int) -> int:
        """Index of the token that covers offset ``pos``."""
        return max(0, bisect.bisect_right(self._token_starts, pos) - 1)

    def before(self, pos: int, n: int = 8) -> str:
        return self.key[max(0, pos - n) : pos]

    def after(self, pos: int, n: int = 8) -> str:
        return self.key[pos : pos + n]

    def in_latin_prose(self, pos: int) -> bool:
        i = bisect.bisect_right(self._latin_starts, pos) - 1
        return i >= 0 and pos < self.latin_heavy[i][1]

    @cached_property
    def speech_starts(self) -> frozenset[int]:
        """Where a verb of saying, or of being interviewed (接受, 受訪), starts in the text."""
        return frozenset(m.start() for m in _speech_pattern().finditer(self.simp))

    @cached_property
    def title_ends(self) -> frozenset[int]:
        """Where a role word ends in the text (護理師|, 主任|)."""
        return frozenset(m.end() for m in _title_pattern().finditer(self.simp))

    @cached_property
    def unlisted_starts(self) -> frozenset[int]:
        """Where a name may start with a surname missing from the list: 阿, a character
        the tagger calls a name, or an unknown three-character word before speech
        (理事長冶存福說)."""
        verbs = longest_first("speech_verbs")
        return frozenset(
            t.start
            for t in self.tokens
            if (t.word[0] == "阿" and CJK.match(self.simp[t.start + 1 : t.start + 2] or " "))
            or (len(t.word) == 1 and t.tag == "nr")
            or (
                t.new
                and len(t.word) == 3
                and CJK.match(t.word) is not None
                and self.simp.startswith(verbs, t.end)
            )
        )

    def known(self) -> SpanIndex:
        """``spans`` as they stand now, indexed for overlap questions."""
        # Finders only ever add spans, so the count tells whether the index is current.
        if self._index is None or self._index.size != len(self.spans):
            self._index = SpanIndex(self.spans)
        return self._index

    def common_word(self, word: str) -> bool:
        """A dictionary word that is not a person's name (高度, 方面, 文化).

        jieba's plain ``nr`` also covers common words and loanwords (蘭花, 藍圖,
        馬拉鬆): only its given-name tags and three-character native names count.
        """
        found = self.lookup(word)
        if found is None or found[0] <= 0:
            return False
        if found[0] < RARE and found[1].startswith(("ns", "nz")):
            return False  # a rare proper noun (歐陽靖 as a place) is no common word
        return not trusted_name_tag(word, found[1])


class SpanIndex:
    """Spans (possibly nested or overlapping) answering overlap questions by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.size = len(ordered)
        self._starts = [a for a, _ in ordered]
        # reach[i]: the furthest end among the first i + 1 spans (by start).
        self._reach = list(accumulate((b for _, b in ordered), max))
        self._first_start: dict[int, int] = {}  # end → the smallest start of a span ending there
        for a, b in ordered:
            self._first_start.setdefault(b, a)

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with [start, end)."""
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start

    def ends_at(self, pos: int) -> bool:
        """Some span ends at ``pos``."""
        return pos in self._first_start

    def encloses(self, start: int, end: int) -> bool:
        """Some span other than [start, end) itself contains it."""
        i = bisect.bisect_right(self._starts, start)
        if i == 0:
            return False
        return self._reach[i - 1] > end or self._first_start.get(end, start) < start


def trusted_name_tag(word: str, tag: str) -> bool:
    """The dictionary's name tag for ``word`` can be believed."""
    from reader.core.names import TRANSLIT, surnames

    if tag in ("nrfg", "nrt"):
        return True
    if tag == "nr" and len(word) == 4:
        return word[:2] in surnames()[1]  # 司徒慧敏: a compound surname and a given name
    return tag == "nr" and len(word) == 3 and not set(word) <= TRANSLIT


def _latin_heavy_spans(text: str) -> list[tuple[int, int]]:
    """Lines written mostly in Latin script (English notices): no names from them."""
    out = []
    pos = 0
    for line in text.split("\n"):
        letters = sum(c.isascii() and c.isalpha() for c in line)
        if len(line) > 40 and letters > 0.6 * len(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def add_listed(reg: Registry, lex: Lexicon, surface: str) -> Entity | None:
    """Record ``surface`` under its alias-list entry; None when it is not listed."""
    entry = lex.get(surface)
    if entry is None:
        return None
    ent = reg.add(surface, entry.type, entry.name)
    named = reg.listed.get(entry.name)
    if named is not None:
        ent = reg.merge(named, ent)
    reg.listed[entry.name] = ent
    ent.canonical = entry.name
    ent.type = entry.type
    return ent


def part_boundary(ctx: Context, s: int, e: int, part: str) -> bool:
    """[s, e) is a whole word: not inside a longer Latin word or transliterated name."""
    from reader.core.names import TRANSLIT

    before = ctx.key[s - 1] if s > 0 else " "
    after = ctx.key[e] if e < len(ctx.key) else " "
    if part.isascii():
        return not _ascii_alnum(before) and not _ascii_alnum(after)
    if before in TRANSLIT or before == "·" or after == "·":
        return False
    return after not in TRANSLIT or _word_starts(ctx, e)


def _word_starts(ctx: Context, pos: int) -> bool:
    """A word that is no name starts at ``pos`` (德雷薩|賽後說, 切普科斯|坦言)."""
    from reader.core.names import name_ending_after

    if name_ending_after(ctx.simp, pos):
        return True
    found = ctx.lookup(ctx.simp[pos : pos + 2])
    return found is not None and found[0] > 100 and not found[1].startswith(("nr", "ns", "nz"))


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
