"""The seeds and themes ship inside the wheel: a plain `pip install .` has its default library."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_carries_seeds_and_themes(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("reader-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    seeds = {p.name for p in (ROOT / "seeds").glob("*.txt")}
    assert {f"reader/seeds/{name}" for name in seeds} <= names
    assert any(n.startswith("reader/themes/") for n in names)
    assert "reader/cli.py" in names and "reader/core/convert.py" in names
    assert "reader/data/names.crfsuite" in names  # the name tagger's model


def test_seeds_dir_resolves_in_a_checkout() -> None:
    from reader.paths import seeds_dir

    assert len(list(seeds_dir().glob("*.txt"))) == 5
