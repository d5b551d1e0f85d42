"""Clipboard: the exact text reaches the terminal (OSC 52) and the system clipboard."""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path

import pytest
from textual.app import App

from reader.core.wrap import one_line
from reader.ui.clipboard import PREVIEW_CHARS, SystemClipboard, copy_text, find_copier

QUOTE = "「我們不會在壓力下退讓」，他在記者會上說。\n第二段：美国总统"


class _SpyApp(App[None]):
    """Records what goes through Textual's OSC 52 route."""

    def __init__(self) -> None:
        super().__init__()
        self.osc52: list[str] = []

    def copy_to_clipboard(self, text: str) -> None:
        self.osc52.append(text)
        super().copy_to_clipboard(text)


class _FakeNative:
    def __init__(self, problem: str | None = None) -> None:
        self.copied: list[str] = []
        self.problem = problem

    def copy(self, text: str) -> str | None:
        self.copied.append(text)
        return self.problem


def _copy_in_app(text: str, native: _FakeNative) -> tuple[str, list[str], str]:
    async def run() -> tuple[str, list[str], str]:
        app = _SpyApp()
        async with app.run_test():
            message = copy_text(app, text, native)
            return message, app.osc52, app.clipboard

    return asyncio.run(run())


def test_both_routes_get_the_exact_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TMUX", raising=False)
    native = _FakeNative()
    message, osc52, clipboard = _copy_in_app(QUOTE, native)
    assert osc52 == [QUOTE] and clipboard == QUOTE
    assert native.copied == [QUOTE]
    assert message == (
        f"Copied {len(QUOTE)} characters (“「我們不會在壓力下退讓」，他在記者會上說…”) "
        "to the system clipboard and the terminal (OSC 52)"
    )


@pytest.mark.parametrize(
    ("problem", "tmux", "ending"),
    [
        pytest.param(
            "no system clipboard here",
            None,
            "via the terminal (OSC 52); no system clipboard here",
            id="no clipboard",
        ),
        pytest.param(
            "no system clipboard over SSH",
            "/tmp/tmux-0/default,1,0",
            "via the terminal (OSC 52) (in tmux, set-clipboard must be on); "
            "no system clipboard over SSH",
            id="ssh inside tmux",
        ),
    ],
)
def test_terminal_only(
    monkeypatch: pytest.MonkeyPatch, problem: str, tmux: str | None, ending: str
) -> None:
    if tmux:
        monkeypatch.setenv("TMUX", tmux)
    else:
        monkeypatch.delenv("TMUX", raising=False)
    message, osc52, _ = _copy_in_app("美国", _FakeNative(problem))
    assert osc52 == ["美国"]
    assert message == f"Copied 2 characters (“美国”) {ending}"


def test_one_character_and_nothing() -> None:
    message, _, _ = _copy_in_app("說", _FakeNative())
    assert message.startswith("Copied 1 character (“說”)")
    native = _FakeNative()
    message, osc52, _ = _copy_in_app("", native)
    assert message == "Nothing to copy" and osc52 == [] and native.copied == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("短句", "短句", id="short"),
        pytest.param(
            "一二三四五六七八九十" * 2, "一二三四五六七八九十" * 2, id="exactly the limit"
        ),
        pytest.param("一二三四五六七八九十" * 3, "一二三四五六七八九十" * 2 + "…", id="cut"),
        pytest.param("第一行\n\n  第二行\t完", "第一行 第二行 完", id="whitespace folded"),
    ],
)
def test_preview(text: str, expected: str) -> None:
    assert one_line(text, PREVIEW_CHARS) == expected


