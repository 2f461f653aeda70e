"""How `sorabrief draft` reads names that English patterns miss: a rank before a name, a
person's name of four words, and a body named with "of" a country."""

from __future__ import annotations

from sorabrief.draft.names import names_in
from sorabrief.model import PartyKind
from support import proposed_parties


def test_a_military_or_police_rank_is_no_part_of_the_name() -> None:
    for sentence, name in (
        ("Colonel Ardo Vell Tamsin said the suspects were held.", "Ardo Vell Tamsin"),
        ("Brigadier Suna Okafor told reporters so.", "Suna Okafor"),
        ("Police Lieutenant-Colonel Miro Dask denied it.", "Miro Dask"),
    ):
        assert [n.text for n in names_in(sentence)] == [name], sentence


def test_a_four_word_name_given_a_person_s_role_is_a_person() -> None:
    parties = proposed_parties(
        {
            "a": "Quan Lo Binh Tavi, chairwoman of the Orlen Savers Association, said the "
            "refunds were too slow.\n",
            "b": "Quan Lo Binh Tavi, the association's chairwoman, told reporters the "
            "company had been warned.\n",
        }
    )
    assert parties["Quan Lo Binh Tavi"].kind == PartyKind.PERSON
    assert parties["Quan Lo Binh Tavi"].affiliation == "orlen-savers-association"


def test_a_body_an_organisation_noun_heads_before_of_acts_as_one() -> None:
    parties = proposed_parties(
        {
            "a": "The Reserve Bank of Veloria opened an inspection of the lender on Monday.\n",
            "b": "The lender's shares fell by a tenth on Tuesday.\n",
        }
    )
    assert parties["Reserve Bank of Veloria"].kind == PartyKind.ORGANIZATION


def test_a_lower_case_head_noun_ends_a_body_s_name() -> None:
    for sentence, name in (
        ("Farrow City police said on Monday they had opened a case.", "Farrow City police"),
        (
            "Ilsa Thorne, who chairs the Senate committee on public works, said so.",
            "Senate committee on public works",
        ),
    ):
        assert [n.text for n in names_in(sentence)][-1] == name, sentence
    parties = proposed_parties(
        {
            "a": "Farrow City police said on Monday they had arrested four suspects.\n",
            "b": "Farrow City police detained two more people on Friday.\n",
        }
    )
    assert parties["Farrow City police"].kind == PartyKind.ORGANIZATION


def test_an_ampersand_joins_one_name() -> None:
    sentence = "A spokesman for Brack & Pike said the audit found nothing."
    assert [n.text for n in names_in(sentence)] == ["Brack & Pike"]
