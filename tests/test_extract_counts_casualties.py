"""Counts whose noun is the people a disaster struck, written as a participle or adjective
("seven dead", "12 of the injured", "the number of injured at 53"), or that the words
around them imply ("injures 14", "sent 30 to hospital", "a population of 2,800"), and counts
of part of a group named before them ("up from 38", "boreholes, nine of which", "Of the 240
drivers, about 90 …")."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.findings import Quantity


def _counts(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.low, f.unit) for f in find_figures(text) if f.quantity is Quantity.COUNT]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The blast at the Ostrava depot left five dead and 23 injured.",
            [("five", 5.0, "person"), ("23", 23.0, "person")],
        ),
        (
            "Bus plunges off mountain road, 12 hurt",
            [("12", 12.0, "person")],
        ),
        (
            "Surgeons said eight of the wounded were still in theatre on Sunday.",
            [("eight of the wounded", 8.0, "person")],
        ),
        (
            "Of the injured, 17 have gone home and the rest stay on the ward.",
            [("17", 17.0, "person")],
        ),
        (
            "The coroner puts the number of dead at 21.",
            [("21", 21.0, "person")],
        ),
    ],
)
def test_casualties_count_people(text: str, want: list[tuple[str, float, str]]) -> None:
    assert _counts(text) == want


def test_a_noun_after_the_casualty_word_is_counted_instead() -> None:
    text = "Four of the injured miners were flown to Lyon, two in intensive care."
    assert _counts(text) == [
        ("Four of the injured miners", 4.0, "miner"),
        ("two", 2.0, "miner"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Inspectors said 44 kiosks were closed on Friday, up from 27 a week earlier.",
            [("44 kiosks", 44.0, "kiosk"), ("27", 27.0, "kiosk")],
        ),
        (
            "Only six ferries sailed on Sunday, against 30 on a normal day.",
            [("six ferries", 6.0, "ferry"), ("30", 30.0, "ferry")],
        ),
        (
            "Wardens counted 90 nests this spring compared with 140 in 2023.",
            [("90 nests", 90.0, "nest"), ("140", 140.0, "nest")],
        ),
    ],
)
def test_an_amount_set_against_a_count_counts_its_noun(
    text: str, want: list[tuple[str, float, str]]
) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The count of pupils sent home from schools across the valley stood at 310.",
            [("310", 310.0, "pupil")],
        ),
        (
            "The health office put confirmed measles cases at 96 on Monday.",
            [("96", 96.0, "case")],
        ),
        (
            "Of the 50 drivers stopped at the border, 38 have been fined.",
            [("50 drivers", 50.0, "driver"), ("38", 38.0, "driver")],
        ),
        (
            "The county fined 300 of its roughly 2,000 landlords last year.",
            [("300", 300.0, "landlord"), ("roughly 2,000 landlords", 2000.0, "landlord")],
        ),
    ],
)
def test_a_count_named_before_its_amount(text: str, want: list[tuple[str, float, str]]) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The novel The Dead was reissued in 2019.",
        "Trains ran against 4 p.m. timetables.",
        "The vote went 40 to 12 against the plan.",
    ],
)
def test_no_count_without_a_noun_or_casualty(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Gas leak at tannery sickens dozens in Kolpa", [("dozens", 24.0, "person")]),
        ("Roof collapse at gym injures 14 as storm hits", [("14", 14.0, "person")]),
        ("Stray shelling wounded 7 near the checkpoint.", [("7", 7.0, "person")]),
        ("The fumes sent about 30 to hospital overnight.", [("about 30", 30.0, "person")]),
        (
            "The island, with a population of some 2,800, lost power on Monday.",
            [("some 2,800", 2800.0, "person")],
        ),
    ],
)
def test_the_words_around_an_amount_imply_people(
    text: str, want: list[tuple[str, float, str]]
) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Inspectors sampled the village boreholes, nine of which failed the test.",
            [("nine", 9.0, "borehole")],
        ),
        (
            "Its night nurses, about 60 of them, walked out at midnight.",
            [("about 60", 60.0, "nurse")],
        ),
        (
            "Of the depot's 240 drivers, about 90 live outside the city.",
            [("240 drivers", 240.0, "driver"), ("about 90", 90.0, "driver")],
        ),
        (
            "The council counted 120 homes with damp walls, 40 of them rented.",
            [("120 homes", 120.0, "home"), ("40", 40.0, "home")],
        ),
        (
            "The audit found three earlier breaches and two later ones.",
            [("three earlier breaches", 3.0, "breach")],
        ),
    ],
)
def test_a_part_counts_the_group_named_before_it(
    text: str, want: list[tuple[str, float, str]]
) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The tunnel fire killed three track inspectors and injured 19.",
            [("three track inspectors", 3.0, "inspector"), ("19", 19.0, "inspector")],
        ),
        (
            "Two lifeguards were killed and 8 hurt when the pier gave way.",
            [("Two lifeguards", 2.0, "lifeguard"), ("8", 8.0, "lifeguard")],
        ),
        (
            "Nine porters died and 23 were injured in the crush.",
            [("Nine porters", 9.0, "porter"), ("23", 23.0, "porter")],
        ),
        (
            "The avalanche left five skiers dead and 12 missing.",
            [("five skiers", 5.0, "skier"), ("12", 12.0, "skier")],
        ),
        (
            "The boiler blast killed four cooks, wounding 17 others.",
            [("four cooks", 4.0, "cook"), ("17", 17.0, "cook")],
        ),
        (
            "Three guards were killed and 6 seriously injured, police said.",
            [("Three guards", 3.0, "guard"), ("6", 6.0, "guard")],
        ),
        (
            "The stampede killed two stewards, the club said, and sent 31 to hospital.",
            [("two stewards", 2.0, "steward"), ("31", 31.0, "steward")],
        ),
    ],
)
def test_a_later_conjunct_counts_the_struck_its_chain_counted(
    text: str, want: list[tuple[str, float, str]]
) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Nine dead, 52 hurt as quarry wall falls",
            [("Nine", 9.0, "person"), ("52", 52.0, "person")],
        ),
        (
            "The gale flattened 40 market stalls and injured 6.",
            [("40 market stalls", 40.0, "stall"), ("6", 6.0, "person")],
        ),
        (
            "The blast killed two welders. It also injured 15.",
            [("two welders", 2.0, "welder"), ("15", 15.0, "person")],
        ),
        (
            "The blast killed two welders; the falling roof injured 15.",
            [("two welders", 2.0, "welder"), ("15", 15.0, "person")],
        ),
    ],
)
def test_people_without_an_earlier_count_of_the_struck_in_the_chain(
    text: str, want: list[tuple[str, float, str]]
) -> None:
    assert _counts(text) == want
