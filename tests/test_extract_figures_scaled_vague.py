"""Dozens, vague amounts with a scale, wire scale suffixes, the cedi's "GH¢", hyphened
sums with thousands, and conversions after a shared-out sum or the sum's own noun."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit", "hedge"),
    [
        ("Wardens counted more than three dozen kayaks on the lake.", 36, 36, "kayak", "more than"),
        ("Officers seized 2 dozen crates.", 24, 24, "crate", None),
        ("Leaks lose several million litres a year.", 3e6, 7e6, "litre", "several"),
        ("A few hundred tenants signed.", 200, 400, "tenant", "a few"),
        ("Several thousand anglers came.", 3000, 7000, "angler", "several"),
    ],
)
def test_dozens_and_scaled_vague_amounts(
    sentence: str, low: float, high: float, unit: str, hedge: str | None
) -> None:
    [figure] = find_figures(sentence)
    assert (figure.low, figure.high, figure.unit, figure.hedge) == (low, high, unit, hedge)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The regulator fined the chain HUF 9.2 bln on Monday.", 9.2e9, "HUF"),
        ("Exports reached EUR 1.3 trln last year.", 1.3e12, "EUR"),
        ("The council owes RON 45 mln to its builder.", 45e6, "RON"),
        ("Fishers ask for GH¢12 million in damages.", 12e6, "GHS"),
        ("The clinic's 250,000-peso grant was cut.", 250_000, "MXN"),
    ],
)
def test_wire_scales_the_cedi_and_hyphened_sums(sentence: str, value: float, unit: str) -> None:
    [figure] = [f for f in find_figures(sentence) if f.quantity.value == "money"]
    assert (figure.low, figure.unit) == (value, unit)


def test_a_hyphened_pound_with_thousands_is_a_weight() -> None:
    assert not [f for f in find_figures("A 2,000-pound bomb fell.") if f.quantity.value == "money"]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Riders were offered PLN 200 each (about €47) on top of refunds.", 47, "EUR"),
        ("Tenants got CZK 900 apiece (roughly €36).", 36, "EUR"),
        ("Brakmart faces a HUF 6bn bill, some €15m at current rates.", 15e6, "EUR"),
    ],
)
def test_conversions_after_a_shared_out_sum_or_its_noun(
    sentence: str, value: float, unit: str
) -> None:
    [figure] = [f for f in find_figures(sentence) if f.quantity.value == "money"]
    assert figure.converted is not None
    assert (figure.converted.low, figure.converted.unit) == (value, unit)
