"""The document model: title, paragraphs and script of a cleaned article."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cached_property

from reader.core.cleaning import Cleaned, clean
from reader.core.loading import read_text
from reader.core.script import Script, detect_script


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
    """Non-blank lines of ``text``, stripped, with their offsets."""
    furniture = {(f.start, f.end): f.kind for f in cleaned.furniture} if cleaned else {}
    out: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            kind = _furniture_kind(furniture, start, start + len(stripped))
            out.append(Paragraph(len(out), start, stripped, kind))
        pos += len(line) + 1
    return tuple(out)


def _furniture_kind(furniture: dict[tuple[int, int], str], start: int, end: int) -> str | None:
    for (fs, fe), kind in furniture.items():
        if fs <= start and end <= fe:
            return kind
    return None


def choose_title(paragraphs: tuple[Paragraph, ...]) -> str:
    """The headline: the first short line that is not furniture, else the first sentence."""
    for p in paragraphs:
        if p.furniture is None:
            if len(p.text) <= 60:
                return p.text
            return _first_sentence(p.text)
    return paragraphs[0].text[:60] if paragraphs else ""


def _first_sentence(text: str) -> str:
    for i, ch in enumerate(text):
        if ch in "。！？!?" and i > 0:
            return text[: i + 1]
    return text[:60]


def build(original: str, *, path: str | None = None, encoding: str = "utf-8") -> Document:
    """Clean ``original`` and model it as a document."""
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
    loaded = read_text(path)
    return build(loaded.text, path=str(path), encoding=loaded.encoding)
