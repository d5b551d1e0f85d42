"""Messages the app's workers post back to the UI thread, named for what happened."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from reader.core.analysis import Analysis
    from reader.core.document import Document


@dataclass
class DocumentOpened(Message):
    """A library entry was opened: ``doc`` is set, or ``error`` says why not."""

    index: int
    doc: Document | None
    error: str | None = None


@dataclass
class RenderingsChecked(Message):
    """The renderings of a document whose text differs from the original."""

    digest: str
    renderings: tuple[str, ...]


@dataclass
class AnalysisReady(Message):
    """Actors and quotes of the document with ``digest`` were extracted."""

    digest: str
    analysis: Analysis


@dataclass
class AnalysisFailed(Message):
    """Extraction failed for the document with ``digest``; ``reason`` is one line."""

    digest: str
    reason: str
