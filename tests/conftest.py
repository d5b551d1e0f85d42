"""Shared fixtures. Every test runs with its own READER_HOME, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("READER_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    assert len(SEEDS) == 5, "the five seed articles ship in seeds/"
    return SEEDS


@pytest.fixture(scope="session")
def seed_texts(seed_paths: list[Path]) -> dict[str, str]:
    """Seed name (e.g. '002') → text as decoded from disk."""
    return {p.name[:3]: p.read_text(encoding="utf-8-sig") for p in seed_paths}
