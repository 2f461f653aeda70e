"""Command-line options and fixtures shared by the tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support import BUNDLED_CASE


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/ from the current output instead of comparing against it.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    """A copy of the bundled case that a test may break."""
    folder = tmp_path / "sora-leak"
    shutil.copytree(BUNDLED_CASE, folder)
    return folder


@pytest.fixture(autouse=True)
def private_user_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test, and every command it starts, caches findings in a temporary folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
