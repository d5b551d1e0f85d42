"""Bytes on disk to text: encoding detection, size limits, clear errors.

The file is only ever opened for reading, and never in a way that can block:
its type is checked with ``stat`` first and it is opened non-blocking, so a
FIFO, a device or a socket gets a one-line reason instead of a hang.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024

# A text may carry a few stray control characters (the UI shows them); beyond
# this share of the decoded characters it is binary data, not text.
MAX_CONTROL_SHARE = 0.05
# Without a BOM, a legacy decoding is only believed when at least this share
# of its characters is what Chinese text is made of (see _plausibility).
MIN_PLAUSIBILITY = 0.5
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
# A file no encoding reads, but UTF-8 with at most one invalid byte per this
# many, is read as UTF-8 with those bytes replaced (see _mostly_utf8).
MIN_BYTES_PER_UTF8_ERROR = 100

# Signatures of common binary formats that might otherwise decode as GB18030.
_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}

_KINDS = (
    (stat.S_ISDIR, "is a directory"),
    (stat.S_ISFIFO, "is a named pipe, not a file"),
    (stat.S_ISCHR, "is a character device, not a file"),
    (stat.S_ISBLK, "is a block device, not a file"),
    (stat.S_ISSOCK, "is a socket, not a file"),
)


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


def _os_reason(path: str | os.PathLike[str], exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return "broken symbolic link (its target does not exist)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "no such file"
    return (exc.strerror or str(exc)).lower()


def _check_kind(path: str | os.PathLike[str], mode: int) -> None:
    for test, reason in _KINDS:
        if test(mode):
            raise LoadError(path, reason)
    if not stat.S_ISREG(mode):
        raise LoadError(path, "not a regular file")


def read_text(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Loaded:
    """Read and decode ``path``, or raise LoadError saying why not."""
    p = Path(path)
    try:
        info = p.stat()
    except OSError as exc:
        raise LoadError(path, _os_reason(path, exc)) from None
    _check_kind(path, info.st_mode)
    if info.st_size > max_bytes:
        raise LoadError(path, f"too large ({info.st_size:,} bytes; the limit is {max_bytes:,})")
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since stat, open must not wait.
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise LoadError(path, _os_reason(path, exc)) from None
    try:
        _check_kind(path, os.fstat(fd).st_mode)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError(path, _os_reason(path, exc)) from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise LoadError(path, f"too large (more than {max_bytes:,} bytes)")
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        raise LoadError(path, str(exc)) from None
    return Loaded(str(path), text, encoding, len(data))


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as the likeliest of UTF-8, UTF-16, GB18030 and Big5.

    Returns the text with newlines normalised to ``\\n`` and the encoding's
    name; raises ValueError (with a reader-facing reason) for binary data or
    bytes no candidate decodes.
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ValueError(f"binary file ({what}), not text")
    text, encoding = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise ValueError("binary file (too many control characters), not text")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if data[0] == 0xFF else "utf-16-be"
        return _strict(data[2:], codec, codec)
    if b"\x00" in data and len(data) % 2 == 0:
        for codec in _utf16_by_nuls(data):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _plausibility(text) >= 0.8:
                return text, codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str, str]] = []
    codecs = [("gb18030", "gb18030"), ("big5hkscs", "big5")]
    if len(data) % 2 == 0 and b"\x00" not in data:
        codecs += [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")]
    for codec, name in codecs:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if score >= MIN_PLAUSIBILITY:
            candidates.append((score, name, text))
    if not candidates:
        damaged = _mostly_utf8(data)
        if damaged is not None:
            return damaged, "utf-8"
        if b"\x00" in data:
            raise ValueError("binary file (NUL bytes), not text")
        raise ValueError("not text in a known encoding (UTF-8, UTF-16, GB18030, Big5)")
    # Ties keep the order above: GB18030 is the commoner encoding on the web.
    _, name, text = max(candidates, key=lambda c: c[0])
    return text, name


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few invalid bytes (a bad splice, a cut copy), each shown as U+FFFD.

    Only tried when no encoding reads the file whole. Text in another encoding
    breaks UTF-8 on nearly every non-ASCII character, so a handful of errors in
    a long text means UTF-8 damaged in places.
    """
    text = data.decode("utf-8", "replace")
    errors = text.count("\ufffd") - data.count("\ufffd".encode())
    return text if errors * MIN_BYTES_PER_UTF8_ERROR <= len(data) else None


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError:
        raise ValueError(f"not valid {name.upper()} text") from None


def _utf16_by_nuls(data: bytes) -> tuple[str, str]:
    """UTF-16 byte orders, likeliest first.

    ASCII characters (newlines, digits, Latin words) leave their NUL byte on
    the high side of each pair, so the side with more NULs gives the order.
    Only a guess: the caller still checks that the decoded text is plausible.
    """
    sample = data[: 1 << 16]
    if sample[1::2].count(0) >= sample[0::2].count(0):
        return ("utf-16-le", "utf-16-be")
    return ("utf-16-be", "utf-16-le")


@cache
def common_han() -> frozenset[str]:
    """Han characters in the frequent blocks of GB2312 (level 1) and Big5 (level 1).

    Used to judge whether a decoding (here) or a repair (in cleaning) reads
    like real Chinese: ~6,700 characters covering both scripts.

    A wrong guess between GBK and Big5 (and UTF-16 read with the wrong byte
    order) still decodes, but into kana, symbols or rare characters; real
    text in either script is mostly made of these.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        row = bytes(b for t in range(0xA1, 0xFF) for b in (lead, t))
        chars.update(row.decode("gb2312", "ignore"))
    for lead in range(0xA4, 0xC7):
        trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
        row = bytes(b for t in trails for b in (lead, t))
        chars.update(row.decode("big5", "ignore"))
    return frozenset(c for c in chars if "\u4e00" <= c <= "\u9fff")


def _plausibility(text: str) -> float:
    """Share of characters a Chinese news text is expected to be made of."""
    if not text:
        return 0.0
    common = common_han()
    good = sum(
        1
        for c in text
        if c in common
        or (c.isascii() and (c.isprintable() or c in "\n\r\t"))
        or "\u3000" <= c <= "\u303f"
        or "\uff00" <= c <= "\uffef"
        or c in "“”‘’…—·"
    )
    return good / len(text)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(
        1 for c in text if (c < " " or "\x7f" <= c <= "\x9f") and c not in _TEXT_CONTROLS
    )
    return controls / len(text)
