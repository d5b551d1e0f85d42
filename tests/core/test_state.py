"""Reading state: round trips, damaged files, failed saves and two instances at once."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
from pathlib import Path

import pytest

from reader.core import state as state_module
from reader.core.state import DocState, State, StateStore, doc_key
from reader.paths import state_dir


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "state" / "state.json"


def _sample(tmp_path: Path) -> State:
    state = State(theme="reader-night", original_view=True)
    state.remember(tmp_path / "台灣新聞.txt", DocState(12, 40, "taiwan", 35, "d1"))
    state.remember(tmp_path / "香港 新聞.md", DocState(3, 0, "hongkong", 100, None))
    state.last_document = doc_key(tmp_path / "台灣新聞.txt")
    return state


def test_default_location_is_the_state_dir() -> None:
    assert StateStore().path == state_dir() / "state.json"


def test_round_trip(tmp_path: Path, store_path: Path) -> None:
    state = _sample(tmp_path)
    assert StateStore(store_path).save(state) is None
    again = StateStore(store_path)
    assert again.load() == state
    assert again.warning is None


def test_file_is_readable_json(tmp_path: Path, store_path: Path) -> None:
    StateStore(store_path).save(_sample(tmp_path))
    text = store_path.read_text(encoding="utf-8")
    assert "台灣新聞.txt" in text  # not \\u escapes
    data = json.loads(text)
    assert data["version"] == 1
    assert data["theme"] == "reader-night"
    entry = data["documents"][doc_key(tmp_path / "台灣新聞.txt")]
    assert entry == {
        "paragraph": 12,
        "offset": 40,
        "rendering": "taiwan",
        "percent": 35,
        "digest": "d1",
    }


def test_missing_file_is_an_empty_state(store_path: Path) -> None:
    store = StateStore(store_path)
    assert store.load() == State()
    assert store.warning is None


def test_keys_are_resolved_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("文", encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "news" / "a.txt")
    monkeypatch.chdir(tmp_path)
    state = State()
    state.remember("news/a.txt", DocState(paragraph=5))
    for other in ("./news/../news/a.txt", tmp_path / "alias.txt", tmp_path / "news" / "a.txt"):
        assert state.doc(other).paragraph == 5
    assert list(state.documents) == [str((tmp_path / "news" / "a.txt").resolve())]


@pytest.mark.parametrize(
    ("saved_digest", "current_digest", "expected"),
    [
        pytest.param("aaa", "aaa", DocState(7, 3, "simplified", 60, "aaa"), id="same text"),
        pytest.param("aaa", None, DocState(7, 3, "simplified", 60, "aaa"), id="digest unknown"),
        pytest.param(None, "bbb", DocState(7, 3, "simplified", 60, None), id="nothing to compare"),
        pytest.param("aaa", "bbb", DocState(0, 0, "simplified", 0, "bbb"), id="text changed"),
    ],
)
def test_changed_file_falls_back(
    saved_digest: str | None, current_digest: str | None, expected: DocState
) -> None:
    state = State()
    state.remember("/news/a.txt", DocState(7, 3, "simplified", 60, saved_digest))
    assert state.doc("/news/a.txt", current_digest) == expected


def test_doc_unknown_is_fresh() -> None:
    assert State().doc("/never/seen.txt", "abc") == DocState(digest="abc")


def test_doc_is_a_copy() -> None:
    state = State()
    state.remember("/a.txt", DocState(paragraph=1))
    state.doc("/a.txt").paragraph = 99
    assert state.doc("/a.txt").paragraph == 1


def _valid() -> dict:
    return {
        "version": 1,
        "last_document": None,
        "theme": None,
        "original_view": False,
        "documents": {
            "/a.txt": {"paragraph": 1, "offset": 2, "rendering": "original", "percent": 3}
        },
    }


def _with(**changes) -> bytes:
    data = _valid()
    data.update(changes)
    return json.dumps(data).encode()


def _with_doc(**changes) -> bytes:
    data = _valid()
    data["documents"]["/a.txt"].update(changes)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        pytest.param(b'{"version": 1, "documents": {', "bad JSON at line 1", id="truncated"),
        pytest.param(b"", "bad JSON", id="empty"),
        pytest.param(b"\xff\xfe\x00garbage", "not UTF-8", id="binary"),
        pytest.param(b"[1, 2]", "not a JSON object", id="a list"),
        pytest.param(_with(version=2), "unknown version 2", id="future version"),
        pytest.param(_with(version="1"), "unknown version '1'", id="version as string"),
        pytest.param(b'{"documents": {}}', "unknown version None", id="no version"),
        pytest.param(_with(theme=3), "'theme' has the wrong type", id="theme not a string"),
        pytest.param(_with(original_view="yes"), "'original_view'", id="flag not a bool"),
        pytest.param(_with(documents=[]), "'documents' is not an object", id="documents a list"),
        pytest.param(_with(documents={"/a.txt": 5}), "is not an object", id="entry a number"),
        pytest.param(
            _with_doc(paragraph="3"), "'paragraph' has the wrong type", id="str paragraph"
        ),
        pytest.param(
            _with_doc(paragraph=True), "'paragraph' has the wrong type", id="bool paragraph"
        ),
        pytest.param(_with_doc(offset=1.5), "'offset' has the wrong type", id="float offset"),
        pytest.param(_with_doc(percent=140), "out of range", id="percent over 100"),
        pytest.param(_with_doc(paragraph=-1), "out of range", id="negative paragraph"),
        pytest.param(_with_doc(digest=7), "'digest' has the wrong type", id="digest a number"),
    ],
)
def test_corrupt_file_gives_empty_state_and_warning(
    store_path: Path, content: bytes, problem: str
) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(content)
    store = StateStore(store_path)
    assert store.load() == State()
    assert store.warning is not None
    assert problem in store.warning
    assert str(store_path) in store.warning
    assert "\n" not in store.warning
    assert store_path.read_bytes() == content, "a damaged file stays until the next save"


def test_valid_baseline_for_the_corrupt_cases(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(json.dumps(_valid()).encode())
    store = StateStore(store_path)
    assert store.load().doc("/a.txt") == DocState(1, 2, "original", 3, None)
    assert store.warning is None


def test_unknown_extra_fields_are_ignored(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(_with(window={"w": 80}))
    store = StateStore(store_path)
    assert store.load().doc("/a.txt").paragraph == 1
    assert store.warning is None


def test_directory_in_place_of_the_file(tmp_path: Path, store_path: Path) -> None:
    store_path.mkdir(parents=True)
    store = StateStore(store_path)
    assert store.load() == State()
    assert store.warning and "is a directory" in store.warning
    warning = store.save(_sample(tmp_path))
    assert warning and str(store_path) in warning and "\n" not in warning


def test_next_save_replaces_a_corrupt_file(tmp_path: Path, store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_text("{not json", encoding="utf-8")
    store = StateStore(store_path)
    state = store.load()
    state.remember(tmp_path / "a.txt", DocState(paragraph=4))
    assert store.save(state) is None
    assert StateStore(store_path).load().doc(tmp_path / "a.txt").paragraph == 4


def test_unwritable_location_warns(tmp_path: Path) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    warning = StateStore(blocker / "state.json").save(_sample(tmp_path))
    assert warning is not None and warning.startswith("Reading positions not saved")
    assert "\n" not in warning


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root")
def test_read_only_folder_warns(tmp_path: Path, store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.parent.chmod(0o500)
    try:
        warning = StateStore(store_path).save(_sample(tmp_path))
    finally:
        store_path.parent.chmod(0o700)
    assert warning and "Permission denied" in warning


def test_full_disk_warns_and_keeps_the_old_file(
    tmp_path: Path, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = StateStore(store_path)
    assert store.save(_sample(tmp_path)) is None
    before = store_path.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(state_module.os, "fsync", no_space)
    changed = store.load()
    changed.theme = "reader-paper"
    warning = store.save(changed)
    assert warning and "No space left on device" in warning
    assert store_path.read_bytes() == before
    assert sorted(p.name for p in store_path.parent.iterdir()) == ["state.json", "state.json.lock"]


def test_no_temporary_files_left(tmp_path: Path, store_path: Path) -> None:
    store = StateStore(store_path)
    for n in range(3):
        state = store.load()
        state.remember(tmp_path / "a.txt", DocState(paragraph=n))
        assert store.save(state) is None
    assert sorted(p.name for p in store_path.parent.iterdir()) == ["state.json", "state.json.lock"]


def test_two_instances_keep_each_others_documents(tmp_path: Path, store_path: Path) -> None:
    first, second = StateStore(store_path), StateStore(store_path)
    a, b = first.load(), second.load()
    a.remember(tmp_path / "甲.txt", DocState(paragraph=10))
    b.remember(tmp_path / "乙.txt", DocState(paragraph=20))
    assert first.save(a) is None
    assert second.save(b) is None
    merged = StateStore(store_path).load()
    assert merged.doc(tmp_path / "甲.txt").paragraph == 10
    assert merged.doc(tmp_path / "乙.txt").paragraph == 20


def test_last_writer_wins_for_the_same_document(tmp_path: Path, store_path: Path) -> None:
    first, second = StateStore(store_path), StateStore(store_path)
    a, b = first.load(), second.load()
    a.remember(tmp_path / "同.txt", DocState(paragraph=1))
    b.remember(tmp_path / "同.txt", DocState(paragraph=2))
    first.save(a)
    second.save(b)
    assert StateStore(store_path).load().doc(tmp_path / "同.txt").paragraph == 2
    first.save(a)  # unchanged since its last save: does not take the document back
    assert StateStore(store_path).load().doc(tmp_path / "同.txt").paragraph == 2
    a.remember(tmp_path / "同.txt", DocState(paragraph=3))
    first.save(a)
    assert StateStore(store_path).load().doc(tmp_path / "同.txt").paragraph == 3


def test_globals_changed_win_untouched_ones_keep_the_disk(tmp_path: Path, store_path: Path) -> None:
    first, second = StateStore(store_path), StateStore(store_path)
    a, b = first.load(), second.load()
    a.theme = "reader-night"
    b.original_view = True
    b.last_document = doc_key(tmp_path / "乙.txt")
    first.save(a)
    second.save(b)
    merged = StateStore(store_path).load()
    assert (merged.theme, merged.original_view, merged.last_document) == (
        "reader-night",
        True,
        doc_key(tmp_path / "乙.txt"),
    )
    a.theme = "reader-sepia"
    first.save(a)
    assert StateStore(store_path).load().theme == "reader-sepia"


def _hammer(path: str, worker: int, rounds: int) -> None:
    store = StateStore(Path(path))
    state = store.load()
    for n in range(rounds):
        state.remember(f"/news/{worker}.txt", DocState(paragraph=n))
        assert store.save(state) is None


def test_concurrent_processes_never_corrupt_the_file(store_path: Path) -> None:
    workers, rounds = 4, 25
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_hammer, args=(str(store_path), w, rounds)) for w in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    store = StateStore(store_path)
    state = store.load()
    assert store.warning is None
    assert {key: d.paragraph for key, d in state.documents.items()} == {
        doc_key(f"/news/{w}.txt"): rounds - 1 for w in range(workers)
    }
