"""Where the packaged templates and bundled cases live.

A wheel carries them inside the package (``sorabrief/templates``,
``sorabrief/sources``); an editable install reads them from the repository's
top-level folders.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

BUNDLED_CASE = "sora-leak"


def _data_dir(name: str) -> Path:
    packaged = Path(str(resources.files("sorabrief"))) / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name


def templates_dir() -> Path:
    """The packaged templates folder."""
    return _data_dir("templates")


def bundled_cases_dir() -> Path:
    """The folder of bundled cases."""
    return _data_dir("sources")


def bundled_case_dir() -> Path:
    """The bundled Sora case."""
    return bundled_cases_dir() / BUNDLED_CASE
