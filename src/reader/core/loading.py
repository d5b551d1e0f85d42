"""Bytes on disk to text: encoding detection, size limits, clear errors.

The file is only ever opened for reading.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024


class LoadError(Exception):
    """A file that cannot be shown, with a one-line reason."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True, slots=True)
class Loaded:
    """A decoded file."""

    path: str
    text: str
    encoding: str
    size: int


def read_text(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Loaded:
    """Read and decode ``path``, or raise LoadError saying why not."""
    p = Path(path)
    try:
        info = p.stat()
    except OSError as exc:
        raise LoadError(path, exc.strerror or str(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(path, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(path, "not a regular file")
    if info.st_size > max_bytes:
        raise LoadError(path, f"too large ({info.st_size:,} bytes; the limit is {max_bytes:,})")
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError(path, exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise LoadError(path, f"too large (more than {max_bytes:,} bytes)")
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        raise LoadError(path, str(exc)) from None
    return Loaded(str(path), text, encoding, len(data))


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as the likeliest of UTF-8, UTF-16, GB18030 and Big5."""
    if b"\x00" in data[:4096]:
        raise ValueError("binary data")
    for encoding in ("utf-8-sig", "gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
    raise ValueError("not text in a known encoding")
