"""The package stays typed and lint-clean (ruff, mypy), as the README promises."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "command",
    [[sys.executable, "-m", "ruff", "check", "."], [sys.executable, "-m", "mypy", "summarizer"]],
    ids=["ruff", "mypy"],
)
def test_clean(command: list[str]) -> None:
    if shutil.which(command[2]) is None and not (Path(sys.executable).parent / command[2]).exists():
        pytest.skip(f"{command[2]} is not installed (pip install -e '.[dev]')")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
