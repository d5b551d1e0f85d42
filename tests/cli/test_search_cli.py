"""The search command: the JSON contract, the readable list, folders and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.convert import fold
from reader.core.document import open_document


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    (root / "taiwan").mkdir(parents=True)
    (root / "a.txt").write_text("美國大選\n美國總統發表講話。\n", encoding="utf-8")
    (root / "taiwan" / "b.md").write_text("台灣新聞\n美国的记忆体价格上涨。\n", encoding="utf-8")
    (root / "c.html").write_text("<p>美國</p>\n", encoding="utf-8")
    return root


def test_json_contract(capsys, folder: Path) -> None:
    code, out, err = _run(capsys, "search", "美国", str(folder), "--json")
    assert code == 0 and err == ""
    hits = json.loads(out)
    assert {Path(h["path"]).name for h in hits} == {"a.txt", "b.md"}
    assert len(hits) == 3
    for hit in hits:
        assert set(hit) == {"path", "title", "paragraph", "start", "end", "snippet"}
        doc = open_document(hit["path"])
        assert hit["title"] == doc.title
        assert fold(doc.text[hit["start"] : hit["end"]]) == "美国"
        assert doc.text[hit["start"] : hit["end"]] in hit["snippet"]
        assert doc.paragraphs[hit["paragraph"]].start <= hit["start"]


@pytest.mark.parametrize(
    ("query", "names"),
    [
        pytest.param("美國", {"a.txt", "b.md"}, id="traditional"),
        pytest.param("記憶體", {"b.md"}, id="three-characters"),
        pytest.param("台", {"b.md"}, id="one-character"),
        pytest.param('"OR"', set(), id="fts-syntax"),
    ],
)
def test_queries(capsys, folder: Path, query: str, names: set[str]) -> None:
    code, out, _ = _run(capsys, "search", query, str(folder), "--json")
    assert code == 0
    assert {Path(h["path"]).name for h in json.loads(out)} == names


def test_readable_list(capsys, folder: Path) -> None:
    code, out, _ = _run(capsys, "search", "美國", str(folder / "a.txt"))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"{folder / 'a.txt'}  美國大選  (2 matches)"
    assert lines[1:] == ["  ¶1  美國大選", "  ¶2  美國總統發表講話。"]


def test_default_is_the_bundled_articles(capsys, seed_paths: list[Path]) -> None:
    code, out, _ = _run(capsys, "search", "DeepSeek", "--json")
    assert code == 0
    names = {Path(h["path"]).name for h in json.loads(out)}
    assert names == {p.name for p in seed_paths}


def test_no_matches(capsys, folder: Path) -> None:
    code, out, err = _run(capsys, "search", "不存在的詞", str(folder), "--json")
    assert (code, json.loads(out)) == (0, [])
    assert "no matches" in err
    code, out, err = _run(capsys, "search", "不存在的詞", str(folder))
    assert (code, out) == (0, "")
    assert "no matches" in err


def test_unreadable_path_others_still_searched(capsys, folder: Path, tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    missing = tmp_path / "missing.txt"
    code, out, err = _run(
        capsys, "search", "美国", str(missing), str(binary), str(folder), "--json"
    )
    assert code == 1
    assert {Path(h["path"]).name for h in json.loads(out)} == {"a.txt", "b.md"}
    lines = err.splitlines()
    assert len(lines) == 2
    assert any(str(missing) in line for line in lines)
    assert any(str(binary) in line and "binary" in line for line in lines)


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["search"], id="no-query"),
        pytest.param(["search", ""], id="empty-query"),
        pytest.param(["search", "   "], id="blank-query"),
        pytest.param(["search", "美國", "--bogus"], id="unknown-option"),
    ],
)
def test_bad_usage(capsys, argv: list[str]) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.strip()


def test_index_is_updated_between_runs(capsys, folder: Path) -> None:
    article = folder / "a.txt"
    assert _run(capsys, "search", "股市", str(folder), "--json")[1].strip() == "[]"
    article.write_text("股市消息\n今天股市上漲。\n", encoding="utf-8")
    code, out, _ = _run(capsys, "search", "股市", str(folder), "--json")
    assert code == 0
    assert [h["start"] for h in json.loads(out)] == [0, 7]
