"""Themes from TOML files: the bundled ones in ``themes/`` and the user's own.

A theme file holds the fields of :class:`textual.theme.Theme`::

    name = "reader-paper"          # defaults to the file name without .toml
    dark = false
    primary = "#56708f"            # colours: "#rrggbb", "rgb(…)", "rgba(…)" or a colour name
    background = "#f6f1e7"
    foreground = "#3b3a36"
    # also: secondary, accent, surface, panel, boost, warning, error, success,
    #       luminosity_spread, text_alpha (numbers), ansi (true/false)

    [variables]                    # extra CSS variables, e.g. the reader's own:
    reading-highlight = "#eadba8"

User themes live in ``config_dir()/themes/*.toml`` and replace a bundled theme of the
same name. A file that cannot be used is skipped with a one-line warning.

The reader's own CSS variables (:data:`READER_VARIABLES`) are plain colours, so the app
can use them both in TCSS (``$reading-highlight``) and through ``Color.parse``. Themes
that do not set them (Textual's built-in ones) get :data:`READER_VARIABLES`'s values,
which the app returns from ``App.get_theme_variable_defaults``.
"""

from __future__ import annotations

import tomllib
from dataclasses import fields
from pathlib import Path
from typing import Any

from textual.app import App
from textual.color import Color, ColorParseError
from textual.css.stylesheet import Stylesheet, StylesheetParseError
from textual.css.tokenizer import TokenError
from textual.theme import Theme

from reader.paths import config_dir, themes_dir

#: The reader's own theme variables and their fallbacks, chosen to read on light and
#: dark backgrounds alike.
READER_VARIABLES: dict[str, str] = {
    # background of search matches
    "reading-highlight": "rgba(255,196,0,0.30)",
    # background of the current search match
    "reading-highlight-current": "rgba(255,140,0,0.60)",
    # text of page furniture (editors' notes, credits, reprint footers)
    "reading-furniture": "#8a8a8a",
    # text of quotations when they are marked
    "reading-quote": "#b0803c",
}

_COLOUR_FIELDS = (
    "primary",
    "secondary",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
    "warning",
    "error",
    "success",
)
_NUMBER_FIELDS = ("luminosity_spread", "text_alpha")
_BOOL_FIELDS = ("dark", "ansi")
_THEME_FIELDS = {f.name for f in fields(Theme)}


class ThemeError(ValueError):
    """A theme file that cannot be used, with a one-line reason."""


def user_themes_dir() -> Path:
    """Where the user's own theme files are looked for."""
    return config_dir() / "themes"


def load_themes(*dirs: Path) -> tuple[list[Theme], list[str]]:
    """Every theme in ``dirs`` (default: bundled, then the user's), and warnings.

    Files are read in name order, folder by folder; a later theme with the same name
    replaces an earlier one. A missing folder is no error.
    """
    if not dirs:
        dirs = (themes_dir(), user_themes_dir())
    themes: dict[str, Theme] = {}
    warnings: list[str] = []
    for folder in dirs:
        try:
            files = sorted(p for p in folder.glob("*.toml") if not p.name.startswith("."))
        except OSError as exc:
            warnings.append(f"Themes not loaded from {folder}: {exc.strerror or exc}")
            continue
        for path in files:
            try:
                theme = read_theme(path)
            except ThemeError as exc:
                warnings.append(f"Theme skipped: {path}: {exc}")
                continue
            themes[theme.name] = theme
    return list(themes.values()), warnings


def install_themes(app: App[Any], *dirs: Path) -> list[str]:
    """Register every theme :func:`load_themes` finds with ``app``; return the warnings."""
    themes, warnings = load_themes(*dirs)
    for theme in themes:
        app.register_theme(theme)
    return warnings


def read_theme(path: Path) -> Theme:
    """The theme in one TOML file; raises ThemeError saying what is wrong with it."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ThemeError(exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise ThemeError("not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ThemeError(f"TOML error: {exc}") from None
    return parse_theme(data, default_name=path.stem)


def parse_theme(data: dict[str, Any], default_name: str) -> Theme:
    """A Theme from decoded TOML, every value checked so applying it cannot fail."""
    unknown = sorted(set(data) - _THEME_FIELDS)
    if unknown:
        raise ThemeError(f"unknown field {unknown[0]!r}")
    name = data.get("name", default_name)
    if not isinstance(name, str) or not name.strip():
        raise ThemeError("'name' must be a non-empty string")
    if "primary" not in data:
        raise ThemeError("'primary' colour is missing")
    for key in _COLOUR_FIELDS:
        if key in data:
            _check_colour(key, data[key])
    for key in _NUMBER_FIELDS:
        if key in data and (isinstance(data[key], bool) or not isinstance(data[key], int | float)):
            raise ThemeError(f"{key!r} must be a number")
    for key in _BOOL_FIELDS:
        if key in data and not isinstance(data[key], bool):
            raise ThemeError(f"{key!r} must be true or false")
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise ThemeError("'variables' must be a table ([variables])")
    for key, value in variables.items():
        _check_variable(key, value)
    return Theme(**{**data, "name": name.strip(), "variables": dict(variables)})


def _check_colour(key: str, value: Any) -> None:
    if not isinstance(value, str):
        raise ThemeError(f'{key!r} must be a colour string like "#f6f1e7"')
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeError(f"{key!r}: {value!r} is not a colour") from None


def _check_variable(key: str, value: Any) -> None:
    """Reject a value that would break the stylesheet when the theme is applied."""
    if not isinstance(value, str):
        raise ThemeError(f"variables.{key} must be a string")
    if key in READER_VARIABLES:
        try:
            Color.parse(value)
        except ColorParseError:
            raise ThemeError(f"variables.{key}: {value!r} is not a colour") from None
        return
    # Textual's own variables are colours, except text styles (…-style).
    prop = "text-style" if key.endswith("-style") else "color"
    sheet = Stylesheet(variables={"v": value})
    sheet.add_source(f"Widget {{ {prop}: $v; }}", read_from=("theme", key))
    try:
        sheet.parse()
    except (StylesheetParseError, TokenError):
        raise ThemeError(f"variables.{key}: {value!r} is not a valid {prop} value") from None
