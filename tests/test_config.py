"""Settings: defaults, a good file, and every way a file can be wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.config import (
    DEFAULT_CITATION_FORMAT,
    Settings,
    load_settings,
    settings_path,
)
from reader.paths import config_dir


def _write(text: str) -> Path:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_live_in_the_config_dir() -> None:
    assert settings_path() == config_dir() / "config.toml"


def test_missing_file_gives_defaults() -> None:
    settings, warning = load_settings()
    assert warning is None
    assert settings == Settings()
    assert (settings.keymap, settings.theme, settings.measure) == ({}, None, 80)


def test_a_full_file() -> None:
    _write(
        """
theme = "reader-night"
measure = 66
copy_citation_format = "「{quote}」——{speaker}《{title}》"

[keymap]
next_match = "n, ctrl+g"
copy_citation = ["C", "y"]
"""
    )
    settings, warning = load_settings()
    assert warning is None
    assert settings == Settings(
        keymap={"next_match": "n,ctrl+g", "copy_citation": "C,y"},
        theme="reader-night",
        measure=66,
        copy_citation_format="「{quote}」——{speaker}《{title}》",
    )


def test_partial_file_keeps_other_defaults() -> None:
    _write("measure = 100\n")
    settings, warning = load_settings()
    assert warning is None
    assert settings == Settings(measure=100)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        pytest.param('theme = "reader-night\n', "TOML error", id="unterminated string"),
        pytest.param("measure = 72\nmeasure = 80\n", "line 2", id="duplicate key has its line"),
        pytest.param("colour = 'red'\n", "unknown setting 'colour'", id="unknown key"),
        pytest.param(
            'measure = "80"\n', "'measure' must be an integer, not a string", id="str measure"
        ),
        pytest.param("measure = true\n", "'measure' must be an integer", id="bool measure"),
        pytest.param("measure = 80.5\n", "'measure' must be an integer", id="float measure"),
        pytest.param("measure = 5\n", "between 20 and 1000", id="measure too small"),
        pytest.param("theme = 1\n", "'theme' must be a string", id="theme not a string"),
        pytest.param('keymap = "n"\n', "'keymap' must be a table", id="keymap not a table"),
        pytest.param("[keymap]\nquit = 1\n", "keymap.quit must be a string", id="key not a string"),
        pytest.param('[keymap]\nquit = " , "\n', "keymap.quit names no keys", id="no keys"),
        pytest.param("[keymap]\nquit = [1]\n", "keymap.quit", id="list of non-strings"),
        pytest.param(
            'copy_citation_format = "{quote} {author}"\n',
            "unknown placeholder {author}",
            id="unknown placeholder",
        ),
        pytest.param(
            'copy_citation_format = "{quote} {0}"\n', "unknown placeholder {0}", id="positional"
        ),
        pytest.param(
            'copy_citation_format = "「{quote」"\n', "copy_citation_format", id="unbalanced brace"
        ),
        pytest.param(
            'copy_citation_format = "{quote:{width}}"\n',
            "cannot be filled in",
            id="placeholder inside a format spec",
        ),
    ],
)
def test_bad_file_gives_defaults_and_one_line(text: str, problem: str) -> None:
    path = _write(text)
    settings, warning = load_settings()
    assert settings == Settings()
    assert warning is not None
    assert str(path) in warning and problem in warning
    assert "\n" not in warning


def test_not_utf8() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes('theme = "夜"\n'.encode("big5"))
    settings, warning = load_settings()
    assert settings == Settings()
    assert warning and "not UTF-8" in warning


def test_directory_in_place_of_the_file() -> None:
    settings_path().mkdir(parents=True)
    settings, warning = load_settings()
    assert settings == Settings()
    assert warning and "is a directory" in warning


def test_explicit_path(tmp_path: Path) -> None:
    path = tmp_path / "other.toml"
    path.write_text("measure = 40\n", encoding="utf-8")
    assert load_settings(path) == (Settings(measure=40), None)


@pytest.mark.parametrize(
    ("template", "fields", "expected"),
    [
        pytest.param(
            DEFAULT_CITATION_FORMAT,
            ("我們不會退讓", "賴清德", "總統出訪", "001.txt"),
            "“我們不會退讓”——賴清德，《總統出訪》（001.txt）",
            id="default",
        ),
        pytest.param(
            "{speaker}：「{quote}」",
            ("会议取得成功", "外交部发言人", "", ""),
            "外交部发言人：「会议取得成功」",
            id="custom order",
        ),
        pytest.param(
            "{{{quote}}}",
            ("括號{不}展開", "", "", ""),
            "{括號{不}展開}",
            id="braces in the template and the quote",
        ),
    ],
)
def test_citation(template: str, fields: tuple[str, str, str, str], expected: str) -> None:
    assert Settings(copy_citation_format=template).citation(*fields) == expected
