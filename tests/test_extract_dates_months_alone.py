"""Round 31's dates: a month named alone after "for", "into" or "as recently as", before the
noun it dates ("the disputed December bills", "November's payment"), joined to another by
"and" or "or"; a day written as an ordinal word ("the twelfth of January")."""

from __future__ import annotations

import pytest

from sorabrief.extract.dates import find_dates
from sorabrief.partial_date import PartialDate

PUBLISHED = PartialDate(2026, 4, 8)


def _dates(text: str) -> list[tuple[str, PartialDate | None, str]]:
    return [(d.text, d.value, d.precision.value) for d in find_dates(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Nurses in Lagos have received no pay for February or March.",
            [
                ("for February", PartialDate(2026, 2), "month"),
                ("March", PartialDate(2026, 3), "month"),
            ],
        ),
        (
            "The plumbers' waiting list runs well into May, a Reykjavík plumber said.",
            [],
        ),
        (
            "The backlog in Gdańsk runs well into June.",
            [("into June", PartialDate(2025, 6), "month")],
        ),
        (
            "Inspectors in Manila signed off the site as recently as January.",
            [("as recently as January", PartialDate(2026, 1), "month")],
        ),
        (
            "The Lima clinic asked for the logs for September and October.",
            [
                ("for September", PartialDate(2025, 9), "month"),
                ("October", PartialDate(2025, 10), "month"),
            ],
        ),
    ],
)
def test_a_month_after_for_into_or_as_recently_as(
    text: str, want: list[tuple[str, PartialDate | None, str]]
) -> None:
    assert _dates(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Arrears have nothing to do with the disputed December bills in Almaty.",
            [("December", PartialDate(2025, 12), "month")],
        ),
        (
            "Overpayments in Durban are credited against March consumption.",
            [("March", PartialDate(2026, 3), "month")],
        ),
        (
            "The ministry in Accra will withhold January's payment to the contractor.",
            [("January", PartialDate(2026, 1), "month")],
        ),
        (
            "Nobody in Quito explained why the February and March payrolls never arrived.",
            [("February", PartialDate(2026, 2), "month"), ("March", PartialDate(2026, 3), "month")],
        ),
    ],
)
def test_a_month_before_the_noun_it_dates(
    text: str, want: list[tuple[str, PartialDate | None, str]]
) -> None:
    assert _dates(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The committee voted for May in the leadership race.",
        "When June said the plan was dead, the room went quiet.",
        "Prime Minister May spoke to reporters in Leeds.",
        "The council hired April Nkosi as its auditor.",
    ],
)
def test_a_name_is_no_month(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "“We opened an inspection on the twelfth of January,” the Chișinău regulator said.",
            [("the twelfth of January", PartialDate(2026, 1, 12), "day")],
        ),
        (
            "The pharmacists in Karachi told the distributor on the fourth of November.",
            [("the fourth of November", PartialDate(2025, 11, 4), "day")],
        ),
        (
            "The bridge in Kraków closed on the twenty-first of March 2025.",
            [("the twenty-first of March 2025", PartialDate(2025, 3, 21), "day")],
        ),
        (
            "The Nairobi hearing was set for the thirtieth of March.",
            [("the thirtieth of March", PartialDate(2026, 3, 30), "day")],
        ),
    ],
)
def test_a_day_written_as_an_ordinal_word(
    text: str, want: list[tuple[str, PartialDate | None, str]]
) -> None:
    assert _dates(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Refunds in Athens will be completed by the end of the month.",
            [("by the end of the month", PartialDate(2026, 4), "month")],
        ),
        (
            "The Accra regulator logged 3,200 complaints since the start of the month.",
            [("since the start of the month", PartialDate(2026, 4), "month")],
        ),
        (
            "The ministry in Lisbon will report before the end of the year.",
            [("before the end of the year", PartialDate(2026), "year")],
        ),
        ("“At the end of the month there is nothing,” a Hanoi cutter said.", []),
        (
            "Acid water escaped from the Chilean mine over the weekend.",
            [("over the weekend", PartialDate(2026, 3, 30), "week")],
        ),
        ("Light rain is expected over the weekend in Lahore.", []),
        ("The outfall in Port Louis overflowed three times in the past year.", []),
    ],
)
def test_parts_of_the_month_or_year_and_the_weekend_just_past(
    text: str, want: list[tuple[str, PartialDate | None, str]]
) -> None:
    assert _dates(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On 5 March, 41 patients in Zenica were moved by ambulance.",
            [("5 March", PartialDate(2026, 3, 5), "day")],
        ),
        (
            "Queues formed in 6th of October City near Cairo on 6 October.",
            [("6 October", PartialDate(2025, 10, 6), "day")],
        ),
    ],
)
def test_a_count_after_a_day_and_a_place_named_for_a_date(
    text: str, want: list[tuple[str, PartialDate | None, str]]
) -> None:
    assert _dates(text) == want
