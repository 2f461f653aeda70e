"""How `sorabrief draft` finds the people and bodies an incident's coverage has act: a title
with its remit before a name, a body with a lower-case head, "the managing director of the
company", and a company's legal name; and a status worded from the newest report."""

from __future__ import annotations

import datetime as dt

import pytest

from sorabrief.aggregation.scoring import CaseIndex
from sorabrief.draft.claims import propose_claims
from sorabrief.draft.clusters import cluster_sentences
from sorabrief.draft.names import names_in
from sorabrief.draft.wording import opens_with_quotation
from sorabrief.extract import Vocabulary, extract
from sorabrief.model import ClaimKind, PartyKind
from support import outlet_source, proposed_parties


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
    parties = proposed_parties(
        {
            "a": "The Ostria transport department was examining the coach's records.\n",
            "b": "The transport department on Wednesday suspended an inspector.\n",
        }
    )
    assert parties["Ostria transport department"].kind == PartyKind.ORGANIZATION


def test_the_managing_director_of_the_company_speaks_for_the_company_named_before() -> None:
    parties = proposed_parties(
        {
            "a": "Police arrested two officers of Velsin Coachlines on Friday.\n"
            "Arno Vatch, the managing director of the company, and Pim Osk, its operations "
            "manager, were held.\n",
            "b": "Velsin Coachlines said it would appeal.\n",
        }
    )
    assert parties["Arno Vatch"].affiliation == "velsin-coachlines"
    assert parties["Pim Osk"].affiliation == "velsin-coachlines"


def test_the_company_is_never_the_regulator_named_last() -> None:
    parties = proposed_parties(
        {
            "a": "Velsin Coachlines was fined by the Ostria Road Safety Authority.\n"
            "Arno Vatch, the managing director of the company, said it would appeal.\n",
            "b": "Velsin Coachlines said it would appeal. The Ostria Road Safety Authority "
            "declined to comment. Arno Vatch spoke for it.\n",
        }
    )
    assert parties["Arno Vatch"].affiliation == "velsin-coachlines"


def test_a_company_s_legal_name_written_once_names_it() -> None:
    parties = proposed_parties(
        {
            "a": "The coach, run by Velsin Coachlines Pvt Ltd, left the road.\n"
            "Velsin Coachlines said it was saddened.\n",
            "b": "Velsin Coachlines said it would appeal.\n",
        }
    )
    party = parties["Velsin Coachlines Pvt Ltd"]
    assert "Velsin Coachlines" in party.aliases


def test_a_status_two_reports_tell_is_worded_from_the_newer() -> None:
    bodies = {
        "a": "Doctors at Velmor General said six of the injured were still admitted there.\n",
        "b": "Of the injured, four remain at Velmor General, doctors said on Saturday.\n",
    }
    sources = [outlet_source(i, body) for i, body in bodies.items()]
    report_of = {"a": "a", "b": "b"}
    vocabulary = Vocabulary(parties=(), topic=())
    index = CaseIndex({s.id: extract(s, vocabulary) for s in sources}, {})
    clusters = cluster_sentences(index, report_of, ())
    published = {"a": dt.date(2026, 3, 2), "b": dt.date(2026, 3, 4)}
    claims = propose_claims(clusters, index, (), report_of, published=published).claims
    states = [c.claim.statement for c in claims if c.claim.kind == ClaimKind.STATUS]
    assert any("four remain" in s for s in states)
    assert not any("six of the injured" in s for s in states)


def test_a_line_in_straight_single_quotes_is_a_quotation_not_a_statement() -> None:
    assert opens_with_quotation("'Nobody checked the coach'")
    assert not opens_with_quotation("Nobody checked the coach, inspectors said.")


@pytest.mark.parametrize(
    "sentence",
    ["Jo Park criticises government over the outage.", "Harlow must ask government for funds."],
)
def test_a_verb_before_a_body_s_head_joins_no_name_to_it(sentence: str) -> None:
    assert not any(n.text.endswith("government") for n in names_in(sentence))
