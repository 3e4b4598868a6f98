"""The package as users install it: a built wheel in a fresh virtual environment, no ``-e``, run from outside the tree."""

from __future__ import annotations

import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout (no build isolation: setuptools is already here)."""
    out = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("source") / "summarizer"  # a clean copy: no stale build/ folder is reused
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(source)],
        check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    (built,) = out.glob("summarizer-*.whl")
    return built


def test_the_wheel_holds_every_subpackage_and_its_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    packages = {str(p.parent.relative_to(ROOT)) for p in (ROOT / "summarizer").rglob("__init__.py")}
    assert {"summarizer", "summarizer/figures"} <= packages
    for package in packages:
        assert f"{package}/__init__.py" in names, f"{package} is missing from the wheel"
    for data in ("summarizer/py.typed", "summarizer/examples/immigration.txt", "summarizer/result.schema.json"):
        assert data in names
    assert not any(name.startswith(("evaluation/", "tests/")) for name in names), "the harness and tests are not installed"


@pytest.mark.slow
def test_the_installed_wheel_runs_from_outside_the_tree(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    # the wheel's dependencies are those of this environment: reach them by a plain path entry, which does not run
    # this environment's .pth files (so the editable checkout is not importable there)
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()  # fmt: skip
    (Path(purelib) / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
                   check=True, capture_output=True, text=True, timeout=300)  # fmt: skip
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    article = outside / "article.txt"
    article.write_text("Le chômage a reculé de 0,3 point en 2024, à 7,1 %, selon l'Insee.", encoding="utf-8")
    where = subprocess.run(
        [str(python), "-c", "import summarizer, summarizer.figures, summarizer.serialize as s; s.schema(); print(summarizer.__file__)"],
        cwd=outside, check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    assert str(ROOT) not in where and "site-packages" in where
    command = [str(python), "-m", "summarizer", "figures", str(article)]
    result = subprocess.run(command, cwd=outside, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "7.1" in result.stdout or "7,1" in result.stdout
    script = env_dir / "bin" / "summarizer"
    assert subprocess.run([str(script), "--version"], cwd=outside, capture_output=True, text=True).returncode == 0
    missing = subprocess.run([str(python), "-c", "import evaluation"], cwd=outside, capture_output=True, text=True)
    assert missing.returncode != 0, "evaluation is not installed into users' site-packages"
