"""Durability: the reading state and the search index survive kills, rivals and full disks.

Processes are really killed (SIGKILL, mid-write), really run side by side, and the
app is really started over the damaged or unwritable files: whatever happens, the
files on disk stay whole, and the app starts and says in one line what went wrong.
"""

from __future__ import annotations

import asyncio
import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core import state as state_module
from reader.core.search import SearchIndex
from reader.core.state import FILE_NAME, DocState, State, StateStore, doc_key
from reader.paths import state_dir
from reader.ui.app import SAVE_DELAY, make_app

WIDE = (160, 50)

# A child that saves a growing state for ever, printing the number of each save
# that returned; killed from outside at some point of some save.
_SAVER = """
import sys
from reader.core.state import DocState, StateStore
store = StateStore()
state = store.load()
n = 0
while True:
    # A long key: the file grows by a line per save, so a write takes a while.
    state.remember(f"/新聞/{n:05d}-" + "長" * 200 + ".txt", DocState(paragraph=n, percent=n % 101))
    state.theme = f"theme-{n}"
    warning = store.save(state)
    assert warning is None, warning
    print(n, flush=True)
    n += 1
"""

# A child that, like a second reader, moves through one document saving as it goes.
_READER = """
import sys
from reader.core.state import DocState, StateStore
store = StateStore()
state = store.load()
name, rounds = sys.argv[1], int(sys.argv[2])
for n in range(rounds):
    state.remember(name, DocState(paragraph=n, offset=n, percent=n % 101))
    assert store.save(state) is None
"""

# A child that indexes a library, over and over, until killed.
_INDEXER = """
import os, sys
from pathlib import Path
from reader.core.search import SearchIndex
index = SearchIndex(Path(sys.argv[1]))
paths = [Path(p) for p in sys.argv[2:]]
print("open", flush=True)
while True:
    for p in paths:
        # Changed: every round re-indexes every file. Renamed into place: a kill
        # here must not leave a half-written article, which is not what is tested.
        tmp = p.with_suffix(".tmp")
        tmp.write_text(p.read_text(encoding="utf-8") + "又一段。\\n", encoding="utf-8")
        os.replace(tmp, p)
    index.update(paths)
    print("updated", flush=True)
"""


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),  # READER_HOME: this test's own home
    )


def _kill_after(
    proc: subprocess.Popen[str], lines: int, delay: float = 0.0, timeout: float = 60.0
) -> list[str]:
    """SIGKILL ``proc`` ``delay`` seconds after it prints its ``lines``-th line.

    Returns every line it printed.
    """
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while len(seen) < lines:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"child ended early: {proc.stderr.read()[-2000:]}")
        seen.append(line.strip())
        assert time.monotonic() < deadline, "child too slow"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    rest, _err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return seen + rest.split()


# ----- the reading state ------------------------------------------------------------


@pytest.mark.parametrize(
    "saves",
    [
        pytest.param(1, id="killed-in-the-second-save"),
        pytest.param(25, id="killed-after-25-saves"),
        pytest.param(120, id="killed-after-120-saves"),
    ],
)
def test_state_killed_mid_save_loses_at_most_the_save_in_flight(saves: int) -> None:
    printed = _kill_after(_child(_SAVER), saves)
    last = int(printed[-1])
    store = StateStore()
    state = store.load()
    assert store.warning is None, store.warning
    # The file holds the last save that returned, or the one under way when killed.
    held = len(state.documents)
    assert held in (last + 1, last + 2), (held, last)
    assert state.theme == f"theme-{held - 1}"
    assert sorted(d.paragraph for d in state.documents.values()) == list(range(held))
    # What is left of the interrupted save does not stop the next one.
    state.remember("/新聞/next.txt", DocState(paragraph=7))
    assert store.save(state) is None
    assert StateStore().load().doc("/新聞/next.txt").paragraph == 7