def _tool(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    ("tools", "env", "platform", "chosen"),
    [
        pytest.param(["xclip", "xsel"], {"DISPLAY": ":0"}, "linux", "xclip", id="x11 xclip"),
        pytest.param(["xsel"], {"DISPLAY": ":0"}, "linux", "xsel", id="x11 xsel"),
        pytest.param(
            ["wl-copy", "xclip"],
            {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},
            "linux",
            "wl-copy",
            id="wayland first",
        ),
        pytest.param(["pbcopy"], {}, "darwin", "pbcopy", id="macos"),
        pytest.param(["xclip"], {}, "linux", "no system clipboard here", id="no display"),
        pytest.param([], {"DISPLAY": ":0"}, "linux", "no system clipboard here", id="no tool"),
        pytest.param(
            ["xclip"],
            {"DISPLAY": ":0", "SSH_TTY": "/dev/pts/3"},
            "linux",
            "no system clipboard over SSH",
            id="ssh tty",
        ),
        pytest.param(
            ["pbcopy"],
            {"SSH_CONNECTION": "10.0.0.2 5000 10.0.0.1 22"},
            "darwin",
            "no system clipboard over SSH",
            id="ssh to a mac",
        ),
    ],
)
def test_find_copier(
    bin_dir: Path, tools: list[str], env: dict[str, str], platform: str, chosen: str
) -> None:
    for name in tools:
        _tool(bin_dir, name, f'echo {name} > "$0.ran"')
    copier, reason = find_copier({**env, "PATH": str(bin_dir)}, platform)
    if copier is None:
        assert reason == chosen
    else:
        assert reason is None
        copier("字")
        assert (bin_dir / f"{chosen}.ran").read_text().strip() == chosen


def test_system_clipboard_gets_the_exact_bytes(bin_dir: Path) -> None:
    out = bin_dir.parent / "clipboard"
    _tool(bin_dir, "xclip", f'cat > "{out}"')
    clipboard = SystemClipboard(env={"DISPLAY": ":0", "PATH": str(bin_dir)}, platform="linux")
    assert clipboard.copy(QUOTE) is None
    assert out.read_bytes().decode("utf-8") == QUOTE


def test_failing_tool_is_quiet_and_not_retried(
    bin_dir: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    runs = bin_dir.parent / "runs"
    _tool(bin_dir, "xclip", f'echo run >> "{runs}"; echo "Error: Can\'t open display" >&2; exit 1')
    clipboard = SystemClipboard(env={"DISPLAY": ":9", "PATH": str(bin_dir)}, platform="linux")
    first = clipboard.copy("一")
    second = clipboard.copy("二")
    assert first == second == "the system clipboard failed (xclip exit 1)"
    assert runs.read_text().count("run") == 1
    captured = capfd.readouterr()
    assert "open display" not in captured.err + captured.out


def test_hanging_tool_is_abandoned(bin_dir: Path) -> None:
    _tool(bin_dir, "xclip", "sleep 5")
    clipboard = SystemClipboard(
        env={"DISPLAY": ":0", "PATH": str(bin_dir)}, platform="linux", timeout=0.2
    )
    assert clipboard.copy("等") == "the system clipboard did not answer"
    assert clipboard.copy("再等") == "the system clipboard did not answer"


def test_ssh_never_runs_the_tool(bin_dir: Path) -> None:
    ran = bin_dir.parent / "ran"
    _tool(bin_dir, "xclip", f'touch "{ran}"')
    env = {"DISPLAY": "localhost:10.0", "SSH_CLIENT": "10.0.0.2 5000 22", "PATH": str(bin_dir)}
    assert SystemClipboard(env=env, platform="linux").copy("遠端") == "no system clipboard over SSH"
    assert not ran.exists()


def test_default_reads_this_environment(monkeypatch: pytest.MonkeyPatch, bin_dir: Path) -> None:
    out = bin_dir.parent / "clipboard"
    _tool(bin_dir, "xclip", f'cat > "{out}"')
    for name in ("SSH_TTY", "SSH_CONNECTION", "SSH_CLIENT", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("PATH", str(bin_dir) + os.pathsep + os.environ.get("PATH", ""))
    assert SystemClipboard(platform="linux").copy("本機") is None
    assert out.read_text(encoding="utf-8") == "本機"
