"""The ``actors``, ``quotes`` and ``export`` commands: the analysis core for scripts.

reader actors FILE... [--json]
reader quotes FILE... [--json]
reader export FILE... --format md|json|csv [-o OUT]
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Callable
from dataclasses import asdict

from reader.core.analysis import Analysis, actor_json, analyse
from reader.core.document import Document
from reader.core.lexicon import AliasFileError
from reader.core.library import printable
from reader.core.wrap import one_line

EXIT_OK, EXIT_UNREADABLE = 0, 1


def _analysed(files: list[str]) -> tuple[list[tuple[Document, Analysis]], int]:
    from reader.cli import _documents

    docs, status = _documents(files)
    out = []
    for doc in docs:
        try:
            out.append((doc, analyse(doc)))
        except AliasFileError as exc:  # a malformed user alias file
            print(f"reader: {exc}", file=sys.stderr)
            return out, EXIT_UNREADABLE
        except Exception as exc:  # a bug on odd text must not take the other files down
            name = printable(doc.path or "-")
            why = one_line(f"{type(exc).__name__}: {exc}", 200)
            print(f"reader: {name}: analysis failed ({why})", file=sys.stderr)
            status = EXIT_UNREADABLE
    return out, status


def cmd_actors(args: argparse.Namespace) -> int:
    from reader.cli import print_per_file

    results, status = _analysed(args.files)
    if args.json:
        print_per_file([(d.path, [actor_json(a) for a in r.actors]) for d, r in results])
        return status
    for doc, r in results:
        if len(results) > 1:
            print(f"== {doc.path}")
        for a in r.actors:
            aliases = "、".join(a.aliases)
            print(f"{a.count:4}  {a.type:6}  {a.name}" + (f"  ({aliases})" if aliases else ""))
    return status


def cmd_quotes(args: argparse.Namespace) -> int:
    from reader.cli import print_per_file

    results, status = _analysed(args.files)
    if args.json:
        print_per_file([(d.path, [asdict(q) for q in r.quotes]) for d, r in results])
        return status
    for doc, r in results:
        if len(results) > 1:
            print(f"== {doc.path}")
        for q in r.quotes:
            who = q.speaker or "—"
            print(f"¶{q.paragraph:<4} {q.kind:6}  {who}：{one_line(q.text, 80)}")
    return status


def _export_json(results: list[tuple[Document, Analysis]]) -> str:
    import json

    data = [{"title": d.title, "path": d.path, **r.to_json()} for d, r in results]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _export_md(results: list[tuple[Document, Analysis]]) -> str:
    out: list[str] = []
    for d, r in results:
        out += [f"# {_md_cell(d.title)}", "", f"Source: `{d.path}`", "", "## Actors", ""]
        out += ["| Name | Type | Mentions | Aliases |", "|---|---|---:|---|"]
        out += [
            f"| {_md_cell(a.name)} | {a.type} | {a.count} | {_md_cell('、'.join(a.aliases))} |"
            for a in r.actors
        ]
        out += ["", "## Quotes", ""]
        for q in r.quotes:
            who = q.speaker or "unattributed"
            out.append(f"- ¶{q.paragraph} ({q.kind}, {_md_cell(who)}): “{_md_cell(q.text)}”")
        out.append("")
    return "\n".join(out)


CSV_FIELDS = ("path", "title", "record", "name", "type", "aliases", "count", "text", "kind", "speaker", "paragraph", "start", "end")  # fmt: skip


def _export_csv(results: list[tuple[Document, Analysis]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for d, r in results:
        base = {"path": d.path, "title": d.title}
        for a in r.actors:
            w.writerow({**base, "record": "actor", "name": a.name, "type": a.type, "aliases": "|".join(a.aliases), "count": a.count})  # fmt: skip
        for q in r.quotes:
            w.writerow({**base, "record": "quote", "text": q.text, "kind": q.kind, "speaker": q.speaker or "", "paragraph": q.paragraph, "start": q.start, "end": q.end})  # fmt: skip
    return buf.getvalue()


EXPORTERS: dict[str, Callable[[list[tuple[Document, Analysis]]], str]] = {
    "md": _export_md,
    "json": _export_json,
    "csv": _export_csv,
}


def cmd_export(args: argparse.Namespace) -> int:
    results, status = _analysed(args.files)
    text = EXPORTERS[args.format](results)
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return status
    try:
        with open(args.output, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    except OSError as exc:
        print(f"reader: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return EXIT_UNREADABLE
    return status


def _configure_listing(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="articles ('-': stdin)")
    p.add_argument("--json", action="store_true", help="print JSON")


def _configure_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="articles ('-': stdin)")
    p.add_argument("--format", choices=tuple(EXPORTERS), default="md", help="output format")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable]] = {
    "actors": ("people, organisations and places of each file", _configure_listing, cmd_actors),
    "quotes": ("quotations of each file, with their speakers", _configure_listing, cmd_quotes),
    "export": ("write actors and quotes as Markdown, JSON or CSV", _configure_export, cmd_export),
}
