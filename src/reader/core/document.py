"""The document model: title, paragraphs and script of a cleaned article."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.cleaning import Cleaned
    from reader.core.script import Script


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of the cleaned text; ``start`` is its offset in ``Document.text``."""

    index: int
    start: int
    text: str
    furniture: str | None = None  # why this line is page furniture, if it is

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Document:
    """An article as the reader shows it. The original text is kept alongside."""

    path: str | None
    title: str
    cleaned: Cleaned
    paragraphs: tuple[Paragraph, ...]
    script: Script
    encoding: str = "utf-8"

    @property
    def text(self) -> str:
        """The cleaned text; every offset in the core points into it."""
        return self.cleaned.text

    @property
    def original(self) -> str:
        return self.cleaned.original

    @property
    def chars(self) -> int:
        """Characters of text, not counting line breaks."""
        return sum(len(p.text) for p in self.paragraphs)

    @cached_property
    def digest(self) -> str:
        """Content hash of the original text: the key for caches."""
        return hashlib.sha256(self.original.encode("utf-8", "surrogatepass")).hexdigest()

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph holding ``offset`` (or the one after it, between paragraphs)."""
        lo, hi = 0, len(self.paragraphs) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.paragraphs[mid].end < offset:
                lo = mid + 1
            else:
                hi = mid
        return self.paragraphs[lo]


def split_paragraphs(text: str, cleaned: Cleaned | None = None) -> tuple[Paragraph, ...]:
    """Non-blank lines of ``text``, stripped, with their offsets and furniture kind."""
    # Furniture spans are whole stripped lines, so a paragraph finds its kind by its start.
    furniture = {f.start: f.kind for f in cleaned.furniture} if cleaned else {}
    out: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            out.append(Paragraph(len(out), start, stripped, furniture.get(start)))
        pos += len(line) + 1
    return tuple(out)


#: What the title says when the document has no text at all.
EMPTY_TITLE = "(empty)"
#: A first line up to this long, with no sentence break inside, is a headline.
HEADLINE_MAX = 50
#: Up to this long, a first line is a headline even when it ends with a full stop.
HEADLINE_SHORT = 30
#: A title taken from the body is cut to this many characters.
TITLE_MAX = 40

_SENTENCE_END = "。！？!?"
_CLAUSE_END = "，、；：,;:—"


def choose_title(paragraphs: tuple[Paragraph, ...]) -> str:
    """The headline a reader would name the article by.

    Furniture (editor's note, image credit, byline) is skipped. A short first
    line is the headline; a first paragraph that is body text gives its first
    sentence, cut at a clause break when long. Only furniture: its first line.
    """
    if not paragraphs:
        return EMPTY_TITLE
    first = next((p for p in paragraphs if p.furniture is None), paragraphs[0])
    text = first.text
    inner = text.rstrip(_SENTENCE_END + "。")
    if _is_headline(text, inner):
        return text.rstrip("。") or text
    return _trim(_first_sentence(text))


def _is_headline(text: str, inner: str) -> bool:
    """A short line of one sentence; a longer one only without a full stop (body text has one)."""
    if len(text) > HEADLINE_MAX or any(c in _SENTENCE_END for c in inner):
        return False
    return len(text) <= HEADLINE_SHORT or not text.endswith("。")


def _first_sentence(text: str) -> str:
    for i, ch in enumerate(text):
        if ch in _SENTENCE_END and i > 0:
            return text[: i + 1]
    return text


def _trim(sentence: str) -> str:
    """``sentence`` without its full stop, cut to TITLE_MAX at a clause break if possible."""
    sentence = sentence.rstrip("。")
    if len(sentence) <= TITLE_MAX:
        return sentence
    head = sentence[:TITLE_MAX]
    cut = max(head.rfind(c) for c in _CLAUSE_END)
    if cut >= TITLE_MAX // 3:
        head = head[:cut]
    return head.rstrip() + "…"


def build(original: str, *, path: str | None = None, encoding: str = "utf-8") -> Document:
    """Clean ``original`` and model it as a document."""
    # Imported here: the cleaner compiles its patterns on import, and the app's
    # first frame, which imports this module, has no document to clean yet.
    from reader.core.cleaning import clean
    from reader.core.script import detect_script

    cleaned = clean(original)
    paragraphs = split_paragraphs(cleaned.text, cleaned)
    return Document(
        path=path,
        title=choose_title(paragraphs),
        cleaned=cleaned,
        paragraphs=paragraphs,
        script=detect_script(cleaned.text),
        encoding=encoding,
    )


def open_document(path: str | os.PathLike[str]) -> Document:
    """Load, clean and model the file at ``path``; raises LoadError."""
    from reader.core.loading import read_text

    loaded = read_text(path)
    return build(loaded.text, path=str(path), encoding=loaded.encoding)
