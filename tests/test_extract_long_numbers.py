"""A run of digits longer than Python converts to an integer is text, not a crash."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures

_LONG = "9" * 5000


@pytest.mark.parametrize(
    "text",
    [
        f"There were {_LONG} people at the quay.",
        f"In Cape Verde the council paid {_LONG}$00 in escudos.",
        f"It cost ${_LONG}, or {_LONG} euros, for {_LONG} days.",
    ],
)
def test_a_hostile_run_of_digits_is_read_without_error(text: str) -> None:
    assert all(f.start < f.end for f in find_figures(text))
