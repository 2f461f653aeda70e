"""Sums of money in forms that the first rules missed or misread."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The mine set aside R3.7bn for rehabilitation.", "R3.7bn", 3.7e9, "ZAR"),
        ("Tolls rise to R58.40 per trip.", "R58.40", 58.40, "ZAR"),
        ("Each household got R2,350 in relief.", "R2,350", 2350, "ZAR"),
        ("The province budgeted R90 million for repairs.", "R90 million", 90e6, "ZAR"),
        ("The insurer paid ZAR75 million to farmers.", "ZAR75 million", 75e6, "ZAR"),
    ],
)
def test_a_capital_r_against_a_sum_is_rand(
    sentence: str, text: str, value: float, unit: str
) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.low, figure.unit) == (text, value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Traffic backed up along the R61 towards the coast.",
        "Applicants fill in form R7 at the counter.",
        "The R2 variant was withdrawn.",
    ],
)
def test_a_letter_and_a_plain_number_is_a_name_not_money(sentence: str) -> None:
    assert [f for f in find_figures(sentence) if f.unit == "ZAR"] == []


def test_a_conversion_after_a_rand_sum_stays_with_it() -> None:
    [figure] = find_figures("The repairs will cost R640 million (about £27m), the agency said.")
    assert (figure.text, figure.unit, figure.low) == ("R640 million", "ZAR", 640e6)
    assert figure.converted is not None
    assert (figure.converted.text, figure.converted.unit) == ("about £27m", "GBP")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The Dunedin council spent $4 million on the seawall.", "NZD"),
        ("A Calgary developer paid $2.1m for the lot.", "CAD"),
        ("Brisbane commuters face a $3 fare rise.", "AUD"),
        ("The Ohio plant cost $80 million.", "USD"),
        ("A Toronto firm and an Ohio bank split the $9m bill.", "USD"),
        ("The bill came to $9m.", "USD"),
    ],
)
def test_a_bare_dollar_follows_the_one_dollar_country_named_by_region_or_city(
    sentence: str, unit: str
) -> None:
    [figure] = find_figures(sentence)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Flooding near Monterrey, Mexico, cost farmers $40 million.", "MXN"),
        ("The Chilean regulator fined the miner $900 million.", "CLP"),
        ("A refinery in New Mexico lost $5 million.", "USD"),
    ],
)
def test_a_bare_dollar_in_a_peso_country_is_its_peso(sentence: str, unit: str) -> None:
    [figure] = find_figures(sentence)
    assert figure.unit == unit


def test_a_bare_dollar_converting_a_peso_sum_is_us_dollars() -> None:
    [figure] = find_figures("The port lost 80 million pesos (roughly $4.4 million) overall.")
    assert (figure.low, figure.unit) == (80e6, "MXN")
    assert figure.converted is not None
    assert (figure.converted.low, figure.converted.unit) == (4.4e6, "USD")


def test_a_list_of_bare_dollars_after_a_marked_one_stays_in_its_currency() -> None:
    found = find_figures("The board awarded C$410.50, $22.10 and $90 in costs.")
    assert [(f.low, f.unit, f.converted) for f in found] == [
        (410.50, "CAD", None),
        (22.10, "CAD", None),
        (90.0, "CAD", None),
    ]


def test_a_sum_at_current_rates_converts_the_sum_before_it() -> None:
    [figure] = find_figures(
        "Its bill came to CLP 900 million, a little over US$950,000 at current rates."
    )
    assert (figure.low, figure.unit) == (900e6, "CLP")
    assert figure.converted is not None
    assert (figure.converted.low, figure.converted.unit) == (950_000.0, "USD")


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "hedge"),
    [
        ("A nurse earns around Mex$21,500 a month.", "around Mex$21,500", 21500, "MXN", "around"),
        ("Tickets cost NT$1,200 each.", "NT$1,200", 1200, "TWD", None),
        ("The bridge will cost 420m pesos to rebuild.", "420m pesos", 420e6, "MXN", None),
        ("Repairs ran to 3bn yen in all.", "3bn yen", 3e9, "JPY", None),
    ],
)
def test_letter_dollar_prefixes_and_a_suffix_before_a_currency_word(
    sentence: str, text: str, value: float, unit: str, hedge: str | None
) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.low, figure.unit, figure.hedge) == (text, value, unit, hedge)


def test_the_franc_abbreviation_before_an_amount_is_swiss_francs() -> None:
    found = find_figures("A lift pass costs Fr. 79 a day, and a chalet SFr. 2,400 a week.")
    assert [(f.text, f.low, f.unit) for f in found] == [
        ("Fr. 79", 79.0, "CHF"),
        ("SFr. 2,400", 2400.0, "CHF"),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The council owes traders KSh 4.7bn in fees.", "KSh 4.7bn", 4.7e9, "KES"),
        ("Fares rose to Ksh120 a trip.", "Ksh120", 120, "KES"),
        ("The farm lost KES 12 million in the floods.", "KES 12 million", 12e6, "KES"),
        ("Each porter is paid 900 shillings a day.", "900 shillings", 900, "KES"),
        ("Tickets cost 5,000 Ugandan shillings.", "5,000 Ugandan shillings", 5000, "UGX"),
        ("The co-op was fined ₦45 million.", "₦45 million", 45e6, "NGN"),
        ("The mill repaid 3 million naira.", "3 million naira", 3e6, "NGN"),
        ("Fuel rose to GHS 14 a litre.", "GHS 14", 14, "GHS"),
    ],
)
def test_african_currencies_by_prefix_code_or_word(
    sentence: str, text: str, value: float, unit: str
) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.low, figure.unit) == (text, value, unit)


def test_a_dollar_conversion_after_a_shilling_sum_is_not_a_figure_of_its_own() -> None:
    [figure] = find_figures("Repairs will cost KSh 640 million (about $4.9 million), it said.")
    assert (figure.text, figure.unit, figure.low) == ("KSh 640 million", "KES", 640e6)