def test_a_later_save_clears_what_killed_saves_left_behind() -> None:
    # Killed mid-save again and again: leftovers would pile up in the user's state folder.
    for saves in (3, 9, 27):
        _kill_after(_child(_SAVER), saves)
    folder = state_dir()
    leftover = folder / f".{FILE_NAME}.killed.tmp"
    leftover.write_text('{"version": 1', encoding="utf-8")
    in_flight = folder / f".{FILE_NAME}.another.tmp"
    in_flight.write_text('{"version": 1', encoding="utf-8")
    # Time passes for every file but the one another instance is writing right now.
    old = time.time() - 2 * state_module.STALE_AFTER
    for path in folder.glob(f".{FILE_NAME}.*.tmp"):
        if path != in_flight:
            os.utime(path, (old, old))
    store = StateStore()
    assert store.save(store.load()) is None
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [FILE_NAME, f"{FILE_NAME}.lock", in_flight.name]
    )


def test_two_readers_saving_at_once_keep_both_positions() -> None:
    rounds = 40
    names = ["/新聞/台灣.txt", "/新聞/香港.txt"]
    procs = [_child(_READER, name, str(rounds)) for name in names]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    store = StateStore()
    state = store.load()
    assert store.warning is None
    assert {k: (d.paragraph, d.offset) for k, d in state.documents.items()} == {
        doc_key(name): (rounds - 1, rounds - 1) for name in names
    }


def test_a_killed_reader_does_not_take_the_others_positions() -> None:
    first = _child(_READER, "/新聞/甲.txt", "30")
    _out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    _kill_after(_child(_SAVER), 10)
    state = StateStore().load()
    assert state.doc("/新聞/甲.txt").paragraph == 29


# ----- the app over a state it cannot read or write ---------------------------------


