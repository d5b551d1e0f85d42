"""Library discovery: which articles the paths on the command line stand for."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.library import Entry, discover, printable
from reader.paths import seeds_dir

ARTICLE = "美國總統今日抵達台北。\n"


def _tree(root: Path, files: list[str]) -> None:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")


def _rel(entries: list[Entry], root: Path) -> list[str]:
    return [str(e.path.relative_to(root)) for e in entries]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param(["b.txt", "a.md", "c.html"], ["a.md", "b.txt"], id="only txt and md"),
        pytest.param(["A.TXT", "b.Md"], ["A.TXT", "b.Md"], id="suffix case ignored"),
        pytest.param(
            ["第10期.txt", "第2期.txt", "第1期.txt"],
            ["第1期.txt", "第2期.txt", "第10期.txt"],
            id="numbers in natural order",
        ),
        pytest.param(
            ["sub/z.txt", "a.txt", "sub/deeper/y.md"],
            ["a.txt", "sub/deeper/y.md", "sub/z.txt"],
            id="recurses in order",
        ),
        pytest.param(
            [".hidden.txt", ".git/x.txt", "seen.txt", "d/.cache/y.md"],
            ["seen.txt"],
            id="hidden files and folders skipped",
        ),
        pytest.param(["notes", "README"], [], id="nothing readable"),
    ],
)
def test_folder_contents(tmp_path: Path, files: list[str], expected: list[str]) -> None:
    _tree(tmp_path, files)
    entries = discover([tmp_path])
    assert _rel(entries, tmp_path) == expected
    assert all(e.error is None for e in entries)


def test_paths_keep_command_line_order(tmp_path: Path) -> None:
    _tree(tmp_path, ["z.txt", "folder/b.txt", "folder/a.txt", "m.txt"])
    entries = discover([tmp_path / "z.txt", tmp_path / "folder", str(tmp_path / "m.txt")])
    assert _rel(entries, tmp_path) == ["z.txt", "folder/a.txt", "folder/b.txt", "m.txt"]


def test_named_file_taken_whatever_its_suffix(tmp_path: Path) -> None:
    _tree(tmp_path, ["article.html", "no-suffix"])
    entries = discover([tmp_path / "article.html", tmp_path / "no-suffix"])
    assert [(e.path.name, e.error) for e in entries] == [
        ("article.html", None),
        ("no-suffix", None),
    ]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("有 空格 的 文章.txt", id="spaces"),
        pytest.param("-rf.txt", id="leading dash"),
        pytest.param("--help.md", id="double dash"),
        pytest.param("line\nbreak.txt", id="newline"),
    ],
)
def test_awkward_names(tmp_path: Path, name: str) -> None:
    _tree(tmp_path, [name])
    for given in (tmp_path, tmp_path / name):
        entries = discover([given])
        assert [e.path.name for e in entries] == [name]
        assert entries[0].error is None
        assert entries[0].path.read_text(encoding="utf-8") == ARTICLE
        assert "\n" not in entries[0].name


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        pytest.param("新聞.txt", "新聞.txt", id="plain"),
        pytest.param("a\nb.txt", "a\\nb.txt", id="newline escaped"),
        pytest.param("a\tb.txt", "a\\tb.txt", id="tab escaped"),
        pytest.param("a\u2028b.txt", "a\\u2028b.txt", id="line separator escaped"),
        pytest.param("txt.\u202egpj", "txt.\\u202egpj", id="bidi override escaped"),
        pytest.param("全形\u3000空格.txt", "全形\u3000空格.txt", id="ideographic space kept"),
    ],
)
def test_printable_name(name: str, shown: str) -> None:
    assert printable(name) == shown
    assert Entry(Path("/tmp") / name).name == shown


def test_missing_path_is_an_entry_with_an_error(tmp_path: Path) -> None:
    _tree(tmp_path, ["real.txt"])
    entries = discover([tmp_path / "gone.txt", tmp_path / "real.txt"])
    assert [e.path.name for e in entries] == ["gone.txt", "real.txt"]
    assert entries[0].error == "No such file or directory"
    assert entries[1].error is None


def test_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (entry,) = discover([fifo])
    assert entry.error == "not a regular file"
    (inside,) = discover([tmp_path])
    assert inside.path == fifo and inside.error == "not a regular file"


def test_broken_link_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (entry,) = discover([tmp_path])
    assert entry.path.name == "dangling.txt"
    assert entry.error == "broken symbolic link"


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root")
def test_unlistable_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    _tree(tmp_path, ["locked/secret.txt", "open.txt"])
    locked.chmod(0)
    try:
        entries = discover([tmp_path])
    finally:
        locked.chmod(0o755)
    assert [(e.path.name, e.error is not None) for e in entries] == [
        ("locked", True),
        ("open.txt", False),
    ]
    assert entries[0].error and entries[0].error.startswith("cannot list folder")


def test_symlink_loop_is_not_followed_forever(tmp_path: Path) -> None:
    _tree(tmp_path, ["top/a.txt", "top/sub/b.txt"])
    (tmp_path / "top" / "sub" / "back").symlink_to(tmp_path / "top")
    (tmp_path / "top" / "self").symlink_to(tmp_path / "top" / "self")
    (tmp_path / "top" / "loop.txt").symlink_to(tmp_path / "top" / "loop.txt")
    entries = discover([tmp_path / "top"])
    assert _rel(entries, tmp_path / "top") == ["a.txt", "loop.txt", "sub/b.txt"]
    assert [e.error is None for e in entries] == [True, False, True]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(lambda root: root / "a.txt", id="same path twice"),
        pytest.param(lambda root: root / "d" / ".." / "a.txt", id="dot-dot"),
        pytest.param(lambda root: root, id="file then its folder"),
        pytest.param(lambda root: root / "link.txt", id="symbolic link"),
    ],
)
def test_duplicates_appear_once(tmp_path: Path, second) -> None:
    _tree(tmp_path, ["a.txt", "d/keep.md"])
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    entries = discover([tmp_path / "a.txt", second(tmp_path)])
    resolved = [e.path.resolve() for e in entries]
    assert resolved.count((tmp_path / "a.txt").resolve()) == 1
    assert entries[0].path == tmp_path / "a.txt"


def test_relative_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, ["news/一.txt", "news/二.txt"])
    monkeypatch.chdir(tmp_path)
    entries = discover(["news", "./news/一.txt"])
    assert [str(e.path) for e in entries] == [
        os.path.join("news", "一.txt"),
        os.path.join("news", "二.txt"),
    ]


def test_no_paths_gives_the_seeds(seed_paths: list[Path]) -> None:
    entries = discover([])
    assert [e.path.name for e in entries] == [p.name for p in seed_paths]
    assert all(e.error is None and e.path.parent == seeds_dir() for e in entries)
