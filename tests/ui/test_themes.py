"""Themes: the bundled ones parse, register and read comfortably; bad files are skipped."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.color import Color
from textual.widgets import Static

from reader.paths import themes_dir
from reader.ui.themes import READER_VARIABLES, install_themes, load_themes, user_themes_dir

BUNDLED = ("reader-paper", "reader-night", "reader-sepia")

MINIMAL = 'name = "mine"\nprimary = "#336699"\n'


class _ThemedApp(App[None]):
    """Uses every reader variable in its CSS, as the reading app does."""

    CSS = "\n".join(
        f"#{name} {{ background: ${name}; color: ${name}; }}" for name in READER_VARIABLES
    )

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(READER_VARIABLES)

    def compose(self) -> ComposeResult:
        for name in READER_VARIABLES:
            yield Static("讀", id=name)


def _luminance(color: Color) -> float:
    """WCAG 2 relative luminance."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b)


def _contrast(a: Color, b: Color) -> float:
    """WCAG 2 contrast ratio: 1 (none) to 21 (black on white)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _bundled() -> dict[str, object]:
    themes, warnings = load_themes(themes_dir())
    assert warnings == []
    return {t.name: t for t in themes}


def test_bundled_themes_parse() -> None:
    themes = _bundled()
    assert set(BUNDLED) <= set(themes)
    assert themes["reader-night"].dark and not themes["reader-paper"].dark


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_theme_is_comfortable(name: str) -> None:
    theme = _bundled()[name]
    background = Color.parse(theme.background)
    foreground = Color.parse(theme.foreground)
    body = _contrast(foreground, background)
    # Enough for long reading (WCAG AAA is 7:1), but softer than black on white (21:1).
    assert 7 <= body <= 15, body
    assert background.brightness not in (0.0, 1.0), "no pure black or white page"
    furniture = _contrast(Color.parse(theme.variables["reading-furniture"]), background)
    assert 3 <= furniture < body, "furniture is quieter than the text, yet legible"
    for mark in ("reading-highlight", "reading-highlight-current"):
        under = Color.parse(theme.variables[mark])
        assert _contrast(foreground, under) >= 4.5, f"text on {mark} stays legible"
    assert set(READER_VARIABLES) <= set(theme.variables)


@pytest.mark.parametrize("name", [*BUNDLED, "textual-dark", "textual-light"])
def test_themes_apply_in_an_app(name: str) -> None:
    async def run() -> tuple[str, Color, Color]:
        app = _ThemedApp()
        async with app.run_test() as pilot:
            assert install_themes(app, themes_dir()) == []
            app.theme = name
            await pilot.pause()
            own = app.current_theme.variables.get("reading-highlight")
            expected = Color.parse(own or READER_VARIABLES["reading-highlight"])
            shown = app.query_one("#reading-highlight", Static).styles.background
            return app.current_theme.name, shown, expected

    applied, shown, expected = asyncio.run(run())
    assert applied == name
    assert shown == expected


def test_default_folders_are_bundled_then_user() -> None:
    user = user_themes_dir()
    user.mkdir(parents=True)
    (user / "mine.toml").write_text(MINIMAL, encoding="utf-8")
    # A user theme with a bundled name replaces the bundled one.
    (user / "override.toml").write_text(
        'name = "reader-night"\nprimary = "#ff0000"\n', encoding="utf-8"
    )
    themes, warnings = load_themes()
    by_name = {t.name: t for t in themes}
    assert warnings == []
    assert "mine" in by_name and "reader-paper" in by_name
    assert by_name["reader-night"].primary == "#ff0000"


def test_name_defaults_to_the_file_name(tmp_path: Path) -> None:
    (tmp_path / "晨光.toml").write_text('primary = "#336699"\n', encoding="utf-8")
    themes, warnings = load_themes(tmp_path)
    assert [t.name for t in themes] == ["晨光"] and warnings == []


def test_missing_folder_is_no_error(tmp_path: Path) -> None:
    assert load_themes(tmp_path / "absent") == ([], [])


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        pytest.param('name = "x"\nprimary = "#336699', "TOML error", id="bad TOML"),
        pytest.param('name = "x"\n', "'primary' colour is missing", id="no primary"),
        pytest.param(MINIMAL + 'background = "paper"\n', "'background'", id="bad colour"),
        pytest.param(MINIMAL + "background = 3\n", "colour string", id="colour a number"),
        pytest.param(
            MINIMAL + "dark = 'yes'\n", "'dark' must be true or false", id="dark a string"
        ),
        pytest.param(
            MINIMAL + 'text_alpha = "high"\n', "'text_alpha' must be a number", id="alpha"
        ),
        pytest.param(MINIMAL + 'font = "Noto"\n', "unknown field 'font'", id="unknown field"),
        pytest.param('name = ""\nprimary = "#336699"\n', "'name'", id="empty name"),
        pytest.param(MINIMAL + 'variables = "x"\n', "'variables' must be a table", id="vars"),
        pytest.param(
            MINIMAL + '[variables]\nreading-highlight = "$accent 30%"\n',
            "reading-highlight",
            id="reader variable not a plain colour",
        ),
        pytest.param(
            MINIMAL + '[variables]\nfooter-key-foreground = "zzz"\n',
            "footer-key-foreground",
            id="textual variable not a colour",
        ),
        pytest.param(
            MINIMAL + '[variables]\nblock-cursor-text-style = "shouty"\n',
            "text-style",
            id="bad text style",
        ),
        pytest.param(
            MINIMAL + '[variables]\nborder = "red; } Screen { color: blue"\n',
            "border",
            id="css injection",
        ),
    ],
)
def test_broken_user_theme_is_skipped_with_a_warning(
    tmp_path: Path, text: str, problem: str
) -> None:
    (tmp_path / "good.toml").write_text(MINIMAL, encoding="utf-8")
    bad = tmp_path / "broken.toml"
    bad.write_text(text, encoding="utf-8")
    themes, warnings = load_themes(tmp_path)
    assert [t.name for t in themes] == ["mine"]
    assert len(warnings) == 1
    assert str(bad) in warnings[0] and problem in warnings[0]
    assert "\n" not in warnings[0]


def test_valid_textual_variables_accepted(tmp_path: Path) -> None:
    (tmp_path / "v.toml").write_text(
        MINIMAL
        + "[variables]\n"
        + 'input-selection-background = "#81a1c1 35%"\n'
        + 'button-focus-text-style = "b reverse"\n'
        + 'reading-highlight = "rgba(255,196,0,0.3)"\n',
        encoding="utf-8",
    )
    themes, warnings = load_themes(tmp_path)
    assert warnings == [] and len(themes) == 1


def test_broken_theme_file_does_not_stop_the_app(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("primary = ", encoding="utf-8")
    (tmp_path / "fine.toml").write_text(MINIMAL, encoding="utf-8")

    async def run() -> tuple[list[str], str]:
        app = _ThemedApp()
        async with app.run_test() as pilot:
            warnings = install_themes(app, themes_dir(), tmp_path)
            app.theme = "mine"
            await pilot.pause()
            return warnings, app.current_theme.name

    warnings, applied = asyncio.run(run())
    assert len(warnings) == 1 and "broken.toml" in warnings[0]
    assert applied == "mine"
