"""Script conversion with OpenCC, keeping a map back to source offsets."""

from __future__ import annotations

import difflib
import re
import threading
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import opencc

from reader.core.offsets import OffsetMap

RENDERINGS: tuple[str, ...] = ("original", "simplified", "traditional", "taiwan", "hongkong")

#: The label a rendering carries on screen.
LABELS: dict[str, str] = {
    "original": "原文",
    "simplified": "简体",
    "traditional": "繁體",
    "taiwan": "台灣",
    "hongkong": "香港",
}

# s2t/s2twp/s2hk also accept traditional input: they leave its characters alone
# and still fix simplified characters left in it, so one config per rendering
# serves every source script.
# t2s plus Hong Kong's variant characters (衞, 綫, 枱), which t2s leaves as they are.
TO_SIMPLIFIED = "hk2s"
CONFIGS: dict[str, str] = {
    "simplified": TO_SIMPLIFIED,
    "traditional": "s2t",
    "taiwan": "s2twp",
    "hongkong": "s2hk",
}

_lock = threading.Lock()


@cache
def converter(config: str) -> opencc.OpenCC:
    """A shared OpenCC converter for ``config`` (e.g. ``"t2s"``)."""
    with _lock:
        return opencc.OpenCC(config)


@dataclass(frozen=True, slots=True)
class Rendered:
    """A text in one rendering, with the map from the source text to it."""

    text: str
    map: OffsetMap


# Phrases never cross punctuation or spaces, so chunks split there convert
# exactly as the whole text does. A NUL is a chunk of its own: some OpenCC
# configs (s2twp, s2hk) stop reading a string at the first NUL.
_CHUNK = re.compile(r"[^\s\x00，。、；：！？,.;:!?（）()「」『』“”‘’《》\"'—…]+|.", re.S)


def convert(text: str, config: str) -> Rendered:
    """Convert ``text`` with OpenCC ``config``, mapping offsets back to ``text``."""
    conv = converter(config)
    out = conv.convert(text)
    if len(out) == len(text) and "\x00" not in text:
        return Rendered(out, OffsetMap())
    # Some phrase changed length (内存 → 記憶體): find where, chunk by chunk.
    parts: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    dst = 0
    for m in _CHUNK.finditer(text):
        chunk = m.group()
        converted = chunk if chunk == "\x00" else conv.convert(chunk)
        if len(converted) != len(chunk):
            segments.extend(_align(chunk, converted, conv, m.start(), dst))
        parts.append(converted)
        dst += len(converted)
    return Rendered("".join(parts), OffsetMap(segments))


# Chunks up to this long are aligned exactly; longer ones (text with no
# punctuation for hundreds of characters) fall back to a diff.
_EXACT_ALIGN = 200


def _align(
    chunk: str, converted: str, conv: opencc.OpenCC, src0: int, dst0: int
) -> list[tuple[int, int, int, int]]:
    """Segments where ``converted`` differs in length from ``chunk``."""
    if len(chunk) > _EXACT_ALIGN:
        return _align_by_diff(chunk, converted, conv, src0, dst0)
    # OpenCC matches phrases left to right, so where a prefix of the chunk ends
    # between phrases, its conversion is a prefix of the whole conversion: those
    # prefixes are the points where both texts line up.
    marks = [(0, 0)]
    for i in range(1, len(chunk)):
        head = conv.convert(chunk[:i])
        if len(head) >= marks[-1][1] and converted.startswith(head):
            marks.append((i, len(head)))
    marks.append((len(chunk), len(converted)))
    return [
        (src0 + a, src0 + c, dst0 + b, dst0 + d)
        for (a, b), (c, d) in pairwise(marks)
        if c - a != d - b
    ]


def _align_by_diff(
    chunk: str, converted: str, conv: opencc.OpenCC, src0: int, dst0: int
) -> list[tuple[int, int, int, int]]:
    # Character by character conversion keeps the length, and differs from the
    # phrase conversion where a phrase was replaced.
    by_char = conv.convert("\n".join(chunk)).split("\n")
    if len(by_char) != len(chunk) or any(len(c) != 1 for c in by_char):
        return [(src0, src0 + len(chunk), dst0, dst0 + len(converted))]
    matcher = difflib.SequenceMatcher(None, "".join(by_char), converted, autojunk=False)
    return [
        (src0 + i1, src0 + i2, dst0 + j1, dst0 + j2)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal" and (i2 - i1) != (j2 - j1)
    ]


def render(text: str, rendering: str) -> Rendered:
    """``text`` in ``rendering`` (one of RENDERINGS)."""
    if rendering == "original":
        return Rendered(text, OffsetMap())
    try:
        config = CONFIGS[rendering]
    except KeyError:
        raise ValueError(
            f"unknown rendering {rendering!r}; choose from {', '.join(RENDERINGS)}"
        ) from None
    return convert(text, config)


@cache
def _fold_table() -> dict[int, int]:
    """Per-character table: traditional → simplified, upper → lower case."""
    table: dict[int, int] = {}
    cjk = [chr(c) for c in range(0x3400, 0xA000)] + [chr(c) for c in range(0xF900, 0xFB00)]
    simplified = converter(TO_SIMPLIFIED).convert("\n".join(cjk)).split("\n")
    for src, dst in zip(cjk, simplified, strict=True):
        if len(dst) == 1 and dst != src:
            table[ord(src)] = ord(dst)
    for c in range(0x10000):
        ch = chr(c)
        low = ch.lower()
        if low != ch and len(low) == 1:
            table[c] = ord(low)
    # Full-width Latin letters and digits fold to ASCII.
    for c in range(0xFF01, 0xFF5F):
        table[c] = ord(chr(c - 0xFEE0).lower())
    return table


def fold(text: str) -> str:
    """A same-length copy of ``text`` for matching: simplified, lower case.

    Used for search in the article and across the library, so that 美国 finds
    美國 and ``openai`` finds ``OpenAI``; offsets in the fold are offsets in text.
    """
    return text.translate(_fold_table())
