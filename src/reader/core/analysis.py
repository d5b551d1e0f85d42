"""Actors and quotes of a document, computed once and cached on disk.

The cache key is the document's content hash, the extractor's version and the
alias files' modification times, so editing the user's alias list or upgrading
the extractor recomputes. Entries are JSON in ``cache_dir()/analysis``, written
atomically; an unreadable entry is ignored and recomputed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from reader import paths
from reader.core import lexicon, segment
from reader.core.actors import Actor, Mention, extract_actors, prepared
from reader.core.document import Document
from reader.core.quotes import Quote, extract_quotes
from reader.core.segment import Segmenter, tag_text

# Bump when the output of the extractors changes.
EXTRACTOR_VERSION = 20


class Cancelled(Exception):
    """The caller no longer wants the result."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the reader shows in its actors and quotes panels."""

    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "actors": [actor_json(a) for a in self.actors],
            "quotes": [asdict(q) for q in self.quotes],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Analysis:
        actors = tuple(
            Actor(
                a["name"],
                a["type"],
                tuple(a["aliases"]),
                tuple(Mention(m["start"], m["end"], m["text"]) for m in a["mentions"]),
            )
            for a in data["actors"]
        )
        quotes = tuple(Quote(**q) for q in data["quotes"])
        return cls(actors, quotes)


def actor_json(a: Actor) -> dict[str, Any]:
    """An actor as the CLI and the cache write it."""
    return {
        "name": a.name,
        "type": a.type,
        "aliases": list(a.aliases),
        "count": a.count,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in a.mentions],
    }


def cache_key(doc: Document) -> str:
    sig = repr((doc.digest, EXTRACTOR_VERSION, lexicon.signature()))
    return hashlib.sha256(sig.encode()).hexdigest()[:32]


def _cache_path(doc: Document) -> Path:
    return paths.cache_dir() / "analysis" / f"{cache_key(doc)}.json"


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled


def analyse(
    doc: Document, cancel: threading.Event | None = None, *, segmenter: Segmenter | None = None
) -> Analysis:
    """Actors and quotes of ``doc``, from the cache when it is there.

    Raises Cancelled when ``cancel`` is set before the work is done, and
    AliasFileError when the user's alias file is malformed.
    """
    path = _cache_path(doc)
    cached = _read(path)
    if cached is not None:
        return cached
    _check(cancel)
    if segmenter is None and not segment.shared().wait_loaded(cancel):
        raise Cancelled
    lex = lexicon.load()
    seg = prepared(segmenter, lex)
    _check(cancel)
    tokens = tag_text(doc.text, seg)
    _check(cancel)
    actors = extract_actors(doc.text, lexicon=lex, tokens=tokens)
    _check(cancel)
    quotes = extract_quotes(doc.text, doc.paragraphs, tokens, actors)
    result = Analysis(tuple(actors), tuple(quotes))
    _write(path, result)
    return result


def _read(path: Path) -> Analysis | None:
    try:
        return Analysis.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write(path: Path, result: Analysis) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(result.to_json(), f, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        # A read-only or full cache dir only costs speed.
        return
