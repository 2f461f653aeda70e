"""Draft rules for disputes between parties, people named by their role, datelines,
relative time words and the case title."""

from __future__ import annotations

import attrs

from sorabrief.aggregation.scoring import CaseIndex
from sorabrief.draft import _title
from sorabrief.draft.answers import merged_answers
from sorabrief.draft.claims import ProposedClaim, propose_claims
from sorabrief.draft.clusters import cluster_sentences, name_stems
from sorabrief.draft.kinds import Named, guess_kind
from sorabrief.draft.parties import propose_parties
from sorabrief.draft.since import own_dates
from sorabrief.draft.spokespeople import affiliations
from sorabrief.draft.wording import has_relative_time, reported
from sorabrief.extract import Vocabulary, extract
from sorabrief.extract.dateline import without_dateline
from sorabrief.model import Claim, ClaimKind, Party, PartyKind
from sorabrief.partial_date import PartialDate
from support import outlet_source

_ORGANISATIONS = {
    "Harbour Ferries": "Harbour Ferries",
    "Harbour": "Harbour Ferries",
    "Quayside Port Trust": "Quayside Port Trust",
}


def test_a_name_before_its_role_in_commas_is_a_person_of_the_party_the_role_names() -> None:
    people = ["Lena Voss", "Tom Arkwright"]
    trust = affiliations(
        "Lena Voss, the trust's operations manager, said the berth was unsafe.",
        None,
        people,
        _ORGANISATIONS,
    )
    assert [(a.person, a.organisation) for a in trust] == [("Lena Voss", "Quayside Port Trust")]
    its = affiliations(
        "Harbour Ferries denied it. Tom Arkwright, its operations director, said so.",
        None,
        people,
        _ORGANISATIONS,
    )
    assert [(a.person, a.organisation, a.role) for a in its] == [
        ("Tom Arkwright", "Harbour Ferries", "operations director, Harbour Ferries")
    ]
    previous = affiliations(
        "Tom Arkwright, its chief executive, said so.", "Harbour Ferries", people, _ORGANISATIONS
    )
    assert [a.organisation for a in previous] == ["Harbour Ferries"]
    named = affiliations(
        "Tom Arkwright, Harbour's chief executive, said so.", None, people, _ORGANISATIONS
    )
    assert [a.organisation for a in named] == ["Harbour Ferries"]
    unknown = affiliations(
        "Lena Voss, the council's chief executive, said so.", None, people, _ORGANISATIONS
    )
    assert unknown == []


def test_a_role_opening_with_a_kind_of_body_takes_only_an_organisation_of_that_kind() -> None:
    people = ["Lena Voss", "Tom Arkwright"]
    guessed = affiliations(
        "Quayside Port Trust ordered a review, and board chair Lena Voss apologised.",
        None,
        people,
        _ORGANISATIONS,
    )
    assert guessed == []
    across = affiliations(
        "Board chair Lena Voss apologised.", "Harbour Ferries", people, _ORGANISATIONS
    )
    assert across == []
    held = affiliations(
        "Harbour Ferries denied it, and trust chair Lena Voss said so.",
        None,
        people,
        _ORGANISATIONS,
    )
    assert [a.organisation for a in held] == ["Quayside Port Trust"]
    plain = affiliations(
        "Harbour Ferries denied it, chief executive Tom Arkwright said.",
        None,
        people,
        _ORGANISATIONS,
    )
    assert [a.organisation for a in plain] == ["Harbour Ferries"]


def test_a_leading_wire_dateline_is_taken_off_and_the_rest_kept_as_written() -> None:
    assert without_dateline("RIVERTON, May 2 (Wire Service) – The pier shut.") == "The pier shut."
    assert without_dateline("PORT ELLEN (Agency) - Ferries stopped.") == "Ferries stopped."
    assert without_dateline("GRAZ, Austria, Oct 4 (APX) - Trams halted.") == "Trams halted."
    assert without_dateline("BOULDER, Colo. — Snow fell.") == "Snow fell."
    assert (
        without_dateline("NASA said - on Monday - it would.") == "NASA said - on Monday - it would."
    )
    guess = guess_kind("RIVERTON, May 2 (Wire Service) – The pier shut early.", [], None, False, {})
    assert guess.statement == "The pier shut early."


