"""A real terminal for the end-to-end tests: tmux on a private server, one per test.

Each test gets its own tmux socket (``tmux -L``), so a user's tmux server is never
touched, and the server is killed afterwards whatever happened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

WIDTH, HEIGHT = 120, 40
#: The console script installed next to the interpreter running the tests.
READER = Path(sys.executable).parent / "reader"
# The server passes its environment on to the app: a COLUMNS or LINES from the shell
# running the tests would fix the app's size whatever the pane's, and TMUX would point
# at the user's own server.
_ENV = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES", "TMUX"}}


def wait_for(predicate: Callable[[], object], timeout: float = 15.0, what: str = "") -> object:
    """Poll ``predicate`` until it returns something true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what or predicate}")
        time.sleep(0.05)


class Terminal:
    """The app running in a tmux pane: send keys, read the screen and tmux's buffers."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.name = f"reader-e2e-{uuid.uuid4().hex[:12]}"
        self.status_file = home.parent / "exit-status"

    def tmux(self, *args: str, check: bool = True) -> str:
        proc = subprocess.run(
            ["tmux", "-L", self.name, "-f", os.devnull, *args],
            capture_output=True,
            text=True,
            timeout=10,
            env=_ENV,
        )
        if check and proc.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)}: {proc.stderr.strip()}")
        return proc.stdout

    def start(self, *args: str | Path, buffer: str | None = None) -> None:
        """Run ``reader ARGS`` at WIDTH×HEIGHT; ``buffer`` is put in tmux's buffers first."""
        # One tmux command line: the server's options are set before the app starts,
        # so its first OSC 52 write already lands in a buffer.
        command = ["start-server", ";", "set-option", "-g", "set-clipboard", "on", ";"]
        command += ["set-option", "-g", "remain-on-exit", "on", ";"]
        if buffer is not None:
            command += ["set-buffer", "-b", "before", buffer, ";"]
        command += ["new-session", "-d", "-x", str(WIDTH), "-y", str(HEIGHT), "-s", self.name]
        command += ["-e", f"READER_HOME={self.home}", "-e", "TERM=xterm-256color"]
        # No system clipboard: what is copied reaches tmux only by OSC 52.
        command += ["-e", "DISPLAY=", "-e", "WAYLAND_DISPLAY="]
        # A hang is diagnosed by SIGABRT: every thread's stack then shows in the pane.
        command += ["-e", "PYTHONFAULTHANDLER=1"]
        # The shell records the app's exit status: tmux's own (pane_dead_status) sometimes
        # never arrives, the app's process left unreaped by the tmux server.
        command += ["sh", "-c", '"$@"; echo $? >"$0"', str(self.status_file), str(READER)]
        command += [str(a) for a in args]
        self.tmux(*command)

    def keys(self, *keys: str) -> None:
        """Type ``keys`` (tmux key names: ``Tab``, ``Down``, ``Enter``, or literal text)."""
        self.tmux("send-keys", "-t", self.name, *keys)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name)

    def header(self) -> str:
        return self.screen().splitlines()[0]

    def wait_screen(self, predicate: Callable[[str], object], what: str, timeout=15.0) -> str:
        """Wait until ``predicate(screen)`` holds; the screen that satisfied it."""
        shown: list[str] = []

        def check() -> bool:
            shown[:] = [self.screen()]
            return bool(predicate(shown[0]))

        try:
            wait_for(check, timeout, what)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n--- screen ---\n{shown[0] if shown else ''}") from None
        return shown[0]

    def buffer(self) -> str | None:
        """The newest tmux buffer (what a paste would insert), or None if there is none."""
        out = subprocess.run(
            ["tmux", "-L", self.name, "-f", os.devnull, "show-buffer"],
            capture_output=True,
            timeout=10,
            env=_ENV,
        )
        return out.stdout.decode("utf-8") if out.returncode == 0 else None

    def buffers(self) -> list[str]:
        return self.tmux("list-buffers", "-F", "#{buffer_name}", check=False).split()

    def pane(self, variable: str) -> str:
        """A tmux format variable of the pane, e.g. ``pane_dead`` or ``pane_title``."""
        return self.tmux("display-message", "-p", "-t", self.name, f"#{{{variable}}}").strip()

    def exit_status(self, timeout: float = 20.0) -> str:
        """Wait for the app to exit; its exit status."""

        def status() -> str:
            text = self.status_file.read_text() if self.status_file.exists() else ""
            return text.strip() if text.endswith("\n") else ""

        try:
            wait_for(status, timeout, "the app to exit")
        except AssertionError as exc:
            # Still running: SIGABRT makes faulthandler print every thread's stack.
            with contextlib.suppress(OSError, ValueError):
                shell = self.pane("pane_pid")
                children = Path(f"/proc/{shell}/task/{shell}/children").read_text().split()
                for child in children:
                    os.kill(int(child), signal.SIGABRT)
            time.sleep(1)
            stacks = self.tmux("capture-pane", "-p", "-S", "-200", "-t", self.name)
            raise AssertionError(f"{exc}\n--- where it hung ---\n{stacks}") from None
        return status()

    def assert_exited_cleanly(self) -> None:
        """The app exited with status 0; otherwise what the pane last showed (a crash's
        stacks, printed by faulthandler) is in the failure."""
        status = self.exit_status()
        if status != "0":
            shown = self.tmux("capture-pane", "-p", "-S", "-200", "-t", self.name, check=False)
            raise AssertionError(f"exit status {status}\n--- the pane ---\n{shown}")

    def close(self) -> None:
        socket = self.tmux("display-message", "-p", "#{socket_path}", check=False).strip()
        self.tmux("kill-server", check=False)
        # The server leaves its socket behind: one file per test would pile up in /tmp.
        if socket:
            with contextlib.suppress(OSError):
                os.unlink(socket)


@pytest.fixture(scope="session")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder holding jieba's dictionary cache, built once for the session.

    Without it every test's first analysis rebuilds that cache (seconds of CPU),
    which is what a first run costs, not what these tests are about.
    """
    home = tmp_path_factory.mktemp("warm-home")
    subprocess.run(
        [sys.executable, "-c", "from reader.core.segment import shared; shared().load()"],
        env={**_ENV, "READER_HOME": str(home)},
        check=True,
        timeout=120,
    )
    return home / "cache"


@pytest.fixture
def terminal(tmp_path: Path, warm_cache: Path) -> Iterator[Terminal]:
    """A fresh private tmux server with READER_HOME in ``tmp_path``; killed afterwards."""
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed: the end-to-end tests need a real terminal")
    if not READER.exists():
        pytest.skip(f"the reader console script is not installed next to {sys.executable}")
    home = tmp_path / "home"
    home.mkdir()
    shutil.copytree(warm_cache, home / "cache")
    term = Terminal(home)
    try:
        yield term
    finally:
        term.close()
