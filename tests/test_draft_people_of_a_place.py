"""`sorabrief draft` on a town whose people speak, and on a person named after an office
of a named place or body ("the mayor of Tarvo, Ines Madu,")."""

from __future__ import annotations

from sorabrief.model import PartyKind
from support import proposed_parties

_A = (
    "A freight train derailed beside the weekly market in Tarvo on Saturday.\n\n"
    "The market women of Tarvo have rejected the rail company's offer of compensation.\n\n"
    "The mayor of Tarvo, Ines Madu, said the market would move away from the track.\n\n"
    "Kessa Rail said it would pay for the funerals.\n"
)
_B = (
    "Residents of Tarvo say the crack in the rail was reported in July.\n\n"
    "Kessa Rail said the track had been inspected in August.\n\n"
    "The mayor of Tarvo, Ines Madu, said the families would be helped.\n\n"
    "Ola Brenn, the president of the Tarvo Market Traders' Union, said the offer was too low.\n"
)
_C = (
    "Ola Brenn, president of the Tarvo Market Traders' Union, said the women lost everything.\n\n"
    "Kessa Rail said its trains would run again on Monday.\n"
)


def test_a_town_whose_people_speak_is_no_party() -> None:
    parties = proposed_parties({"a": _A, "b": _B, "c": _C})
    assert "Tarvo" not in parties
    assert parties["Kessa Rail"].kind == PartyKind.ORGANIZATION


def test_a_name_after_an_office_of_a_named_place_is_a_person() -> None:
    parties = proposed_parties({"a": _A, "b": _B, "c": _C})
    assert parties["Ines Madu"].kind == PartyKind.PERSON


def test_a_person_leads_the_longest_body_named_in_their_role() -> None:
    parties = proposed_parties({"a": _A, "b": _B, "c": _C})
    assert parties["Ola Brenn"].kind == PartyKind.PERSON
    assert parties["Ola Brenn"].affiliation == "tarvo-market-traders-union"


def test_a_town_whose_people_speak_at_a_sentences_start_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": "A fire destroyed the market in Orlen on Saturday.\n\n"
            "Residents of Orlen say the fire brigade came late.\n\n"
            "Vasko Fire Service said its crews arrived in ten minutes.\n",
            "b": "Flames spread through the market in Orlen.\n\n"
            "The people of Orlen said the hydrants were dry.\n\n"
            "Vasko Fire Service said the hydrants were tested in May.\n",
        }
    )
    assert "Orlen" not in parties
    assert "Vasko Fire Service" in parties


def test_a_place_speaking_through_its_spokesmen_or_leaders_still_speaks() -> None:
    parties = proposed_parties(
        {
            "a": "A fishing boat from Marovia sank in Dorvania on Monday.\n\n"
            "The spokesmen of Dorvania said the boat had no licence.\n\n"
            "Marovia said its fishers were fired on.\n",
            "b": "Protests spread in Dorvania after the sinking.\n\n"
            "The leaders of Dorvania said the crew was rescued.\n\n"
            "Marovia said it would recall its ambassador.\n",
        }
    )
    assert "Dorvania" in parties
