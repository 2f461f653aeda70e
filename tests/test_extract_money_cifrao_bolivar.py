"""Escudos written with the cifrão ("2.500$00"), sums with a decimal comma ("1.250,50"),
the "Bs." Bolivia and Venezuela both write, the "FC" of the Congo and the Comoros, the
Yemeni rial's "YR", and currency names typed without accents."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


def _money(text: str) -> list[tuple[float, str, str]]:
    return [
        (f.low, f.unit, text[f.start : f.end]) for f in find_figures(text) if f.quantity == "money"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A seat on the Mindelo boat costs 3.500$00, and the port tax 150$00, in escudos.",
            [(3_500.0, "CVE", "3.500$00"), (150.0, "CVE", "150$00")],
        ),
        (
            "Fishers in Cape Verde sold a kilo of tuna for 1$50 more than last year.",
            [(1.5, "CVE", "1$50")],
        ),
        (
            "The council of Sal, in Cape Verde, paid 2.250.000$00 (about 20,400 euros) for the quay.",
            [(2_250_000.0, "CVE", "2.250.000$00")],
        ),
    ],
)
def test_a_cifrao_between_escudos_and_centavos_reads_as_escudos(
    text: str, want: list[tuple[float, str, str]]
) -> None:
    assert _money(text) == want


def test_a_cifrao_is_never_a_dollar_of_cents_where_no_escudo_is_written() -> None:
    assert _money("The scanner read 4.800$00 off the crate label.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A bottle cost 1.250,50 euros at the kiosk.", (1_250.5, "EUR", "1.250,50 euros")),
        ("The refund is EUR 2.040,75 per family.", (2_040.75, "EUR", "EUR 2.040,75")),
    ],
)
def test_a_decimal_comma_after_grouping_points_is_read_as_cents(
    text: str, want: tuple[float, str, str]
) -> None:
    assert _money(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In Valencia, Venezuela, a kilo of rice costs Bs. 95 after the devaluation.",
            (95.0, "VES", "Bs. 95"),
        ),
        (
            "In Cochabamba a bus fare is Bs. 3, the city council said, as Bolivia's fuel ran short.",
            (3.0, "BOB", "Bs. 3"),
        ),
        (
            "A gas cylinder sold for 480 Bs. in Barquisimeto, where bolívares buy less each week.",
            (480.0, "VES", "480 Bs"),
        ),
    ],
)
def test_bs_is_the_currency_of_the_country_or_currency_the_article_names(
    text: str, want: tuple[float, str, str]
) -> None:
    assert _money(text) == [want]


def test_a_currency_name_typed_without_its_accent_is_read() -> None:
    text = "Teachers in Caracas earn about 9,000 bolivars a month, union leaders said."
    assert _money(text) == [(9_000.0, "VES", "about 9,000 bolivars")]


def test_an_accentless_name_that_is_an_english_word_is_no_currency() -> None:
    assert _money("Surgeons removed 2 colons from the donor list in San José.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A sack of rice costs 25,000 FC in Mutsamudu, where Comorian francs are scarce.",
            (25_000.0, "KMF", "25,000 FC"),
        ),
        (
            "A taxi in Lubumbashi charges 2,000 FC, paid in Congolese francs or dollars.",
            (2_000.0, "CDF", "2,000 FC"),
        ),
        ("In Aden a tank of water sold for YR 18,000 last week.", (18_000.0, "YER", "YR 18,000")),
    ],
)
def test_fc_and_yr_are_the_francs_and_rial_the_press_writes_so(
    text: str, want: tuple[float, str, str]
) -> None:
    assert _money(text) == [want]


def test_a_football_club_is_no_franc() -> None:
    assert _money("Fomboni FC beat Ngaya Club 2 to 1 in Moroni, in Comorian francs terms.") == []
