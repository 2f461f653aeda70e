"""Sums written as local papers write them: a decimal comma, letters after the amount,
a hyphened allowance, contos, a riyal spelled either way, a currency left out."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.findings import Quantity


def _sums(text: str, ours: frozenset[str] = frozenset()) -> list[tuple[str, float, str]]:
    return [
        (f.text, f.low, f.unit)
        for f in find_figures(text, ours=ours)
        if f.quantity == Quantity.MONEY
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("A cup of coffee at the station now costs €1,80.", "€1,80", 1.8, "EUR"),
        ("The region set aside €12,5 million for the dykes.", "€12,5 million", 12.5e6, "EUR"),
        ("Ticket holders were refunded 7,5 euros each.", "7,5 euros", 7.5, "EUR"),
    ],
)
def test_a_decimal_comma_with_no_thousands_grouped_is_read(
    sentence: str, text: str, value: float, unit: str
) -> None:
    assert _sums(sentence) == [(text, value, unit)]


def test_a_comma_before_three_digits_still_groups_thousands() -> None:
    assert _sums("Each family received 1,250 euros in aid.") == [("1,250 euros", 1250, "EUR")]


def test_mozambique_s_metical_written_mt_is_read_where_the_article_writes_meticais() -> None:
    text = (
        "Bakers in Beira say flour now costs 1 450,00 MT a sack. The regulator says the "
        "extra meticais pay for freight, and a loaf went from 8 MT to 10,50 MT."
    )
    assert [(v, u) for _, v, u in _sums(text)] == [(1450, "MZN"), (8, "MZN"), (10.5, "MZN")]


def test_mt_before_of_is_a_tonnage() -> None:
    text = "The quay loaded 900 MT of maize, worth 4 million meticais."
    assert _sums(text) == [("4 million meticais", 4e6, "MZN")]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Farm workers in Sri Lanka were promised a 700-rupee daily wage.", 700, "LKR"),
        ("Vendors in Tajikistan pay a 30-diram levy every morning.", 0.3, "TJS"),
        ("In Kuwait a 250-fils bottle of water now sells for more.", 0.25, "KWD"),
    ],
)
def test_an_amount_hyphened_to_a_currency_is_a_sum(sentence: str, value: float, unit: str) -> None:
    assert [(v, u) for _, v, u in _sums(sentence)] == [(value, unit)]


def test_a_hyphened_coin_is_still_no_sum() -> None:
    assert _sums("The boy found a 20-rupee coin in Sri Lanka.") == []


def test_the_portuguese_centimo_is_a_sum_of_the_currency_it_divides() -> None:
    text = "A loaf in Luanda rose by 40 cêntimos, to 90 kwanzas."
    assert [(v, u) for _, v, u in _sums(text)] == [(0.4, "AOA"), (90, "AOA")]


def test_contos_are_thousands_of_escudos_where_the_escudo_is_the_article_s() -> None:
    text = "Auditors in Cape Verde put the loss at 850 contos."
    assert _sums(text) == [("850 contos", 850_000, "CVE")]


def test_contos_are_no_sum_where_no_escudo_is_written() -> None:
    assert _sums("Her grandmother knew 300 contos by heart.") == []


def test_a_bare_riyal_written_before_a_foreign_one_is_the_article_s_own() -> None:
    text = (
        "Households across Yemen now pay 18,000 riyals for a tank of water. A charity "
        "based abroad later pledged 5 million Saudi riyals."
    )
    assert [(v, u) for _, v, u in _sums(text)] == [(18_000, "YER"), (5e6, "SAR")]


def test_a_bare_riyal_written_after_the_marked_one_is_the_same_currency() -> None:
    text = "The Saudi fund gave 5 million Saudi riyals; each family received 2,000 riyals."
    assert [u for _, _, u in _sums(text)] == ["SAR", "SAR"]


def test_a_bare_riyal_is_the_case_s_when_the_article_names_no_country() -> None:
    text = "The tank cost 9,000 riyals. Donors sent 2 million Saudi riyals."
    found = _sums(text, ours=frozenset({"OMR", "SAR"}))
    assert [u for _, _, u in found] == ["OMR", "SAR"]


def test_a_shared_noun_is_the_currency_of_the_country_named_most() -> None:
    text = (
        "Jordan's water authority raised tariffs. Jordan says the rise is modest; a "
        "lorry from Iraq was turned back. Households pay 30 dinars more."
    )
    assert _sums(text) == [("30 dinars", 30, "JOD")]


def test_an_amount_leaving_out_the_currency_just_named_is_a_sum_in_it() -> None:
    text = "Landlords in Switzerland who charged 900 francs a room last year now ask 1,200."
    assert [(v, u) for _, v, u in _sums(text)] == [(900, "CHF"), (1200, "CHF")]


def test_a_count_of_another_noun_after_a_sum_stays_a_count() -> None:
    found = find_figures("The firm paid 5,000 euros to 30 drivers; 12 more were hired.")
    assert [(f.quantity, f.unit) for f in found][-1] == (Quantity.COUNT, "driver")
