"""A Spanish scale word after a sum, before which points group thousands."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The council cancelled the $4.200 millones road contract.", 4_200_000_000),
        ("It must pay a $315 millones guarantee.", 315_000_000),
        ("The fund holds $2 millón.", 2_000_000),
    ],
)
def test_millones_multiply_and_points_group(sentence: str, value: float) -> None:
    [figure] = find_figures(sentence, place="Chile")
    assert (figure.low, figure.unit) == (value, "CLP")


def test_a_point_before_an_english_scale_word_is_a_decimal_point() -> None:
    [figure] = find_figures("The council cancelled the $4.200 million contract.", place="Chile")
    assert figure.low == pytest.approx(4_200_000)
