"""How `sorabrief draft` picks its claims and their sentences: readable statements, short
sentences, and claims kept by how the linker links them."""

from __future__ import annotations

from sorabrief.aggregation import aggregate
from sorabrief.aggregation.case_index import CaseIndex
from sorabrief.briefing import Agreement, FigureReport, FigureVariant
from sorabrief.draft.annotate import footer, with_roles
from sorabrief.draft.claims import ProposedClaim, propose_claims
from sorabrief.draft.clusters import cluster_sentences, name_stems
from sorabrief.draft.figures import FigureSeen, shared_figures
from sorabrief.draft.kinds import Named, denies_itself, guess_kind
from sorabrief.draft.names import names_in
from sorabrief.draft.parties import UNDESCRIBED, ProposedParty, propose_parties
from sorabrief.draft.pronouns import standalone
from sorabrief.draft.selection import _same_amount, choose_claims
from sorabrief.draft.speakers import described_in
from sorabrief.draft.wording import reads_as_report
from sorabrief.extract import Vocabulary, extract
from sorabrief.findings import Figure
from sorabrief.model import Case, Claim, ClaimKind, Party, PartyKind
from sorabrief.render.view import Wording
from support import outlet_source

_FERRY = Party("kelvin-ferries", "Kelvin Ferries", PartyKind.ORGANIZATION, "operator")
_SKIPPER = Party("mara-quill", "Mara Quill", PartyKind.PERSON, "skipper", aliases=("Quill",))


def test_a_sentence_for_the_reader_or_from_the_writer_is_no_statement() -> None:
    assert reads_as_report("Kelvin Ferries cancelled every crossing on Tuesday.")
    assert reads_as_report("The US regulator said “we will look at this” on Monday.")
    assert not reads_as_report("If you booked a crossing, you can ask for a refund.")
    assert not reads_as_report("I would check the timetable before leaving.")
    assert not reads_as_report("Did the ferry firm know?")
    assert not reads_as_report("- Keep your ticket until the refund arrives.")
    assert not reads_as_report("We asked Kelvin Ferries for comment.")
    assert not reads_as_report("Some are staying with cousins across the river.")
    assert not reads_as_report("All of them, even those on the upper deck, lost their bags.")
    assert not reads_as_report("Many have not worked since the fire.")
    assert reads_as_report("Some 40 passengers are staying in a hotel in Brisk.")
    assert reads_as_report("Many stallholders have not worked since the fire.")


def test_a_short_sentence_is_a_claim_unless_it_is_little_but_a_name() -> None:
    articles = {
        "a": "Kelvin Ferries rejected that. About 900 islanders use the crossing daily.",
        "b": "Kelvin Ferries disagreed. The crossing carries about 900 islanders a day.",
    }
    vocabulary = Vocabulary(parties=(_FERRY,), topic=())
    index = CaseIndex(
        {i: extract(outlet_source(i, b), vocabulary) for i, b in articles.items()}, {}
    )
    clusters = cluster_sentences(index, {"a": "a", "b": "b"}, name_stems([_FERRY]))
    texts = {index.sentence(m).text for c in clusters for m in c.members}
    assert "About 900 islanders use the crossing daily." in texts
    assert not {"Kelvin Ferries rejected that.", "Kelvin Ferries disagreed."} & texts


def _proposed(claim_id: str, statement: str, source: str) -> ProposedClaim:
    claim = Claim(id=claim_id, kind=ClaimKind.EVENT, statement=statement)
    return ProposedClaim(claim, "a guess", (source,), statement, source)


def test_a_claim_linked_in_other_reports_is_kept_and_its_paraphrase_left_out() -> None:
    articles = {
        "a": "Kelvin Ferries cancelled every crossing to Rona Island on Tuesday after a "
        "gearbox failed. Islanders queued at the pier for news.",
        "b": "Every Rona Island crossing was cancelled by Kelvin Ferries on Tuesday when a "
        "gearbox failed. The harbour café stayed open late.",
    }
    sources = tuple(outlet_source(i, b) for i, b in articles.items())
    proposed = [
        _proposed("cancelled", sources[0].body.split(". ")[0] + ".", "a"),
        _proposed("called-off", sources[1].body.split(". ")[0] + ".", "b"),
        _proposed("queued", "Islanders queued at the pier for news.", "a"),
    ]
    case = Case(
        id="ferry",
        title="Rona Island crossings cancelled",
        parties=(_FERRY,),
        claims=tuple(p.claim for p in proposed),
        sources=sources,
    )
    chosen = choose_claims(case, proposed)
    assert [c.claim.id for c in chosen.claims] == ["cancelled", "queued"]
    assert chosen.repeats == 1


