"""Curated word lists shipped in ``reader/data/*.txt``, loaded once.

Each file holds one entry a line in simplified script (the extractors match on a
simplified copy of the text); blank lines and lines starting with ``#`` are skipped.
"""

from __future__ import annotations

from functools import cache

from reader import paths


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of ``reader/data/<name>.txt``, in file order, without duplicates."""
    text = paths.data_file(f"{name}.txt").read_text(encoding="utf-8")
    out = (line.strip() for line in text.splitlines())
    return tuple(dict.fromkeys(w for w in out if w and not w.startswith("#")))


@cache
def longest_first(name: str) -> tuple[str, ...]:
    """The entries of ``name``, longest first (for prefix and suffix matching)."""
    return tuple(sorted(words(name), key=len, reverse=True))


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of ``name`` as a set, for membership tests."""
    return frozenset(words(name))
