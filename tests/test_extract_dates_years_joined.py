"""Round 31's years: after "for" and "into" (not before a plural: "for 2000 fans" is a
count), "mid-2028", "since at least 2024", the end of a range ("from 2024 to 2027"), and a
year before a name in capitals ("the 2022 Procurement Law", "the 1998-built Kyma")."""

from __future__ import annotations

import pytest

from sorabrief.extract.dates import find_dates
from sorabrief.partial_date import PartialDate

PUBLISHED = PartialDate(2026, 4, 8)


def _years(text: str) -> list[tuple[str, int]]:
    return [(d.text, d.value.year) for d in find_dates(text, PUBLISHED) if d.value is not None]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Santiago's metro plans further tenders for 2027.", [("for 2027", 2027)]),
        ("The Oslo utility paid NOK 480m for 2025 alone.", [("for 2025", 2025)]),
        ("A delay would push the Lagos opening into 2029.", [("into 2029", 2029)]),
        ("The Quito plant was to start generating in mid-2028.", [("mid-2028", 2028)]),
        ("The pumps had been due since at least 2024.", [("since at least 2024", 2024)]),
        (
            "Lisbon's agency moved the renewal from 2024 to 2027.",
            [("from 2024", 2024), ("2027", 2027)],
        ),
        (
            "Under the 2022 Public Procurement Law, the 1998-built Kyma Thalassa was released.",
            [("2022", 2022), ("1998", 2026 - 28)],
        ),
    ],
)
def test_a_year_after_for_into_mid_or_in_a_range(text: str, want: list[tuple[str, int]]) -> None:
    assert _years(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The club in Leeds sold tickets for 2000 fans.",
        "Prices rose from 1,900 to 2,050 pesos in Lima.",
        "The Cork clinic moved into 2020 premises of its own.",
    ],
)
def test_a_number_before_a_plural_is_no_year(text: str) -> None:
    assert _years(text) == []