def test_relative_time_words_are_recognised() -> None:
    assert has_relative_time("The pier reopened today (Monday).")
    assert has_relative_time("Ferries were cancelled yesterday.")
    assert not has_relative_time("The pier reopened on 3 May.")


def test_a_position_and_a_saying_clause_are_reported_clauses() -> None:
    position = reported("The trust's position is that the ferry firm ignored two warnings.")
    assert position is not None
    assert position.clause == "the ferry firm ignored two warnings."
    saying = reported("Harbour Ferries has gone further, saying the trust delayed the dredging.")
    assert saying is not None and saying.clause == "the trust delayed the dredging."
    dated = reported("Harbour Ferries said on Monday that the berth had passed an inspection.")
    assert dated is not None and dated.clause == "the berth had passed an inspection."


def test_a_position_with_an_allegation_is_a_grievance_against_the_party_it_names() -> None:
    sentence = "The trust's position is that Harbour Ferries knew of the crack and failed to act."
    named = [Named("quayside-port-trust", 0), Named("harbour-ferries", 29)]
    guess = guess_kind(sentence, named, None, False, {})
    assert guess.kind == ClaimKind.GRIEVANCE
    assert (guess.by, guess.against) == ("quayside-port-trust", "harbour-ferries")
    assert guess.statement == "Harbour Ferries knew of the crack and failed to act."


_DISPUTE = {
    "a": "Quayside Port Trust closed the north berth on Monday after a crane collapsed.\n"
    "The trust's position is that Harbour Ferries knew the crane was cracked and failed to repair it.\n"
    "Lena Voss, the trust's operations manager, said an inspection by Harbour Ferries in May had found a cracked weld.\n"
    "Harbour Ferries rejected that. Tom Arkwright, its operations director, said the crane had passed a load test in June.\n",
    "b": "The north berth was closed by Quayside Port Trust on Monday after its crane collapsed.\n"
    "Quayside Port Trust says Harbour Ferries knew the crane was cracked and failed to repair it.\n"
    "Lena Voss, the trust's operations manager, said a May inspection by Harbour Ferries had found a cracked weld.\n"
    "Harbour Ferries disagreed. Tom Arkwright, its operations director, said the crane passed a load test in June.\n",
}


def test_parties_that_accuse_each_other_get_allegations_and_answers() -> None:
    sources = [outlet_source(i, body) for i, body in _DISPUTE.items()]
    report_of = {"a": "a", "b": "b"}
    bare = Vocabulary(parties=(), topic=())
    first = {s.id: extract(s, bare) for s in sources}
    proposal = propose_parties(sources, first, report_of)
    parties = {p.party.id: p.party for p in proposal.parties}
    assert parties["tom-arkwright"].kind == PartyKind.PERSON
    assert parties["tom-arkwright"].affiliation == "harbour-ferries"
    assert parties["lena-voss"].affiliation == "quayside-port-trust"
    assert "the trust" in parties["quayside-port-trust"].aliases
    vocabulary = Vocabulary(parties=tuple(parties.values()), topic=())
    index = CaseIndex({s.id: extract(s, vocabulary) for s in sources}, {})
    clusters = cluster_sentences(index, report_of, name_stems(vocabulary.parties))
    claims = propose_claims(clusters, index, vocabulary.parties, report_of)
    found = {(c.claim.kind, c.claim.by, c.claim.against, c.claim.statement) for c in claims.claims}
    assert found == {
        (
            ClaimKind.GRIEVANCE,
            "lena-voss",
            "harbour-ferries",
            "an inspection by Harbour Ferries in May had found a cracked weld.",
        ),
        (ClaimKind.RESPONSE, "tom-arkwright", None, "the crane had passed a load test in June."),
        (
            ClaimKind.EVENT,
            None,
            None,
            "Quayside Port Trust closed the north berth on Monday after a crane collapsed.",
        ),
        (
            ClaimKind.GRIEVANCE,
            "quayside-port-trust",
            "harbour-ferries",
            "Harbour Ferries knew the crane was cracked and failed to repair it.",
        ),
    }


