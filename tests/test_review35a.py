"""Review 35a: a harm verb before a time or measure counts no one; "the number of" takes its
first plural, never a verb; a struck chain carries only a noun of people; "missing" after a
bare amount counts people only where its sentence speaks of them; no article duration
before a possessive; things in "-ant" and "-ist" describe no one."""

from __future__ import annotations

import pytest

from sorabrief.extract.counts import find_counts
from sorabrief.extract.figures import find_figures
from sorabrief.extract.pronouns import described_people
from sorabrief.findings import Quantity


def _counts(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.unit) for f in find_counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A ranger was killed four days after the truce began.",
        "The porter was injured 6 hours into the climb.",
        "A courier was hurt two weeks before the merger.",
        "One hiker was wounded 3 miles from the lodge.",
        "The driver was killed 5 km outside the town.",
    ],
)
def test_a_harm_verb_before_a_measure_counts_no_one(text: str) -> None:
    assert [c for c in _counts(text) if c[1] == "person"] == []


def test_a_harm_verb_before_a_bare_amount_still_counts_people() -> None:
    assert _counts("The gas leak sickens 14 at a depot.") == [("14", "person")]


def test_the_number_of_takes_its_first_plural_not_a_verb() -> None:
    text = "The number of patients remains unknown, but nurses have spoken to 60."
    assert all(unit != "remain" for _, unit in _counts(text))
    assert [u for t, u in _counts(text) if t == "60"] in ([], ["patient"])


def test_the_number_of_with_a_modifier_still_counts_its_plural() -> None:
    text = "Officials put the number of flooded homes at 120."
    assert ("120", "home") in _counts(text)


def test_a_struck_chain_carries_only_a_noun_of_people() -> None:
    text = "The blizzard stranded 30 buses and killed 4."
    assert _counts(text) == [("30 buses", "bus"), ("4", "person")]


def test_a_struck_chain_still_carries_people_by_their_noun() -> None:
    text = "The quake killed five miners and injured 12."
    assert _counts(text) == [("five miners", "miner"), ("12", "miner")]


def test_missing_after_a_bare_amount_of_things_counts_no_one() -> None:
    assert _counts("The stocktake found 18 missing.") == []


def test_missing_after_a_bare_amount_counts_people_among_casualties() -> None:
    assert _counts("The avalanche left two dead and 5 missing.") == [
        ("two", "person"),
        ("5", "person"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers lost a year's harvest to the drought.",
        "The clinic spent a week's budget on fuel.",
        "Staff were given a day's notice.",
    ],
)
def test_no_article_duration_before_a_possessive(text: str) -> None:
    assert [f.text for f in find_figures(text) if f.quantity is Quantity.DURATION] == []


def test_an_article_duration_without_a_possessive_stays() -> None:
    text = "Farmers lost a year to the drought."
    assert [f.text for f in find_figures(text) if f.quantity is Quantity.DURATION] == ["a year"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said a warrant; it was sealed.",
        "The inspectors said a pollutant; it spread.",
        "The board said a shortlist; it was long.",
    ],
)
def test_a_thing_in_ant_or_ist_describes_no_one(text: str) -> None:
    assert described_people(text, 0, len(text)) == []


def test_a_person_in_ant_or_ist_is_still_described() -> None:
    text = "The river was clean, said a hydrologist."
    assert [r.name for r in described_people(text, 0, len(text))] == ["a hydrologist"]
