"""How `sorabrief draft` finds the people and bodies an incident's coverage has act: a title
with its remit before a name, a body with a lower-case head, "the managing director of the
company", and a company's legal name."""

from __future__ import annotations

from sorabrief.draft.names import names_in
from sorabrief.draft.parties import propose_parties
from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind
from support import outlet_source


def _parties_of(articles: dict[str, str]) -> dict[str, Party]:
    sources = [outlet_source(i, body) for i, body in articles.items()]
    vocabulary = Vocabulary(parties=(), topic=())
    findings = {s.id: extract(s, vocabulary) for s in sources}
    proposal = propose_parties(sources, findings, {i: i for i in articles})
    return {p.party.name: p.party for p in proposal.parties}


def test_a_title_with_its_remit_or_a_legislator_s_title_is_no_part_of_the_name() -> None:
    for sentence, name in (
        ("Dovrin Superintendent of Police Tavi Maruk said a case was filed.", "Tavi Maruk"),
        ("Convener Eska Thalm said the march would go ahead.", "Eska Thalm"),
        ("Corrin MLA Ula Verest demanded barriers at the bend.", "Ula Verest"),
    ):
        assert [n.text for n in names_in(sentence)][-1] == name, sentence


def test_a_body_with_a_lower_case_head_and_remit_is_one_name() -> None:
    for sentence, name in (
        ("Dovrin district police on Friday evening arrested two men.", "Dovrin district police"),
        (
            "Officials said the Ostria transport department was checking.",
            "Ostria transport department",
        ),
        ("The Ostria government will pay for the treatment.", "Ostria government"),
    ):
        assert name in [n.text for n in names_in(sentence)], sentence
    assert [n.text for n in names_in("Ostria's government said so.")] == ["Ostria"]


def test_a_body_acting_in_two_reports_by_its_head_is_a_party() -> None:
    parties = _parties_of(
        {
            "a": "The Ostria transport department was examining the coach's records.\n",
            "b": "The transport department on Wednesday suspended an inspector.\n",
        }
    )
    assert parties["Ostria transport department"].kind == PartyKind.ORGANIZATION


def test_the_managing_director_of_the_company_speaks_for_the_company_named_before() -> None:
    parties = _parties_of(
        {
            "a": "Police arrested two officers of Velsin Coachlines on Friday.\n"
            "Arno Vatch, the managing director of the company, and Pim Osk, its operations "
            "manager, were held.\n",
            "b": "Velsin Coachlines said it would appeal.\n",
        }
    )
    assert parties["Arno Vatch"].affiliation == "velsin-coachlines"
    assert parties["Pim Osk"].affiliation == "velsin-coachlines"


def test_a_company_s_legal_name_written_once_names_it() -> None:
    parties = _parties_of(
        {
            "a": "The coach, run by Velsin Coachlines Pvt Ltd, left the road.\n"
            "Velsin Coachlines said it was saddened.\n",
            "b": "Velsin Coachlines said it would appeal.\n",
        }
    )
    party = parties["Velsin Coachlines Pvt Ltd"]
    assert "Velsin Coachlines" in party.aliases
