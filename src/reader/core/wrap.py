"""Line breaking of Chinese and mixed text in terminal cells.

A terminal shows a CJK character in two cells, so wrapping by character count
puts lines out of the screen and columns out of step. ``wrap`` measures in
cells and follows the line-breaking rules of CJK typography:

- every CJK character is a break opportunity;
- closing punctuation (``，。、；：！？）」』》〉】”’…—`` and the half-width
  ``,.;:!?)``) never starts a line: the character before it is pulled down to
  the next line with it (no hanging punctuation, so every line fits the width);
- opening punctuation (``（「『《〈【“‘`` and ``([{``) never ends a line;
- runs of narrow characters (Latin words, numbers such as ``3.14`` or
  ``1,000``, URLs) only break at spaces, unless a run is wider than a line;
- spaces at a break stay at the end of the line in the offsets (the spans tile
  the text) but are not part of what the line shows.

Text is measured as ``visible`` shows it: control characters, invisible
format characters and lone surrogates become one visible symbol each, so the
shown text has the same length as the text and offsets need no mapping.
"""

from __future__ import annotations

import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate

#: Shown for a C1 control, an invisible format character (bidi controls,
#: zero-width spaces and joiners, soft hyphen, BOM), a line or paragraph
#: separator and a lone surrogate.
REPLACEMENT = "\ufffd"

# Characters that may not start a line (closing punctuation) or end one
# (opening punctuation). Quotes and dashes are ambiguous-width and so narrow
# in terminals; the class of a character is looked up before its width.
_CLOSERS = frozenset("，。、；：！？）」』》〉】”’…—〕］｝〗〙〟｣．｡､・·‧～〜ー々〻,.;:!?)]}%")
_OPENERS = frozenset("（「『《〈【“‘〔［｛〖〘〝｢([{")
_BREAKING_SPACES = frozenset(
    " \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
)


def _shown(ch: str) -> str:
    """The character drawn for ``ch``: itself, or a visible stand-in."""
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: ␀ … ␟ (␛ for ESC)
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= code < 0xA0 or unicodedata.category(ch) in {"Cf", "Cs", "Zl", "Zp"}:
        return REPLACEMENT
    return ch


def _width(ch: str) -> int:
    """Cells taken by a character that is drawn as itself."""
    if unicodedata.category(ch) in {"Mn", "Me", "Mc"}:
        return 0
    code = ord(ch)
    # Hangul medial vowels and final consonants join the preceding syllable.
    if 0x1160 <= code <= 0x11FF or 0xD7B0 <= code <= 0xD7FF:
        return 0
    return 2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1


def _classify(ch: str) -> str:
    """One letter for the line-breaking class and width of ``ch``.

    Wide (two cells): ``W`` ordinary, ``O`` opening, ``C`` closing, ``S``
    space. Narrow: ``n``, ``o``, ``c``, ``s`` likewise. ``z``: zero width.
    """
    shown = _shown(ch)
    width = _width(shown)
    if width == 0:
        return "z"
    if shown in _BREAKING_SPACES:
        cls = "s"
    elif shown in _CLOSERS:
        cls = "c"
    elif shown in _OPENERS:
        cls = "o"
    else:
        cls = "n"
    if width == 2:
        return "W" if cls == "n" else cls.upper()
    return cls


class _Table(dict):
    """A ``str.translate`` table filled on first sight of each character."""

    def __init__(self, fn: Callable[[str], str]) -> None:
        super().__init__()
        self._fn = fn
        self._lock = threading.Lock()

    def __missing__(self, code: int) -> str:
        value = self._fn(chr(code))
        with self._lock:
            self[code] = value
        return value


_VISIBLE = _Table(_shown)
# For whole texts written to a terminal: lines and tabs stay what they are.
_TERMINAL = _Table(lambda ch: ch if ch in "\n\t" else _shown(ch))
_CLASSES = _Table(_classify)
_CELLS = bytes.maketrans(b"WOCSnocsz", b"\x02\x02\x02\x02\x01\x01\x01\x01\x00")

