"""Numeric dates read in the order of the country an article names, and a fortnight ago."""

from __future__ import annotations

import pytest

from sorabrief.extract.dates import find_dates
from sorabrief.partial_date import PartialDate

PUBLISHED = PartialDate(2024, 11, 20)


def numeric(text: str) -> list[tuple[str, str | None]]:
    return [
        (d.text, d.value.isoformat() if d.value else None)
        for d in find_dates(text, PUBLISHED)
        if "/" in d.text
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A notice in Kraków dated 05/09 told Polish riders to wait.", ("05/09", "2024-09-05")),
        ("Hungarian inspectors closed the mill on 3/10.", ("3/10", "2024-10-03")),
        ("The levee in Ohio was shut on 05/09, officials said.", ("05/09", "2024-05-09")),
        ("Inspectors in the Philippines sealed the depot on 3/10.", ("3/10", "2024-03-10")),
    ],
)
def test_a_numeric_date_follows_the_country_named(text: str, expected: tuple[str, str]) -> None:
    assert numeric(text) == [expected]


def test_the_country_outweighs_the_order_of_written_dates() -> None:
    text = "The Norwegian depot closed on October 2; a sign dated 02/10 is still up."
    assert numeric(text) == [("02/10", "2024-10-02")]


def test_countries_of_both_orders_fall_back_to_the_written_dates() -> None:
    text = "Exporters in Texas and Ghana signed on 02/10."
    assert numeric(text) == [("02/10", None)]


def test_a_fortnight_ago_is_fourteen_days_back() -> None:
    [mention] = find_dates("The pumps failed a fortnight ago.", PUBLISHED)
    assert (mention.text, mention.value and mention.value.isoformat()) == (
        "a fortnight ago",
        "2024-11-06",
    )
