"""A name in apposition to a definite role, the name a described speaker gave, one of a
group described in apposition, an ampersand or either apostrophe in a speaker's name."""

from __future__ import annotations

import attrs

import sorabrief
from sorabrief.extract import extract, vocabulary_of
from sorabrief.model import Party, PartyKind, Source

PARTIES = (
    Party(id="brack-pike", name="Brack & Pike", kind=PartyKind.ORGANIZATION, role="retailer"),
    Party(id="growers", name="Hollin Growers’ Guild", kind=PartyKind.GROUP, role="union"),
    Party(id="ana-voss", name="Ana Voss", kind=PartyKind.PERSON, role="site chief"),
)
CASE = sorabrief.load()
VOCABULARY = vocabulary_of(attrs.evolve(CASE, parties=CASE.parties + PARTIES))


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    return [(q.speaker, q.attribution) for q in found]


def test_a_name_in_apposition_to_a_definite_role() -> None:
    body = 'The harbour master, Owen Marsh, called on both sides to "talk before the tide turns".'
    assert speakers(body) == [(None, "Owen Marsh")]


def test_a_name_in_apposition_to_someones_role() -> None:
    body = 'Voss\'s lawyer, Ben Carter, told reporters the ruling was "a travesty" and unfair.'
    assert speakers(body) == [(None, "Ben Carter")]


def test_a_name_in_apposition_after_the_quotation_before_a_participle() -> None:
    body = '"The rope was never checked," said her brother, Pavel Novak, standing by the slipway.'
    assert speakers(body) == [(None, "Pavel Novak")]


def test_a_name_in_apposition_to_the_subject_of_a_coordinated_verb() -> None:
    body = (
        "Its spokeswoman, Ines Varga, said the staff had first tried to stop the line, as the "
        'manual says, and had called the rescuers "the moment the motor failed".'
    )
    assert speakers(body) == [(None, "Ines Varga")]


def test_a_person_named_after_a_described_role_is_a_later_he() -> None:
    body = (
        "The boatman who first reached the raft, Jon Pell, told the paper he had seen smoke. "
        '"I have never seen so much smoke," he said.'
    )
    assert speakers(body) == [(None, "Jon Pell")]


def test_an_other_person_with_the_same_surname_is_not_a_fuller_name() -> None:
    body = (
        "Jo Ann Bell, 19, died in the flood. "
        '"He was my whole family," said her uncle, Tom Ann Bell, at the gate.'
    )
    assert speakers(body) == [(None, "Tom Ann Bell")]


def test_the_name_a_described_speaker_gave() -> None:
    assert speakers('"We want our pay," said a picker who gave her name only as Ruta.') == [
        (None, "Ruta")
    ]
    body = '"We want our pay," said a woman by the gate, who gave only her first name, Ruta.'
    assert speakers(body) == [(None, "Ruta")]


def test_one_of_a_group_described_in_apposition() -> None:
    body = '"Nobody told us a thing," said one of them, a nurse going to Leeds.'
    assert speakers(body) == [(None, "a nurse going to Leeds")]


def test_a_participle_after_a_quotation_keeps_its_speaker() -> None:
    body = (
        'In a letter, site chief Ana Voss said the pier would open "in May at the latest", '
        'adding that delay is "a normal part of any build".'
    )
    assert speakers(body) == [("ana-voss", "site chief Ana Voss")] * 2


def test_an_ampersand_in_a_speakers_name() -> None:
    body = 'Brack & Pike, which has 300 shops, said it was "very sorry" about the delay.'
    assert speakers(body) == [("brack-pike", "Brack & Pike")]
    body = 'Analysts at Rook & Vane wrote that the risk was "a slow bleed" for shops.'
    assert speakers(body) == [(None, "Analysts at Rook & Vane")]


def test_an_apostrophe_in_either_typography() -> None:
    body = 'The Hollin Growers\' Guild said the rule came "without any warning at all".'
    assert speakers(body)[0][0] == "growers"