def _notifications(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _settle(app, pilot) -> None:
    for _ in range(400):
        if app.document is not None:
            break
        await pilot.pause(0.02)
    await pilot.pause()


async def _wait_for_notification(app, pilot, text: str, timeout: float = 10.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while not any(text in n for n in _notifications(app)):
        assert time.monotonic() < deadline, f"no notification with {text!r}: {_notifications(app)}"
        await pilot.pause(0.05)
    return [n for n in _notifications(app) if text in n]


def _file_in_place_of_the_folder() -> None:
    state_dir().parent.mkdir(parents=True, exist_ok=True)
    state_dir().write_text("a file where the state folder should be", encoding="utf-8")


def _read_only_folder() -> None:
    state_dir().mkdir(parents=True)
    state_dir().chmod(0o500)


@pytest.mark.parametrize(
    ("make_unwritable", "reason"),
    [
        pytest.param(_file_in_place_of_the_folder, "File exists", id="file-instead-of-folder"),
        pytest.param(
            _read_only_folder,
            "Permission denied",
            id="read-only-folder",
            marks=pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root"),
        ),
    ],
)
def test_unwritable_state_is_reported_once_and_the_app_reads_on(make_unwritable, reason) -> None:
    make_unwritable()

    async def run() -> None:
        app = make_app([])
        async with app.run_test(size=WIDE) as pilot:
            await _settle(app, pilot)
            assert app.document is not None
            await pilot.press("space")
            warnings = await _wait_for_notification(app, pilot, "Reading positions not saved")
            await pilot.press("space", "space")
            await pilot.pause(2.5)  # past the next save
            assert [n for n in _notifications(app) if "not saved" in n] == warnings
            assert len(warnings) == 1 and "\n" not in warnings[0] and reason in warnings[0]
            await pilot.press("q")
        assert app.return_code == 0

    try:
        asyncio.run(run())
    finally:
        if state_dir().is_dir():
            state_dir().chmod(0o700)


@pytest.mark.parametrize("call", ["replace", "fsync"])
def test_full_disk_is_reported_and_the_saved_state_kept(
    call: str, monkeypatch: pytest.MonkeyPatch, seed_paths: list[Path]
) -> None:
    saved = State(theme="reader-night")
    saved.remember(seed_paths[0], DocState(paragraph=3))
    assert StateStore().save(saved) is None
    folder = state_dir()
    before: list[bytes] = []

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    async def run() -> None:
        app = make_app([])
        async with app.run_test(size=WIDE) as pilot:
            await _settle(app, pilot)
            await pilot.pause(SAVE_DELAY + 0.5)  # the save that opening the app asks for
            await app.workers.wait_for_complete()
            before.append((folder / FILE_NAME).read_bytes())
            # The disk fills up while the app runs.
            with monkeypatch.context() as full:
                full.setattr(state_module.os, call, no_space)
                await pilot.press("space")
                warnings = await _wait_for_notification(app, pilot, "Reading positions not saved")
                assert len(warnings) == 1 and "No space left on device" in warnings[0]
                await pilot.press("q")
        assert app.return_code == 0

    asyncio.run(run())
    assert [(folder / FILE_NAME).read_bytes()] == before
    assert sorted(p.name for p in folder.iterdir()) == [FILE_NAME, f"{FILE_NAME}.lock"]


def _truncated_json() -> bytes:
    state = State(theme="reader-sepia")
    state.remember("/新聞/甲.txt", DocState(paragraph=5, percent=40))
    text = json.dumps(state_module._dump(state), ensure_ascii=False, indent=2).encode()
    return text[: len(text) // 2]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        pytest.param(os.urandom(64) + b"\xff\xfe", "not UTF-8", id="garbage-bytes"),
        pytest.param(_truncated_json(), "bad JSON", id="truncated-json"),
        pytest.param(b"", "bad JSON", id="empty-file"),
        pytest.param(b'{"version": 99, "documents": {}}', "unknown version 99", id="wrong-version"),
        pytest.param(b"[1, 2, 3]", "not a JSON object", id="not-an-object"),
        pytest.param(
            b'{"version": 1, "documents": {"/a.txt": {"paragraph": "\xe5\x8d\x81"}}}',
            "wrong type",
            id="wrong-type",
        ),
    ],
)
def test_corrupt_state_starts_empty_with_one_warning(content: bytes, says: str) -> None:
    state_dir().mkdir(parents=True)
    (state_dir() / FILE_NAME).write_bytes(content)

    async def run() -> None:
        app = make_app([])
        async with app.run_test(size=WIDE) as pilot:
            await _settle(app, pilot)
            assert app.document is not None
            assert app.query_one("ReadingPane").position == (0, 0)
            warnings = [n for n in _notifications(app) if "Reading positions" in n]
            assert len(warnings) == 1 and says in warnings[0] and "\n" not in warnings[0]

    asyncio.run(run())


# ----- the search index -------------------------------------------------------------


def _library(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"{n:03d}.txt"
        script = "美國" if n % 2 else "美国"
        path.write_text(f"第{n}篇\n{script}新聞第{n}號，記者說。\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize(
    ("updates", "delay"),
    [
        pytest.param(0, 0.0, id="killed-as-the-first-update-starts"),
        pytest.param(0, 0.6, id="killed-inside-the-first-update"),
        pytest.param(2, 0.1, id="killed-while-files-change"),
        pytest.param(2, 0.4, id="killed-inside-a-later-update"),
    ],
)
def test_index_killed_mid_update_is_usable_or_rebuilt(
    tmp_path: Path, updates: int, delay: float
) -> None:
    paths = _library(tmp_path / "library", 150)
    index_path = tmp_path / "index" / "search.sqlite3"
    proc = _child(_INDEXER, str(index_path), *map(str, paths))
    _kill_after(proc, 1 + updates, delay)
    with SearchIndex(index_path) as index:
        assert index.notice is None or (
            index.notice.startswith("search index rebuilt") and "\n" not in index.notice
        )
        report = index.update(paths)
        assert not report.errors
        hits = index.search("美国", limit=None)
        assert len(hits) == len(paths)
        assert {h.path for h in hits} == set(paths)
        assert index._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
