"""Draft rules for public officials and the places their offices are of, warnings said to
have gone unheeded, a speaker's repetition, and "the spokesperson"."""

from __future__ import annotations

from sorabrief.draft.kinds import Named, guess_kind
from sorabrief.draft.speakers import spokesperson_in
from sorabrief.draft.spokespeople import affiliations
from sorabrief.draft.wording import reported
from sorabrief.extract import Vocabulary, extract
from sorabrief.model import ClaimKind, Party, PartyKind
from support import outlet_source, proposed_parties


def _named(sentence: str, *parties: tuple[str, str]) -> list[Named]:
    return [Named(party, sentence.index(text)) for party, text in parties]


def test_the_place_an_office_is_of_does_not_act_through_its_holder() -> None:
    parties = proposed_parties(
        {
            "a": "The mayor of Corrin Sands, Tova Lind, said 300 people were in shelters. "
            "Harrow Grid said it would help.\n",
            "b": "The prosecutor for Corrin Sands, Emil Hart, opened an inquiry. Harrow Grid "
            "denied any fault. Tova Lind visited the shelters.\n",
        }
    )
    assert "Corrin Sands" not in parties
    assert "Harrow Grid" in parties


def test_a_body_a_spokesperson_speaks_for_still_speaks() -> None:
    parties = proposed_parties(
        {
            "a": "A spokesperson for the Office of Harbours said the quay was shut.\n",
            "b": "The Office of Harbours said the quay would reopen on Monday.\n",
        }
    )
    assert "Office of Harbours" in parties


def test_a_territorial_role_is_no_business_named_before_it() -> None:
    found = affiliations(
        "The regional governor, Tova Lind, said the region would seek damages.",
        "Harrow Grid",
        ["Tova Lind"],
        {"Harrow Grid": "Harrow Grid"},
        ["Harrow Grid"],
    )
    assert found == []
    found = affiliations(
        "The general manager, Tova Lind, said the line had been checked.",
        "Harrow Grid",
        ["Tova Lind"],
        {"Harrow Grid": "Harrow Grid"},
        ["Harrow Grid"],
    )
    assert [a.organisation for a in found] == ["Harrow Grid"]


def test_a_warning_said_to_have_been_given_to_a_party_is_an_allegation_against_it() -> None:
    sentence = (
        "Ines Palm, who chairs the Vell Street tenants' group, said the group had written to "
        "Harrow Grid twice warning that the cables sagged over the roofs."
    )
    named = _named(sentence, ("ines-palm", "Ines Palm"), ("harrow-grid", "Harrow Grid"))
    guess = guess_kind(sentence, named, None, False, {})
    assert guess.kind == ClaimKind.GRIEVANCE
    assert (guess.by, guess.against) == ("ines-palm", "harrow-grid")
    assert guess.statement.startswith("the group had written to Harrow Grid")


def test_a_repetition_that_is_reported_speech() -> None:
    said = reported("Emil Hart repeated that the company had checked the line in May.")
    assert said is not None
    assert said.clause.startswith("the company had checked")


def test_the_spokesperson_speaks_for_the_body_whose_spokesperson_was_named_before() -> None:
    grid = Party("harrow-grid", "Harrow Grid", PartyKind.ORGANIZATION, "operator")
    office = Party("office-of-lines", "Office of Lines", PartyKind.ORGANIZATION, "regulator")
    body = (
        "A spokesperson for Harrow Grid said the firm would reply. The Office of Lines "
        "opened a case on Monday. The spokesperson said crews had cut the trees in May."
    )
    findings = extract(outlet_source("a", body), Vocabulary(parties=(grid, office), topic=()))
    sentence = findings.sentences[2]
    found = spokesperson_in(findings, sentence, {"harrow-grid", "office-of-lines"})
    assert found == [Named("harrow-grid", 0)]
    assert spokesperson_in(findings, findings.sentences[1], {"harrow-grid"}) == []


def test_a_state_in_a_relative_clause_is_no_status_of_the_sentence() -> None:
    sentence = (
        "The district prosecutor, Emil Hart, who is investigating the collapse, said on "
        "Monday that divers had lifted two beams from the river."
    )
    guess = guess_kind(sentence, _named(sentence, ("emil-hart", "Emil Hart")), None, True, {})
    assert guess.kind == ClaimKind.EVENT


def test_people_staying_in_hotels_is_a_present_state() -> None:
    sentence = "About 60 people whose flats burned are staying in hotels in Corrin."
    assert guess_kind(sentence, [], None, False, {}).kind == ClaimKind.STATUS


def test_a_warning_the_outlet_itself_tells_is_an_event() -> None:
    sentence = "The pilots' guild warned Harrow Grid in a letter that the masts were unsafe."
    named = _named(sentence, ("guild", "The pilots"), ("harrow-grid", "Harrow Grid"))
    assert guess_kind(sentence, named, None, False, {}).kind == ClaimKind.EVENT
