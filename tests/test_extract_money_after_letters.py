"""Symbols in English letters after an amount ("3,200 Ar"), thousands grouped by points
("3.000 Kz", "1.250.000 kwanzas"), a shared noun after a country's name ("Guyana
dollars") and ranges opened by a bare amount with "or"."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


def _money(text: str) -> list[tuple[float, float, str, str]]:
    return [
        (f.low, f.high, f.unit, text[f.start : f.end])
        for f in find_figures(text)
        if f.quantity == "money"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In Toliara a bag of charcoal sells for 12,000 Ar, twice what it did; the ariary fell.",
            (12_000, "MGA", "12,000 Ar"),
        ),
        (
            "Tanker crews charged 4,500 Kz a trip in Benguela, in kwanzas that buy less each month.",
            (4_500, "AOA", "4,500 Kz"),
        ),
        (
            "A tram ticket in Debrecen is 450 Ft since the forint fell.",
            (450, "HUF", "450 Ft"),
        ),
    ],
)
def test_a_lettered_symbol_after_an_amount_is_read_where_the_currency_is_written(
    text: str, want: tuple[float, str, str]
) -> None:
    value, unit, written = want
    assert (value, value, unit, written) in _money(text)


@pytest.mark.parametrize(
    "text",
    [
        "The relay team ran 400 Ar in the school's notation, the coach said.",
        "The cliff drops 500 Ft into the gorge, a Hungarian guide said.",
        "Madagascar's 2024 Ar census counted ariary holders.",
    ],
)
def test_a_lettered_symbol_after_an_amount_counts_for_nothing_without_its_currency(
    text: str,
) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("In Huambo a sack of maize now costs 9.500 kwanzas.", 9_500, "AOA"),
        ("The fine came to 1.250.000 kwanzas, the court in Lobito said.", 1_250_000, "AOA"),
        ("The repair bill was 12.400 euros.", 12_400, "EUR"),
    ],
)
def test_a_point_before_three_digits_groups_thousands_of_a_currency_with_cents(
    text: str, value: float, unit: str
) -> None:
    assert [(low, u) for low, _, u, _ in _money(text)] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Diesel reached €1.689 a litre in Porto.", 1.689, "EUR"),
        ("The rent was 2.500 dinars a month in Kuwait City.", 2.5, "KWD"),
        ("The bank lent 1.250 billion euros.", 1.25e9, "EUR"),
    ],
)
def test_three_decimals_stay_decimals_for_a_unit_price_a_thousandth_or_a_scale(
    text: str, value: float, unit: str
) -> None:
    assert [(low, u) for low, _, u, _ in _money(text)] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Households were promised 250,000 Guyana dollars each.", 250_000, "GYD"),
        ("Each trader lost about 80,000 Uganda shillings.", 80_000, "UGX"),
        ("The tender was worth 2 billion Sri Lanka rupees.", 2e9, "LKR"),
    ],
)
def test_a_shared_noun_after_its_countrys_name_is_that_countrys_currency(
    text: str, value: float, unit: str
) -> None:
    assert [(low, u) for low, _, u, _ in _money(text)] == [(value, unit)]


def test_a_bare_amount_and_or_open_a_range_with_the_hedge_before_it() -> None:
    text = "Drivers now ask about 7.000 or 8.000 kwanzas for a load in Cacuaco."
    assert _money(text) == [(7_000, 8_000, "AOA", "about 7.000 or 8.000 kwanzas")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("One dollar bought 0.900 euros at the airport kiosk.", 0.9),
        ("The pound rose 0.3% to 1.168 euros.", 1.168),
        ("Diesel cost 1.659 euros, up from 1.589 euros.", 1.659),
        ("Shares closed at 12.345 euros.", 12.345),
    ],
)
def test_decimals_that_are_prices_or_rates_are_not_grouped(text: str, value: float) -> None:
    assert value in [low for low, _, unit, _ in _money(text) if unit == "EUR"]


@pytest.mark.parametrize(
    "text",
    [
        "In Venezuela a coffee costs 50 BsXS now, in bolívares.",
        "Qatar's ministry issued 50,000 QR codes to holders of riyals.",
        "In 2025 JD Vance met Jordan's king, who spoke of Jordanian dinars.",
        "A note of 100 billion Zimbabwe dollars was framed in Harare.",
    ],
)
def test_letters_that_name_something_else_are_no_sum(text: str) -> None:
    assert all(unit not in {"VES", "QAR", "JOD", "USD"} for _, _, unit, _ in _money(text))