# Pairs of classes (before, after) with a break opportunity between them.
_BREAKS = frozenset(
    a + b
    for a in "WOCSnocs"
    for b in "WOCSnocsz"
    if b not in "zsS"
    and (a in "sS" or (b not in "Cc" and a not in "Oo" and (a in "WOCS" or b in "WOCS")))
)


def visible(text: str) -> str:
    """``text`` as it is drawn: the same length, nothing the terminal would obey.

    C0 controls become Control Pictures (``\\x1b`` → ``␛``), DEL becomes ``␡``
    and the other invisible or unsafe characters become ``REPLACEMENT``.
    """
    return text.translate(_VISIBLE)


def terminal_safe(text: str) -> str:
    """``text`` made visible like ``visible``, keeping its line breaks and tabs."""
    return text.translate(_TERMINAL)


def one_line(text: str, limit: int) -> str:
    """The start of ``text`` on one line: whitespace runs become one space, … if cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def cell_width(ch: str) -> int:
    """Terminal cells taken by ``ch`` as drawn (see ``visible``): 0, 1 or 2."""
    return _width(_shown(ch))


def text_width(text: str) -> int:
    """Terminal cells taken by ``text`` as drawn."""
    return sum(text.translate(_CLASSES).encode("ascii").translate(_CELLS))


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Break ``text`` into lines of at most ``width`` cells.

    Returns ``(start, end)`` character offsets; the spans tile ``text`` (an
    empty text has one empty line). Spaces at a break end the line's span
    but not its shown width, so ``text[start:end].rstrip()`` fits. A single
    character wider than ``width`` gets a line of its own.

    Breaks depend only on the class and width of each character, so they are
    cached by that signature: renderings of a paragraph that differ only in
    which CJK characters they use (繁 → 简) share one computation.
    """
    if width < 1:
        raise ValueError(f"width must be at least 1, not {width}")
    if not text:
        return [(0, 0)]
    return _wrap_classes(text.translate(_CLASSES), width)


@lru_cache(maxsize=16384)
def _wrap_classes(sig: str, width: int) -> list[tuple[int, int]]:
    n = len(sig)
    # cells[k]: width of sig[:k].
    cells = [0, *accumulate(sig.encode("ascii").translate(_CELLS))]
    spans: list[tuple[int, int]] = []
    start = 0
    while start < n:
        fit = bisect_right(cells, cells[start] + width, start + 1) - 1
        if fit >= n:
            spans.append((start, n))
            break
        if sig[fit] in "sS":
            end = fit
        else:
            end = fit
            while end > start and not _can_break(sig, start, end):
                end -= 1
            if end == start:
                # One unit (a long word, a wide character at width 1) is wider
                # than the line: cut it, keeping combining marks on their base.
                end = max(fit, start + 1)
                while end < n and sig[end] == "z":
                    end += 1
        while end < n and sig[end] in "sS":
            end += 1
        spans.append((start, end))
        start = end
    return spans


def _can_break(sig: str, start: int, at: int) -> bool:
    """Whether a line of ``sig`` may break before ``at``."""
    before = at - 1
    # A combining mark breaks like the character it sits on.
    while sig[before] == "z" and before > start:
        before -= 1
    return sig[before] + sig[at] in _BREAKS


def line_counts(
    texts: Iterable[str], width: int, cancelled: Callable[[], bool] | None = None
) -> list[int] | None:
    """Number of wrapped lines of each text, or None once ``cancelled()`` is true.

    Meant for a worker thread that lays out a long document in the background;
    ``texts`` may be a generator that converts each paragraph as it goes.
    """
    counts: list[int] = []
    for text in texts:
        if cancelled is not None and cancelled():
            return None
        counts.append(len(wrap(text, width)))
    return counts
