"""Hedges of an extreme ("as few as", "as long as"), counts between two numbers, and a
"full" or "whole" time unit as a duration."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.quantities import hedged


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit", "hedge"),
    [
        ("The contractor sent as few as five crews on night shifts.", 5, 5, "crew", "as few as"),
        ("Loans ran for as long as 20 years.", 20, 20, "year", "as long as"),
        ("Clinics had between five and eight nurses on duty.", 5, 8, "nurse", None),
        ("Medics answered between 90 and 110 calls a day.", 90, 110, "call", None),
        ("Pupils in Galle have missed a full week of classes.", 1, 1, "week", None),
        ("Air in the homes must stay clean for a whole day.", 1, 1, "day", None),
    ],
)
def test_hedges_of_extremes_ranges_between_counts_and_full_durations(
    sentence: str, low: float, high: float, unit: str, hedge: str | None
) -> None:
    [figure] = find_figures(sentence)
    assert (figure.low, figure.high, figure.unit, figure.hedge) == (low, high, unit, hedge)


def test_an_extreme_bounds_the_amount_on_its_side() -> None:
    assert hedged(5, 5, "as few as") == (5, float("inf"))
    assert hedged(20, 20, "as long as") == (0, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "Families in Irbid count the cost of a week without bread cards.",
        "The ban ended a week in which no boat left Cedros.",
        "Drivers have waited there a week with no water.",
    ],
)
def test_a_time_unit_with_an_article_before_without_or_with_is_a_duration(sentence: str) -> None:
    [figure] = find_figures(sentence)
    assert (figure.low, figure.unit) == (1, "week")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses in Kandy work twelve hours a day with no break.",
        "Every day on the quay is a day with no pay.",
        "Unions called a week of protests.",
    ],
)
def test_a_rate_a_kind_of_day_or_an_event_is_no_duration_of_one(sentence: str) -> None:
    assert not [f for f in find_figures(sentence) if f.low == 1 and f.quantity.value == "duration"]
