"""Zloty sums, pesos of a named country, and the bare "$" of an article that spells its peso."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Tenants may claim 12 500 zł a year.", "12 500 zł", 12_500),
        ("The deposit was zł 62,000 on average.", "zł 62,000", 62_000),
        ("The town owes 3.6 million zlotys to its builder.", "3.6 million zlotys", 3.6e6),
        ("A levy of 870 zloty a head was dropped.", "870 zloty", 870),
        ("The council set aside zl 4.2m for the dykes.", "zl 4.2m", 4.2e6),
        ("The ministry paid PLN 7 300 in damages.", "PLN 7 300", 7300),
    ],
)
def test_zloty_before_or_after_the_amount(sentence: str, text: str, value: float) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.low, figure.unit, figure.quantity.value) == (
        text,
        value,
        "PLN",
        "money",
    )


def test_a_conversion_of_a_zloty_sum_is_not_a_figure_of_its_own() -> None:
    [figure] = find_figures("The brewery lost 2.3 billion zlotys (€540 million) last year.")
    assert (figure.low, figure.unit) == (2.3e9, "PLN")
    assert figure.converted is not None
    assert (figure.converted.low, figure.converted.unit) == (540e6, "EUR")


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Farmers near Temuco, Chile, got a 3.1bn-peso relief fund.", "3.1bn-peso", 3.1e9, "CLP"),
        ("Bogotá, Colombia: the city owes 80 million pesos.", "80 million pesos", 8e7, "COP"),
        ("Manila's port authority paid 50 million pesos.", "50 million pesos", 5e7, "PHP"),
        ("The Chilean utility set up a Ch$6,300 million fund.", "Ch$6,300 million", 6.3e9, "CLP"),
        ("The Argentine province approved a 2 million-peso grant.", "2 million-peso", 2e6, "ARS"),
    ],
)
def test_pesos_are_the_peso_of_the_country_named(
    sentence: str, text: str, value: float, unit: str
) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.low, figure.unit) == (text, value, unit)


@pytest.mark.parametrize(
    "sentence", ["She carried a 10-pound sack of flour.", "He kept a five-peso coin."]
)
def test_an_unscaled_hyphened_currency_word_is_not_a_sum(sentence: str) -> None:
    assert not [f for f in find_figures(sentence) if f.quantity.value == "money"]


def test_a_bare_dollar_is_us_dollars_where_the_peso_is_spelled_out() -> None:
    found = find_figures(
        "The Chilean smelter pledged CLP 2 billion to the town. Traders say the outage "
        "costs it $1.1 million a day."
    )
    assert [(f.low, f.unit) for f in found] == [(2e9, "CLP"), (1.1e6, "USD")]


def test_a_bare_dollar_stays_the_peso_where_the_peso_is_never_spelled_out() -> None:
    [figure] = find_figures("A Chilean court fined the smelter $700 million.")
    assert figure.unit == "CLP"
