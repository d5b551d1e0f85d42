"""Loading: every encoding a Chinese news file comes in, and every file that is not one."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from reader.core.loading import LoadError, decode, read_text

TRAD = "臺灣的經濟發展很快，國際貿易與科技產業帶動了成長。\n記者表示：「這是一個重要的時刻。」\n"
SIMP = "中国的经济发展很快，国际贸易与科技产业带动了增长。\n记者表示：“这是一个重要的时刻。”\n"
MIXED_LATIN = "DeepSeek 發布 R1 模型，OpenAI 回應。\n1 月 28 日，美國科技股下跌 17%。\n"


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        pytest.param(TRAD, "utf-8", "utf-8", id="utf-8"),
        pytest.param(TRAD, "utf-8-sig", "utf-8-sig", id="utf-8 with BOM"),
        pytest.param(SIMP, "utf-16", None, id="utf-16 with BOM"),
        pytest.param(TRAD, "utf-16-le", "utf-16-le", id="utf-16-le without BOM"),
        pytest.param(TRAD, "utf-16-be", "utf-16-be", id="utf-16-be without BOM"),
        pytest.param(MIXED_LATIN, "utf-16-le", "utf-16-le", id="utf-16-le with Latin"),
        pytest.param(SIMP, "utf-16-be", "utf-16-be", id="utf-16-be simplified"),
        pytest.param(SIMP, "gbk", "gb18030", id="gbk simplified"),
        pytest.param(TRAD, "gbk", "gb18030", id="gbk traditional"),
        pytest.param(SIMP + "𠮷", "gb18030", "gb18030", id="gb18030 four-byte"),
        pytest.param(TRAD, "big5", "big5", id="big5"),
        pytest.param(MIXED_LATIN, "big5", "big5", id="big5 with Latin"),
    ],
)
def test_encodings(tmp_path: Path, text: str, codec: str, expected: str | None) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(codec))
    loaded = read_text(path)
    assert loaded.text == text
    assert loaded.encoding == (
        expected or ("utf-16-le" if text.encode(codec)[0] == 0xFF else "utf-16-be")
    )


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param(b"a\r\nb\rc\n", "a\nb\nc\n", id="newlines normalised"),
        pytest.param(
            "第一段\x00第二段，中間有個NUL字元的長句子。".encode(), None, id="stray NUL kept"
        ),
        pytest.param(
            "標題\x07\n正文內容比較長的一段文字，有一個響鈴字元。".encode(),
            None,
            id="stray control kept",
        ),
        pytest.param(b"", "", id="empty"),
    ],
)
def test_decode_keeps_text(data: bytes, text: str | None) -> None:
    decoded, _ = decode(data)
    assert decoded == (text if text is not None else data.decode())


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG", id="png"),
        pytest.param(b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "executable", id="elf"),
        pytest.param(bytes(range(32)) * 50, "binary", id="control characters"),
        pytest.param(b"\x00\x01\x02\x03\xff\xfe\x00" * 100 + b"\x00", "binary", id="nul bytes"),
        pytest.param(b"\x81\x20\xff\xff\xfe\x30", "not text", id="undecodable"),
    ],
)
def test_decode_rejects_binary(data: bytes, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        decode(data)


def _assert_one_line(exc: LoadError, path: Path, words: str) -> None:
    message = str(exc)
    assert "\n" not in message
    assert str(path) in message
    assert words in message


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        read_text(tmp_path)
    _assert_one_line(info.value, tmp_path, "directory")


def test_missing(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        read_text(tmp_path / "nope.txt")
    _assert_one_line(info.value, tmp_path / "nope.txt", "no such file")


def test_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(LoadError) as info:
        read_text(link)
    _assert_one_line(info.value, link, "broken symbolic link")


def test_symlink_loop(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(LoadError) as info:
        read_text(a)
    _assert_one_line(info.value, a, "loop")


def test_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(LoadError) as info:
        read_text(fifo)
    _assert_one_line(info.value, fifo, "named pipe")


def test_character_device() -> None:
    with pytest.raises(LoadError) as info:
        read_text("/dev/zero")
    _assert_one_line(info.value, Path("/dev/zero"), "character device")


def test_socket(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(LoadError) as info:
            read_text(path)
    _assert_one_line(info.value, path, "socket")


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root")
def test_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("內容", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(LoadError) as info:
        read_text(path)
    _assert_one_line(info.value, path, "permission denied")


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes("長".encode() * 100)
    with pytest.raises(LoadError) as info:
        read_text(path, max_bytes=100)
    _assert_one_line(info.value, path, "too large")
    assert read_text(path, max_bytes=300).text == "長" * 100


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n"], ids=["empty", "blank"])
def test_empty_is_not_an_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert read_text(path).text.strip() == ""


def test_file_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    data = "\ufeff標題\r\n正文。\r\n".encode()
    path.write_bytes(data)
    before = path.stat()
    read_text(path)
    after = path.stat()
    assert path.read_bytes() == data
    assert (before.st_mtime_ns, stat.S_IMODE(before.st_mode)) == (
        after.st_mtime_ns,
        stat.S_IMODE(after.st_mode),
    )


def test_seeds_load(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        loaded = read_text(path)
        assert loaded.encoding.startswith("utf-8")
        assert loaded.text == path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
