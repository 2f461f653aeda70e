"""A time unit made an adjective by "long", and verbs of lasting or adding before "a day"."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Ferries resumed after a week-long strike at Dunmore.", "week-long", "week"),
        ("A yearlong inquiry into the depot began.", "yearlong", "year"),
        ("The month-long closure hit traders.", "month-long", "month"),
        ("Residents doubt the repair will last a day.", "a day", "day"),
        ("The detour adds an hour to each run.", "an hour", "hour"),
    ],
)
def test_durations_of_one_unit(sentence: str, text: str, unit: str) -> None:
    [figure] = find_figures(sentence)
    assert (figure.quantity.value, figure.text, figure.low, figure.unit) == (
        "duration",
        text,
        1.0,
        unit,
    )


def test_an_article_before_a_hyphened_unit_is_the_nouns() -> None:
    assert find_figures("Keepers fed a week-old calf.") == ()
