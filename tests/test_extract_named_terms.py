"""Names and titles given in quote marks are terms, not anyone's words."""

from __future__ import annotations

import pytest

from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(
        Party(id="quarry", name="Brennock Quarries", kind=PartyKind.ORGANIZATION, role="operator",
              aliases=("Brennock",)),
        Party(id="ines", name="Ines Marlow", kind=PartyKind.PERSON, role="council leader",
              aliases=("Marlow",)),
    ),
    topic=("a rockslide at a Brennock quarry",),
)  # fmt: skip


def _found(body: str) -> tuple[list[str], list[str]]:
    findings = extract(Source(id="x", body=body), VOCABULARY)
    return [q.text for q in findings.quotes], [t.text for t in findings.terms]


@pytest.mark.parametrize(
    ("body", "term"),
    [
        ("Drivers have long called the narrow haul road “the Corkscrew.”", "the Corkscrew."),
        ("The slide hit a bench known to blasters as “the Shelf” before dawn.", "the Shelf"),
        (
            "The council's memo, dated in June, is headed “Warning: loose face above the "
            "eastern bench”.",
            "Warning: loose face above the eastern bench",
        ),
        (
            "Brennock's report, entitled “Lessons From The Slide”, is due soon.",
            "Lessons From The Slide",
        ),
    ],
)
def test_a_name_or_title_given_is_a_term(body: str, term: str) -> None:
    quotes, terms = _found(body)
    assert (quotes, terms) == ([], [term])


def test_a_lowercase_phrase_after_called_stays_the_speakers_words() -> None:
    quotes, terms = _found(
        "Ines Marlow called the quarry's response “a shambles from start to end”."
    )
    assert (quotes, terms) == (["a shambles from start to end"], [])


@pytest.mark.parametrize(
    "body",
    [
        "Geologists say the industry has long followed a “blast and hope” policy, in which "
        "slopes are checked only after a fall.",
        "Hauliers describe a “first in, first out” rule.",
    ],
)
def test_quoted_words_between_a_and_a_closing_noun_are_a_term(body: str) -> None:
    quotes, terms = _found(body)
    assert quotes == []
    assert len(terms) == 1


def test_a_quoted_noun_phrase_before_a_verb_stays_a_quotation() -> None:
    body = "Brennock told the Gazette that a ‘poorly anchored safety netting’ failed on the upper bench."
    quotes, _ = _found(body)
    assert quotes == ["poorly anchored safety netting"]


def test_a_short_passage_in_an_accusation_is_a_quotation() -> None:
    body = "Villagers accused Brennock of leaving the slope to crumble “like wet sand” for years."
    quotes, terms = _found(body)
    assert (quotes, terms) == (["like wet sand"], [])


def test_the_name_of_a_charge_stays_a_term() -> None:
    body = "Villagers accused Brennock of neglect and “slope gambling” in a petition."
    quotes, terms = _found(body)
    assert (quotes, terms) == ([], ["slope gambling"])
