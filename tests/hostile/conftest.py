"""A folder of hostile files, built afresh in each test's tmp_path (nothing binary is committed).

Each case is a name, a function that creates the file (or link, pipe, folder) and
returns its path, and what the reader must do with it: show the text faithfully
(``Shown``, with fragments the text must contain) or refuse it with a one-line
reason (``Refused``, with a fragment of that reason).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

SIMPLIFIED = "美国总统特朗普周三表示：“我们会赢得这场贸易战。”中国商务部回应称将奉陪到底。\n"
TRADITIONAL = "台灣總統賴清德週三表示：「我們會守護民主。」國民黨主席朱立倫回應稱支持對話。\n"
ASTRAL = "𠀀𪚥"  # outside the Basic Multilingual Plane: four bytes in GB18030 and UTF-8


@dataclass(frozen=True)
class Shown:
    """The text is shown; ``fragments`` are parts of it the CLI and the app must show as is."""

    fragments: tuple[str, ...]


@dataclass(frozen=True)
class Refused:
    """The file is refused with a one-line reason containing ``reason``."""

    reason: str


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]
    expect: Shown | Refused
    # Seconds a command may take before it counts as hung: a guard, not a speed test.
    timeout: float = 20


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _text(name: str, text: str, codec: str = "utf-8") -> Callable[[Path], Path]:
    return _write(name, text.encode(codec))


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _unreadable(folder: Path) -> Path:
    if os.geteuid() == 0:
        pytest.skip("running as root: permissions are not enforced")
    path = folder / "secret.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    path.chmod(0)
    return path


def _symlink_loop(folder: Path) -> Path:
    a, b = folder / "loop-a.txt", folder / "loop-b.txt"
    a.symlink_to(b.name)
    b.symlink_to(a.name)
    return a


def _dangling(folder: Path) -> Path:
    path = folder / "dangling.txt"
    path.symlink_to("nowhere.txt")
    return path


def _directory(folder: Path) -> Path:
    path = folder / "x.txt"
    path.mkdir()
    return path


def _dev_zero(folder: Path) -> Path:
    return Path("/dev/zero")


def _binary() -> bytes:
    return random.Random(6).randbytes(8192)


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" + bytes(64)
ESCAPES = (
    "转载时请注意：\x1b]52;c;aGVsbG8=\x07剪贴板不应被写入。\n"
    "窗口标题\x1b]0;pwned\x07不应改变。\x1b[2J\x1b[H清屏也不应发生。\n"
    "\x1b[31m红色\x1b[0m的字只是字。" + SIMPLIFIED * 3
)
MARKUP = (
    "[bold]粗体[/bold]不是粗体。[link=https://x]链接[/link]不是链接。"
    "[@click=app.quit]退出[/]不会退出。多余的[/]也只是文字。\n" + SIMPLIFIED
)
INVISIBLE = "看不见的\u200b零宽空格，\u202e反向覆盖\u202c和\u2066隔离\u2069字符。\n" + SIMPLIFIED
NULS = "空字符\x00在这里，\x00还有这里。\n" + SIMPLIFIED * 3
LONG_LINE = (SIMPLIFIED.strip() * 10_000)[: 2 * 1024 * 1024 // 3]  # about 2 MB in UTF-8
MANY_QUOTES = "".join(f"发言人{i}说：“第{i}句话。”\n" for i in range(5000))
UNBALANCED = "他说：“没有结束的引号。\n她说：」没有开始的引号。”\n『「“层层打开却不关闭。\n"
NESTED = "“「『" * 1000 + "最里面的话" + "』」”" * 1000 + "\n"
INVALID_MIDDLE = SIMPLIFIED.encode() * 3 + b"\xff\xfe\xc3\x28" + TRADITIONAL.encode() * 3

CASES: tuple[Case, ...] = (
    Case("gbk", _text("gbk.txt", SIMPLIFIED * 3, "gbk"), Shown(("特朗普", "奉陪到底"))),
    Case("big5", _text("big5.txt", TRADITIONAL * 3, "big5"), Shown(("賴清德", "守護民主"))),
    Case(
        "gb18030-astral",
        _text("gb18030.txt", SIMPLIFIED + ASTRAL + "字在基本平面之外。\n", "gb18030"),
        Shown((ASTRAL, "特朗普")),
    ),
    Case(
        "utf16-le-bom", _text("le-bom.txt", "\ufeff" + TRADITIONAL, "utf-16-le"), Shown(("賴清德",))
    ),
    Case(
        "utf16-be-bom", _text("be-bom.txt", "\ufeff" + TRADITIONAL, "utf-16-be"), Shown(("賴清德",))
    ),
    Case("utf16-le", _text("le.txt", SIMPLIFIED, "utf-16-le"), Shown(("特朗普",))),
    Case("utf16-be", _text("be.txt", SIMPLIFIED, "utf-16-be"), Shown(("特朗普",))),
    Case(
        "invalid-utf8-middle",
        _write("invalid.txt", INVALID_MIDDLE),
        Shown(("\ufffd(台灣總統賴清德", "奉陪到底")),
    ),
    Case("binary", _write("random.txt", _binary()), Refused("not text")),
    Case("png-renamed", _write("image.txt", PNG), Refused("PNG image")),
    Case("empty", _write("empty.txt", b""), Shown(())),
    Case("blank", _write("blank.txt", b"  \n\n\t\n\xe3\x80\x80\n"), Shown(())),
    Case("2mb-line", _text("long.txt", LONG_LINE), Shown(("特朗普周三表示",)), timeout=90),
    Case("5000-quotes", _text("quotes.txt", MANY_QUOTES), Shown(("第4999句话",))),
    Case("unbalanced-quotes", _text("unbalanced.txt", UNBALANCED), Shown(("没有结束的引号",))),
    Case("nested-quotes", _text("nested.txt", NESTED), Shown(("“「『最里面的话』」”",))),
    Case("escape-sequences", _text("escapes.txt", ESCAPES), Shown(("]52;c;aGVsbG8=", "]0;pwned"))),
    Case(
        "rich-markup",
        _text("markup.txt", MARKUP),
        Shown(("[bold]粗体[/bold]", "[@click=app.quit]")),
    ),
    Case("invisible-controls", _text("invisible.txt", INVISIBLE), Shown(("零宽空格",))),
    Case("nul-bytes", _text("nuls.txt", NULS), Shown(("在这里",))),
    Case("name-with-spaces", _text("新 闻 稿 .txt", SIMPLIFIED), Shown(("特朗普",))),
    Case("name-with-newline", _text("line\nbreak.txt", SIMPLIFIED), Shown(("特朗普",))),
    Case("name-with-leading-dash", _text("-rf.txt", SIMPLIFIED), Shown(("特朗普",))),
    Case("name-with-escape", _text("\x1b]0;pwned\x07.txt", SIMPLIFIED), Shown(("特朗普",))),
    Case("refused-name-with-escape", _write("\x1b[2J\nclear.txt", PNG), Refused("PNG image")),
    Case("fifo", _fifo, Refused("named pipe")),
    Case("unreadable", _unreadable, Refused("permission denied")),
    Case("symlink-loop", _symlink_loop, Refused("symbolic link loop")),
    Case("dangling-symlink", _dangling, Refused("broken symbolic link")),
    Case("directory-named-txt", _directory, Refused("is a directory")),
    Case("dev-zero", _dev_zero, Refused("character device")),
)


def cases(kind: type | None = None) -> list:
    """The cases (those expecting ``kind``, if given) as named pytest params."""
    return [pytest.param(c, id=c.name) for c in CASES if kind is None or isinstance(c.expect, kind)]


@pytest.fixture
def hostile(tmp_path: Path) -> Callable[[Case], Path]:
    """Build one case in a fresh folder and return its path."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    return lambda case: case.make(folder)
