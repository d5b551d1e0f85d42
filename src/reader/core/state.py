"""Reading state kept across runs: where each article was left, and the last session.

The state lives in ``state.json`` in :func:`reader.paths.state_dir`, as readable JSON::

    {
      "version": 1,
      "last_document": "/home/me/news/a.txt",
      "theme": "reader-paper",
      "original_view": false,
      "documents": {
        "/home/me/news/a.txt": {"paragraph": 12, "offset": 40, "rendering": "taiwan",
                                "percent": 35, "digest": "9f86d0…"}
      }
    }

Documents are keyed by their resolved path (:func:`doc_key`). Losing this file costs
nothing but positions, so reading it never raises: a damaged file gives an empty state
and a one-line warning. Saving is atomic (a temporary file, fsync, rename) and merges
with what another running instance may have written in the meantime.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from reader.paths import state_dir

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the atomic rename still prevents torn files.
    fcntl = None  # type: ignore[assignment]

VERSION = 1
FILE_NAME = "state.json"
# How long save() waits for another instance to finish its own save before going ahead.
LOCK_TIMEOUT = 2.0
# Age in seconds past which a temporary file is a killed save's leftover, not one in flight.
STALE_AFTER = 10.0


@dataclass
class DocState:
    """Where one article was left and how it was shown.

    Attributes:
        paragraph: Index of the paragraph at the top of the reading pane.
        offset: Character offset into that paragraph.
        rendering: The script rendering in use (one of ``reader.core.convert.RENDERINGS``).
        percent: How far through the article the reader got, 0-100, for the library list.
        digest: ``Document.digest`` of the text the position refers to.
    """

    paragraph: int = 0
    offset: int = 0
    rendering: str = "original"
    percent: int = 0
    digest: str | None = None


@dataclass
class State:
    """Everything remembered between runs.

    Attributes:
        documents: Per-article state, keyed by :func:`doc_key`.
        last_document: Key of the article open when the app last closed.
        theme: Name of the theme last chosen.
        original_view: Whether the original (uncleaned) text was on display.
    """

    documents: dict[str, DocState] = field(default_factory=dict)
    last_document: str | None = None
    theme: str | None = None
    original_view: bool = False

    def doc(self, path: str | os.PathLike[str], digest: str | None = None) -> DocState:
        """A copy of the state remembered for ``path``, or a fresh one.

        Pass the document's current ``digest`` when known: if the file changed since the
        position was saved, the position no longer means anything, so it starts again at
        the top, keeping only the rendering the reader chose.
        """
        saved = self.documents.get(doc_key(path))
        if saved is None:
            return DocState(digest=digest)
        if digest is not None and saved.digest is not None and saved.digest != digest:
            return DocState(rendering=saved.rendering, digest=digest)
        return replace(saved)

    def remember(self, path: str | os.PathLike[str], docstate: DocState) -> None:
        """Record ``docstate`` for ``path`` (a copy is stored)."""
        self.documents[doc_key(path)] = replace(docstate)


def doc_key(path: str | os.PathLike[str]) -> str:
    """The key an article's state is stored under: its resolved, absolute path."""
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):  # RuntimeError: a symbolic link loop (Python < 3.13)
        return os.path.abspath(path)


class CorruptState(ValueError):
    """The state file exists but does not hold state this version understands."""


