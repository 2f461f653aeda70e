"""A fraction of a scale ("a quarter of a million"), and a range whose lower end is written
without the currency its upper end bears ("between 5,000 and 8,000 rupees")."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The mill owes a quarter of a million euros.", "a quarter of a million euros", 250_000),
        ("Three quarters of a million dollars went missing.",
         "Three quarters of a million dollars", 750_000),
        ("Nearly two-thirds of a billion rupees was frozen.", "Nearly two-thirds of a billion rupees",
         666_666_667),
        ("Half a billion dollars was pledged.", "Half a billion dollars", 5e8),
    ],
)  # fmt: skip
def test_a_fraction_of_a_scale_is_that_share_of_it(sentence: str, text: str, value: float) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.low, figure.high) == (text, value, value)


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "unit"),
    [
        ("A licence costs between 5,000 and 8,000 rupees.", "5,000 and 8,000 rupees",
         5_000, 8_000, "INR"),
        ("Repairs will cost 2 to 3 million euros.", "2 to 3 million euros", 2e6, 3e6, "EUR"),
        ("Stalls pay 40 – 60 dollars a week.", "40 – 60 dollars", 40, 60, "USD"),
        ("Fees ranging from 900 to 1,500 euros apply.", "900 to 1,500 euros", 900, 1_500,
         "EUR"),
    ],
)  # fmt: skip
def test_a_bare_lower_end_opens_the_range_of_the_sum_after_it(
    sentence: str, text: str, low: float, high: float, unit: str
) -> None:
    [figure] = [f for f in find_figures(sentence) if f.quantity == "money"]
    assert (figure.text, figure.low, figure.high, figure.unit) == (text, low, high, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fee rose from 5,000 to 8,000 rupees.",
        "Pupils aged 5 and 8,000 euros in grants were mentioned.",
    ],
)
def test_a_change_or_a_list_is_no_range(sentence: str) -> None:
    figures = [f for f in find_figures(sentence) if f.quantity == "money"]
    assert all(f.low == f.high for f in figures)
    assert figures[-1].low == 8_000
