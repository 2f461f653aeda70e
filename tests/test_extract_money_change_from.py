"""A bare amount a change starts from, before a sum that names the currency ("fares went
from 800 to 1,200 francs"): a sum of its own in that currency, not part of a range."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


def _money(text: str) -> list[tuple[str, float, float, str | None]]:
    return [
        (f.text, f.low, f.high, f.unit) for f in find_figures(text) if f.quantity.value == "money"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The council raised the permit fee from 450 to 600 Danish kroner.",
            [("450", 450, 450, "DKK"), ("600 Danish kroner", 600, 600, "DKK")],
        ),
        (
            "Its budget was cut from 12 to 9 million euros this year.",
            [("12", 12e6, 12e6, "EUR"), ("9 million euros", 9e6, 9e6, "EUR")],
        ),
        (
            "Ticket prices vary from 30 to 45 euros a seat.",
            [("30 to 45 euros", 30, 45, "EUR")],
        ),
        (
            "Rents rose from 2018 to 2,400 euros a month.",
            [("2,400 euros", 2400, 2400, "EUR")],
        ),
    ],
)
def test_a_change_from_a_bare_amount(text: str, want: list[tuple[str, float, float, str]]) -> None:
    assert _money(text) == want
