"""Offset maps between a text and a text derived from it by replacing segments.

Both cleaning (original → cleaned) and script conversion (cleaned → rendering)
replace some segments of a text with segments of another length. A highlight
computed once on one side must land on the same characters on the other.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class OffsetMap:
    """Maps offsets between ``src`` and ``dst`` given the replaced segments.

    Each segment is ``(src_start, src_end, dst_start, dst_end)``; outside the
    segments the two texts correspond character for character. A start offset
    inside a replaced segment maps to the segment's start and an end offset to
    its end, so a mapped span always covers whole replacements.
    """

    __slots__ = ("_dst_starts", "_segments", "_src_starts")

    def __init__(self, segments: Iterable[tuple[int, int, int, int]] = ()) -> None:
        self._segments = [s for s in segments if (s[1] - s[0]) != (s[3] - s[2]) or s[0] != s[2]]
        self._src_starts = [s[0] for s in self._segments]
        self._dst_starts = [s[2] for s in self._segments]

    @property
    def identity(self) -> bool:
        """True when offsets are the same on both sides."""
        return not self._segments

    @property
    def segments(self) -> list[tuple[int, int, int, int]]:
        return list(self._segments)

    @staticmethod
    def _map(starts: list[int], segs: list, offset: int, end: bool, a: int, b: int) -> int:
        i = bisect.bisect_right(starts, offset) - 1
        if end and i >= 0 and offset == segs[i][a]:
            # An end offset at a segment's start belongs before that segment.
            i -= 1
            if i < 0:
                return offset
            s = segs[i]
            return s[b + 1] + (offset - s[a + 1]) if offset >= s[a + 1] else s[b + 1]
        if i < 0:
            return offset
        s = segs[i]
        if offset < s[a + 1]:
            return s[b] if not end or offset == s[a] else s[b + 1]
        return s[b + 1] + (offset - s[a + 1])

    def to_dst(self, offset: int, *, end: bool = False) -> int:
        """Map a source offset to the derived text."""
        if not self._segments:
            return offset
        return self._map(self._src_starts, self._segments, offset, end, 0, 2)

    def to_src(self, offset: int, *, end: bool = False) -> int:
        """Map a derived-text offset back to the source."""
        if not self._segments:
            return offset
        return self._map(self._dst_starts, self._segments, offset, end, 2, 0)

    def span_to_dst(self, start: int, end: int) -> tuple[int, int]:
        return self.to_dst(start), max(self.to_dst(start), self.to_dst(end, end=True))

    def span_to_src(self, start: int, end: int) -> tuple[int, int]:
        return self.to_src(start), max(self.to_src(start), self.to_src(end, end=True))
