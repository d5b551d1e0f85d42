"""Search across the library: a SQLite FTS5 index over the cleaned articles.

The index holds, per file, the cleaned text the reader shows (through
:func:`reader.core.document.open_document`) and its fold (traditional →
simplified, lower case; see :func:`reader.core.convert.fold`), so matching
ignores script and case exactly as search inside an article does.

Two FTS5 tables find candidate documents, and every candidate is checked
against its stored fold, so the answer is always exact:

- ``tri``: the ``trigram`` tokenizer over the fold; a query of three or more
  characters asks for all of its trigrams.
- ``grams``: every distinct character and character pair of each paragraph,
  for queries of one or two characters, which trigrams cannot answer.

Both are contentless with ``detail=none`` (no positions): the check against
the fold replaces phrase matching, and the index stays a fraction of the size.

The file is a cache. When it is missing, damaged (not a database, truncated,
corrupt) or was written by another version, it is rebuilt and
:attr:`SearchIndex.notice` says so. Writes happen in transactions, in WAL mode
with a busy timeout, so several processes can share one index.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import itertools
import os
import sqlite3
import stat
import threading
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from reader.core import cleaning, convert, document, loading, script
from reader.core.convert import fold
from reader.core.document import Document, open_document
from reader.core.loading import LoadError
from reader.core.wordlists import words
from reader.paths import cache_dir

__all__ = ["DocHits", "Hit", "SearchIndex", "UpdateReport"]

# Bump when the tables or what is stored in them change.
SCHEMA_VERSION = 3
INDEX_NAME = "search.sqlite3"
# Characters of context each side of a hit in a snippet.
SNIPPET_CONTEXT = 20
BUSY_TIMEOUT = 10.0  # seconds to wait for another process's write
MMAP_SIZE = 1 << 30
_BATCH = 64  # documents per write transaction
_WIDE = "utf-32-le"  # how the text is stored: four bytes a character
_CHUNK = 32  # documents read per query while searching
_MAX_TRIGRAMS = 8  # a query's trigrams asked of the index; the check does the rest
_DAMAGE = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


# Not frozen: a query builds thousands, and a frozen dataclass takes four
# times as long to construct.
@dataclass(slots=True)
class Hit:
    """One match in a document.

    ``start``/``end`` are offsets into the document's cleaned text;
    ``snippet[snippet_start:snippet_end]`` is the match inside the snippet.
    """

    paragraph: int
    start: int
    end: int
    snippet: str
    snippet_start: int
    snippet_end: int


@dataclass(frozen=True, slots=True)
class DocHits:
    """The matches in one document: how many, and the first few with snippets."""

    path: Path
    title: str
    count: int
    hits: tuple[Hit, ...]


@dataclass
class UpdateReport:
    """What an :meth:`SearchIndex.update` did."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    errors: list[LoadError] = field(default_factory=list)
    rebuilt: bool = False  # the index was damaged or outdated and started afresh
    notice: str | None = None  # one line saying why it was rebuilt
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class _Known:
    id: int
    size: int
    mtime_ns: int
    hash: str


class _Damaged(Exception):
    """The index file is unusable and must be started afresh."""


def _fingerprint() -> str:
    """What the stored text depends on: the loading, cleaning, script and folding code.

    A change in any of them changes the cleaned text or its fold, and stored
    offsets would no longer match what the reader shows.
    """
    h = hashlib.sha256(f"{SCHEMA_VERSION}|opencc {metadata.version('opencc')}".encode())
    for module in (loading, cleaning, script, document, convert):
        try:
            h.update(Path(module.__file__ or "").read_bytes())
        except OSError:
            h.update(module.__name__.encode())
    # The cleaner keeps names after roles as written: its word lists shape the text too.
    for name in ("titles", "surnames"):
        h.update(repr(words(name)).encode())
    return h.hexdigest()[:32]


def _pack_spans(doc: Document) -> bytes:
    """Paragraph starts and ends, stored as one blob: reading it back is one copy."""
    return array("i", [x for p in doc.paragraphs for x in (p.start, p.end)]).tobytes()


def _unpack_spans(blob: bytes) -> tuple[array, array]:
    """``(starts, ends)`` of the paragraphs from :func:`_pack_spans`."""
    spans = array("i")
    spans.frombytes(blob)
    return spans[0::2], spans[1::2]


