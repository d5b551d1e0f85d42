"""The core must be usable without the TUI: importing it loads neither textual nor rich."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import reader.core

CORE_MODULES = sorted(m.name for m in pkgutil.iter_modules(reader.core.__path__, "reader.core."))


def test_core_modules_found() -> None:
    assert "reader.core.cleaning" in CORE_MODULES and "reader.core.convert" in CORE_MODULES


@pytest.mark.parametrize("module", [*CORE_MODULES, "reader.cli", "reader.paths"])
def test_core_does_not_load_the_ui(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'})\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} loaded {out.stdout.strip()}"