def test_an_accusation_whose_subject_accuses_is_a_grievance_as_the_outlets_word_it() -> None:
    sentence = "Rona Council has blamed Kelvin Ferries for the lost crossings."
    named = [Named("rona-council", 0), Named("kelvin-ferries", 26)]
    guess = guess_kind(sentence, named, None, False, {})
    assert guess.kind == ClaimKind.GRIEVANCE and guess.reported
    assert (guess.by, guess.against) == ("rona-council", "kelvin-ferries")
    assert guess.statement == sentence
    passive = "Rona Council was blamed by Kelvin Ferries for the lost crossings."
    assert guess_kind(passive, named, None, False, {}).kind == ClaimKind.EVENT
    subject_accused = "Kelvin Ferries ignored warnings from Rona Council about the gearbox."
    named = [Named("kelvin-ferries", 0), Named("rona-council", 37)]
    assert guess_kind(subject_accused, named, None, False, {}).kind == ClaimKind.EVENT


def test_what_is_not_known_yet_is_a_status() -> None:
    for sentence in (
        "Kelvin Ferries has not said when the gearbox will be replaced.",
        "The cause of the gearbox failure is not yet known.",
    ):
        assert guess_kind(sentence, [], None, False, {}).kind == ClaimKind.STATUS


def test_a_reported_grievance_is_worded_as_the_outlets_word_it() -> None:
    council = Party("rona-council", "Rona Council", PartyKind.ORGANIZATION, "council")
    statement = "Rona Council has blamed Kelvin Ferries for the lost crossings."
    claim = Claim(
        id="blamed",
        kind=ClaimKind.GRIEVANCE,
        statement=statement,
        by="rona-council",
        against="kelvin-ferries",
        reported=True,
    )
    case = Case(
        id="ferry",
        title="Rona Island crossings cancelled",
        parties=(_FERRY, council),
        claims=(claim,),
        sources=(outlet_source("a", statement + " Islanders waited at the pier."),),
    )
    briefing = aggregate(case)
    supported = briefing.supported("blamed")
    assert supported is not None
    assert Wording(briefing).claim_text(supported) == statement


def _standalone(body: str, parties: tuple[Party, ...], index: int) -> tuple[str, bool]:
    vocabulary = Vocabulary(parties=parties, topic=())
    findings = extract(outlet_source("a", body), vocabulary)
    sentence = findings.sentences[index]
    named = [
        Named(m.party, m.start - sentence.start)
        for m in findings.mentions
        if sentence.start <= m.start < sentence.end
    ]
    alone = standalone(findings, index, named, {p.id: p for p in parties})
    return alone.text, alone.dangling


def test_an_opening_pronoun_becomes_the_party_it_stands_for() -> None:
    body = (
        "Skipper Mara Quill said the gearbox had shuddered for a week. "
        "She reported it to Kelvin Ferries twice. "
        "Kelvin Ferries cancelled the crossing. It has not said when sailings resume. "
        "Its engineers were on board by noon."
    )
    parties = (_SKIPPER, _FERRY)
    assert _standalone(body, parties, 1) == (
        "Mara Quill reported it to Kelvin Ferries twice.",
        False,
    )
    assert _standalone(body, parties, 3)[0] == "Kelvin Ferries has not said when sailings resume."
    assert _standalone(body, parties, 4)[0] == "Kelvin Ferries’ engineers were on board by noon."


def test_an_opening_surname_becomes_the_persons_full_name() -> None:
    body = (
        "Skipper Mara Quill said the gearbox had shuddered for a week. "
        "Quill rejected the suggestion that crews ignored it. "
        "Mara Quill reported it to Kelvin Ferries twice."
    )
    parties = (_SKIPPER, _FERRY)
    assert _standalone(body, parties, 1) == (
        "Mara Quill rejected the suggestion that crews ignored it.",
        False,
    )
    assert _standalone(body, parties, 2)[0] == "Mara Quill reported it to Kelvin Ferries twice."


def test_a_pronoun_with_no_fitting_party_before_it_leaves_the_sentence_dangling() -> None:
    body = "Kelvin Ferries cancelled the crossing. She said the pier was crowded."
    assert _standalone(body, (_FERRY,), 1)[1]
    inside = "Kelvin Ferries cancelled the crossing. When she reached the pier, it was shut."
    assert _standalone(inside, (_FERRY,), 1)[1]


