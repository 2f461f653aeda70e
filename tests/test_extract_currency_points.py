"""A currency's abbreviation with its own point ("kr.", "Bs.", "S/.", "Gs.") ends no sentence
while its amount goes on; the signs another of a country's languages writes ("DT", "Gs."),
Uruguay's "$U", the CLDR's names without their country ("convertible marks") and vague
sums of a currency's word are read."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.extract.mentions import party_matcher
from sorabrief.extract.quotes import find_quotes
from sorabrief.extract.sentences import split_sentences
from sorabrief.findings import Span


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, (Span(0, len(text)),))]


@pytest.mark.parametrize(
    "text",
    [
        "Tenants in Akureyri pay 4,500 kr. a month for a heated flat, the co-op said.",
        "A bus ticket in El Alto costs Bs. 40 since the new fares began.",
        "In Arequipa a kilo of rice now costs S/. 12 at the market.",
        "The ferry to Chaco'i costs Gs. 5.000 each way.",
        "Passengers on the Aarhus line get kr. 300 back per cancelled trip.",
    ],
)
def test_a_currency_point_before_its_amount_or_lower_case_ends_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_capital_after_a_currency_point_still_starts_a_sentence() -> None:
    text = "The rent was 4,500 kr. The co-op says it will rise."
    assert _sentences(text) == ["The rent was 4,500 kr.", "The co-op says it will rise."]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Ana Quispe said the fare of Bs. 40 was “a robbery”.", "a robbery", "Ana Quispe"),
        (
            "Mr Rahman said rent of 4,500 kr. a month was “simply too high”.",
            "simply too high",
            "Mr Rahman",
        ),
        (
            "Sigrún Jónsdóttir said a room costs S/. 90 a night, “which nobody here can pay”.",
            "which nobody here can pay",
            "Sigrún Jónsdóttir",
        ),
    ],
)
def test_a_partial_quotation_after_a_currency_point_keeps_its_speaker(
    text: str, words: str, speaker: str
) -> None:
    sentences = split_sentences(text, (Span(0, len(text)),))
    quotes, _terms = find_quotes(text, sentences, party_matcher(()))
    assert [(q.text, q.attribution) for q in quotes] == [(words, speaker)]


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("The Montevideo regulator fined the dairy $U 1,200 per carton.", 1200, 1200, "UYU"),
        ("A $U 3.5 million fund will pay for the clinics.", 3.5e6, 3.5e6, "UYU"),
        ("Sfax port works are costed at DT 6.2 million.", 6.2e6, 6.2e6, "TND"),
        ("Each family in Kasserine, Tunisia, got DT 300 from the governorate.", 300, 300, "TND"),
        ("Oran's council in Algeria set aside DA 45 million for the road.", 45e6, 45e6, "DZD"),
        ("Fares in Encarnación, Paraguay, rose to Gs. 20.000.", 20_000, 20_000, "PYG"),
        ("The vendors of Asunción pay 7.500 guaraníes a day for a stall.", 7500, 7500, "PYG"),
        ("A ticket in La Paz, Bolivia, now costs Bs. 40.", 40, 40, "BOB"),
        ("In Cusco, Peru, bread rose to S/. 12 a kilo.", 12, 12, "PEN"),
    ],
)
def test_signs_a_countrys_other_language_or_press_writes(
    sentence: str, low: float, high: float, unit: str
) -> None:
    [money] = [f for f in find_figures(sentence) if f.quantity.value == "money"]
    assert (money.low, money.high, money.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit", "hedge"),
    [
        ("The mine in Tunisia saved a few million dinars on the dam.", 2e6, 4e6, "TND", "a few"),
        ("Repairs in Lyon will cost several thousand euros.", 3000, 7000, "EUR", "several"),
        ("Sellers in Lahore, Pakistan, save a few rupees a bottle.", 2, 4, "PKR", "a few"),
        ("A few hundred dollars went missing in Ohio.", 200, 400, "USD", "a few"),
        ("The Kenyan council owes thousands of shillings.", 2000, 9999, "KES", "thousands"),
    ],
)
def test_a_vague_amount_of_a_currency_is_a_sum_with_its_range(
    sentence: str, low: float, high: float, unit: str, hedge: str
) -> None:
    [money] = [f for f in find_figures(sentence) if f.quantity.value == "money"]
    assert (money.low, money.high, money.unit, money.hedge) == (low, high, unit, hedge)


@pytest.mark.parametrize(
    "sentence",
    [
        "He lost a few pounds over the winter.",
        "She kept a few dollar coins in a jar.",
        "The DT 300 engine was built in 1990.",
        "Route DA 45 runs past the farm.",
    ],
)
def test_no_sum_where_the_words_name_a_weight_a_coin_or_a_model(sentence: str) -> None:
    assert not [f for f in find_figures(sentence) if f.quantity.value == "money"]


def test_a_point_in_a_currency_with_cents_stays_a_decimal_point() -> None:
    [money] = [
        f for f in find_figures("A loaf in Brazil costs R$ 5.50.") if f.quantity.value == "money"
    ]
    assert (money.low, money.unit) == (5.5, "BRL")


@pytest.mark.parametrize(
    ("sentence", "low", "unit"),
    [
        ("The hospital owes 1.94 million convertible marks.", 1.94e6, "BAM"),
        ("Haifa's port paid 2.5 million new shekels in fines.", 2.5e6, "ILS"),
    ],
)
def test_the_cldr_names_without_their_country(sentence: str, low: float, unit: str) -> None:
    [money] = [f for f in find_figures(sentence) if f.quantity.value == "money"]
    assert (money.low, money.unit) == (low, unit)


def test_marks_alone_stay_a_count() -> None:
    assert not [
        f
        for f in find_figures("She scored 20 marks out of 30 in the test.")
        if f.quantity.value == "money"
    ]
