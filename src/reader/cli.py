"""Command line: subcommands call the core; with no subcommand, the app starts.

reader [PATH...]                 open the app (the bundled articles by default)
reader convert|clean|info ...    text tools for scripts, over the same core
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from reader.cli_analysis import COMMANDS as ANALYSIS_COMMANDS
from reader.cli_search import COMMANDS as SEARCH_COMMANDS
from reader.core.convert import RENDERINGS, render
from reader.core.document import Document, build, open_document
from reader.core.library import printable
from reader.core.loading import LoadError, decode
from reader.core.wrap import terminal_safe

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_per_file(per_doc: list[tuple[str | None, Any]]) -> None:
    """JSON for one file: its own value; for several: an object keyed by path."""
    if len(per_doc) == 1:
        _print_json(per_doc[0][1])
    else:
        _print_json({path: data for path, data in per_doc})


def _documents(paths: Sequence[str]) -> tuple[list[Document], int]:
    """Open every path; report those that fail on stderr and keep going."""
    docs: list[Document] = []
    status = EXIT_OK
    for path in paths:
        try:
            if path == "-":
                try:
                    text, encoding = decode(sys.stdin.buffer.read())
                except ValueError as exc:
                    raise LoadError("<stdin>", str(exc)) from None
                docs.append(build(text, path="-", encoding=encoding))
            else:
                docs.append(open_document(path))
        except LoadError as exc:
            # A file name may hold line breaks or escape sequences: one line, nothing obeyed.
            print(f"reader: {printable(exc.path)}: {exc.reason}", file=sys.stderr)
            status = EXIT_UNREADABLE
        except ValueError as exc:
            print(f"reader: {exc}", file=sys.stderr)
            status = EXIT_UNREADABLE
    return docs, status


def cmd_convert(args: argparse.Namespace) -> int:
    docs, status = _documents(args.files or ["-"])
    for doc in docs:
        text = doc.original if args.raw else doc.text
        sys.stdout.write(render(text, args.to).text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
    return status


def cmd_clean(args: argparse.Namespace) -> int:
    docs, status = _documents(args.files)
    if args.json:
        print_per_file(
            [
                (
                    doc.path,
                    [
                        {
                            "kind": e.kind,
                            "start": e.start,
                            "end": e.end,
                            "before": e.before,
                            "after": e.after,
                        }
                        for e in doc.cleaned.edits
                    ],
                )
                for doc in docs
            ]
        )
        return status
    for doc in docs:
        sys.stdout.write(doc.text if doc.text.endswith("\n") else doc.text + "\n")
    return status


def _info(doc: Document) -> dict[str, Any]:
    return {
        "path": doc.path,
        "title": doc.title,
        "encoding": doc.encoding,
        "script": doc.script.kind,
        "traditional_share": round(doc.script.traditional, 3),
        "simplified_share": round(doc.script.simplified, 3),
        "paragraphs": len(doc.paragraphs),
        "characters": doc.chars,
        "repairs": len(doc.cleaned.edits),
        "repairs_by_kind": doc.cleaned.counts(),
        "furniture_lines": sum(1 for p in doc.paragraphs if p.furniture),
    }


def cmd_info(args: argparse.Namespace) -> int:
    docs, status = _documents(args.files)
    infos = [_info(doc) for doc in docs]
    if args.json:
        _print_json(infos)
        return status
    for info in infos:
        print(info["path"])
        for key, value in info.items():
            if key != "path":
                print(f"  {key:18} {value}")
    return status


def _subcommands() -> dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable]]:
    def convert(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "files", nargs="*", metavar="FILE", help="files to convert ('-' or none: stdin)"
        )
        p.add_argument("--to", choices=RENDERINGS[1:], default="simplified", help="target script")
        p.add_argument("--raw", action="store_true", help="convert the text as it is, uncleaned")

    def clean(p: argparse.ArgumentParser) -> None:
        p.add_argument("files", nargs="+", metavar="FILE")
        p.add_argument("--json", action="store_true", help="print the repairs made, as JSON")

    def info(p: argparse.ArgumentParser) -> None:
        p.add_argument("files", nargs="+", metavar="FILE")
        p.add_argument("--json", action="store_true", help="print JSON")

    return {
        "convert": ("print the cleaned text in another script", convert, cmd_convert),
        "clean": ("print the cleaned text, or the repairs made", clean, cmd_clean),
        "info": ("title, script, size and repairs of each file", info, cmd_info),
        **ANALYSIS_COMMANDS,
        **SEARCH_COMMANDS,
    }


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read Chinese news in the terminal. With no command, open the app on PATHs "
        "(files or folders; the bundled articles by default).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, configure, handler) in _subcommands().items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        configure(p)
        p.set_defaults(handler=handler)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader", description="Open the reader app.")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to open")
    return parser


class _TerminalOut(io.TextIOBase):
    """Standard output on a terminal: article text shows its escape sequences, never sends them.

    Piped output stays byte for byte what the article holds.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and (argv[0] in _subcommands() or argv[0] in {"-h", "--help"}):
            args = build_parser().parse_args(argv)
            if not sys.stdout.isatty():
                return args.handler(args)
            stdout, sys.stdout = sys.stdout, _TerminalOut(sys.stdout)
            try:
                return args.handler(args)
            finally:
                sys.stdout = stdout
        app_args = build_app_parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    from reader.ui.app import run_app

    return run_app(app_args.paths)
