"""Draft rules for critics and their spokespeople, said forms with "told", a lede's
capitals, a plan opening the Summary, and people named in appositions."""

from __future__ import annotations

from sorabrief.aggregation.case_index import CaseIndex
from sorabrief.draft.accused import accusations, critics
from sorabrief.draft.acting import given_a_role
from sorabrief.draft.claims import propose_claims
from sorabrief.draft.clusters import cluster_sentences, name_stems
from sorabrief.draft.kinds import Named, guess_kind
from sorabrief.draft.names import names_in
from sorabrief.draft.parties import propose_parties
from sorabrief.draft.spokespeople import affiliations
from sorabrief.draft.summary import _foreseen
from sorabrief.draft.wording import capitalised_words, in_normal_case, reported
from sorabrief.extract import Vocabulary, extract
from sorabrief.model import ClaimKind, Party
from support import outlet_source


def test_whom_told_names_ends_with_a_noun_not_a_determiner() -> None:
    found = reported(
        "The guild's chair, Orla Penrith, told the meeting it had written to the mayor."
    )
    assert found is not None
    assert found.clause == "it had written to the mayor."


def test_a_person_whose_clause_opens_with_it_speaks_for_their_organisation() -> None:
    sentence = (
        "The guild's chair, Orla Penrith, told the meeting it had written to the mayor "
        "demanding an outside inquiry."
    )
    guess = guess_kind(
        sentence, [Named("orla-penrith", 18)], None, False, {"orla-penrith": "tillery-guild"}
    )
    assert guess.said_by == "tillery-guild"
    assert guess.clause is not None and guess.clause.startswith("it had written")


def test_the_one_accused_of_a_wrong_after_accused_is_its_object_not_the_accuser() -> None:
    sentence = "On Monday the Tillery Guild accused the port's board of ignoring warnings."
    accused, accusers = accusations([(sentence, [Named("tillery-guild", 15)])], {})
    assert accused == set()
    assert accusers == {"tillery-guild"}
    assert critics([(sentence, [Named("tillery-guild", 15)])], {}) == {"tillery-guild"}


def _claim_kinds(said: str) -> dict[str, ClaimKind]:
    both = (
        "The Tillery Guild accused Brenmoor Docks of ignoring warnings.\n"
        "Brenmoor Docks denied that it had ignored any warning from anyone.\n"
        f"Orla Penrith, the chair of the Tillery Guild, said {said}\n"
    )
    sources = [outlet_source(i, both) for i in ("a", "b")]
    report_of = {"a": "a", "b": "b"}
    first = {s.id: extract(s, Vocabulary(parties=(), topic=())) for s in sources}
    parties: tuple[Party, ...] = tuple(
        p.party for p in propose_parties(sources, first, report_of).parties
    )
    index = CaseIndex(
        {s.id: extract(s, Vocabulary(parties=parties, topic=())) for s in sources}, {}
    )
    clusters = cluster_sentences(index, report_of, name_stems(parties))
    claims = propose_claims(clusters, index, parties, report_of).claims
    return {c.claim.statement: c.claim.kind for c in claims}


def test_a_critics_word_on_the_dispute_is_an_allegation_but_its_plan_is_not() -> None:
    sent_home = _claim_kinds("dockers had been sent home without pay for a week.")
    assert sent_home["dockers had been sent home without pay for a week."] == ClaimKind.GRIEVANCE
    plan = _claim_kinds("she would publish the letters next month.")
    assert ClaimKind.GRIEVANCE not in {k for s, k in plan.items() if "publish" in s}
    own = _claim_kinds("the guild's committee would file a complaint against Brenmoor Docks.")
    assert ClaimKind.GRIEVANCE not in {k for s, k in own.items() if "file" in s}


def test_a_first_word_in_capitals_is_written_in_normal_case_unless_an_acronym() -> None:
    acronyms = capitalised_words(["The TPA said so.", "MOST ferries ran late."])
    assert acronyms == {"TPA"}
    assert in_normal_case("MOST ferries ran late.", acronyms) == "Most ferries ran late."
    assert in_normal_case("TPA officials met.", acronyms) == "TPA officials met."


