"""Repairs of damaged web text, kept as a view over the original.

The original text is never changed: ``clean`` returns the repaired text with
the list of edits that lead from one to the other, so every repair can be
shown, listed and undone, and offsets can be mapped both ways.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Edit:
    """One repair: ``original[start:end]`` became ``cleaned[cstart:cstart+len(after)]``."""

    kind: str
    start: int
    end: int
    cstart: int
    before: str
    after: str

    @property
    def cend(self) -> int:
        return self.cstart + len(self.after)


@dataclass(frozen=True, slots=True)
class Furniture:
    """A whole line of page furniture (editor's note, image credit, footer...)."""

    start: int  # offsets into the cleaned text
    end: int
    kind: str


@dataclass(frozen=True)
class Cleaned:
    """The original text, the cleaned text, and how they relate."""

    original: str
    text: str
    edits: tuple[Edit, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    _cstarts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._cstarts.extend(e.cstart for e in self.edits)

    def to_original(self, offset: int) -> int:
        """Map an offset in the cleaned text to the original text."""
        i = bisect.bisect_right(self._cstarts, offset) - 1
        if i < 0:
            return offset
        edit = self.edits[i]
        if offset < edit.cend:
            # Inside a replacement: point at its start (or its end, at the boundary).
            return edit.start if offset == edit.cstart else edit.end
        return edit.end + (offset - edit.cend)

    def counts(self) -> dict[str, int]:
        """Number of edits by kind."""
        out: dict[str, int] = {}
        for e in self.edits:
            out[e.kind] = out.get(e.kind, 0) + 1
        return out


def clean(original: str) -> Cleaned:
    """Repair ``original`` and list what was changed."""
    return Cleaned(original, original)
