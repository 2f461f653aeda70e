"""The wheel as a user gets it: built, installed into a fresh virtual environment, run.

This needs the package index (pip resolves the dependencies) and takes about 15 seconds with
a warm pip cache, a minute or so on a fresh machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import venv
from pathlib import Path

import pytest

from support import REPO


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a command outside this tree: no PYTHONPATH pointing at src/, no stdin."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the freshly built wheel installed; its bin folder."""
    root = tmp_path_factory.mktemp("wheel")
    started = time.monotonic()
    run(sys.executable, "-m", "build", "--wheel", "--outdir", root / "dist", REPO, cwd=root)
    (wheel,) = (root / "dist").glob("sorabrief-*.whl")
    venv.create(root / "venv", with_pip=True)
    bin_dir = root / "venv" / "bin"
    run(bin_dir / "python", "-m", "pip", "install", "--quiet", wheel, cwd=root)
    print(f"wheel built and installed in {time.monotonic() - started:.0f} s")
    return bin_dir


def test_report_from_an_empty_directory(installed: Path, tmp_path: Path) -> None:
    result = run(installed / "sorabrief", "report", cwd=tmp_path)
    assert result.stdout == "sora-leak-briefing.md\n"
    markdown = (tmp_path / "sora-leak-briefing.md").read_text(encoding="utf-8")
    for source_id in ("000", "001", "002", "003", "004"):
        assert f"File: {source_id}." in markdown
    for publisher in ("eWEEK", "BizTech Weekly", "The Hindu"):
        assert publisher in markdown


def test_the_installed_package_reads_its_own_data(installed: Path, tmp_path: Path) -> None:
    code = (
        "from sorabrief.resources import bundled_case_dir, templates_dir; "
        "print(bundled_case_dir()); print(templates_dir())"
    )
    result = run(installed / "python", "-c", code, cwd=tmp_path)
    venv_root = installed.parent
    for line in result.stdout.splitlines():
        assert Path(line).is_dir()
        assert Path(line).is_relative_to(venv_root), f"{line} is outside the virtual environment"


def test_import_does_not_load_weasyprint(installed: Path, tmp_path: Path) -> None:
    code = "import sorabrief, sys; assert 'weasyprint' not in sys.modules"
    run(installed / "python", "-c", code, cwd=tmp_path)


def test_the_installed_version_is_the_package_version(installed: Path, tmp_path: Path) -> None:
    code = (
        "import importlib.metadata, sorabrief; "
        "assert importlib.metadata.version('sorabrief') == sorabrief.__version__, "
        "sorabrief.__version__"
    )
    run(installed / "python", "-c", code, cwd=tmp_path)