def test_an_answer_to_a_bare_demonstrative_leaves_the_sentence_dangling() -> None:
    body = (
        "Mara Quill said the gearbox had failed. Kelvin Ferries has rejected that account. "
        "Kelvin Ferries disputed that within hours. Kelvin Ferries denied that its crews "
        "were tired."
    )
    assert _standalone(body, (_FERRY,), 1)[1]
    assert _standalone(body, (_FERRY,), 2)[1]
    assert not _standalone(body, (_FERRY,), 3)[1]


def test_a_speaker_denying_something_of_itself_answers() -> None:
    assert denies_itself("it had not been told about the gearbox.")
    assert denies_itself("its crews were never short of training.")
    assert not denies_itself("the gearbox had not been serviced since May.")
    assert not denies_itself("it would add two crossings, but not on Sundays.")
    sentence = "Kelvin Ferries said it was sorry for the lost crossings."
    guess = guess_kind(sentence, [Named("kelvin-ferries", 0)], None, False, {})
    assert guess.kind == ClaimKind.RESPONSE


def test_an_organisation_acting_only_through_its_speaker_is_a_party() -> None:
    articles = {
        "a": "Kelvin Ferries cancelled the Rona crossing on Tuesday. Jo Marsh, of Tern "
        "Marine Surveys, said the gearbox had been due for a refit.",
        "b": "The Rona crossing was cancelled by Kelvin Ferries. The gearbox had been "
        "inspected by Tern Marine Surveys in March, Jo Marsh said.",
    }
    sources = [outlet_source(i, b) for i, b in articles.items()]
    bare = Vocabulary(parties=(), topic=())
    first = {s.id: extract(s, bare) for s in sources}
    proposal = propose_parties(sources, first, {"a": "a", "b": "b"})
    parties = {p.party.id: p.party for p in proposal.parties}
    assert parties["tern-marine-surveys"].kind == PartyKind.ORGANIZATION
    assert parties["jo-marsh"].affiliation == "tern-marine-surveys"


def test_its_is_the_organisation_the_person_named_speaks_for() -> None:
    guild = Party("rona-guild", "Rona Boatmen's Guild", PartyKind.GROUP, "boatmen")
    chair = Party("ed-hale", "Ed Hale", PartyKind.PERSON, "chair", affiliation="rona-guild")
    body = (
        "Rona Boatmen's Guild met on Monday. Kelvin Ferries cancelled the crossing. "
        "Its chair, Ed Hale, said the pier was crowded."
    )
    text = _standalone(body, (guild, chair, _FERRY), 2)[0]
    assert text == "Rona Boatmen's Guild’s chair, Ed Hale, said the pier was crowded."


def test_counts_far_apart_are_different_figures_and_near_ones_variants() -> None:
    def seen(source: str, subject: str, amount: float) -> FigureSeen:
        figure = Figure("n", 0, 0, "count", amount, amount, "islander")  # type: ignore[arg-type]
        return FigureSeen(source, figure, ("count", "islander"), subject, "")

    items = [
        seen("a", "islanders stranded", 400),
        seen("b", "islanders stranded", 450),
        seen("a", "islanders living on Rona", 3000),
        seen("b", "islanders on Rona", 3100),
    ]
    shared = shared_figures(items, {"a": "a", "b": "b"})
    assert sorted(s.figure.low for s, _ in shared) == [400, 3000]


def test_a_figure_claim_linked_to_another_amount_is_not_its_figure() -> None:
    claim = Claim(id="stranded", kind=ClaimKind.FIGURE, subject="islanders stranded")
    item = ProposedClaim(claim, "a guess", ("a", "b"), "", "a", (400.0, 400.0))

    def report(amount: float) -> FigureReport:
        variant = FigureVariant(amount, amount, "islander", ("n",), ("a",))
        return FigureReport(
            "stranded", "islanders stranded", "islander", variant, (variant,), Agreement.AGREE
        )

    assert _same_amount(item, report(450))
    assert not _same_amount(item, report(3000))


def test_an_it_that_stands_for_something_unnamed_leaves_the_sentence_dangling() -> None:
    body = "Kelvin Ferries cancelled the crossing. It comes a day after the pier flooded."
    assert _standalone(body, (_FERRY,), 1) == ("It comes a day after the pier flooded.", True)
    body = "The inquiry opened in May. It is due to report to ministers within six weeks."
    assert _standalone(body, (_FERRY,), 1)[1]


def test_an_it_that_stands_for_nothing_reads_on_its_own() -> None:
    for said in (
        "It is not yet known when the crossing will resume.",
        "It remains unclear whether the pier can be repaired.",
    ):
        body = f"Kelvin Ferries cancelled the crossing. {said}"
        assert _standalone(body, (_FERRY,), 1) == (said, False)


