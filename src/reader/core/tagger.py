"""A learnt tagger of people's and bodies' names, for the names no rule knows.

Rules find a name by the words around it (a role before it, a speech verb or a
body's ending after it); a name with neither (綠嶺乳業, 保安員晏春生) escapes them.
This is a linear-chain CRF over characters (python-crfsuite), trained by
``bench/train_tagger.py`` on the annotated articles in ``tests/data``. Its
features are each character with its neighbours, their pairs, a class per
character (a surname, a transliterating character, Han, Latin, digit) and the
word the segmenter put it in with that word's tag. It reads the simplified copy
the segmenter read, so both scripts share one model, and it reads only the words
a name can be made of.
"""

from __future__ import annotations

import string
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import pycrfsuite

from reader import paths
from reader.core.names import TRANSLIT, surnames
from reader.core.segment import Token

MODEL = "names.crfsuite"
SURE = 0.9  # the least confidence of a name the tagger alone finds
LABELS = {"PER": "person", "ORG": "org"}


@dataclass(frozen=True, slots=True)
class Tagged:
    start: int
    end: int
    type: str  # person or org
    confidence: float  # the least marginal probability of its characters' labels


@cache
def _classes() -> dict[int, str]:
    """A translation table from each character to its class; others stay themselves."""
    table = dict.fromkeys(range(0x4E00, 0xA000), "H")
    table.update(dict.fromkeys(map(ord, TRANSLIT), "T"))
    table.update(dict.fromkeys(map(ord, surnames()[0]), "S"))
    table.update(dict.fromkeys(map(ord, string.ascii_uppercase), "U"))
    table.update(dict.fromkeys(map(ord, string.ascii_lowercase), "L"))
    table.update(dict.fromkeys(map(ord, string.digits), "D"))
    return table


def _word_positions(tokens: list[Token], n: int) -> list[str]:
    """Per character: where it stands in its word (Begin, Middle, End, Single) and the word's tag."""
    out = [""] * n
    for t in tokens:
        size = len(t.word)
        if size == 1:
            out[t.start] = "w=S" + t.tag
            continue
        out[t.start] = "w=B" + t.tag
        for k in range(t.start + 1, t.start + size - 1):
            out[k] = "w=M" + t.tag
        out[t.start + size - 1] = "w=E" + t.tag
    return out


# Words that seldom hold a name: adverbs, prepositions, conjunctions, particles,
# pronouns, numbers, measures and times. The tagger reads around them, not them,
# nor punctuation or Latin text (its names are the rules'): half the text, half the work.
COUNTED_TAGS = frozenset(["m", "mq", "q", "t", "tg"])  # numbers, measures, times
SKIPPED_TAGS = COUNTED_TAGS | {"d", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "y"}
# Read characters tagged at once: a huge text is tagged in parts, cut where the
# reading skips a word (no name spans such a cut), so its memory stays bounded.
CHUNK = 5000


def _read(t: Token) -> bool:
    """The tagger reads this word: not one of SKIPPED_TAGS, and Han if unknown to the dictionary."""
    if t.tag in SKIPPED_TAGS:
        return False
    return t.tag != "x" or any("\u3400" <= c <= "\u9fff" for c in t.word)


def read_offsets(tokens: list[Token]) -> list[int]:
    """The offsets of the characters the tagger reads, in order."""
    return [i for t in tokens if _read(t) for i in range(t.start, t.start + len(t.word))]


def features(tokens: list[Token], offsets: list[int]) -> list[list[str]]:
    """The features of the characters at ``offsets``, read in the whole text's context."""
    return _rows(_columns(tokens), offsets)


def _columns(tokens: list[Token]) -> tuple[str, str, list[str]]:
    """The text and its classes, each padded by one character at both ends, and the words."""
    t = "".join(tok.word for tok in tokens)
    return "^" + t + "$", "^" + t.translate(_classes()) + "$", _word_positions(tokens, len(t))


def _rows(columns: tuple[str, str, list[str]], offsets: list[int]) -> list[list[str]]:
    t, k, w = columns  # t[i + 1] is the character at offset i
    return [
        ["c=" + t[i + 1], "p=" + t[i], "n=" + t[i + 2], "bp=" + t[i : i + 2],
         "bn=" + t[i + 1 : i + 3], "k=" + k[i + 1] + k[i] + k[i + 2], w[i]]
        for i in offsets
    ]  # fmt: skip


def _chunks(offsets: list[int]) -> Iterator[list[int]]:
    if len(offsets) <= CHUNK:
        yield offsets  # an article: one part
        return
    start = 0
    for j in range(1, len(offsets)):
        gap = offsets[j] != offsets[j - 1] + 1
        if j - start >= 2 * CHUNK or (j - start >= CHUNK and gap):
            yield offsets[start:j]
            start = j
    yield offsets[start:]


_local = threading.local()


def _tagger() -> pycrfsuite.Tagger:
    """This thread's tagger: crfsuite's keeps the sequence it tags, so threads share none."""
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(paths.data_file(MODEL)))
        _local.tagger = tagger  # only once open: a failed open is tried again next time
    return tagger


def tagged_names(tokens: list[Token]) -> list[Tagged]:
    """The names the model finds in the text ``tokens`` cover."""
    offsets = read_offsets(tokens)
    if not offsets:
        return []
    tagger = _tagger()
    columns = _columns(tokens)
    out: list[Tagged] = []
    for chunk in _chunks(offsets):
        tagger.set(_rows(columns, chunk))
        out += _names(tagger, tagger.tag(), chunk)
    return out


def _names(tagger: pycrfsuite.Tagger, labels: list[str], offsets: list[int]) -> list[Tagged]:
    out = []
    i, n = 0, len(labels)
    while i < n:
        label = labels[i]
        if not label.startswith("B-") or label[2:] not in LABELS:
            i += 1
            continue
        inside = "I-" + label[2:]
        j = i + 1
        # A name ends where the labels do, or at a word the tagger did not read.
        while j < n and labels[j] == inside and offsets[j] == offsets[j - 1] + 1:
            j += 1
        confidence = min(tagger.marginal(labels[m], m) for m in range(i, j))
        out.append(Tagged(offsets[i], offsets[j - 1] + 1, LABELS[label[2:]], confidence))
        i = j
    return out
