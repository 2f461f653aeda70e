"""Counts in units of weight, whatever the spelling or symbol, meet in one unit."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "low", "hedge"),
    [
        ("The mill lost roughly 9,000 kg of barley a week.", 9000, "roughly"),
        ("Inspectors seized about 9,000 kilogrammes of barley.", 9000, "about"),
        ("Each sack held 25 kilos of flour.", 25, None),
        ("The bakery threw away 12 kilograms of dough.", 12, None),
        ("A quota of 40 kg applies to every picker.", 40, None),
    ],
)
def test_a_weight_counts_kilograms(sentence: str, low: float, hedge: str | None) -> None:
    [figure] = find_figures(sentence)
    assert (figure.low, figure.unit, figure.hedge) == (low, "kilogram", hedge)


def test_grams_are_one_unit_however_spelt() -> None:
    units = {
        f.unit
        for s in ("It weighed 300 grams.", "It weighed 300 grammes.")
        for f in find_figures(s)
    }
    assert units == {"gram"}


def test_a_kilogram_count_and_a_kilogramme_count_of_one_claim_meet() -> None:
    [first] = find_figures("Pickers were fined for bringing in less than 18 kilos of leaf.")
    [second] = find_figures("The target is 18 kg of leaf a day.")
    assert first.unit == second.unit == "kilogram"
