"""How `sorabrief draft` reads titles next to names: a title's office as a body, a title
before a person's name run into their body's, a title before a surname alone, two bodies
joined by "and", and personal titles of other languages."""

from __future__ import annotations

from sorabrief.draft.names import names_in
from sorabrief.draft.parties import _names
from sorabrief.model import PartyKind
from support import proposed_parties


def test_a_title_s_possessive_before_a_body_noun_is_one_name() -> None:
    for sentence, name in (
        (
            "The Dorvan Regional Prosecutor's Office opened a case.",
            "Dorvan Regional Prosecutor's Office",
        ),
        ("The Solicitor General’s Department replied.", "Solicitor General’s Department"),
        ("The Deputy Governor's Office issued a notice.", "Deputy Governor's Office"),
    ):
        assert [n.text for n in names_in(sentence)] == [name], sentence


def test_an_owner_s_possessive_still_splits_the_run() -> None:
    assert [n.text for n in names_in("Tamberly's Orchard Pumps said so.")] == [
        "Tamberly",
        "Orchard Pumps",
    ]


def test_a_title_s_office_acts_as_an_organisation() -> None:
    parties = proposed_parties(
        {
            "a": "The Velmar Prosecutor's Office said it had seized the ledgers.\n",
            "b": "The Velmar Prosecutor's Office charged two managers on Friday.\n",
        }
    )
    assert parties["Velmar Prosecutor's Office"].kind == PartyKind.ORGANIZATION


def test_titles_before_a_person_run_into_their_body_are_dropped() -> None:
    names = _names("said Justice Orla Quenby of the Velmar High Court.", 0, set())
    assert [n.text for n in names] == ["Orla Quenby", "Velmar High Court"]


def test_two_bodies_joined_by_and_are_two_names() -> None:
    sentence = "The Ministry of Roads and Transport and the Velmar Port Authority met."
    assert [n.text for n in _names(sentence, 0, set())] == [
        "Ministry of Roads and Transport",
        "Velmar Port Authority",
    ]
    one = "The Department of Culture and Heritage met."
    assert [n.text for n in _names(one, 0, set())] == ["Department of Culture and Heritage"]
    one = "The Velmar Energy and Utilities Commission met."
    assert [n.text for n in _names(one, 0, set())] == ["Velmar Energy and Utilities Commission"]
    remit = "The Ministry of Fisheries and Marine Services met."
    assert [n.text for n in _names(remit, 0, set())] == [
        "Ministry of Fisheries and Marine Services"
    ]


def test_a_title_before_a_surname_alone_is_the_person_named_in_full() -> None:
    parties = proposed_parties(
        {
            "a": "Deputy Minister Tobias Rennick said the ferry had been inspected.\n",
            "b": "Deputy Minister Rennick said the ferry would stay docked.\n",
        }
    )
    assert "Deputy Minister Rennick" not in parties
    assert parties["Tobias Rennick"].kind == PartyKind.PERSON


def test_an_engineer_s_or_french_personal_title_is_no_part_of_the_name() -> None:
    for sentence in (
        "Eng Tobias Rennick, who ran the works, said.",
        "said Mme Tobias Rennick.",
        "said Engr Tobias Rennick.",
    ):
        assert [n.text for n in names_in(sentence)] == ["Tobias Rennick"], sentence


def test_a_personal_title_after_an_office_with_its_remit_is_dropped() -> None:
    sentence = "Director General of Works Dr Tavi Aro Sempel said the bridge was sound."
    assert [n.text for n in names_in(sentence)] == ["Tavi Aro Sempel"]


def test_a_titles_possessive_joins_only_the_body_that_serves_the_office() -> None:
    assert [n.text for n in names_in("The Governor's Office in Dunmere issued a note.")] == [
        "Governor's Office",
        "Dunmere",
    ]
    owned = [n.text for n in names_in("The Governor's Dunmere mansion was evacuated.")]
    assert owned == ["Governor", "Dunmere"]