def test_an_organisation_that_speaks_in_a_relative_clause() -> None:
    body = (
        "Tarn Leisure Ltd is owned by Brack & Pike, a London-listed retailer, which said in "
        'a short statement that it was "deeply saddened".'
    )
    assert speakers(body) == [("brack-pike", "Brack & Pike")]


def test_a_reported_clause_with_a_pronoun_subject_and_no_that() -> None:
    body = (
        "Those are the charges of the Hollin Growers’ Guild, which says it warned the board "
        'in May that seed was "coming from the wrong farms".'
    )
    assert speakers(body)[0][0] == "growers"


def test_a_relative_who_after_a_quotation_keeps_its_speaker() -> None:
    body = (
        "“Nobody listened,” said Rhea Moss, the union’s president, who called the lack of "
        "marshals “inexcusable.”"
    )
    assert speakers(body) == [(None, "Rhea Moss")] * 2


def test_a_definite_role_is_the_person_the_paragraph_before_reports() -> None:
    body = (
        "Ana Voss, the opposition member for Leeds, said she would ask for an inquiry.\n\n"
        '"This was no accident. It was made to happen," the legislator said.'
    )
    assert speakers(body) == [("ana-voss", "the legislator")]
    body = (
        "Its president, Tom Rake, told the Echo the council had written many times.\n\n"
        '"They read our letters and went to sleep," the paramount chief said.'
    )
    assert speakers(body) == [(None, "Tom Rake")]


def test_a_company_spokesman_speaks_for_the_company_named_last() -> None:
    body = 'Brack & Pike runs the park. A company spokesman said the closure was "a scandal".'
    assert speakers(body) == [("brack-pike", "A company spokesman")]


def test_a_source_named_by_so_said_after_the_quotation() -> None:
    body = (
        "“Our doors are open to any inspector who wants to look.”\n\n"
        "So said Ben Carter, the firm's director, in an interview on Monday."
    )
    assert speakers(body) == [(None, "Ben Carter")]


def test_a_reported_clause_whose_subject_has_a_relative_clause() -> None:
    body = (
        "Its leader, Ana Voss, said people who work on the pier had told the guild that the "
        'ropes were "long overdue" for a change.'
    )
    assert speakers(body) == [("ana-voss", "Ana Voss")]


def test_an_aside_after_the_subject_of_a_participle() -> None:
    body = (
        "Councillor Ben Carter, from the opposition, went further, saying the depot had "
        'leaked "for at least two years".'
    )
    assert speakers(body) == [(None, "Councillor Ben Carter")]


def test_a_person_named_in_a_possessive_is_a_later_she() -> None:
    body = (
        "On Rhea Moss's list there are six names, all behind on the rent.\n\n"
        "“They are good kids,” she said."
    )
    assert speakers(body) == [(None, "Rhea Moss")]
    body = "The water in Puan Nora Hamid’s kitchen smelled, she says, “like an old boot”."
    assert speakers(body) == [(None, "Puan Nora Hamid")]


def test_an_organisation_in_a_possessive_is_no_she() -> None:
    body = "Ana Voss spoke first. The Harbour Council's chair agreed. “It is over,” she said."
    assert speakers(body) == [("ana-voss", "she")]


def test_a_name_in_apposition_to_a_role_a_company_holds_is_no_person() -> None:
    body = (
        "Ana Voss watched the ship leave. Its owner, Kalyon Denizcilik, paid the fine. "
        "“It is over,” she said."
    )
    assert speakers(body) == [("ana-voss", "she")]


def test_a_name_with_letters_of_other_latin_alphabets_is_a_later_he() -> None:
    body = (
        "Trần Văn Hùng, a 41-year-old cutter, showed a pay slip with nothing on it.\n\n"
        "“They tell us the orders are urgent,” he said."
    )
    assert speakers(body) == [(None, "Trần Văn Hùng")]