def _gram_tokens(folded: str, spans: bytes) -> str:
    """The characters and character pairs of each paragraph, as index tokens.

    FTS5's own tokenizers drop punctuation and spaces, so each gram is spelled
    as the hex code points of its characters (``4e2dx6587`` for 中文).
    """
    chars: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for start, end in zip(*_unpack_spans(spans), strict=True):
        p = folded[start:end]
        chars.update(p)
        pairs.update(itertools.pairwise(p))
    spelled = {c: f"{ord(c):x}" for c in chars}
    return " ".join([*spelled.values(), *(f"{spelled[a]}x{spelled[b]}" for a, b in pairs)])


def _gram_token(gram: str) -> str:
    return "x".join(f"{ord(c):x}" for c in gram)


def _quote(text: str) -> str:
    """``text`` as an FTS5 string: every character literal."""
    return '"' + text.replace('"', '""') + '"'


def _trigram_query(needle: str) -> str:
    grams = [needle[i : i + 3] for i in range(len(needle) - 2)]
    if len(grams) > _MAX_TRIGRAMS:
        step = (len(grams) - 1) / (_MAX_TRIGRAMS - 1)
        grams = [grams[round(k * step)] for k in range(_MAX_TRIGRAMS)]
    return " AND ".join(_quote(g) for g in dict.fromkeys(grams))


def _needle(query: str) -> str | None:
    if not query.strip() or "\n" in query:
        return None
    return fold(query)


