"""Months joined to a month named alone, and a short day/month after "on"."""

from __future__ import annotations

import pytest

from sorabrief.extract.dates import find_dates
from sorabrief.findings import DatePrecision
from sorabrief.partial_date import PartialDate

_PUBLISHED = PartialDate(2025, 10, 20)


def _dates(text: str) -> list[tuple[str, PartialDate | None]]:
    return [(d.text, d.value) for d in find_dates(text, _PUBLISHED)]


def test_a_month_joined_to_a_month_named_alone() -> None:
    assert _dates("Complaints rose sharply between August and October.") == [
        ("between August", PartialDate(2025, 8)),
        ("October", PartialDate(2025, 10)),
    ]


def test_a_list_of_months_after_a_preposition() -> None:
    assert _dates("The ferry ran late in May, June and July.") == [
        ("in May", PartialDate(2025, 5)),
        ("June", PartialDate(2025, 6)),
        ("July", PartialDate(2025, 7)),
    ]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The quarry was sealed on 6/6 after the blast.", "6/6", PartialDate(2025, 6, 6)),
        ("Trading resumed on 14/9, a week later.", "14/9", PartialDate(2025, 9, 14)),
    ],
)
def test_a_short_day_and_month_after_on(text: str, mention: str, value: PartialDate) -> None:
    [date] = find_dates(text, _PUBLISHED)
    assert (date.text, date.value, date.precision) == (mention, value, DatePrecision.DAY)


@pytest.mark.parametrize(
    "text",
    ["She answered 4/5 questions correctly.", "The helpline runs on 24/7 rotas.", "Mix 1/2 cup."],
)
def test_a_short_fraction_is_no_date(text: str) -> None:
    assert _dates(text) == []
