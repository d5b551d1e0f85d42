"""The library: which articles a run shows, found from the paths on the command line.

Files are taken as named, whatever their extension; folders are searched recursively
for ``.txt`` and ``.md`` files. A path that cannot be used still becomes an entry,
carrying a one-line error, so the list can show what went wrong instead of the
program stopping.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.paths import seeds_dir

#: File name endings a folder is searched for (compared without regard to case).
TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".md")


@dataclass(frozen=True)
class Entry:
    """One article in the library, or a path that could not be used and why."""

    path: Path
    error: str | None = None

    @property
    def name(self) -> str:
        """The file name for display, with control characters (newlines, tabs) made visible."""
        return printable(self.path.name or str(self.path))


def printable(name: str) -> str:
    """``name`` with control, format (bidi, zero-width) and line-separator characters
    escaped, so it takes one line and reads in order."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
        else ch
        for ch in name
    )


def discover(paths: Sequence[str | Path]) -> list[Entry]:
    """The entries for ``paths`` in the order given; the bundled articles if there are none.

    A folder contributes its ``.txt`` and ``.md`` files in natural order (``2`` before
    ``10``), skipping hidden files and folders; symbolic links are followed, but a folder
    already visited is not entered again. The same file reached twice appears once.
    """
    if not paths:
        paths = [seeds_dir()]
    seen: set[str] = set()
    entries: list[Entry] = []
    for raw in paths:
        for entry in _expand(Path(raw)):
            key = _identity(entry.path)
            if key not in seen:
                seen.add(key)
                entries.append(entry)
    return entries


def _identity(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a symbolic link loop (Python < 3.13)
        return os.path.abspath(path)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _expand(path: Path) -> Iterator[Entry]:
    try:
        info = path.stat()
    except OSError as exc:
        yield Entry(path, _reason(exc))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, set())
    elif stat.S_ISREG(info.st_mode):
        yield Entry(path)
    else:
        yield Entry(path, "not a regular file")


def _walk(folder: Path, visited: set[tuple[int, int]]) -> Iterator[Entry]:
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in visited:
            return
        visited.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as it:
            children = sorted(it, key=lambda e: (_natural_key(e.name), e.name))
    except OSError as exc:
        yield Entry(folder, f"cannot list folder: {_reason(exc)}")
        return
    for child in children:
        if child.name.startswith("."):
            continue
        path = folder / child.name
        try:
            if child.is_dir():
                yield from _walk(path, visited)
                continue
            is_file = child.is_file()
        except OSError as exc:  # e.g. a link that points to itself
            if path.suffix.lower() in TEXT_SUFFIXES:
                yield Entry(path, _reason(exc))
            continue
        if path.suffix.lower() in TEXT_SUFFIXES:
            if is_file:
                yield Entry(path)
            elif child.is_symlink():
                yield Entry(path, "broken symbolic link")
            else:
                yield Entry(path, "not a regular file")


def _natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that orders digit runs by value, so ``第2期`` comes before ``第10期``."""
    return tuple(
        (0, int(part)) if part.isdecimal() else (1, part.casefold())
        for part in re.split(r"(\d+)", name)
        if part
    )