class StateStore:
    """Loads and saves :class:`State` at ``path`` (``state_dir() / "state.json"`` by default).

    Attributes:
        path: The state file.
        warning: A one-line message about the last load that went wrong, for the app
            to show once; ``None`` when all was well.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else state_dir() / FILE_NAME
        self.warning: str | None = None
        # The state as last loaded or saved: save() uses it to tell what this instance
        # changed from what it merely carried along.
        self._base = State()

    def load(self) -> State:
        """The saved state; an empty one if there is none or it is damaged. Never raises."""
        self.warning = None
        try:
            state = self._read()
        except CorruptState as exc:
            self.warning = f"Reading positions not restored: {self.path}: {exc}"
            state = State()
        self._base = copy.deepcopy(state)
        return state

    def save(self, state: State) -> str | None:
        """Write ``state``, merged with what is on disk now; a one-line warning on failure.

        Another instance may have saved since this one loaded. For each article and each
        global setting, a value this instance changed since it last loaded or saved wins;
        values it did not touch keep what is on disk, so neither instance erases the
        other's positions.

        Safe to run in a worker thread while the app goes on changing ``state`` through
        :meth:`State.remember`: it works on a snapshot taken first.
        """
        # dict() copies in one step under the GIL, and remember() stores copies, so the
        # DocStates in the snapshot are never changed behind its back.
        state = State(
            documents=dict(state.documents),
            last_document=state.last_document,
            theme=state.theme,
            original_view=state.original_view,
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._locked():
                try:
                    disk = self._read()
                except CorruptState:
                    disk = State()  # replaced by this save, as the load warning said
                merged = _merge(self._base, state, disk)
                self._write(merged)
                self._clear_leftovers()
        except OSError as exc:
            return f"Reading positions not saved: {self.path}: {exc.strerror or exc}"
        self._base = copy.deepcopy(state)
        return None

    def _read(self) -> State:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return State()
        except IsADirectoryError:
            raise CorruptState("is a directory") from None
        except OSError as exc:
            raise CorruptState(exc.strerror or str(exc)) from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise CorruptState("not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise CorruptState(f"bad JSON at line {exc.lineno}, column {exc.colno}") from None
        return _parse(data)

    def _write(self, state: State) -> None:
        text = json.dumps(_dump(state), ensure_ascii=False, indent=2) + "\n"
        fd, tmp = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def _clear_leftovers(self) -> None:
        """Remove the temporary files of saves killed before their rename."""
        # Without this, every kill mid-save would leave a file in the state folder for good.
        cutoff = time.time() - STALE_AFTER
        for leftover in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the advisory lock on ``<state>.lock`` while reading, merging and writing."""
        if fcntl is None:
            yield
            return
        lock_path = self.path.with_name(self.path.name + ".lock")
        with open(lock_path, "a+b") as fh:
            deadline = time.monotonic() + LOCK_TIMEOUT
            locked = False
            while not locked:
                try:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    locked = True
                except BlockingIOError:
                    # A stuck instance must not stop this one saving: past the deadline,
                    # go ahead; the atomic rename still keeps the file whole.
                    if time.monotonic() > deadline:
                        break
                    time.sleep(0.02)
            try:
                yield
            finally:
                if locked:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _merge(base: State, ours: State, disk: State) -> State:
    """Three-way merge: what ``ours`` changed relative to ``base`` wins over ``disk``."""
    documents = dict(disk.documents)
    for key, doc in ours.documents.items():
        if key not in disk.documents or base.documents.get(key) != doc:
            documents[key] = doc
    globals_ = {}
    for name in ("last_document", "theme", "original_view"):
        mine = getattr(ours, name)
        globals_[name] = mine if mine != getattr(base, name) else getattr(disk, name)
    return State(documents=documents, **globals_)


def _dump(state: State) -> dict[str, Any]:
    return {
        "version": VERSION,
        "last_document": state.last_document,
        "theme": state.theme,
        "original_view": state.original_view,
        "documents": {key: asdict(doc) for key, doc in sorted(state.documents.items())},
    }


_DOC_TYPES: dict[str, tuple[type, ...]] = {
    "paragraph": (int,),
    "offset": (int,),
    "rendering": (str,),
    "percent": (int,),
    "digest": (str, type(None)),
}


def _parse(data: Any) -> State:
    """Check the decoded JSON field by field; any surprise makes the whole file corrupt."""
    if not isinstance(data, dict):
        raise CorruptState("not a JSON object")
    version = data.get("version")
    if version != VERSION:
        raise CorruptState(f"unknown version {version!r} (this reader writes {VERSION})")
    _expect(data, "last_document", (str, type(None)), "top level")
    _expect(data, "theme", (str, type(None)), "top level")
    _expect(data, "original_view", (bool,), "top level")
    docs = data.get("documents", {})
    if not isinstance(docs, dict):
        raise CorruptState("'documents' is not an object")
    documents: dict[str, DocState] = {}
    for key, entry in docs.items():
        if not isinstance(entry, dict):
            raise CorruptState(f"entry for {key!r} is not an object")
        values = {}
        for name, types in _DOC_TYPES.items():
            if name in entry:
                values[name] = _expect(entry, name, types, f"entry for {key!r}")
        doc = DocState(**values)
        if doc.paragraph < 0 or doc.offset < 0 or not 0 <= doc.percent <= 100:
            raise CorruptState(f"entry for {key!r} has a position out of range")
        documents[key] = doc
    return State(
        documents=documents,
        last_document=data.get("last_document"),
        theme=data.get("theme"),
        original_view=data.get("original_view", False),
    )


def _expect(data: dict[str, Any], name: str, types: tuple[type, ...], where: str) -> Any:
    if name not in data:
        return None
    value = data[name]
    # bool is a subclass of int; true is no paragraph number.
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
        raise CorruptState(f"{where}: {name!r} has the wrong type ({type(value).__name__})")
    return value
