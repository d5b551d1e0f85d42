"""Every path the program reads or writes, in one place.

User directories come from platformdirs. Tests point them elsewhere with the
``READER_HOME`` environment variable, so a test never touches the user's files.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "reader"
# Bump when the layout of anything in the cache changes; old caches are then ignored.
CACHE_VERSION = 1


def _home_override() -> Path | None:
    home = os.environ.get("READER_HOME")
    return Path(home) if home else None


def config_dir() -> Path:
    """Where the user's settings, keymap, aliases and themes live."""
    home = _home_override()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME))


def state_dir() -> Path:
    """Where reading positions and the last session are kept."""
    home = _home_override()
    return home / "state" if home else Path(platformdirs.user_state_dir(APP_NAME))


def cache_dir() -> Path:
    """Where rebuildable data (analysis results, the search index) is kept."""
    home = _home_override()
    base = home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME))
    return base / f"v{CACHE_VERSION}"


def _bundled(name: str) -> Path:
    """A folder shipped with the package, or the checkout's top-level copy."""
    packaged = Path(str(resources.files("reader"))) / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name


def seeds_dir() -> Path:
    """The bundled sample articles: the default library."""
    return _bundled("seeds")


def themes_dir() -> Path:
    """The bundled themes."""
    return _bundled("themes")


def data_file(name: str) -> Path:
    """A data file shipped inside the package (alias lists and the like)."""
    return Path(str(resources.files("reader") / "data" / name))
