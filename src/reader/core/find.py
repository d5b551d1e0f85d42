"""Search inside one article, in the rendering that is on screen.

Matching ignores script and case: the query and the text are both passed
through :func:`reader.core.convert.fold` (traditional → simplified, lower
case, same length), so 美国 finds 美國 and ``openai`` finds ``OpenAI``. Matches
are found in the rendered text the reader sees and reported as offsets into
``Document.text`` (the cleaned text), like every other offset in the core.
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from dataclasses import dataclass

from reader.core.convert import fold, render
from reader.core.document import Document
from reader.core.offsets import OffsetMap

__all__ = ["Match", "find_all", "find_all_in_text"]


@dataclass(frozen=True, slots=True)
class Match:
    """One occurrence of the query: ``Document.text[start:end]``, in paragraph ``paragraph``.

    When the match lies inside a phrase the rendering replaced with one of
    another length (内存 → 記憶體), the span covers the whole source phrase.
    """

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class _Folded:
    """A document's paragraphs rendered, folded and joined by line breaks."""

    text: str
    starts: list[int]  # where each paragraph begins in ``text``
    maps: list[OffsetMap]  # rendered paragraph → cleaned paragraph


# Renderings of a long article take a while (OpenCC, then alignment where
# phrases change length), and a search is repeated on every keystroke.
_CACHE_SIZE = 8
_cache: OrderedDict[tuple[str, str], _Folded] = OrderedDict()
_cache_lock = threading.Lock()


def _folded(doc: Document, rendering: str) -> _Folded:
    key = (doc.digest, rendering)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    parts: list[str] = []
    starts: list[int] = []
    maps: list[OffsetMap] = []
    pos = 0
    for p in doc.paragraphs:
        rendered = render(p.text, rendering)
        starts.append(pos)
        parts.append(rendered.text)
        maps.append(rendered.map)
        pos += len(rendered.text) + 1
    folded = _Folded(fold("\n".join(parts)), starts, maps)
    with _cache_lock:
        _cache[key] = folded
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return folded


def _needle(query: str) -> str | None:
    """The folded query, or None when it cannot match anything."""
    # Paragraphs are single lines, so a line break never matches.
    if not query.strip() or "\n" in query:
        return None
    return fold(query)


def find_all(doc: Document, query: str, rendering: str = "original") -> list[Match]:
    """Every non-overlapping occurrence of ``query`` in ``doc`` as shown in ``rendering``.

    Raises ValueError for an unknown rendering. An empty or blank query has
    no matches.
    """
    needle = _needle(query)
    if needle is None or not doc.paragraphs:
        return []
    folded = _folded(doc, rendering)
    out: list[Match] = []
    last_end = -1
    i = folded.text.find(needle)
    while i >= 0:
        k = bisect.bisect_right(folded.starts, i) - 1
        base = folded.starts[k]
        start, end = folded.maps[k].span_to_src(i - base, i - base + len(needle))
        para = doc.paragraphs[k]
        start, end = para.start + start, para.start + end
        # Two matches inside one replaced phrase map to the same source span.
        if start >= last_end:
            out.append(Match(start, end, k))
            last_end = end
        i = folded.text.find(needle, i + len(needle))
    return out


def find_all_in_text(text: str, query: str) -> list[tuple[int, int]]:
    """Non-overlapping ``(start, end)`` spans of ``query`` in a plain string.

    For views that show a text other than the cleaned paragraphs (the
    original, unrepaired text); matching is folded as in :func:`find_all`.
    """
    needle = _needle(query)
    if needle is None:
        return []
    haystack = fold(text)
    out: list[tuple[int, int]] = []
    i = haystack.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = haystack.find(needle, i + len(needle))
    return out
