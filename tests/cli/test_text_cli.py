"""The text commands: convert, clean and info, their output, JSON and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, main
from reader.core.convert import RENDERINGS, render
from reader.core.document import build

DAMAGED = "創(chuàng)業公司發(fā)布新品,市場反應熱烈。</p>\n轉載請聯繫作者。\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize(
    ("rendering", "marks"),
    [
        pytest.param("simplified", ("创业公司", "新品，市场反应热烈", "转载"), id="simplified"),
        pytest.param("traditional", ("創業公司", "新品，市場反應熱烈", "轉載"), id="traditional"),
        pytest.param("taiwan", ("創業公司", "新品，市場反應熱烈", "轉載"), id="taiwan"),
        pytest.param("hongkong", ("創業公司", "新品，市場反應熱烈", "轉載"), id="hongkong"),
    ],
)
def test_convert_each_rendering(
    article: Path, capsys: pytest.CaptureFixture[str], rendering: str, marks: tuple[str, ...]
) -> None:
    assert main(["convert", "--to", rendering, str(article)]) == EXIT_OK
    out = capsys.readouterr().out
    # The cleaned text is converted: no pinyin, no tag; one line per paragraph.
    assert out == render(build(DAMAGED).text, rendering).text
    assert all(m in out for m in marks)
    assert "(" not in out and "</p>" not in out and out.count("\n") == 2


def test_every_rendering_is_offered() -> None:
    # The table above covers every rendering but the original, which --raw gives.
    assert set(RENDERINGS) == {"original", "simplified", "traditional", "taiwan", "hongkong"}


def test_convert_raw(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "--raw", "--to", "simplified", str(article)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "(chuàng)" in out and "</p>" in out and out.startswith("创")


@pytest.mark.parametrize("args", [["convert"], ["convert", "-"]], ids=["no file", "dash"])
def test_convert_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    _stdin(monkeypatch, "中国的经济发展".encode("gbk"))
    assert main([*args, "--to", "traditional"]) == EXIT_OK
    assert capsys.readouterr().out == "中國的經濟發展\n"


def test_convert_stdin_binary(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["convert"]) == EXIT_UNREADABLE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "<stdin>" in err and "PNG" in err


def test_clean_text(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(article)]) == EXIT_OK
    assert capsys.readouterr().out == "創業公司發布新品，市場反應熱烈。\n轉載請聯繫作者。\n"


def test_clean_json_rebuilds_the_text(
    seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    for path in seed_paths:
        assert main(["clean", "--json", str(path)]) == EXIT_OK
        edits = json.loads(capsys.readouterr().out)
        assert edits and set(edits[0]) == {"kind", "start", "end", "before", "after"}
        assert main(["clean", str(path)]) == EXIT_OK
        cleaned = capsys.readouterr().out
        original = path.read_text(encoding="utf-8-sig")
        parts, pos = [], 0
        for e in edits:
            assert original[e["start"] : e["end"]] == e["before"]
            parts += [original[pos : e["start"]], e["after"]]
            pos = e["end"]
        rebuilt = "".join([*parts, original[pos:]])
        assert cleaned == (rebuilt if rebuilt.endswith("\n") else rebuilt + "\n")


def test_info_json(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--json", str(article)]) == EXIT_OK
    [info] = json.loads(capsys.readouterr().out)
    assert info["path"] == str(article)
    assert info["title"] == "創業公司發布新品，市場反應熱烈"
    assert info["encoding"] == "utf-8"
    assert info["script"] == "traditional"
    assert info["paragraphs"] == 2
    assert info["furniture_lines"] == 1
    assert info["repairs_by_kind"] == {"pinyin": 2, "punctuation": 1, "html": 1}
    assert info["repairs"] == 4


def test_info_text(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(article)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.splitlines()[0] == str(article)
    assert "創業公司發布新品" in out


def test_info_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert main(["info", "--json", str(path)]) == EXIT_OK
    [info] = json.loads(capsys.readouterr().out)
    assert (info["title"], info["paragraphs"], info["characters"]) == ("(empty)", 0, 0)


@pytest.mark.parametrize("command", ["convert", "clean", "info"])
def test_bad_files_are_reported_and_others_processed(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    missing = tmp_path / "missing.txt"
    status = main([command, str(tmp_path), str(png), str(article), str(missing)])
    assert status == EXIT_UNREADABLE
    captured = capsys.readouterr()
    errors = captured.err.splitlines()
    assert len(errors) == 3
    for path, words in ((tmp_path, "directory"), (png, "PNG"), (missing, "no such file")):
        [line] = [e for e in errors if e.startswith(f"reader: {path}:")]
        assert words in line
    assert "创业" in captured.out if command == "convert" else "創業" in captured.out


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["convert", "--to", "klingon"], id="unknown rendering"),
        pytest.param(["clean"], id="no file"),
        pytest.param(["info", "--nope", "x"], id="unknown option"),
    ],
)
def test_usage_errors(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert main(args) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith("reader") and ": error: " in err


def test_as_a_module(article: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "info", "--json", str(article), str(tmp_path / "gone")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == EXIT_UNREADABLE
    assert json.loads(result.stdout)[0]["title"] == "創業公司發布新品，市場反應熱烈"
    assert result.stderr.strip().count("\n") == 0 and "gone" in result.stderr


def test_clean_json_of_several_files_is_one_document(
    seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(p) for p in seed_paths[:2]]
    assert main(["clean", *paths, "--json"]) == EXIT_OK
    repairs = json.loads(capsys.readouterr().out)
    assert sorted(repairs) == sorted(paths)
    assert all(isinstance(edits, list) and edits for edits in repairs.values())