def _file_hash(path: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    # Non-blocking, like loading: a FIFO swapped in for the file must not hang.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class SearchIndex:
    """The library's full-text index, kept in ``cache_dir() / "search.sqlite3"`` by default.

    Call :meth:`update` with the library's files (it indexes what is new or
    changed and drops what is gone), then :meth:`search`. One object may be
    shared between threads.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else cache_dir() / INDEX_NAME
        #: One line saying the index was rebuilt and why, or None.
        self.notice: str | None = None
        self._lock = threading.RLock()
        self._paths: list[Path] = []
        # Document id → (position in the last update's list, path as given).
        self._scope: dict[int, tuple[int, Path]] | None = None
        self._scope_sorted = True
        self._conn = self._open()

    # -- opening and recovery -------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            # A query reads a few MB of stored text; mapping the file saves a
            # system call per page.
            conn.execute(f"PRAGMA mmap_size={MMAP_SIZE}")
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def _open(self) -> sqlite3.Connection:
        try:
            conn = self._connect()
            try:
                self._check_pages(conn)
                reason = self._prepare(conn)
            except BaseException:
                conn.close()
                raise
        except (sqlite3.DatabaseError, _Damaged) as exc:
            if isinstance(exc, sqlite3.DatabaseError) and not _is_damage(exc):
                raise
            self._discard_files()
            conn = self._connect()
            self._prepare(conn)
            reason = f"the file was damaged ({exc})"
        if reason:
            self.notice = f"search index rebuilt: {reason}"
        return conn

    def _check_pages(self, conn: sqlite3.Connection) -> None:
        """Catch a truncated file now rather than at some later query."""
        try:
            with open(self.path, "rb") as fh:
                header = fh.read(100)
            size = self.path.stat().st_size
        except OSError:
            return
        if len(header) < 100 or header[24:28] != header[92:96]:
            return  # new, or the header's page count is not maintained
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if int.from_bytes(header[28:32], "big") * page_size <= size:
            return
        # The file looks short; another process may be mid-checkpoint, so
        # only a failed check in a consistent snapshot counts as damage.
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        if rows != [("ok",)]:
            raise _Damaged("truncated")

    def _prepare(self, conn: sqlite3.Connection) -> str | None:
        """Create or check the tables; returns why they had to be replaced, if they did."""
        fingerprint = _fingerprint()
        conn.execute("BEGIN IMMEDIATE")
        try:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            reason = None
            if names:
                meta = dict(conn.execute("SELECT key, value FROM meta")) if "meta" in names else {}
                if meta.get("schema") != str(SCHEMA_VERSION):
                    reason = "it was written by another version"
                elif meta.get("fingerprint") != fingerprint:
                    reason = "the text normalisation changed"
                else:
                    conn.execute("COMMIT")
                    return None
                _drop_all(conn)
            _create(conn, fingerprint)
            conn.execute("COMMIT")
            return reason
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _discard_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")

    def _reset(self, exc: BaseException) -> None:
        """Start afresh after finding the file damaged while using it."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        self._discard_files()
        self._conn = self._connect()
        self._prepare(self._conn)
        self._scope = None
        self.notice = f"search index rebuilt: the file was damaged ({exc})"

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- updating -------------------------------------------------------------

    def update(self, paths: Iterable[Path], cancel: threading.Event | None = None) -> UpdateReport:
        """Bring the index up to date with the files ``paths``.

        New files are indexed, changed ones re-indexed, and indexed files that
        no longer exist dropped; files in the index but not in ``paths`` are
        kept (another view of the library may use them), but :meth:`search`
        then looks only at ``paths``. A file whose size and modification time
        are unchanged is not read; one whose content hash is unchanged is not
        re-indexed. Files that cannot be read are listed in ``errors``.
        Setting ``cancel`` stops at the next file; what was done is kept.
        """
        paths = [Path(p) for p in paths]
        self._paths = paths
        try:
            report = self._update(paths, cancel)
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                raise
            with self._lock:
                self._reset(exc)
            report = self._update(paths, cancel)
        if self.notice:
            report.rebuilt, report.notice = True, self.notice
        return report

    def _update(self, paths: list[Path], cancel: threading.Event | None) -> UpdateReport:
        report = UpdateReport()
        with self._lock:
            known = {
                row[0]: _Known(*row[1:])
                for row in self._conn.execute("SELECT path, id, size, mtime_ns, hash FROM docs")
            }
        listed: dict[str, Path] = {}
        pending: list[tuple] = []
        for raw in paths:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            key = os.path.abspath(raw)
            if key in listed:
                continue
            listed[key] = raw
            op = self._examine(raw, key, known.get(key), report)
            if op is not None:
                pending.append(op)
            if len(pending) >= _BATCH:
                self._write(pending)
                pending = []
        if not report.cancelled:
            gone = [k for k in known if k not in listed and not os.path.exists(k)]
            pending.extend(("remove", k) for k in gone)
            report.removed += len(gone)
        self._write(pending)
        with self._lock:
            ids = dict(self._conn.execute("SELECT path, id FROM docs"))
        self._scope = {
            ids[key]: (order, raw) for order, (key, raw) in enumerate(listed.items()) if key in ids
        }
        # Usually the library is listed in the order it was first indexed, and
        # the index's own order needs no sorting.
        self._scope_sorted = all(a < b for a, b in itertools.pairwise(self._scope))
        return report

    def _examine(
        self, raw: Path, key: str, known: _Known | None, report: UpdateReport
    ) -> tuple | None:
        """What to write for one file, counting it in ``report``."""
        try:
            st = os.stat(raw)
        except OSError:
            st = None
        if known and st and (known.size, known.mtime_ns) == (st.st_size, st.st_mtime_ns):
            report.unchanged += 1
            return None
        try:
            if st is None or not stat.S_ISREG(st.st_mode):
                open_document(raw)  # raises LoadError saying why
                raise LoadError(raw, "not a regular file")
            digest = _file_hash(str(raw))
            if known and digest == known.hash:
                report.unchanged += 1
                return ("touch", key, st.st_size, st.st_mtime_ns)
            doc = open_document(raw)
        except (LoadError, OSError) as exc:
            if not isinstance(exc, LoadError):
                exc = LoadError(raw, (exc.strerror or str(exc)).lower())
            report.errors.append(exc)
            if known:
                report.removed += 1
                return ("remove", key)
            return None
        if known:
            report.changed += 1
        else:
            report.added += 1
        return ("put", key, st.st_size, st.st_mtime_ns, digest, doc)

    def _write(self, ops: list[tuple]) -> None:
        """Apply ``ops`` in one transaction."""
        if not ops:
            return
        rows = [(op, _stored(op[5])) if op[0] == "put" else (op, None) for op in ops]
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                for op, stored in rows:
                    kind, key = op[0], op[1]
                    if kind == "touch":
                        conn.execute(
                            "UPDATE docs SET size=?, mtime_ns=? WHERE path=?", (op[2], op[3], key)
                        )
                        continue
                    doc_id = _unindex(conn, key)
                    if kind == "remove":
                        if doc_id is not None:
                            conn.execute("DELETE FROM docs WHERE id=?", (doc_id,))
                        continue
                    _, _, size, mtime_ns, digest, _doc = op
                    title, text, folded, paragraphs = stored
                    values = (size, mtime_ns, digest, title, text, folded, paragraphs)
                    if doc_id is None:
                        doc_id = conn.execute(
                            "INSERT INTO docs(size, mtime_ns, hash, title, text, folded, "
                            "paragraphs, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            (*values, key),
                        ).lastrowid
                    else:
                        conn.execute(
                            "UPDATE docs SET size=?, mtime_ns=?, hash=?, title=?, text=?, "
                            "folded=?, paragraphs=? WHERE id=?",
                            (*values, doc_id),
                        )
                    _index(conn, doc_id, folded, paragraphs)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    # -- searching ------------------------------------------------------------

    def search(
        self, query: str, *, limit: int | None = 200, hits_per_doc: int | None = 10
    ) -> list[DocHits]:
        """Documents containing ``query``, with their number of hits and the first hits.

        The query is plain text (FTS5 syntax is matched literally), folded like
        the text. Only the files of the last :meth:`update` are searched (all
        indexed files before any update), in that update's order. ``limit``
        caps the documents and ``hits_per_doc`` the hits listed for each
        (``count`` is always the full number); None means no cap.
        """
        needle = _needle(query)
        if needle is None or limit == 0:
            return []
        try:
            with self._lock:
                return self._search(needle, limit, hits_per_doc)
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                raise
            with self._lock:
                self._reset(exc)
            self.update(self._paths)
            with self._lock:
                return self._search(needle, limit, hits_per_doc)

    def _search(self, needle: str, limit: int | None, hits_per_doc: int | None) -> list[DocHits]:
        out: list[DocHits] = []
        scope = self._scope
        for chunk in self._candidates(needle):
            marks = ",".join("?" * len(chunk))
            rows = {
                r[0]: r[1:]
                for r in self._conn.execute(
                    "SELECT id, path, title, text, folded, paragraphs FROM docs "
                    f"WHERE id IN ({marks})",
                    chunk,
                )
            }
            for doc_id in chunk:
                if doc_id not in rows:
                    continue
                path, title, text, folded, paragraphs = rows[doc_id]
                shown = scope[doc_id][1] if scope is not None else Path(path)
                found = _doc_hits(shown, title, text, folded, paragraphs, needle, hits_per_doc)
                if found is not None:
                    out.append(found)
                    if limit is not None and len(out) >= limit:
                        return out
        return out

    def _candidates(self, needle: str) -> Iterator[list[int]]:
        """Ids of documents that may hold ``needle``, in the library's order, a chunk at a time."""
        if len(needle) >= 3:
            sql, match = "SELECT rowid FROM tri WHERE tri MATCH ?", _trigram_query(needle)
        else:
            sql, match = "SELECT rowid FROM grams WHERE grams MATCH ?", _quote(_gram_token(needle))
        cursor = self._conn.execute(sql, (match,))
        scope = self._scope
        if scope is not None and not self._scope_sorted:
            ids = sorted((r[0] for r in cursor if r[0] in scope), key=lambda i: scope[i][0])
            yield from _chunks(ids, _CHUNK)
            return
        # FTS5 yields rowids in ascending order, which is the library's order
        # here: read only as far as the caller needs.
        while rows := cursor.fetchmany(_CHUNK):
            ids = [r[0] for r in rows if scope is None or r[0] in scope]
            if ids:
                yield ids


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    return getattr(exc, "sqlite_errorcode", None) in _DAMAGE


def _create(conn: sqlite3.Connection, fingerprint: str) -> None:
    conn.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE docs(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, "
        "size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, hash TEXT NOT NULL, "
        "title TEXT NOT NULL, text BLOB NOT NULL, folded TEXT NOT NULL, "
        "paragraphs BLOB NOT NULL)"
    )
    # The fold is lower case already, and the check needs exact trigrams.
    conn.execute(
        "CREATE VIRTUAL TABLE tri USING fts5(folded, content='', detail=none, "
        "tokenize='trigram case_sensitive 1')"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE grams USING fts5(tokens, content='', detail=none, "
        "tokenize='unicode61')"
    )
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        [("schema", str(SCHEMA_VERSION)), ("fingerprint", fingerprint)],
    )


def _drop_all(conn: sqlite3.Connection) -> None:
    """Drop every table, virtual ones first (their shadow tables go with them)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    rows.sort(key=lambda r: not (r[1] or "").upper().startswith("CREATE VIRTUAL"))
    for name, _sql in rows:
        conn.execute(f'DROP TABLE IF EXISTS "{name.replace(chr(34), chr(34) * 2)}"')


def _stored(doc: Document) -> tuple[str, bytes, str, bytes]:
    """What the index keeps of a document: title, text, fold and paragraph spans.

    The text is only ever read in snippets, so it is kept in UTF-32, where
    character ``i`` is at byte ``4 * i``: a snippet is decoded without
    decoding the whole article.
    """
    # FTS5 reads text up to its first NUL: one would hide the rest of the article
    # from the index. Same length, so offsets in the fold stay offsets in the text.
    folded = fold(doc.text).replace("\x00", "\ufffd")
    return doc.title, doc.text.encode(_WIDE), folded, _pack_spans(doc)


def _index(conn: sqlite3.Connection, doc_id: int, folded: str, paragraphs: bytes) -> None:
    conn.execute("INSERT INTO tri(rowid, folded) VALUES (?, ?)", (doc_id, folded))
    conn.execute(
        "INSERT INTO grams(rowid, tokens) VALUES (?, ?)", (doc_id, _gram_tokens(folded, paragraphs))
    )


def _unindex(conn: sqlite3.Connection, key: str) -> int | None:
    """Remove the FTS entries of the document at ``key``; its id, if it was indexed."""
    row = conn.execute("SELECT id, folded, paragraphs FROM docs WHERE path=?", (key,)).fetchone()
    if row is None:
        return None
    doc_id, folded, paragraphs = row
    # Contentless tables forget a row only when given exactly what was indexed.
    conn.execute("INSERT INTO tri(tri, rowid, folded) VALUES ('delete', ?, ?)", (doc_id, folded))
    conn.execute(
        "INSERT INTO grams(grams, rowid, tokens) VALUES ('delete', ?, ?)",
        (doc_id, _gram_tokens(folded, paragraphs)),
    )
    return doc_id


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _doc_hits(
    path: Path,
    title: str,
    text: bytes,
    folded: str,
    paragraphs: bytes,
    needle: str,
    hits_per_doc: int | None,
) -> DocHits | None:
    """The hits of ``needle`` in one stored document, or None if it has none."""
    starts, ends = _unpack_spans(paragraphs)
    hits: list[Hit] = []
    count = 0
    i = folded.find(needle)
    while i >= 0:
        k = bisect.bisect_right(starts, i) - 1
        end = i + len(needle)
        # A match must lie inside one paragraph, as in the article view.
        if k >= 0 and end <= ends[k]:
            count += 1
            if hits_per_doc is None or len(hits) < hits_per_doc:
                hits.append(_hit(text, k, starts[k], ends[k], i, end))
            elif needle == needle.strip():
                # Without spaces at its edges a match cannot leave its
                # paragraph, so the rest can simply be counted.
                count += folded.count(needle, end)
                break
            i = folded.find(needle, end)
        else:
            i = folded.find(needle, i + 1)
    if not count:
        return None
    return DocHits(path, title, count, tuple(hits))


def _hit(text: bytes, paragraph: int, p_start: int, p_end: int, start: int, end: int) -> Hit:
    a = max(p_start, start - SNIPPET_CONTEXT)
    b = min(p_end, end + SNIPPET_CONTEXT)
    before = "…" if a > p_start else ""
    after = "…" if b < p_end else ""
    snippet = before + text[a * 4 : b * 4].decode(_WIDE) + after
    offset = len(before) + start - a
    return Hit(paragraph, start, end, snippet, offset, offset + end - start)
