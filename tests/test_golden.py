"""The bundled case's Markdown briefing, compared with the reviewed copy in tests/golden/."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation import aggregate

GOLDEN = Path(__file__).parent / "golden" / "sora-leak-briefing.md"
UPDATE = "python -m pytest tests/test_golden.py --update-golden"


def test_bundled_briefing_matches_the_golden_file(update_golden: bool) -> None:
    rendered = sorabrief.render_markdown(aggregate(sorabrief.load()))
    if update_golden:
        GOLDEN.write_text(rendered, encoding="utf-8", newline="\n")
        pytest.skip(f"rewrote {GOLDEN}; review it with git diff")
    expected = GOLDEN.read_text(encoding="utf-8") if GOLDEN.is_file() else ""
    if rendered != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            rendered.splitlines(keepends=True),
            fromfile=f"{GOLDEN.name} (golden)",
            tofile=f"{GOLDEN.name} (rendered now)",
        )
        shown = "".join(list(diff)[:80])
        raise AssertionError(
            f"The Markdown briefing differs from tests/golden/{GOLDEN.name}.\n{shown}\n"
            f"If the change is intended, review the diff, then update the golden file with:\n"
            f"    {UPDATE}"
        )
