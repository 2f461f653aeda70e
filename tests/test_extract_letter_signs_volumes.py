"""Round 31's money and volume forms: the CLDR's shared "L" (lempira, leu) and the Rwandan
press's "Frw" before an amount, a currency noun that is also a word after a scaled amount or
in a paper at its country's domain, one unit denied or hedged ("not a hryvnia", "more than
a dinar"), and volumes and areas ("180,000 cubic metres", "40 m³")."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.extract.sentences import split_sentences
from sorabrief.findings import Quantity, Span


def _money(text: str, url: str = "") -> list[tuple[str, float, str, str | None]]:
    return [
        (f.text, f.low, f.unit, f.hedge)
        for f in find_figures(text, url=url)
        if f.quantity is Quantity.MONEY
    ]


@pytest.mark.parametrize(
    ("text", "url", "want"),
    [
        (
            "Tegucigalpa's council in Honduras approved L640 million for school repairs.",
            "",
            [("L640 million", 640_000_000.0, "HNL", None)],
        ),
        (
            "A nurse on about L. 18,200 a month lost more than L. 36,000 in back pay.",
            "https://www.example.hn/news",
            [
                ("about L. 18,200", 18_200.0, "HNL", "about"),
                ("more than L. 36,000", 36_000.0, "HNL", "more than"),
            ],
        ),
        (
            "Chișinău households paid L 1,250 on average; the 2,300 lei cap came later.",
            "https://www.example.md/x",
            [("L 1,250", 1_250.0, "MDL", None), ("2,300 lei", 2_300.0, "MDL", None)],
        ),
        (
            "The lempira fell again: a San Pedro Sula baker said flour rose to L2.4m a tonne "
            "in February, while HNL 9,000 bought less each month.",
            "",
            [("L2.4m", 2_400_000.0, "HNL", None), ("HNL 9,000", 9_000.0, "HNL", None)],
        ),
    ],
)
def test_the_shared_letter_l_is_the_articles_lempira_or_leu(
    text: str, url: str, want: list[tuple[str, float, str, str | None]]
) -> None:
    assert _money(text, url) == want


@pytest.mark.parametrize(
    "text",
    [
        "The tank holds 450 L of diesel and the van 80 L.",
        "Samuel L. Jackson's 1994 film grossed well in Chicago.",
        "Bay L 12 of the warehouse flooded.",
        "Parcels L 4,500 to L 4,900 were sold at auction.",
    ],
)
def test_l_is_no_sum_where_nothing_makes_it_a_currency(text: str) -> None:
    assert _money(text) == []


def test_an_abbreviations_point_after_the_letter_ends_no_sentence() -> None:
    text = "Each teacher is owed L. 43,000 in missing pay, the union in Honduras said."
    assert [s.text for s in split_sentences(text, (Span(0, len(text)),))] == [text]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A bus trip in Kigali now costs Frw 355.", [("Frw 355", 355.0, "RWF", None)]),
        (
            "The regulator said FRw 212 million had been overcharged.",
            [("FRw 212 million", 212_000_000.0, "RWF", None)],
        ),
        ("Moto-taxi riders charge 500 Frw a ride.", [("500 Frw", 500.0, "RWF", None)]),
        (
            "In Rwanda nobody will pay a franc more than the fare, the minister said.",
            [("a franc", 1.0, "RWF", None)],
        ),
    ],
)
def test_the_rwandan_press_franc(text: str, want: list[tuple[str, float, str, str | None]]) -> None:
    assert _money(text) == want


@pytest.mark.parametrize(
    ("text", "url", "want"),
    [
        (
            "The station upgrade, put at 84 million drams, was postponed twice.",
            "",
            [("84 million drams", 84_000_000.0, "AMD", None)],
        ),
        (
            "The city pays 500,000 drams to each of the injured.",
            "https://www.example.am/local",
            [("500,000 drams", 500_000.0, "AMD", None)],
        ),
        (
            "A Hanoi stall owner earns 3.5 million dong a month.",
            "",
            [("3.5 million dong", 3_500_000.0, "VND", None)],
        ),
    ],
)
def test_a_currency_noun_that_is_a_word_after_a_scale_or_at_its_domain(
    text: str, url: str, want: list[tuple[str, float, str, str | None]]
) -> None:
    assert _money(text, url) == want


def test_a_noun_that_is_a_word_stays_a_word_elsewhere() -> None:
    assert _money("The bar poured 40 drams of whisky for the tasting.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "“Not a hryvnia has gone anywhere,” the Kyiv utility's director said in Ukraine.",
            [("a hryvnia", 1.0, "UAH", None)],
        ),
        (
            "Water in Sfax, Tunisia, was going for more than a dinar a bottle.",
            [("more than a dinar", 1.0, "TND", "more than")],
        ),
    ],
)
def test_one_unit_denied_or_hedged(
    text: str, want: list[tuple[str, float, str, str | None]]
) -> None:
    assert _money(text) == want


def test_a_unit_before_a_noun_is_still_no_sum() -> None:
    assert _money("It is not a dollar store, the owner in Ohio said.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Some 180,000 cubic metres of slurry escaped from the Peruvian dam.",
            ("Some 180,000 cubic metres", 180_000.0, "cubic metre", "some"),
        ),
        ("The reservoir lost 3,000 m³ overnight.", ("3,000 m³", 3_000.0, "cubic metre", None)),
        ("Crews pumped 40 m3 of water a day.", ("40 m3", 40.0, "cubic metre", None)),
        ("The fire burned 12 km² of scrub.", ("12 km²", 12.0, "square kilometre", None)),
        (
            "The warehouse had 500 square feet of cold storage.",
            ("500 square feet", 500.0, "square foot", None),
        ),
        (
            "Texas regulators said 2 million cubic meters of gas vented.",
            ("2 million cubic meters", 2_000_000.0, "cubic metre", None),
        ),
    ],
)
def test_volumes_and_areas_are_counted(text: str, want: tuple[str, float, str, str | None]) -> None:
    counts = [
        (f.text, f.low, f.unit, f.hedge) for f in find_figures(text) if f.quantity is Quantity.COUNT
    ]
    assert counts == [want]


def test_a_length_alone_is_counted_in_its_unit() -> None:
    found = find_figures("The wall was raised by six metres.")
    assert [(f.text, f.low, f.unit) for f in found] == [("six metres", 6.0, "metre")]
