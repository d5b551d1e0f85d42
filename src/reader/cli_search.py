"""The ``search`` command: the library index for scripts.

reader search QUERY [PATH...] [--json]

The index is brought up to date first (the same one, and the same cleaned
text, as the app's), then searched in either script and any case.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable

from reader.core.library import discover, printable
from reader.core.search import DocHits, SearchIndex

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2
# Hits listed per document in the readable output; --json lists them all.
SHOWN_HITS = 5


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", metavar="QUERY", help="text to find (either script, any case)")
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (.txt and .md inside); default: the bundled articles",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object per hit")


def cmd_search(args: argparse.Namespace) -> int:
    if not args.query.strip() or "\n" in args.query:
        print("reader search: the query is empty or spans lines", file=sys.stderr)
        return EXIT_USAGE
    status = EXIT_OK
    files = []
    for entry in discover(args.paths):
        if entry.error:
            print(f"reader: {printable(str(entry.path))}: {entry.error}", file=sys.stderr)
            status = EXIT_UNREADABLE
        else:
            files.append(entry.path)
    try:
        with SearchIndex() as index:
            report = index.update(files)
            results = index.search(args.query, limit=None, hits_per_doc=None)
    except (sqlite3.Error, OSError) as exc:  # e.g. the cache folder is not writable
        print(f"reader: search index: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    if report.notice:
        print(f"reader: {report.notice}", file=sys.stderr)
    for error in report.errors:
        print(f"reader: {printable(error.path)}: {error.reason}", file=sys.stderr)
        status = EXIT_UNREADABLE
    if not results:
        print("no matches", file=sys.stderr)
    if args.json:
        _print_json(results)
    else:
        _print_text(results)
    return status


def _print_json(results: list[DocHits]) -> None:
    hits = [
        {
            "path": str(doc.path),
            "title": doc.title,
            "paragraph": hit.paragraph,
            "start": hit.start,
            "end": hit.end,
            "snippet": hit.snippet,
        }
        for doc in results
        for hit in doc.hits
    ]
    json.dump(hits, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_text(results: list[DocHits]) -> None:
    for doc in results:
        print(f"{doc.path}  {doc.title}  ({doc.count} {'match' if doc.count == 1 else 'matches'})")
        for hit in doc.hits[:SHOWN_HITS]:
            print(f"  ¶{hit.paragraph + 1}  {hit.snippet}")
        if doc.count > SHOWN_HITS:
            print(f"  … and {doc.count - SHOWN_HITS} more")


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable]] = {
    "search": ("find text in articles, in either script", _configure, cmd_search),
}
