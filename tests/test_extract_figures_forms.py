"""Money and counts in forms the readers once missed: a letter sign beside a plain number,
a range after a verb of range, a crown settled by the outlet's domain, zero plurals and
plurals in "-is", and hedges of "a little"/"slightly"."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.quantities import hedged


def _read(text: str, place: str = "", url: str = "") -> list[tuple[str, float, float, str]]:
    return [(f.text, f.low, f.high, f.unit) for f in find_figures(text, place, url)]


def test_a_letter_sign_counts_beside_a_plain_number_once_it_marks_a_sum() -> None:
    text = "Owners pay a R7,250 release fee, then R275 a day, and one spent almost R520."
    assert [f[0] for f in _read(text)] == ["R7,250", "R275", "almost R520"]


def test_a_letter_and_a_plain_number_stay_a_name_without_a_sum_or_after_the() -> None:
    assert _read("Vendors lined the R55 near Quellport.") == []
    text = "The bypass cost R1.1bn, yet the R55 stays jammed."
    assert [f[0] for f in _read(text)] == ["R1.1bn"]


def test_a_range_after_a_verb_of_range_is_one_figure() -> None:
    assert _read("Bribes range from R1,250 to R2,750.") == [
        ("R1,250 to R2,750", 1250.0, 2750.0, "ZAR")
    ]
    assert len(_read("The toll rose from €4 to €6.")) == 2


def test_a_bare_crown_is_the_crown_of_the_outlets_domain() -> None:
    text = "The club pays 150 kr for each trap, and the cleanup is put at 2 million kr."
    assert _read(text) == []
    url = "https://www.vesterbladet.dk/lokalt/traps"
    assert [f[3] for f in _read(text, url=url)] == ["DKK", "DKK"]
    assert _read(text, url="https://example.com/x") == []


def test_zero_plural_animals_and_plurals_in_is_are_counted() -> None:
    text = "About 3,700 farmed trout and 12 rental skis were lost; two tennis courts shut."
    assert _read(text) == [
        ("About 3,700 farmed trout", 3700.0, 3700.0, "trout"),
        ("12 rental skis", 12.0, 12.0, "ski"),
        ("two tennis courts", 2.0, 2.0, "court"),
    ]


def test_a_noun_in_sis_is_no_plural() -> None:
    assert _read("They ran 3 analysis before noon.") == []


def test_a_little_over_is_kept_as_the_hedge_and_bounds_the_amount() -> None:
    [figure] = find_figures("The bill came to a little over EUR 3.5 million.")
    assert figure.hedge == "a little over"
    assert hedged(100.0, 100.0, "a little over") == pytest.approx((100.0, 110.0))


def test_the_number_of_a_plural_names_the_amount_after_it() -> None:
    assert _read("The guild now puts the number of stalls seized at 73 since May.") == [
        ("73", 73.0, 73.0, "stall")
    ]
    assert _read("The number of minibus taxis rose to 215.") == [("215", 215.0, 215.0, "taxi")]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The fine was R8,500. The crash happened on R21 near Pellham.", "R8,500"),
        ("Parents paid R1,500 each; Grade R5 pupils stayed home.", "R1,500"),
    ],
)
def test_a_letter_and_a_number_after_a_road_or_grade_word_stay_a_name(
    text: str, amount: str
) -> None:
    assert [f[0] for f in _read(text)] == [amount]
