"""`sorabrief add` on saved page sets written by people who read no code: every value a page
states about itself is recovered exactly, and nothing it does not state is filled in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from sorabrief.intake import read_input
from support import REPO

_FIELDS = {"title": "title", "author": "author", "publisher": "publisher"}
_FIELDS |= {"date": "published", "canonical": "url"}


def _pages() -> list[tuple[Path, dict[str, Any]]]:
    found = []
    for truth in sorted((REPO / "tests" / "data").glob("*/truth.yaml")):
        stated = yaml.safe_load(truth.read_text("utf-8")).get("pages") or {}
        found += [(truth.parent / name, wanted) for name, wanted in sorted(stated.items())]
    return found


@pytest.mark.parametrize(("page", "wanted"), _pages(), ids=lambda v: getattr(v, "name", ""))
def test_a_page_gives_what_it_states_and_nothing_else(page: Path, wanted: dict[str, Any]) -> None:
    read = read_input(str(page))
    got = {field: _as_compared(field, getattr(read, a)) for field, a in _FIELDS.items()}
    expected = {field: _as_compared(field, wanted.get(field)) for field in _FIELDS}
    assert got == expected


def _as_compared(field: str, value: object) -> object:
    """A value as the truth writes it; several authors as a set, however they are joined."""
    if value is None:
        return None
    text = str(value)
    if field == "author":
        for joiner in (" and ", ";"):
            text = text.replace(joiner, ",")
        return {name.strip() for name in text.split(",")}
    return text