def test_a_plan_is_no_opening_event() -> None:
    assert _foreseen("Some planned sailings were due to resume today at Pell Quay.")
    assert not _foreseen("The ferry ran aground at Pell Quay on Monday.")


def test_a_person_in_apposition_before_an_apology_acts() -> None:
    both = "The quay's chief executive, Dr Isla Brennock, has apologised to passengers.\n"
    sources = [outlet_source(i, both) for i in ("a", "b")]
    first = {s.id: extract(s, Vocabulary(parties=(), topic=())) for s in sources}
    names = {p.party.name for p in propose_parties(sources, first, {"a": "a", "b": "b"}).parties}
    assert "Isla Brennock" in names


def test_a_role_after_who_is_names_the_organisation() -> None:
    found = affiliations(
        "Mr Cai Ostrow, a consultant heart surgeon who is president of the Pilots Guild, said so.",
        None,
        ["Cai Ostrow"],
        {"Pilots Guild": "Pilots Guild"},
    )
    assert [(a.person, a.organisation) for a in found] == [("Cai Ostrow", "Pilots Guild")]


def test_of_several_trusts_the_trusts_role_is_the_one_named_last_before() -> None:
    organisations = {
        "Pell Valley NHS Trust": "Pell Valley NHS Trust",
        "Orm NHS Trust": "Orm NHS Trust",
    }
    found = affiliations(
        "The trust's chief executive, Ada Quill, apologised.",
        None,
        ["Ada Quill"],
        organisations,
        ["Orm NHS Trust", "Pell Valley NHS Trust"],
    )
    assert [a.organisation for a in found] == ["Pell Valley NHS Trust"]
    assert (
        affiliations(
            "The trust's chief executive, Ada Quill, said so.", None, ["Ada Quill"], organisations
        )
        == []
    )


def test_a_role_with_its_field_names_a_person_and_their_organisation() -> None:
    found = affiliations(
        "The board's director of education, Ivo Trask, said the works were delayed.",
        None,
        ["Ivo Trask"],
        {"Pell District School Board": "Pell District School Board"},
    )
    assert [(a.person, a.organisation) for a in found] == [
        ("Ivo Trask", "Pell District School Board")
    ]
    assert given_a_role("said director of education Ivo Trask.", 27, "Ivo Trask")
    assert not given_a_role("run by the festival's organiser, Pell Live.", 33, "Pell Live")


def test_the_organisations_role_in_a_place_names_the_organisation() -> None:
    found = affiliations(
        "Ines Vall, the HPG's delegate in Corran and a pilot for ten years, said so.",
        None,
        ["Ines Vall"],
        {"HPG": "Harbour Pilots Guild"},
    )
    assert [(a.person, a.organisation) for a in found] == [("Ines Vall", "Harbour Pilots Guild")]


def test_a_plurals_possessive_that_describes_is_part_of_the_name() -> None:
    names = [n.text for n in names_in("She was flown to Pell Children's Hospital in Corran.")]
    assert "Pell Children's Hospital" in names
    owned = [n.text for n in names_in("Later, Corran's Harbour Board said so.")]
    assert "Harbour Board" in owned


def test_an_accusation_of_no_party_is_against_the_party_that_answers() -> None:
    both = (
        "On Monday the Tillery Guild accused the port's board of ignoring warnings.\n"
        "Brenmoor Docks said it had followed every inspector's advice on the cranes.\n"
        "Brenmoor Docks denied that it had ignored any warning from anyone.\n"
    )
    sources = [outlet_source(i, both) for i in ("a", "b")]
    report_of = {"a": "a", "b": "b"}
    first = {s.id: extract(s, Vocabulary(parties=(), topic=())) for s in sources}
    parties = tuple(p.party for p in propose_parties(sources, first, report_of).parties)
    index = CaseIndex(
        {s.id: extract(s, Vocabulary(parties=parties, topic=())) for s in sources}, {}
    )
    clusters = cluster_sentences(index, report_of, name_stems(parties))
    claims = propose_claims(clusters, index, parties, report_of).claims
    accusation = next(c.claim for c in claims if "accused" in c.claim.statement)
    assert accusation.kind == ClaimKind.GRIEVANCE
    assert (accusation.by, accusation.against, accusation.reported) == (
        "tillery-guild",
        "brenmoor-docks",
        True,
    )
