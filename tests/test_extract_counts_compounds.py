"""Plural-only nouns that modify a later plural, points counted after a modifier, and
ranges of two numbers in a row as speech gives them."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "low", "unit"),
    [
        ("Regulators logged two serious tailings dam breaches.", 2, "breach"),
        ("Auditors froze five savings accounts.", 5, "account"),
        ("Dozens of sports club closures followed.", 24, "closure"),
        ("The shire opened 12 collection points.", 12, "point"),
        ("It recorded 300 sales last year.", 300, "sale"),
    ],
)
def test_the_counted_noun(sentence: str, low: float, unit: str) -> None:
    [figure] = find_figures(sentence)
    assert (figure.low, figure.unit) == (low, unit)


@pytest.mark.parametrize(
    "sentence", ["Yields rose 3 percentage points.", "The index fell 40 points."]
)
def test_points_of_a_measure_are_no_count(sentence: str) -> None:
    assert find_figures(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("We sat there four, five hours without heat.", 4, 5),
        ("It took two, nine hours.", 9, 9),
        ("Porters logged 30 overtime hours.", 30, 30),
    ],
)
def test_speech_ranges_and_overtime(sentence: str, low: float, high: float) -> None:
    [figure] = find_figures(sentence)
    assert (figure.quantity.value, figure.low, figure.high, figure.unit) == (
        "duration",
        low,
        high,
        "hour",
    )