def test_a_cluster_is_worded_from_a_member_without_today_when_one_of_its_kind_has_none() -> None:
    articles = {
        "a": "Quayside Port Trust reopened the north berth today (Friday) after repairs to its crane.\n",
        "b": "Quayside Port Trust reopened the north berth on Friday after repairs to the crane.\n",
    }
    sources = [outlet_source(i, body) for i, body in articles.items()]
    report_of = {"a": "a", "b": "b"}
    index = CaseIndex({s.id: extract(s, Vocabulary(parties=(), topic=())) for s in sources}, {})
    clusters = cluster_sentences(index, report_of)
    claims = propose_claims(clusters, index, (), report_of)
    assert [c.claim.statement for c in claims.claims if c.claim.kind == ClaimKind.EVENT] == [
        "Quayside Port Trust reopened the north berth on Friday after repairs to the crane."
    ]


def test_the_case_title_is_an_original_headline_not_a_copy_s() -> None:
    early_copy = attrs.evolve(
        outlet_source("copy", "text"),
        title="Republished headline",
        published=PartialDate(2025, 5, 1),
    )
    original = attrs.evolve(
        outlet_source("wire", "text"), title="Wire headline", published=PartialDate(2025, 5, 2)
    )
    assert _title([early_copy, original], {"copy": "wire"}) == ("Wire headline", "wire")
    assert _title([early_copy, original], {}) == ("Republished headline", "copy")


def test_a_statement_by_a_party_that_accuses_others_and_is_not_accused_is_no_answer() -> None:
    articles = {
        "a": (
            "The Marlow Rail Inspectorate opened an investigation into Brenwick Trains on "
            "Monday.\nThe Marlow Rail Inspectorate said in a statement that its inspectors "
            "would visit every depot this month.\nBrenwick Trains denied that any depot had "
            "been unsafe.\n"
        ),
        "b": (
            "The Marlow Rail Inspectorate began an investigation into Brenwick Trains on "
            "Monday.\nThe Marlow Rail Inspectorate said in a statement that its inspectors "
            "would visit every depot this month.\nBrenwick Trains denied that any of its "
            "depots had been unsafe.\n"
        ),
    }
    sources = [outlet_source(i, body) for i, body in articles.items()]
    report_of = {"a": "a", "b": "b"}
    bare = Vocabulary(parties=(), topic=())
    first = {s.id: extract(s, bare) for s in sources}
    parties = tuple(p.party for p in propose_parties(sources, first, report_of).parties)
    vocabulary = Vocabulary(parties=parties, topic=())
    index = CaseIndex({s.id: extract(s, vocabulary) for s in sources}, {})
    clusters = cluster_sentences(index, report_of, name_stems(parties))
    claims = propose_claims(clusters, index, parties, report_of).claims
    kinds = {c.claim.by or c.claim.statement[:30]: c.claim.kind for c in claims}
    assert kinds["brenwick-trains"] == ClaimKind.RESPONSE
    assert ClaimKind.RESPONSE not in {
        c.claim.kind for c in claims if "inspectors" in c.claim.statement
    }


