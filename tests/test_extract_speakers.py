"""Speakers found from context: "she said" after a named person, and a sentence naming one person."""

import attrs

import sorabrief
from sorabrief.extract import extract, vocabulary_of
from sorabrief.model import Party, PartyKind, Source

CASE = sorabrief.load()
PEOPLE = (
    Party(
        id="dana",
        name="Dana Okafor",
        kind=PartyKind.PERSON,
        role="spokesperson",
        aliases=("Okafor",),
    ),
    Party(
        id="bell", name="Marcus Bell", kind=PartyKind.PERSON, role="union chair", aliases=("Bell",)
    ),
)
VOCABULARY = vocabulary_of(attrs.evolve(CASE, parties=CASE.parties + PEOPLE))


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker, q.attribution) for q in extract(Source(id="x", body=body), VOCABULARY).quotes
    ]


def test_she_said_resolves_to_the_person_named_just_before() -> None:
    body = (
        "Agency spokesperson Dana Okafor apologised. “We sincerely apologize to everyone who was "
        "affected, and every fare charged twice will be refunded,” she said."
    )
    assert speakers(body) == [("dana", "she")]


def test_a_pronoun_reaches_one_paragraph_back_and_no_further() -> None:
    body = (
        "Dana Okafor apologised for the outage at the stations.\n\n"
        "Trains were cancelled all morning.\n\n"
        "“We will look into every single complaint we receive this week,” she said."
    )
    assert speakers(body) == [(None, "she")]


def test_an_unattributed_quote_goes_to_the_one_person_its_sentence_names() -> None:
    body = 'Union chair Marcus Bell held up the report: "a warning sign about a system nobody is checking."'
    assert speakers(body) == [("bell", None)]


def test_calling_something_a_quoted_phrase_attributes_it() -> None:
    body = 'Union chair Marcus Bell called the failure "a warning sign about a system nobody is checking."'
    assert speakers(body) == [("bell", "Union chair Marcus Bell")]
