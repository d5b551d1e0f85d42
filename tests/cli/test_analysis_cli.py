"""The actors, quotes and export commands: the JSON contract, tables and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.cli import main

ARTICLE = "標題\n外交部發言人毛寧表示：「中方堅決反對。」這種做法被稱為「脫鉤」。\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_actors_json_contract(capsys, article: Path) -> None:
    code, out, _ = _run(capsys, "actors", str(article), "--json")
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list)
    for actor in data:
        assert set(actor) == {"name", "type", "aliases", "count", "mentions"}
        assert actor["type"] in ("person", "org", "place")
        assert actor["count"] == len(actor["mentions"])
        for m in actor["mentions"]:
            assert set(m) == {"start", "end", "text"}
            assert ARTICLE[m["start"] : m["end"]] == m["text"]
    mao = [a for a in data if a["name"] == "Mao Ning"]
    assert mao and mao[0]["type"] == "person" and mao[0]["aliases"] == ["毛寧"]


def test_quotes_json_contract(capsys, article: Path) -> None:
    code, out, _ = _run(capsys, "quotes", str(article), "--json")
    assert code == 0
    data = json.loads(out)
    assert [set(q) for q in data] == [{"text", "kind", "speaker", "paragraph", "start", "end"}] * 2
    assert [(q["text"], q["kind"], q["speaker"], q["paragraph"]) for q in data] == [
        ("中方堅決反對。", "speech", "Mao Ning", 1),
        ("脫鉤", "term", None, 1),
    ]
    assert ARTICLE[data[0]["start"] : data[0]["end"]] == "「中方堅決反對。」"


@pytest.mark.parametrize("command", ["actors", "quotes"])
def test_readable_tables(capsys, article: Path, command: str) -> None:
    code, out, _ = _run(capsys, command, str(article))
    assert code == 0
    assert "Mao Ning" in out
    assert not out.lstrip().startswith("[")


@pytest.mark.parametrize("command", ["actors", "quotes", "export"])
def test_unreadable_file_exits_1_and_others_still_processed(
    capsys, article: Path, tmp_path: Path, command: str
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = _run(capsys, command, str(missing), str(article))
    assert code == 1
    assert "missing.txt" in err and "Traceback" not in err
    assert "Mao Ning" in out


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["actors"], id="no-file"),
        pytest.param(["export", "x.txt", "--format", "xml"], id="bad-format"),
        pytest.param(["quotes", "--bogus", "x.txt"], id="unknown-option"),
    ],
)
def test_bad_usage_exits_2(capsys, argv: list[str]) -> None:
    assert main(argv) == 2


def test_export_markdown_to_file(capsys, article: Path, tmp_path: Path) -> None:
    out_path = tmp_path / "out.md"
    code, _, _ = _run(capsys, "export", str(article), "--format", "md", "-o", str(out_path))
    assert code == 0
    md = out_path.read_text(encoding="utf-8")
    assert md.startswith("# 標題")
    assert str(article) in md
    assert "| Mao Ning | person |" in md and "中方堅決反對。" in md


def test_export_json_carries_title_and_path(capsys, article: Path) -> None:
    code, out, _ = _run(capsys, "export", str(article), "--format", "json")
    assert code == 0
    (doc,) = json.loads(out)
    assert doc["title"] == "標題" and doc["path"] == str(article)
    assert {"actors", "quotes"} <= set(doc)


def test_export_csv_rows(capsys, article: Path) -> None:
    code, out, _ = _run(capsys, "export", str(article), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    kinds = {r["record"] for r in rows}
    assert kinds == {"actor", "quote"}
    quote = next(r for r in rows if r["record"] == "quote" and r["kind"] == "speech")
    assert quote["speaker"] == "Mao Ning" and quote["title"] == "標題"


def test_bad_user_alias_file_is_one_line(capsys, article: Path) -> None:
    from reader import paths

    cfg = paths.config_dir()
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "aliases.tsv").write_text("only-a-name\n", encoding="utf-8")
    code, _, err = _run(capsys, "actors", str(article))
    assert code == 1
    assert err.count("\n") == 1 and "aliases.tsv:1" in err


def test_a_failure_on_one_file_is_one_line_and_the_others_go_on(
    capsys, monkeypatch, article: Path, tmp_path: Path
) -> None:
    import reader.cli_analysis as cli_analysis
    from reader.core.analysis import analyse

    other = tmp_path / "other.txt"
    other.write_text("另一篇\n王強說：「好。」\n", encoding="utf-8")

    def failing_on_the_first(doc):
        if doc.path == str(article):
            raise ValueError("too many values to unpack\n(expected 1)")  # a bug, not the user's
        return analyse(doc)

    monkeypatch.setattr(cli_analysis, "analyse", failing_on_the_first)
    code, out, err = _run(capsys, "quotes", str(article), str(other), "--json")
    assert code == 1
    assert err.count("\n") == 1 and "analysis failed" in err and "ValueError" in err
    assert [q["speaker"] for q in json.loads(out)] == ["王強"]  # the other file's quote


def test_an_alias_file_that_is_not_utf8_is_one_line(capsys, article: Path) -> None:
    from reader import paths

    cfg = paths.config_dir()
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "aliases.tsv").write_bytes("华为\torg\t華為技術\n".encode("gbk"))
    code, _, err = _run(capsys, "actors", str(article))
    assert code == 1
    assert err.count("\n") == 1 and "aliases.tsv" in err and "UTF-8" in err
