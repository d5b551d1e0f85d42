"""The library index: matching, incremental updates, damage recovery, FTS5 syntax as text."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.core.convert import fold
from reader.core.document import open_document
from reader.core.find import find_all
from reader.core.search import SearchIndex
from reader.paths import cache_dir

ARTICLES = {
    "trad.txt": "美國科技公司\nOpenAI發布新模型。美國總統表示歡迎。\n",
    "simp.txt": "美国经济\n中国与美国的贸易谈判继续进行。\n",
    "taiwan.md": "台灣新聞\n記憶體價格上漲，軟體公司受影響。\n",
    "syntax.txt": '符號測試\nHe said "AND" OR NOT NEAR(a b) x:y ^z -w * 完。\n',
}


def write(folder: Path, articles: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in articles.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def bump_mtime(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


@pytest.fixture
def library(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "lib"
    folder.mkdir()
    return write(folder, ARTICLES)


@pytest.fixture
def index(tmp_path: Path, library: list[Path]) -> SearchIndex:
    idx = SearchIndex(tmp_path / "index.sqlite3")
    idx.update(library)
    yield idx
    idx.close()


def found(idx: SearchIndex, query: str) -> dict[str, int]:
    return {d.path.name: d.count for d in idx.search(query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("美国", {"trad.txt": 2, "simp.txt": 2}, id="simplified-query"),
        pytest.param("美國", {"trad.txt": 2, "simp.txt": 2}, id="traditional-query"),
        pytest.param("美國總統", {"trad.txt": 1}, id="four-characters"),
        pytest.param("openai", {"trad.txt": 1}, id="lower-case-latin"),
        pytest.param("OPENAI發布", {"trad.txt": 1}, id="mixed-latin-han"),
        pytest.param("记忆体价格", {"taiwan.md": 1}, id="simplified-finds-taiwan-usage"),
        pytest.param("美", {"trad.txt": 2, "simp.txt": 2}, id="one-character"),
        pytest.param("台", {"taiwan.md": 1}, id="one-character-title"),
        pytest.param("价格", {"taiwan.md": 1}, id="two-characters"),
        pytest.param("，", {"taiwan.md": 1}, id="one-punctuation-mark"),
        pytest.param("公司", {"trad.txt": 1, "taiwan.md": 1}, id="two-characters-two-docs"),
        pytest.param("贸易谈判继续", {"simp.txt": 1}, id="long-query"),
        pytest.param("不存在的詞", {}, id="absent"),
        pytest.param("国科", {"trad.txt": 1}, id="bigram"),
        pytest.param("国\n科", {}, id="line-break"),
        pytest.param("   ", {}, id="blank"),
        pytest.param("", {}, id="empty"),
    ],
)
def test_search(index: SearchIndex, query: str, expected: dict[str, int]) -> None:
    assert found(index, query) == expected


@pytest.mark.parametrize(
    ("query", "count"),
    [
        pytest.param('"AND"', 1, id="quoted-keyword"),
        pytest.param("OR NOT", 1, id="operators"),
        pytest.param("NEAR(a", 1, id="near-and-parenthesis"),
        pytest.param("x:y", 1, id="column-filter"),
        pytest.param("^z", 1, id="caret"),
        pytest.param("-w", 1, id="minus"),
        pytest.param("*", 1, id="star"),
        pytest.param('"', 2, id="lone-quote"),
        pytest.param(")", 1, id="closing-parenthesis"),
        pytest.param("and", 1, id="keyword-lower-case"),
        pytest.param("NOT", 1, id="bare-not"),
        pytest.param("NEAR", 1, id="bare-near"),
        pytest.param('a"b', 0, id="quote-inside"),
        pytest.param('AND "x', 0, id="unbalanced-quote"),
        pytest.param("(((", 0, id="parentheses"),
    ],
)
def test_fts_syntax_is_text(index: SearchIndex, query: str, count: int) -> None:
    assert found(index, query) == ({"syntax.txt": count} if count else {})


def test_every_trigram_present_is_not_enough(tmp_path: Path) -> None:
    (path,) = write(tmp_path, {"t.txt": "標題\n甲乙丙戊，乙丙丁己。\n"})
    with SearchIndex(tmp_path / "i.sqlite3") as idx:
        idx.update([path])
        assert idx.search("甲乙丙丁") == []
        assert [d.count for d in idx.search("乙丙丁")] == [1]


def test_hits_point_into_the_cleaned_text(index: SearchIndex, library: list[Path]) -> None:
    results = index.search("美国")
    assert [d.path for d in results] == [library[0], library[1]]
    for doc_hits in results:
        doc = open_document(doc_hits.path)
        assert doc_hits.title == doc.title
        for hit in doc_hits.hits:
            assert fold(doc.text[hit.start : hit.end]) == "美国"
            p = doc.paragraphs[hit.paragraph]
            assert p.start <= hit.start < hit.end <= p.end
            assert hit.snippet[hit.snippet_start : hit.snippet_end] == doc.text[hit.start : hit.end]


def test_snippet_context(tmp_path: Path) -> None:
    text = "甲" * 50 + "美國" + "乙" * 50
    (path,) = write(tmp_path, {"long.txt": f"標題\n{text}\n"})
    with SearchIndex(tmp_path / "i.sqlite3") as idx:
        idx.update([path])
        (hit,) = idx.search("美国")[0].hits
    assert hit.snippet == "…" + "甲" * 20 + "美國" + "乙" * 20 + "…"
    assert (hit.snippet_start, hit.snippet_end) == (21, 23)


def test_limits(index: SearchIndex) -> None:
    assert len(index.search("美国", limit=1)) == 1
    (first,) = index.search("美国", limit=1, hits_per_doc=1)
    assert first.count == 2 and len(first.hits) == 1
    assert index.search("美国", limit=0) == []


def test_agrees_with_search_in_the_article(seed_paths: list[Path], tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "i.sqlite3") as idx:
        idx.update(seed_paths)
        for query in ("DeepSeek", "美国", "科技公司", "的", "AI", "“", "人工智能"):
            by_path = {d.path: d for d in idx.search(query, hits_per_doc=None)}
            for path in seed_paths:
                matches = find_all(open_document(path), query)
                hits = by_path[path].hits if path in by_path else ()
                assert [(h.start, h.end, h.paragraph) for h in hits] == [
                    (m.start, m.end, m.paragraph) for m in matches
                ], (query, path.name)


def test_incremental_updates(tmp_path: Path, library: list[Path]) -> None:
    idx = SearchIndex(tmp_path / "index.sqlite3")
    first = idx.update(library)
    assert (first.added, first.changed, first.removed, first.unchanged) == (4, 0, 0, 0)
    again = idx.update(library)
    assert (again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, 4)

    new = tmp_path / "lib" / "new.txt"
    new.write_text("新文章\n香港的天氣很熱。\n", encoding="utf-8")
    report = idx.update([*library, new])
    assert (report.added, report.unchanged) == (1, 4)
    assert found(idx, "天气") == {"new.txt": 1}

    library[1].write_text("美国经济\n股票市场今天上涨。\n", encoding="utf-8")
    bump_mtime(library[1])
    report = idx.update([*library, new])
    assert (report.changed, report.unchanged) == (1, 4)
    assert found(idx, "贸易") == {}
    assert found(idx, "股票市场") == {"simp.txt": 1}

    bump_mtime(library[0])  # touched, same content
    report = idx.update([*library, new])
    assert (report.added, report.changed, report.unchanged) == (0, 0, 5)
    assert found(idx, "美国总统") == {"trad.txt": 1}

    library[2].unlink()
    report = idx.update([library[0], library[1], library[3], new])
    assert report.removed == 1 and not report.errors
    assert found(idx, "价格") == {}
    idx.close()


def test_listed_file_that_vanished_is_an_error_and_removed(
    index: SearchIndex, library: list[Path]
) -> None:
    library[2].unlink()
    report = index.update(library)
    assert report.removed == 1
    assert [e.path for e in report.errors] == [str(library[2])]
    assert "no such file" in str(report.errors[0])
    assert found(index, "价格") == {}


def test_unreadable_files_are_reported_not_fatal(tmp_path: Path, library: list[Path]) -> None:
    image = tmp_path / "lib" / "picture.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    folder = tmp_path / "lib"
    with SearchIndex(tmp_path / "i.sqlite3") as idx:
        report = idx.update([image, folder, *library])
        assert report.added == 4
        assert sorted(e.path for e in report.errors) == sorted([str(image), str(folder)])
        assert found(idx, "美国") == {"trad.txt": 2, "simp.txt": 2}


def test_search_covers_the_last_update_only(tmp_path: Path, library: list[Path]) -> None:
    with SearchIndex(tmp_path / "i.sqlite3") as idx:
        idx.update(library)
        idx.update([library[1], library[0]])
        assert [d.path for d in idx.search("美国")] == [library[1], library[0]]
        idx.update([library[0]])
        assert found(idx, "美国") == {"trad.txt": 2}
    # Another view of the library shares the file, and nothing was re-indexed.
    with SearchIndex(tmp_path / "i.sqlite3") as idx:
        report = idx.update(library)
        assert report.unchanged == 4


def test_cancel(tmp_path: Path, library: list[Path]) -> None:
    cancel = threading.Event()
    cancel.set()
    with SearchIndex(tmp_path / "i.sqlite3") as idx:
        report = idx.update(library, cancel)
        assert report.cancelled and report.added == 0
        assert idx.update(library).added == 4


def test_default_location() -> None:
    with SearchIndex() as idx:
        assert idx.path == cache_dir() / "search.sqlite3"
    assert idx.path.is_file()


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database\x00\xff" * 500)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _wrong_version(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema'")
    conn.close()


def _foreign(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
    conn.close()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        pytest.param(_garbage, "damaged", id="garbage-bytes"),
        pytest.param(_truncated, "damaged", id="truncated"),
        pytest.param(_wrong_version, "another version", id="wrong-schema-version"),
        pytest.param(_foreign, "another version", id="someone-elses-tables"),
    ],
)
def test_damaged_index_is_rebuilt(
    tmp_path: Path, seed_paths: list[Path], library: list[Path], damage, reason: str
) -> None:
    path = tmp_path / "i.sqlite3"
    with SearchIndex(path) as idx:
        idx.update([*seed_paths, *library])
        assert idx.notice is None
    for leftover in (f"{path}-wal", f"{path}-shm"):
        assert not os.path.exists(leftover)
    damage(path)
    with SearchIndex(path) as idx:
        assert idx.notice is not None
        assert idx.notice.startswith("search index rebuilt") and reason in idx.notice
        assert "\n" not in idx.notice
        report = idx.update(library)
        assert report.rebuilt and report.notice == idx.notice
        assert report.added == 4
        assert found(idx, "美国") == {"trad.txt": 2, "simp.txt": 2}


def test_deleted_or_empty_index_starts_afresh(tmp_path: Path, library: list[Path]) -> None:
    path = tmp_path / "i.sqlite3"
    with SearchIndex(path) as idx:
        idx.update(library)
    path.unlink()
    _empty(path)
    with SearchIndex(path) as idx:
        report = idx.update(library)
        assert report.added == 4 and not report.rebuilt
        assert found(idx, "美国") == {"trad.txt": 2, "simp.txt": 2}


def test_damage_found_while_searching_is_repaired(tmp_path: Path, library: list[Path]) -> None:
    path = tmp_path / "i.sqlite3"
    idx = SearchIndex(path)
    idx.update(library)
    idx._conn.close()
    _garbage(path)
    idx._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    assert found(idx, "美国") == {"trad.txt": 2, "simp.txt": 2}
    assert idx.notice is not None and "damaged" in idx.notice
    idx.close()


_WORKER = """
import sys
from pathlib import Path
from reader.core.search import SearchIndex
index = SearchIndex(Path(sys.argv[1]))
paths = [Path(p) for p in sys.argv[2:]]
for _ in range(3):
    report = index.update(paths)
    assert not report.errors, report.errors
print(len(index.search("美国", limit=None)))
"""


def test_two_processes_update_at_once(tmp_path: Path, library: list[Path]) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    many = write(folder, {f"{n:03d}.txt": f"第{n}篇\n美國新聞第{n}號。\n" for n in range(60)})
    path = tmp_path / "shared.sqlite3"
    halves = [[*many[:40], *library], [*many[20:], *library]]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(path), *map(str, half)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for half in halves
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    assert [int(out) for out, _ in outputs] == [42, 42]
    with SearchIndex(path) as idx:
        assert idx.notice is None
        assert idx._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        report = idx.update([*many, *library])
        assert report.unchanged == 64
        assert len(idx.search("美国", limit=None)) == 62
