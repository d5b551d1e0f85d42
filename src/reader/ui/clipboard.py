"""Copying text out of the app: to the terminal (OSC 52) and to the system clipboard.

OSC 52 (``App.copy_to_clipboard``) is always written: it is the one route that works
over SSH and inside tmux (with ``set-clipboard on``), but not every terminal honours it
and the app cannot tell whether it did. So the system clipboard is tried as well when
one is reachable: a graphical session on Linux (``wl-copy``, ``xclip`` or ``xsel``),
macOS (``pbcopy``) or Windows (through pyperclip). Over SSH it is skipped: the remote
machine's clipboard is not the user's.

The command-line tools are run here rather than through pyperclip because pyperclip
leaves their error output on the terminal, where it would be drawn over the app
(Textual writes the screen to the same stream). Each copy is bounded by a timeout,
and after a failure the system clipboard is not tried again in this run.
"""

from __future__ import annotations

import os
import platform as platform_module
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from textual.app import App

from reader.core.wrap import one_line

#: How long a system clipboard tool may take before it is abandoned, in seconds.
TIMEOUT = 1.0
PREVIEW_CHARS = 20

Copier = Callable[[str], None]


class NativeClipboard(Protocol):
    """Anything that can put text on the system clipboard (a fake, in tests)."""

    def copy(self, text: str) -> str | None:
        """Copy ``text``; ``None`` on success, else a short reason it was not copied."""


class SystemClipboard:
    """The system clipboard, found from the environment at the first copy.

    Args:
        env: Environment variables to decide by (default: ``os.environ``).
        platform: ``sys.platform`` value to decide by (default: this machine's).
        timeout: Seconds a copy may take before it is abandoned.
    """

    def __init__(
        self,
        env: Mapping[str, str] | None = None,
        platform: str | None = None,
        timeout: float = TIMEOUT,
    ) -> None:
        self._env = env
        self._platform = platform
        self.timeout = timeout
        self._gave_up: str | None = None

    def copy(self, text: str) -> str | None:
        """Copy ``text``; ``None`` on success, else a short reason it was not copied."""
        if self._gave_up is not None:
            return self._gave_up
        env = os.environ if self._env is None else self._env
        copier, reason = find_copier(env, self._platform or sys.platform)
        if copier is None:
            self._gave_up = reason
            return reason
        error = _call_with_timeout(copier, text, self.timeout)
        # A tool that failed or hung once will do so again: do not make every copy wait.
        self._gave_up = error
        return error


#: The system clipboard ``copy_text`` uses unless given another.
system_clipboard = SystemClipboard()


def copy_text(app: App[Any], text: str, native: NativeClipboard | None = None) -> str:
    """Copy ``text`` to the terminal and the system clipboard; the message to show."""
    if not text:
        return "Nothing to copy"
    app.copy_to_clipboard(text)
    problem = (native or system_clipboard).copy(text)
    count = (
        f"{len(text)} character{'s' if len(text) != 1 else ''} (“{one_line(text, PREVIEW_CHARS)}”)"
    )
    if problem is None:
        return f"Copied {count} to the system clipboard and the terminal (OSC 52)"
    hint = " (in tmux, set-clipboard must be on)" if os.environ.get("TMUX") else ""
    return f"Copied {count} via the terminal (OSC 52){hint}; {problem}"


def find_copier(env: Mapping[str, str], platform: str) -> tuple[Copier | None, str | None]:
    """How to reach the system clipboard here, or why there is none."""
    if env.get("SSH_TTY") or env.get("SSH_CONNECTION") or env.get("SSH_CLIENT"):
        return None, "no system clipboard over SSH"
    if platform in ("win32", "cygwin") or (platform == "linux" and _is_wsl()):
        return _pyperclip_copy, None
    path = env.get("PATH", os.defpath)
    if platform == "darwin":
        candidates = [["pbcopy"]]
    else:
        candidates = []
        if env.get("WAYLAND_DISPLAY"):
            candidates.append(["wl-copy"])
        if env.get("DISPLAY"):
            candidates += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    for argv in candidates:
        exe = shutil.which(argv[0], path=path)
        if exe:
            return _command_copier([exe, *argv[1:]]), None
    return None, "no system clipboard here"


def _is_wsl() -> bool:
    return "microsoft" in platform_module.release().lower()


def _pyperclip_copy(text: str) -> None:
    import pyperclip

    pyperclip.copy(text)


def _command_copier(argv: list[str]) -> Copier:
    def copy(text: str) -> None:
        # Output to /dev/null: anything the tool prints would land on the app's screen.
        # A new session: the tool (xclip stays behind to serve the selection) must not
        # share the terminal's signals.
        subprocess.run(
            argv,
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
            timeout=TIMEOUT,
            start_new_session=True,
        )

    return copy


def _call_with_timeout(copier: Copier, text: str, timeout: float) -> str | None:
    """Run ``copier`` in a thread so a tool that hangs cannot freeze the app."""
    outcome: list[str | None] = []

    def run() -> None:
        try:
            copier(text)
        except subprocess.CalledProcessError as exc:
            outcome.append(f"the system clipboard failed ({_tool(exc.cmd)} exit {exc.returncode})")
        except subprocess.TimeoutExpired as exc:
            outcome.append(f"the system clipboard did not answer ({_tool(exc.cmd)})")
        except Exception as exc:  # pyperclip raises its own exceptions and OSErrors
            outcome.append(f"the system clipboard failed ({type(exc).__name__})")
        else:
            outcome.append(None)

    worker = threading.Thread(target=run, name="clipboard", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        return "the system clipboard did not answer"
    return outcome[0]


def _tool(cmd: Any) -> str:
    first = cmd[0] if isinstance(cmd, list | tuple) and cmd else cmd
    return os.path.basename(str(first))
