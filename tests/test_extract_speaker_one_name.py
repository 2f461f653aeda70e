"""A "she said" after a person known by one name only: one given in apposition to a role
or kinship ("Her son, Tavita,"), or the one name they asked to be known by."""

from __future__ import annotations

from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(Party(id="lines", name="Harrow Lines", kind=PartyKind.ORGANIZATION, role="operator"),),
    topic=("Harrow Lines ferry sank off the reef",),
)


def speaker_of(body: str) -> str | None:
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    return found[-1].speaker or found[-1].attribution


def test_a_one_word_name_after_a_kinship_or_role_is_who_a_pronoun_means() -> None:
    for body, name in (
        (
            "The boy was swept from the deck as the ferry listed. His grandmother, Malia, "
            "waited at the wharf all night. “We had nothing left to hold on to,” she said.",
            "Malia",
        ),
        (
            "Harrow Lines cancelled every crossing. The island's chief, Tevita, met the "
            "families on Sunday. “The boat was never fit for the reef,” he said.",
            "Tevita",
        ),
    ):
        assert speaker_of(body) == name, body


def test_the_one_name_someone_asked_to_be_known_by_is_who_a_pronoun_means() -> None:
    body = (
        "Among the passengers was a nurse from the outer islands, who asked to be identified "
        "only as Lusia. “Nobody handed out life jackets,” she said."
    )
    assert speaker_of(body) == "Lusia"


def test_a_place_after_a_possessive_is_no_person() -> None:
    body = (
        "Ana Ruiz runs the ticket office. Her home town, Marlow, lost two boats in the "
        "storm. “We cannot go on like this,” she said."
    )
    assert speaker_of(body) == "Ana Ruiz"
