"""On a terminal the CLI shows an article's escape sequences; piped, it passes them on."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

TEXT = "標題\n他說\x1b]0;pwned\x07「好」\x1b[2J\n"


def _run(args: list[str], *, tty: bool) -> bytes:
    if not tty:
        return subprocess.run(args, capture_output=True, check=True, timeout=60).stdout
    main, child = pty.openpty()
    proc = subprocess.Popen(args, stdout=child, stderr=subprocess.DEVNULL)
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closes when the process exits
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=60)
    os.close(main)
    return out


@pytest.mark.parametrize("command", ["clean", "convert"])
def test_escape_sequences_are_shown_on_a_terminal(tmp_path: Path, command: str) -> None:
    path = tmp_path / "esc.txt"
    path.write_text(TEXT, encoding="utf-8")
    args = [sys.executable, "-m", "reader", command, str(path)]
    shown = _run(args, tty=True).decode("utf-8")
    assert "\x1b" not in shown and "\x07" not in shown
    assert "␛]0;pwned␇" in shown and "␛[2J" in shown
    piped = _run(args, tty=False).decode("utf-8")
    assert "\x1b]0;pwned\x07" in piped