def test_two_answers_of_one_side_that_say_one_thing_are_merged_with_both_sentences() -> None:
    articles = {
        "a": (
            "Critics accused Pelling Grain of hiding the mould.\n"
            "Pelling Grain said it had not sold any of the spoiled barley to bakeries.\n"
        ),
        "b": (
            "Critics accused Pelling Grain of hiding the mould.\n"
            "Ansel Moor, a spokesperson for Pelling Grain, said the company had not sold "
            "spoiled barley to anyone.\n"
        ),
    }
    sources = [outlet_source(i, body) for i, body in articles.items()]
    party = Party(id="pelling-grain", name="Pelling Grain", kind=PartyKind.ORGANIZATION, role="")
    person = Party(
        id="ansel-moor", name="Ansel Moor", kind=PartyKind.PERSON, role="", affiliation=party.id
    )
    items = [
        ProposedClaim(
            Claim(id=f"r{i}", kind=ClaimKind.RESPONSE, statement=text, by=by),
            "",
            (source,),
            sentence,
            source,
        )
        for i, (text, by, source, sentence) in enumerate(
            [
                (
                    "it had not sold any of the spoiled barley to bakeries.",
                    party.id,
                    "a",
                    "Pelling Grain said it had not sold any of the spoiled barley to bakeries.",
                ),
                (
                    "the company had not sold spoiled barley to anyone.",
                    person.id,
                    "b",
                    "Ansel Moor, a spokesperson for Pelling Grain, said the company had not "
                    "sold spoiled barley to anyone.",
                ),
                ("it would recall the barley.", party.id, "b", "It would recall the barley."),
            ]
        )
    ]
    merged = merged_answers(items, {person.id: party.id})
    assert [m.claim.id for m in merged] == ["r0", "r2"]
    assert merged[0].reports == ("a", "b")
    assert [e.source for e in merged[0].claim.evidence] == ["a", "b"]
    assert all(
        s.body.find(e.text) >= 0 for s, e in zip(sources, merged[0].claim.evidence, strict=True)
    )


def test_an_event_is_worded_from_a_member_that_names_its_subject() -> None:
    articles = {
        "a": "The ferry was held at the north berth for nine hours after its ramp jammed.\n",
        "b": "The Bellwether ferry was held at the north berth for nine hours after its ramp jammed.\n",
    }
    sources = [outlet_source(i, body) for i, body in articles.items()]
    report_of = {"a": "a", "b": "b"}
    index = CaseIndex({s.id: extract(s, Vocabulary(parties=(), topic=())) for s in sources}, {})
    claims = propose_claims(cluster_sentences(index, report_of), index, (), report_of)
    assert [c.claim.statement for c in claims.claims if c.claim.kind == ClaimKind.EVENT] == [
        "The Bellwether ferry was held at the north berth for nine hours after its ramp jammed."
    ]


def test_a_year_after_since_or_than_does_not_date_what_a_sentence_reports() -> None:
    body = (
        "Pellam Water has spent £3m on new mains since 2021.\n"
        "Leaks were more frequent than in 2019.\n"
        "Pellam Water closed the Dunmore reservoir in March 2024.\n"
        "The reservoir has been closed since Tuesday.\n"
    )
    source = attrs.evolve(outlet_source("a", body), published=PartialDate(2025, 6, 5))
    findings = extract(source, Vocabulary(parties=(), topic=()))
    own = [[d.text for d in own_dates(findings, s)] for s in findings.sentences]
    assert own == [[], [], ["in March 2024"], ["Tuesday"]]


def test_a_regulator_s_statement_answers_no_allegation() -> None:
    line = (
        "Privacy Commissioner Ada Lorne said in a statement that the inquiry would look at "
        "how Brenwick Trains protected the data it held.\n"
    )
    sources = [outlet_source(i, line) for i in ("a", "b")]
    report_of = {"a": "a", "b": "b"}
    parties = (
        Party(id="ada-lorne", name="Ada Lorne", kind=PartyKind.PERSON, role="Privacy Commissioner"),
        Party(id="brenwick-trains", name="Brenwick Trains", kind=PartyKind.ORGANIZATION, role=""),
    )
    index = CaseIndex(
        {s.id: extract(s, Vocabulary(parties=parties, topic=())) for s in sources}, {}
    )
    clusters = cluster_sentences(index, report_of, name_stems(parties))
    claims = propose_claims(clusters, index, parties, report_of).claims
    assert [c.claim.kind for c in claims if c.claim.kind != ClaimKind.FIGURE] == [ClaimKind.EVENT]
