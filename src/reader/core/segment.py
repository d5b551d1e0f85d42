"""Word segmentation and part-of-speech tags, with jieba behind a small interface.

jieba is slow to load (its dictionary takes most of a second) and much slower and
worse on traditional characters, so this module:

- loads it lazily, once, under a lock, so a UI worker thread can pay the cost;
- keeps jieba's dictionary cache in the reader's cache dir, not the system temp dir;
- segments a simplified copy of the text of the same length, so offsets carry over.

Anything with a ``tag(text)`` method returning tokens can stand in for jieba
(tests pass a fake).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from reader import paths
from reader.core.convert import TO_SIMPLIFIED, converter, fold


@dataclass(
    slots=True
)  # not frozen: a frozen dataclass is slow to make, and articles have thousands
class Token:
    """A word of the segmented text: ``text[start:start + len(word)] == word``.

    ``tag`` is the part of speech from the dictionary (jieba's tag set: ``nr`` person,
    ``ns`` place, ``nt`` organisation, ``v`` verb...); ``new`` marks a word the
    dictionary does not know, found by the statistical model: often a name.
    """

    word: str
    tag: str
    start: int
    new: bool = False

    @property
    def end(self) -> int:
        return self.start + len(self.word)


class Segmenter(Protocol):
    """What the extractors need from a segmenter."""

    def tag(self, text: str) -> list[Token]:
        """Tokens covering ``text`` in order."""
        ...

    def add_words(self, words: Iterable[tuple[str, str]]) -> None:
        """Teach the segmenter (word, tag) pairs, e.g. names from the alias list."""
        ...


class JiebaSegmenter:
    """jieba's segmentation with dictionary tags; loads on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loader: threading.Thread | None = None
        self._tokenizer = None
        self._tags: dict[str, str] = {}
        self._added: set[str] = set()

    def load(self) -> None:
        """Load jieba's dictionary now (slow: call it from a worker)."""
        with self._lock:
            if self._tokenizer is not None:
                return
            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            cache = paths.cache_dir()
            cache.mkdir(parents=True, exist_ok=True)
            tokenizer = jieba.Tokenizer()
            tokenizer.tmp_dir = str(cache)
            tokenizer.cache_file = "jieba.cache"
            tokenizer.initialize()
            # POSTokenizer reads the tag column of jieba's dictionary; we only
            # need that table, since posseg's own HMM tagger is ~6x slower than
            # plain segmentation.
            self._tags = dict(jieba.posseg.POSTokenizer(tokenizer).word_tag_tab)
            self._tokenizer = tokenizer

    def wait_loaded(self, cancel: threading.Event | None = None) -> bool:
        """Load jieba, giving up the wait (False) as soon as ``cancel`` is set.

        jieba's load cannot be interrupted, so it runs on a daemon thread: a
        program that quits meanwhile does not wait for it.
        """
        with _shared_lock:
            if self._loader is None:
                self._loader = threading.Thread(target=self.load, name="jieba-load", daemon=True)
                self._loader.start()
        while self._loader.is_alive():
            self._loader.join(0.05)
            if cancel is not None and cancel.is_set():
                return False
        return True

    @property
    def loaded(self) -> bool:
        return self._tokenizer is not None

    def add_words(self, words: Iterable[tuple[str, str]]) -> None:
        self.load()
        with self._lock:
            for word, tag in words:
                if word in self._added or len(word) < 2:
                    continue
                self._added.add(word)
                self._tokenizer.add_word(word, 20000, tag)
                self._tags[word] = tag

    def lookup(self, word: str) -> tuple[int, str] | None:
        """(frequency, tag) of ``word`` in the dictionary, or None when it is not a word."""
        self.load()
        freq = self._tokenizer.FREQ.get(word)
        if not freq:
            return None
        return freq, self._tags.get(word, "x")

    def tag(self, text: str) -> list[Token]:
        self.load()
        out: list[Token] = []
        pos = 0
        for word in self._tokenizer.cut(text, HMM=True):
            tag = self._tags.get(word)
            out.append(Token(word, tag or "x", pos, new=tag is None and len(word) > 1))
            pos += len(word)
        return out


_shared: JiebaSegmenter | None = None
_shared_lock = threading.Lock()


def shared() -> JiebaSegmenter:
    """The process-wide jieba segmenter (not loaded until first used)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = JiebaSegmenter()
        return _shared


def simplified(text: str) -> str:
    """A simplified-script copy of ``text`` with the same length.

    OpenCC's phrase conversion is best; where it changes the length (rare), fall
    back to the character fold, keeping the case of Latin letters.
    """
    out = converter(TO_SIMPLIFIED).convert(text)
    if len(out) == len(text):
        return out
    folded = fold(text)
    return "".join(f if f != o.lower() else o for o, f in zip(text, folded, strict=True))


def tag_text(text: str, segmenter: Segmenter | None = None) -> list[Token]:
    """Tokens of ``text``, segmented on its simplified copy; words keep that copy's characters."""
    seg = segmenter if segmenter is not None else shared()
    copy = simplified(text)
    tokens = seg.tag(copy)
    assert sum(len(t.word) for t in tokens) == len(text), "segmenter lost characters"
    return tokens
