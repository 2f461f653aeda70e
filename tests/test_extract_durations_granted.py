"""Durations with an article that a verb grants to someone for a task ("gave the board a
week to answer"), that someone loses or wastes, and "a single week"."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.findings import Quantity


def _durations(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.low, f.unit) for f in find_figures(text) if f.quantity is Quantity.DURATION]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The judge gave the landlord a week to fix the boiler.", [("a week", 1.0, "week")]),
        (
            "The regulator has given the two operators a month to respond.",
            [("a month", 1.0, "month")],
        ),
        ("The ministry allowed both bakeries a day to reopen.", [("a day", 1.0, "day")]),
        ("Farmers say they lost a month of growing time.", [("a month", 1.0, "month")]),
        ("The crews wasted an hour at the gate.", [("an hour", 1.0, "hour")]),
        ("The pump failed twice in a single week.", [("a single week", 1.0, "week")]),
    ],
)
def test_a_duration_granted_lost_or_single(text: str, want: list[tuple[str, float, str]]) -> None:
    assert _durations(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The council gave the school a year-end grant to spend.",
        "They were billed for a single month's gas at the winter rate.",
        "The club gave its members a day out to remember.",
    ],
)
def test_no_duration_without_a_task_or_before_a_possessive(text: str) -> None:
    assert _durations(text) == []
