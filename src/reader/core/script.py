"""Which script a text is written in: traditional, simplified, or mixed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reader.core.convert import TO_SIMPLIFIED, converter

# Below this share of the other script's characters a text still counts as pure:
# real traditional text carries a few simplified characters (于, 并) and vice versa.
MIXED_THRESHOLD = 0.05

# From this share of traditional characters on, a text is traditional with
# stray simplified characters (repaired by cleaning), not a mix of the two.
TRADITIONAL_DOMINANT = 0.7

# Particles of written Cantonese (唔, 咗, 嘅 …): text with them is Hong Kong
# writing, where 係 and 鐘 are everyday words.
CANTONESE = frozenset("唔咗嘅喺啲冇佢哋嚟咁乜嘢睇瞓係")


def cantonese(text: str, least: int = 2) -> bool:
    """``text`` has at least ``least`` distinct Cantonese particles."""
    return len(CANTONESE.intersection(text)) >= least


@dataclass(frozen=True, slots=True)
class Script:
    """The script of a text and the share of each kind of distinctive character."""

    kind: str  # "traditional", "simplified", "mixed" or "none"
    traditional: float  # share of distinctive characters that are traditional
    simplified: float

    @property
    def label(self) -> str:
        return {"traditional": "繁", "simplified": "简", "mixed": "混", "none": "—"}[self.kind]


@cache
def _distinctive() -> tuple[frozenset[str], frozenset[str]]:
    """Characters that exist only in traditional, and only in simplified, writing."""
    cjk = [chr(c) for c in range(0x4E00, 0xA000)]
    joined = "\n".join(cjk)
    to_simp = converter(TO_SIMPLIFIED).convert(joined).split("\n")
    to_trad = converter("s2t").convert(joined).split("\n")
    trad = frozenset(c for c, s in zip(cjk, to_simp, strict=True) if s != c)
    simp = frozenset(c for c, t in zip(cjk, to_trad, strict=True) if t != c)
    return trad - simp, simp - trad


def detect_script(text: str) -> Script:
    """Classify ``text`` by its distinctive characters."""
    trad_chars, simp_chars = _distinctive()
    trad = sum(1 for c in text if c in trad_chars)
    simp = sum(1 for c in text if c in simp_chars)
    total = trad + simp
    if total == 0:
        return Script("none", 0.0, 0.0)
    t, s = trad / total, simp / total
    if s <= MIXED_THRESHOLD:
        kind = "traditional"
    elif t <= MIXED_THRESHOLD:
        kind = "simplified"
    else:
        kind = "mixed"
    return Script(kind, t, s)
