"""Every text command on every hostile file, in a real process with a timeout.

A file is either shown faithfully (the cleaned text carries the file's own
characters, escape sequences included, and the JSON offsets point at them) or
refused with one line on stderr and exit status 1. Nothing hangs or prints a
traceback. The commands that read, clean and analyse a file run in a process of
their own with a time limit; the others reuse this process for speed.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import EXIT_OK, main
from reader.core.convert import RENDERINGS, fold
from tests.hostile.conftest import CASES, Case, Refused, Shown, cases

TIMEOUT = 20
COMMANDS = ("info", "clean", "convert", "actors", "quotes")


def run(
    args: list[str], cwd: Path | None = None, timeout: float = TIMEOUT
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, "-m", "reader", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            timeout=timeout,
            cwd=cwd,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"reader {' '.join(args[:1])} hung for {timeout} s")


def assert_refused(result: subprocess.CompletedProcess[str], reason: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines and lines[0].startswith("reader: ") and reason in lines[0], result.stderr
    # One line per message, and nothing a terminal would obey.
    assert all(ln.startswith("reader: ") or ln == "no matches" for ln in lines), lines
    assert "\x1b" not in result.stderr


def json_of(result: subprocess.CompletedProcess[str]) -> object:
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and "Traceback" not in result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("case", cases(Refused))
@pytest.mark.parametrize("command", COMMANDS)
def test_refused_files_get_one_line(hostile, case: Case, command: str) -> None:
    path = hostile(case)
    args = [command, str(path)] + (["--json"] if command != "convert" else [])
    assert_refused(run(args), case.expect.reason)


@pytest.mark.parametrize("case", cases(Refused))
def test_search_reports_refused_files(hostile, case: Case) -> None:
    result = run(["search", "特朗普", str(hostile(case)), "--json"])
    assert "Traceback" not in result.stderr
    if case.name == "directory-named-txt":
        # A folder is searched for articles; this one has none.
        assert result.returncode == 0 and json.loads(result.stdout) == []
        return
    assert result.returncode == 1
    assert result.stderr.splitlines()[0].startswith("reader: ")
    assert json.loads(result.stdout) == []
    assert "\x1b" not in result.stderr


def in_process(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run a command in this process (quicker); its stdout. It must succeed silently."""
    assert main(args) == EXIT_OK
    out, err = capsys.readouterr()
    assert err == ""
    return out


@pytest.mark.parametrize("case", cases(Shown))
def test_shown_files_are_faithful(hostile, capsys, case: Case) -> None:
    path = str(hostile(case))
    # In a process of its own, with a time limit: the file is read, cleaned and analysed.
    cleaned = run(["clean", path], timeout=case.timeout)
    assert cleaned.returncode == 0 and cleaned.stderr == "", cleaned.stderr
    text = cleaned.stdout[:-1] if cleaned.stdout.endswith("\n") else cleaned.stdout
    for fragment in case.expect.fragments:
        assert fragment in text
    actors = json_of(run(["actors", path, "--json"], timeout=case.timeout))
    for actor in actors:
        for m in actor["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]

    # The other commands on the same file, in this process (the analysis is cached).
    for quote in json.loads(in_process(["quotes", path, "--json"], capsys)):
        assert quote["text"] in text[quote["start"] : quote["end"]]
    (info,) = json.loads(in_process(["info", path, "--json"], capsys))
    assert info["path"] == path
    assert info["characters"] == sum(len(line.strip()) for line in text.split("\n"))
    edits = json.loads(in_process(["clean", path, "--json"], capsys))
    assert all(a["end"] <= b["start"] for a, b in itertools.pairwise(edits))
    for rendering in RENDERINGS[1:]:
        converted = in_process(["convert", "--to", rendering, path], capsys)
        for fragment in case.expect.fragments:
            # The fragments read the same in every script once folded.
            assert fold(fragment) in fold(converted), rendering
    if case.expect.fragments:
        query = case.expect.fragments[0]
        hits = json.loads(in_process(["search", query, path, "--json"], capsys))
        assert hits and all(text[h["start"] : h["end"]] == query for h in hits)


def test_leading_dash_needs_a_separator(hostile) -> None:
    """``-rf.txt`` is an option to argparse, as to every command; after ``--`` it is a file."""
    case = next(c for c in CASES if c.name == "name-with-leading-dash")
    path = hostile(case)
    bare = run(["info", path.name, "--json"], cwd=path.parent)
    assert bare.returncode == 2 and "Traceback" not in bare.stderr
    assert "required: FILE" in bare.stderr
    (info,) = json_of(run(["info", "--json", "--", path.name], cwd=path.parent))
    assert info["path"] == "-rf.txt" and info["characters"] > 0
