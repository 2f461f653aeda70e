"""Round 32 extraction forms: subjects in words opening a sentence, lengths counted in their
unit, "-ves" and "-che" plurals, capital currency symbols after an amount, more minor units,
a unit spent piece by piece, CFA francs by city and by default, and "a second" as an
ordinal."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.findings import Quantity
from sorabrief.nouns import singular


def _read(text: str) -> list[tuple[str, str, float, float, str]]:
    return [(f.text, f.quantity.value, f.low, f.high, f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Twenty miners were brought to the surface in Zambia. Four remain in intensive care.",
            ("Four", 4.0, "miner"),
        ),
        (
            "The bus overturned near Cusco, injuring 31 passengers. Eleven were flown to Lima.",
            ("Eleven", 11.0, "passenger"),
        ),
        (
            "Police in Nairobi detained 40 protesters overnight. Twelve have been charged.",
            ("Twelve", 12.0, "protester"),
        ),
    ],
)
def test_a_subject_in_words_opening_a_sentence_counts_the_paragraphs_noun(
    text: str, want: tuple[str, float, str]
) -> None:
    counts = [(f.text, f.low, f.unit) for f in find_figures(text) if f.quantity is Quantity.COUNT]
    assert counts[-1] == want


def test_a_subject_in_words_with_no_count_before_it_in_its_paragraph_is_left_out() -> None:
    assert _read("The ministry gave no figures.\n\nThree were arrested on Monday.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The spill reached a well within 3 kilometers of the plant.", (3.0, "kilometre")),
        ("Rain of nearly 120 mm fell on Tegucigalpa overnight.", (120.0, "millimetre")),
        ("The quay in Mombasa sank by about 40 cm.", (40.0, "centimetre")),
        ("The fire line stretched 14 miles across Victoria.", (14.0, "mile")),
    ],
)
def test_a_length_is_counted_in_its_unit(text: str, want: tuple[float, str]) -> None:
    assert [(f.low, f.unit) for f in find_figures(text)] == [want]


@pytest.mark.parametrize(
    ("plural", "want"),
    [
        ("wharves", "wharf"),
        ("shelves", "shelf"),
        ("scarves", "scarf"),
        ("thieves", "thief"),
        ("loaves", "loaf"),
        ("hooves", "hoof"),
        ("valves", "valve"),
        ("olives", "olive"),
        ("archives", "archive"),
        ("sleeves", "sleeve"),
        ("grooves", "groove"),
        ("tranches", "tranche"),
        ("avalanches", "avalanche"),
        ("headaches", "headache"),
        ("beaches", "beach"),
        ("coaches", "coach"),
        ("branches", "branch"),
    ],
)
def test_plurals_in_ves_and_che_have_their_english_singular(plural: str, want: str) -> None:
    assert singular(plural) == want


def test_a_count_of_wharves_counts_wharves() -> None:
    assert _read("Fishers in Mbour blocked two wharves.") == [
        ("two wharves", "count", 2.0, 2.0, "wharf")
    ]


def test_a_capital_symbol_after_an_amount_is_a_sum_where_its_currency_is_named() -> None:
    text = (
        "A Sarajevo hospital paid 1.12 KM a kilogram, and owes 1.94 million KM, in convertible"
        " marks it had not budgeted."
    )
    assert _read(text) == [
        ("1.12 KM", "money", 1.12, 1.12, "BAM"),
        ("1.94 million KM", "money", 1_940_000.0, 1_940_000.0, "BAM"),
    ]


def test_a_capital_symbol_after_an_amount_elsewhere_is_no_sum() -> None:
    assert [f for f in _read("The relay ran 40 KM through Ohio.") if f[1] == "money"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In Bulgaria a small bottle costs 89 stotinki.", ("89 stotinki", 0.89, "BGN")),
        ("A loaf in Tajikistan rose by 50 dirams.", ("50 dirams", 0.5, "TJS")),
        ("Bus fares in North Macedonia rose by 50 deni.", ("50 deni", 0.5, "MKD")),
    ],
)
def test_more_minor_units_are_read_as_their_major_currency(
    text: str, want: tuple[str, float, str]
) -> None:
    assert [(f.text, f.low, f.unit) for f in find_figures(text)] == [want]


def test_a_unit_spent_piece_by_piece_is_a_sum() -> None:
    text = "A trader in Georgia said: “A lari here, a lari there, and nothing is left.”"
    assert [(f.text, f.low, f.unit) for f in find_figures(text)] == [
        ("A lari", 1.0, "GEL"),
        ("a lari", 1.0, "GEL"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Workers in Sri Lanka stayed away for a second day.",
        "Talks in Kandy went to a second round on Friday.",
        "Retirees returned for a second protest.",
    ],
)
def test_a_second_before_a_noun_is_an_ordinal(text: str) -> None:
    assert [f for f in find_figures(text) if f.quantity is Quantity.DURATION] == []


def test_a_second_alone_is_a_duration() -> None:
    found = find_figures("Stop for a second and unplug the charger.")
    assert [(f.text, f.unit) for f in found] == [("a second", "second")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Fishmongers in Dakar said ice rose by 500 CFA francs.", "XOF"),
        ("Taxi drivers in Douala pay 1,000 CFA francs more a day.", "XAF"),
        ("Boat owners said the levy was 2,000 CFA francs.", "XOF"),
    ],
)
def test_cfa_francs_are_a_sum_by_city_or_else_west_african(text: str, want: str) -> None:
    assert [(f.quantity, f.unit) for f in find_figures(text)] == [(Quantity.MONEY, want)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Inspectors in Sofia found E. coli in 7 of 22 sampling points.",
            [("7", 7.0, "point"), ("22 sampling points", 22.0, "point")],
        ),
        (
            "In Lima, 3 of 10 schools stayed shut.",
            [("3", 3.0, "school"), ("10 schools", 10.0, "school")],
        ),
    ],
)
def test_a_part_of_a_whole_counts_the_wholes_noun(
    text: str, want: list[tuple[str, float, str]]
) -> None:
    assert [(f.text, f.low, f.unit) for f in find_figures(text)] == want


def test_a_bare_amount_after_of_counts_nothing_by_itself() -> None:
    assert _read("Seven of us went home.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Fines in Laos rose to 20,000 and 50,000 kip.",
            [("20,000", 20_000.0, "LAK"), ("50,000 kip", 50_000.0, "LAK")],
        ),
        (
            "Lagos traders were fined 5 million and 10 million naira.",
            [("5 million", 5e6, "NGN"), ("10 million naira", 1e7, "NGN")],
        ),
        (
            "Tirana fees run between 500 and 800 lek for Albania's buses.",
            [("500 and 800 lek", 500.0, "ALL")],
        ),
    ],
)
def test_a_bare_amount_listed_before_a_sum_is_a_sum_in_its_currency(
    text: str, want: list[tuple[str, float, str]]
) -> None:
    money = [(f.text, f.low, f.unit) for f in find_figures(text) if f.quantity is Quantity.MONEY]
    assert money == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("From Nakheua she could walk to the market in a quarter of an hour.", ("hour", 0.25)),
        ("The Accra crew waited three quarters of an hour.", ("hour", 0.75)),
        ("Kharkiv stays cold for another month, the utility said.", ("month", 1.0)),
        ("The Quito commission has been given a month to report.", ("month", 1.0)),
        ("Judges in Nairobi granted a week for replies.", ("week", 1.0)),
    ],
)
def test_more_durations_with_an_article(text: str, want: tuple[str, float]) -> None:
    durations = [(f.unit, f.low) for f in find_figures(text) if f.quantity is Quantity.DURATION]
    assert durations == [want]


def test_another_unit_alone_is_no_duration() -> None:
    assert _read("Another day passed in Dhaka without news.") == []
