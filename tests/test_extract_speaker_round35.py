"""Round 35's speaker rules: a name with lower-case particles in apposition to a role ("Its
chairman, Omar bin Saleh,"), and a person who is a party named in apposition to a role that
fits any organisation ("A company spokeswoman, Lena Ortiz,") speaks for herself."""

from __future__ import annotations

import attrs

import sorabrief
from sorabrief.extract import extract, vocabulary_of
from sorabrief.model import Party, PartyKind, Source

PARTIES = (
    Party(
        id="tidewater", name="Tidewater Grain Company", kind=PartyKind.ORGANIZATION, role="miller"
    ),
    Party(id="pier-board", name="Lowmoor Pier Board", kind=PartyKind.ORGANIZATION, role="owner"),
    Party(id="ortiz", name="Lena Ortiz", kind=PartyKind.PERSON, role="spokeswoman"),
    Party(id="bin-saleh", name="Omar bin Saleh", kind=PartyKind.PERSON, role="chairman"),
)
CASE = sorabrief.load()
VOCABULARY = vocabulary_of(attrs.evolve(CASE, parties=CASE.parties + PARTIES))


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    return [(q.speaker, q.attribution) for q in found]


def test_a_name_with_particles_in_apposition_to_a_possessed_role() -> None:
    body = (
        "The Lowmoor Pier Board closed the jetty on Monday. Its chairman, Omar bin Saleh, "
        'said the timber would be replaced "before the spring tides".'
    )
    assert speakers(body) == [("bin-saleh", "Omar bin Saleh")]


def test_a_hyphened_particle_is_part_of_a_name_who_is_no_party() -> None:
    body = (
        "The Lowmoor Pier Board closed the jetty on Monday. Its chief engineer, Samir "
        'el-Fassi, said the piles were "rotten to the core".'
    )
    assert speakers(body) == [(None, "Samir el-Fassi")]


def test_a_party_named_after_a_role_any_firm_has_speaks_for_herself() -> None:
    body = (
        "Tidewater Grain Company blamed the weather. A company spokeswoman, Ms Lena Ortiz, "
        'said the silos would reopen "within days" and asked buyers "to be patient".'
    )
    assert speakers(body) == [
        ("ortiz", "A company spokeswoman"),
        ("ortiz", "A company spokeswoman"),
    ]


def test_a_role_any_firm_has_with_no_party_named_is_the_firm() -> None:
    body = (
        "Tidewater Grain Company blamed the weather. A company spokesman said the silos "
        'would reopen "within days".'
    )
    assert speakers(body) == [("tidewater", "A company spokesman")]


def test_a_verb_coordinated_after_a_quotation_shares_the_subject_before_it() -> None:
    body = (
        "The Lowmoor Pier Board met on Monday. Omar bin Saleh told the meeting the repair was "
        'overdue, "by a year at least", but added: "The money is there now."'
    )
    assert speakers(body) == [("bin-saleh", "Omar bin Saleh"), ("bin-saleh", "Omar bin Saleh")]


def test_the_word_after_told_is_its_hearer_not_a_speech_verb() -> None:
    body = (
        "The Lowmoor Pier Board met on Monday. Its engineer, Samir el-Fassi, told state radio "
        'on Tuesday that the jetty would reopen "before the regatta".'
    )
    assert speakers(body) == [(None, "Samir el-Fassi")]


def test_a_name_opening_a_sentence_before_said_is_a_later_she() -> None:
    body = (
        "The Lowmoor Pier Board closed the jetty. At the slipway, Mara Quinlan said she had "
        'fished there for forty years. "Nobody asked us," she said.'
    )
    assert speakers(body) == [(None, "Mara Quinlan")]


def test_a_surname_after_a_title_with_its_point_is_the_full_name_given_before() -> None:
    body = (
        "The Lowmoor Pier Board closed the jetty. The harbour master, Mr. Idris Penhale, said "
        'the piles had rotted. "We patched them for ten years," Mr. Penhale said.'
    )
    assert speakers(body) == [(None, "Idris Penhale")]


def test_a_person_described_after_a_speech_verb_is_a_later_he() -> None:
    body = (
        "The Lowmoor Pier Board closed the jetty. The repair will take all winter, said a "
        'boat builder from Penhallow who worked on the pier. "The oak is gone," he said.'
    )
    assert speakers(body) == [(None, "a boat builder from Penhallow")]


def test_a_description_after_is_needs_who_to_be_a_person() -> None:
    body = (
        "The Lowmoor Pier Board closed the jetty. The closure is a blunder. "
        '"Nobody asked us," she said.'
    )
    assert speakers(body) == [(None, "she")]


def test_a_speech_verb_in_the_passive_attributes_nothing_to_its_subject() -> None:
    body = (
        "Tidewater Grain Company denied hoarding. Lena Ortiz said the sacks in the company's "
        "two warehouses had been sold to millers before the quota was announced and were "
        'leaving "as fast as the lorries can load".'
    )
    assert speakers(body) == [("ortiz", "Lena Ortiz")]