def test_a_demonstrative_opening_needs_the_sentence_before() -> None:
    body = "Kelvin Ferries cancelled the crossing. This was the third cancellation in May."
    assert _standalone(body, (_FERRY,), 1)[1]
    body = "Kelvin Ferries cancelled the crossing. That left 900 islanders on the pier."
    assert _standalone(body, (_FERRY,), 1)[1]


def test_a_name_may_begin_with_an_accented_capital() -> None:
    text = "The passenger lobby Ferjaforum Ísland, which counts members, put it higher."
    assert [n.text for n in names_in(text)] == ["Ferjaforum Ísland"]


def test_a_country_in_a_dateline_or_owning_a_speaker_is_no_party() -> None:
    articles = {
        "a": "STRELSAU, Ruritania, Oct 4 (Wire) – Kelvin Ferries cancelled every crossing. "
        "“We are watching closely,” Ruritania's transport ministry said.",
        "b": "Kelvin Ferries said the gearbox failed. Ruritania's ferry regulator said it "
        "would review the cancellations.",
    }
    sources = [outlet_source(i, b) for i, b in articles.items()]
    bare = Vocabulary(parties=(), topic=())
    first = {s.id: extract(s, bare) for s in sources}
    proposal = propose_parties(sources, first, {"a": "a", "b": "b"})
    ids = {p.party.id for p in proposal.parties}
    assert "kelvin-ferries" in ids
    assert "ruritania" not in ids


def test_a_shared_group_no_sentence_of_which_reads_alone_is_named_in_the_comments() -> None:
    articles = {
        "a": "Kelvin Ferries cancelled the Rona crossing on Tuesday.\n\n"
        "She said the gearbox on the old boat had failed twice in March.\n",
        "b": "The Rona crossing was cancelled by Kelvin Ferries.\n\n"
        "She said the gearbox on the old boat had failed twice since March.\n",
    }
    vocabulary = Vocabulary(parties=(_FERRY,), topic=())
    index = CaseIndex(
        {i: extract(outlet_source(i, b), vocabulary) for i, b in articles.items()}, {}
    )
    report_of = {"a": "a", "b": "b"}
    clusters = cluster_sentences(index, report_of, name_stems([_FERRY]))
    proposal = propose_claims(clusters, index, [_FERRY], report_of)
    assert [(n, s[:12]) for n, s in proposal.unreadable] == [(2, "She said the")]
    lines = footer((), (), (), 0, (), unreadable=proposal.unreadable)
    assert any(line.startswith("Left out, though 2 reports give it") for line in lines)


def test_a_sentence_opening_with_their_leaves_it_dangling() -> None:
    body = "Kelvin Ferries cancelled the crossing. Two deckhands were hurt. Their injuries are being assessed."
    assert _standalone(body, (_FERRY,), 2)[1]


def test_the_company_in_an_allegation_is_the_company_named_last_before_it() -> None:
    union = Party("deckhands-union", "Deckhands Union", PartyKind.GROUP, "union")
    authority = Party("harbour-authority", "Harbour Authority", PartyKind.ORGANIZATION, "regulator")
    body = (
        "Kelvin Ferries cancelled the crossing. The Harbour Authority opened an inquiry. "
        "The Deckhands Union says that the company cut crews to pay a loan."
    )
    findings = extract(
        outlet_source("a", body), Vocabulary(parties=(_FERRY, union, authority), topic=())
    )
    sentence = findings.sentences[2]
    found = described_in(
        findings, sentence, {"harbour-authority"}, {"kelvin-ferries", "harbour-authority"}
    )
    assert found == [Named("kelvin-ferries", sentence.text.index("the company"))]


def test_a_they_after_a_sentence_naming_no_party_stands_for_its_things() -> None:
    body = (
        "Kelvin Ferries cancelled the crossing. Four new hulls are moored at the pier. "
        "They were due to sail in May."
    )
    assert _standalone(body, (_FERRY,), 2) == ("They were due to sail in May.", True)


def test_a_party_whose_speaker_alleges_makes_allegations() -> None:
    union = Party("dock-union", "Dock Union", PartyKind.ORGANIZATION, UNDESCRIBED)
    chair = Party("ada-lorne", "Ada Lorne", PartyKind.PERSON, "chair", (), "dock-union")
    claim = Claim(
        id="blamed",
        kind=ClaimKind.GRIEVANCE,
        statement="Ada Lorne accused Kelvin Ferries of ignoring the survey.",
        by="ada-lorne",
        against="kelvin-ferries",
    )
    parties = [ProposedParty(union, 2, ""), ProposedParty(chair, 2, "")]
    roles = with_roles(parties, [ProposedClaim(claim, "", ("a",), claim.statement, "a")])
    assert roles[0].party.role == "makes allegations"
