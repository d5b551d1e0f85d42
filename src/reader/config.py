"""User settings and key bindings, read from ``config.toml`` in :func:`reader.paths.config_dir`.

Every setting is optional; a missing file means the defaults. Example::

    theme = "reader-night"       # theme to start with (a bundled or user theme name)
    measure = 72                 # widest a line of text gets, in terminal cells (20-1000)
    copy_citation_format = "「{quote}」——{speaker}《{title}》"

    [keymap]                     # binding id = keys, comma-separated (as in Textual)
    next_match = "n,ctrl+g"
    copy_citation = "C"

``copy_citation_format`` is the text the copy-citation key puts on the clipboard. Its
placeholders are ``{quote}`` (the quotation as shown), ``{speaker}`` (who said it, or
empty when the text does not say), ``{title}`` (the article's headline) and ``{source}``
(the article's file name). Write ``{{`` and ``}}`` for literal braces.

The keymap's ids are those the app's bindings carry (its help screen lists them); the
app applies the mapping with ``App.set_keymap``. A key list may also be given as a TOML
array: ``next_match = ["n", "ctrl+g"]``.

A file that cannot be used (a TOML error, an unknown setting, a value of the wrong type)
is ignored as a whole: the defaults apply and :func:`load_settings` returns a one-line
warning naming the file and the problem.
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.paths import config_dir

FILE_NAME = "config.toml"
DEFAULT_MEASURE = 80
MEASURE_RANGE = (20, 1000)
#: The quotation, then who said it, in which article, from which file.
DEFAULT_CITATION_FORMAT = "“{quote}”——{speaker}，《{title}》（{source}）"
CITATION_FIELDS = frozenset({"quote", "speaker", "title", "source"})


@dataclass(frozen=True)
class Settings:
    """The user's settings.

    Attributes:
        keymap: Binding id → comma-separated keys, overriding the app's defaults.
        theme: Name of the theme to start with; ``None`` for the app's choice.
        measure: The widest a line of text gets, in terminal cells.
        copy_citation_format: Template for a copied citation (see the module docstring).
    """

    keymap: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    measure: int = DEFAULT_MEASURE
    copy_citation_format: str = DEFAULT_CITATION_FORMAT

    def citation(self, quote: str, speaker: str = "", title: str = "", source: str = "") -> str:
        """The citation for a quotation, filled in from ``copy_citation_format``."""
        return self.copy_citation_format.format(
            quote=quote, speaker=speaker, title=title, source=source
        )


class SettingsError(ValueError):
    """A setting that cannot be used, with a one-line reason."""


def settings_path() -> Path:
    """Where the settings file is looked for."""
    return config_dir() / FILE_NAME


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The settings in ``path`` (default :func:`settings_path`) and a warning, or ``None``.

    Never raises: on any problem the defaults are returned with a one-line warning.
    """
    path = path if path is not None else settings_path()
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        return parse_settings(data), None
    except FileNotFoundError:
        return Settings(), None
    except IsADirectoryError:
        problem = "is a directory"
    except OSError as exc:
        problem = exc.strerror or str(exc)
    except UnicodeDecodeError:
        problem = "not UTF-8 text"
    except tomllib.TOMLDecodeError as exc:
        problem = f"TOML error: {exc}"
    except SettingsError as exc:
        problem = str(exc)
    return Settings(), f"Settings ignored: {path}: {problem}"


def parse_settings(data: dict[str, Any]) -> Settings:
    """Settings from decoded TOML; raises SettingsError naming the first bad setting."""
    known = {"keymap", "theme", "measure", "copy_citation_format"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SettingsError(f"unknown setting {unknown[0]!r}")
    values: dict[str, Any] = {}
    if "keymap" in data:
        values["keymap"] = _keymap(data["keymap"])
    if "theme" in data:
        values["theme"] = _typed(data, "theme", str)
    if "measure" in data:
        measure = _typed(data, "measure", int)
        low, high = MEASURE_RANGE
        if not low <= measure <= high:
            raise SettingsError(f"'measure' must be between {low} and {high}, not {measure}")
        values["measure"] = measure
    if "copy_citation_format" in data:
        template = _typed(data, "copy_citation_format", str)
        _check_template(template)
        values["copy_citation_format"] = template
    return Settings(**values)


def _typed(data: dict[str, Any], name: str, kind: type) -> Any:
    value = data[name]
    # bool is a subclass of int, but `measure = true` is a mistake.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise SettingsError(
            f"{name!r} must be {_TYPE_NAMES[kind]}, not {_TYPE_NAMES.get(type(value), type(value).__name__)}"
        )
    return value


_TYPE_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    float: "a number",
    list: "a list",
    dict: "a table",
}


def _keymap(table: Any) -> dict[str, str]:
    if not isinstance(table, dict):
        raise SettingsError("'keymap' must be a table ([keymap]) of binding id = keys")
    keymap: dict[str, str] = {}
    for binding_id, keys in table.items():
        if isinstance(keys, list) and all(isinstance(k, str) for k in keys):
            keys = ",".join(k.strip() for k in keys)
        if not isinstance(keys, str):
            raise SettingsError(f'keymap.{binding_id} must be a string of keys like "n,ctrl+g"')
        if not [k for k in keys.split(",") if k.strip()]:
            raise SettingsError(f"keymap.{binding_id} names no keys")
        keymap[binding_id] = ",".join(k.strip() for k in keys.split(",") if k.strip())
    return keymap


def _check_template(template: str) -> None:
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise SettingsError(
            f"'copy_citation_format': {exc} (write {{{{ or }}}} for a brace)"
        ) from None
    for _, name, _, _ in parts:
        if name is not None and name not in CITATION_FIELDS:
            allowed = ", ".join("{" + f + "}" for f in sorted(CITATION_FIELDS))
            raise SettingsError(
                f"'copy_citation_format' has an unknown placeholder {{{name}}}; use {allowed}"
            )
    try:  # catches what parse() does not look into, such as a bad format spec
        template.format(**dict.fromkeys(CITATION_FIELDS, ""))
    except (KeyError, IndexError, ValueError) as exc:
        raise SettingsError(f"'copy_citation_format' cannot be filled in: {exc}") from None
