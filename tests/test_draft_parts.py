"""The pieces of `sorabrief draft`: kind guessing, minimal rewording, names, parties, clusters."""

from __future__ import annotations

from sorabrief.aggregation.case_index import CaseIndex
from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.draft.accused import accused_parties
from sorabrief.draft.clusters import SAME_MEANING, SAME_SPEAKER, cluster_sentences, weighed_down
from sorabrief.draft.figure_subject import figure_subject
from sorabrief.draft.figures import FigureSeen, names_something, shared_figures
from sorabrief.draft.kinds import Named, guess_kind, remedy
from sorabrief.draft.names import names_in
from sorabrief.draft.parties import propose_parties
from sorabrief.draft.spokespeople import affiliations
from sorabrief.draft.wording import reported_clause, without_attribution_tail
from sorabrief.extract import Vocabulary, extract
from sorabrief.findings import Figure
from sorabrief.model import ClaimKind, Party, PartyKind
from support import outlet_source, proposed_parties


def test_an_allegation_said_by_a_party_is_a_grievance_worded_as_its_clause() -> None:
    sentence = "Its chair, Ana Diaz, said the council had ignored three warnings about the bridge."
    named = [Named("ana-diaz", 11), Named("council", 33)]
    guess = guess_kind(sentence, named, None, False, {"ana-diaz": "residents"})
    assert guess.kind == ClaimKind.GRIEVANCE
    assert (guess.by, guess.against) == ("ana-diaz", "council")
    assert guess.statement == "the council had ignored three warnings about the bridge."


def test_an_allegation_whose_subject_is_the_accused_stays_an_event_and_says_why() -> None:
    sentence = "Northgate Rail ignored the union's warnings about safety checks."
    guess = guess_kind(sentence, [Named("northgate", 0), Named("union", 27)], None, False, {})
    assert guess.kind == ClaimKind.EVENT
    assert guess.statement == sentence
    assert "cannot follow “X alleges that”" in guess.reason


def test_a_denial_is_a_reported_response_by_the_party_before_the_verb() -> None:
    sentence = "Northgate Rail has denied claims that it cut safety checks."
    guess = guess_kind(sentence, [Named("northgate", 0)], None, False, {})
    assert guess.kind == ClaimKind.RESPONSE
    assert guess.by == "northgate"
    assert guess.reported
    assert guess.statement == sentence  # "claims that" is not the company speaking


def test_a_statement_by_a_party_is_a_response_in_its_own_words() -> None:
    sentence = "In a statement, Northgate Rail said it had apologised to passengers."
    guess = guess_kind(sentence, [Named("northgate", 16)], None, False, {})
    assert guess.kind == ClaimKind.RESPONSE
    assert not guess.reported
    assert guess.statement == "it had apologised to passengers."


def test_a_present_state_is_a_status_and_a_dated_happening_an_event() -> None:
    status = guess_kind("The line remains closed between Ashby and Kew.", [], None, False, {})
    assert status.kind == ClaimKind.STATUS
    event = guess_kind("The bridge was shut on 4 May after a crack was found.", [], None, True, {})
    assert (event.kind, event.reason) == (ClaimKind.EVENT, "something that happened, with a date")


def test_only_a_short_plain_attribution_tail_is_taken_away() -> None:
    assert (
        without_attribution_tail("The line will reopen on Monday, the operator said.")
        == "The line will reopen on Monday."
    )
    long_tail = "The line will reopen on Monday, Ms Diaz, the spokesperson, said."
    assert without_attribution_tail(long_tail) == long_tail
    assert reported_clause("Residents have accused the council of neglect.") is None


def test_names_drop_sentence_openers_and_split_possessives() -> None:
    found = [n.text for n in names_in("The Harbour Trust's Kestrel Pier was closed by Ana Diaz.")]
    assert found == ["Harbour Trust", "Kestrel Pier", "Ana Diaz"]


def test_spokespeople_are_tied_to_the_organisation_they_speak_for() -> None:
    people = ["Ana Diaz", "Sam Lee", "Ruth Obi"]
    organisations = {
        "Northgate Rail": "Northgate Rail",
        "Northgate": "Northgate Rail",
        "Ashby Council": "Ashby Council",
        "Ashby Riders Union": "Ashby Riders Union",
    }
    stated = affiliations(
        "Ana Diaz, a spokesperson for Northgate Rail, declined to comment.",
        None,
        people,
        organisations,
    )
    assert [(a.person, a.organisation, a.role) for a in stated] == [
        ("Ana Diaz", "Northgate Rail", "spokesperson, Northgate Rail")
    ]
    its = affiliations("Its leader, Sam Lee, said more.", "Ashby Council", people, organisations)
    assert [(a.person, a.organisation) for a in its] == [("Sam Lee", "Ashby Council")]
    for sentence, role in (
        ("Northgate's chief executive, Ana Diaz, denied it.", "chief executive, Northgate Rail"),
        (
            "Ana Diaz, chief executive of Northgate Rail, rejected it.",
            "chief executive, Northgate Rail",
        ),
        ("Ruth Obi, of the Ashby Riders Union, said so.", "of Ashby Riders Union"),
        ("Sam Lee, who leads on transport for Ashby Council, said so.", "leader, Ashby Council"),
    ):
        stated = affiliations(sentence, None, people, organisations)
        assert [a.role for a in stated] == [role], sentence


_ARTICLES = {
    "a": "Northgate Rail cancelled all trains on Monday after a signal fault near Ashby.\n"
    "Ana Diaz, a spokesperson for Northgate Rail, said engineers were working on the fault.\n"
    "Passengers were stuck in Ashby for most of the morning.\n"
    "The company said the line remains closed until further notice.\n",
    "b": "Every train on the line was cancelled by Northgate Rail on Monday because of a signal fault.\n"
    "The company said the route remains closed until further notice, Diaz said.\n"
    "A new timetable starts in June.\n",
}


def _findings(parties: tuple[object, ...] = ()) -> dict[str, object]:
    vocabulary = Vocabulary(parties=parties, topic=())  # type: ignore[arg-type]
    return {i: extract(outlet_source(i, body), vocabulary) for i, body in _ARTICLES.items()}


def test_parties_recur_across_reports_with_surname_and_description_aliases() -> None:
    sources = [outlet_source(i, body) for i, body in _ARTICLES.items()]
    proposal = propose_parties(sources, _findings(), {"a": "a", "b": "b"})  # type: ignore[arg-type]
    parties = {p.party.id: p.party for p in proposal.parties}
    assert parties["northgate-rail"].kind == PartyKind.ORGANIZATION
    assert "the company" in parties["northgate-rail"].aliases
    assert parties["ana-diaz"].affiliation == "northgate-rail"
    assert parties["ana-diaz"].aliases == ("Diaz",)
    assert "Ashby" in proposal.left_out  # a place: named, but never acting


def test_a_copy_of_an_article_adds_no_report_to_a_cluster() -> None:
    findings = _findings()
    index = CaseIndex(findings, {})  # type: ignore[arg-type]
    clusters = cluster_sentences(index, {"a": "a", "b": "b"})
    shared = [c for c in clusters if len(c.reports) > 1]
    texts = [{index.sentence(m).text[:30] for m in c.members} for c in shared]
    assert {"Northgate Rail cancelled all t", "Every train on the line was ca"} in texts
    copied = cluster_sentences(index, {"a": "a", "b": "a"})
    assert all(len(c.reports) == 1 for c in copied)


def test_a_function_word_opening_a_sentence_is_no_name() -> None:
    text = "Neither Harlow Mills nor the council would comment. Meanwhile Dana Wu resigned."
    assert [n.text for n in names_in(text)] == ["Harlow Mills", "Dana Wu"]


def test_a_title_before_a_name_and_a_hyphened_adjective_are_no_part_of_a_name() -> None:
    text = (
        "Harbour Commissioner Tomas Reyes said the Leeds-based firm and Port Vale Council agreed."
    )
    assert [n.text for n in names_in(text)] == ["Tomas Reyes", "Port Vale Council"]


def test_an_abbreviated_or_compound_title_is_no_part_of_a_name() -> None:
    text = "CEO Wren Ashby met Vice-Chancellor Ilse Marr at Quay Hall; Headteacher Bo Lind came."
    assert [n.text for n in names_in(text)] == ["Wren Ashby", "Ilse Marr", "Quay Hall", "Bo Lind"]


def test_a_place_acting_only_through_a_possessive_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": "Fenmark's ferry regulator said on Monday that Corran Lines had broken its licence.\n\n"
            "Corran Lines said it would appeal. Boats stay idle in Fenmark.\n",
            "b": "Fenmark's ferry regulator fined Corran Lines.\n\n"
            "Corran Lines denied wrongdoing, and passengers in Fenmark waited.\n",
        }
    )
    assert "Corran Lines" in parties
    assert "Fenmark" not in parties


def test_apostrophe_spellings_of_one_name_are_one_party() -> None:
    parties = proposed_parties(
        {
            "a": "The Tanners’ Guild Association said the mill must close.\n",
            "b": "The Tanners' Guild Association said it would strike.\n",
        }
    )
    assert list(parties) == ["Tanners’ Guild Association"]
    assert parties["Tanners’ Guild Association"].aliases == ("Tanners' Guild Association",)  # type: ignore[attr-defined]


def test_a_name_typed_with_either_apostrophe_and_its_legal_form_are_one_party() -> None:
    parties = proposed_parties(
        {
            "a": "Ka’ili Marine Services Ltd said the pump was on order.\n",
            "b": "Ka'ili Marine Services said the pump was never ordered.\n",
            "c": "Ka'ili Marine Services said it would refund every fare.\n",
        }
    )
    assert list(parties) == ["Ka'ili Marine Services Ltd"]


def test_a_title_alone_or_a_model_code_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": "The Water Commissioner said the KX-40 pump failed. Dunmore Pumps said it was sorry.\n",
            "b": "The Water Commissioner said KX-40 units leaked. Dunmore Pumps said it had a fix.\n",
        }
    )
    assert list(parties) == ["Dunmore Pumps"]


def test_the_accused_are_objects_of_blame_and_subjects_of_a_wrong() -> None:
    sentences = [
        (
            "The tenants blamed Harlow Mills for the flooding.",
            [Named("tenants", 4), Named("harlow", 24)],
        ),
        ("Dunmore Pumps failed to warn the council.", [Named("dunmore", 0), Named("council", 32)]),
        ("The council said it would meet on Monday.", [Named("council", 4)]),
    ]
    assert accused_parties(sentences, {}) == {"harlow", "dunmore"}


def test_a_remedy_names_the_party_before_it_in_its_clause() -> None:
    text = "Dunmore Pumps is offering every household a free filter."
    assert remedy(text, [Named("dunmore", 0)]) == ("dunmore", "offering")
    assert remedy("The council met; Dunmore will appeal.", [Named("council", 4)]) is None


def test_a_figure_subject_is_the_noun_phrase_it_measures() -> None:
    def figure(text: str, quantity: str, counts: str | None = None) -> Figure:
        return Figure(text, 0, 0, quantity, 1, 1, "unit", counts=counts)  # type: ignore[arg-type]

    money = figure("£3m", "money")
    assert figure_subject("The mill paid a penalty of £3m last spring.", money) == "penalty"
    assert figure_subject("They agreed a £3m settlement with the town.", money) == "settlement"
    weeks = figure("six weeks", "duration")
    assert figure_subject("It gave six weeks of paid leave to staff.", weeks) == "paid leave"
    count = figure("400", "count", "households")
    assert figure_subject("About 400 households moved out, it said.", count) == "households moved"


def test_a_day_after_the_speech_verb_is_no_part_of_the_reported_clause() -> None:
    sentence = "The harbour board said Friday the ferry would sail again next week."
    assert reported_clause(sentence) == "the ferry would sail again next week."


def test_a_remedy_by_a_party_is_a_response_as_the_outlets_word_it() -> None:
    sentence = "Dunmore Pumps is refunding every household that bought the faulty model."
    guess = guess_kind(sentence, [Named("dunmore", 0)], None, False, {})
    assert (guess.kind, guess.by, guess.reported) == (ClaimKind.RESPONSE, "dunmore", True)
    assert guess.statement == sentence


def test_a_service_running_or_stopped_is_a_status() -> None:
    for sentence in (
        "The ferry company is running a reduced timetable until spring.",
        "The mill has stopped taking orders from abroad.",
    ):
        assert guess_kind(sentence, [], None, False, {}).kind == ClaimKind.STATUS


def test_a_role_written_before_a_name_ties_the_person_to_the_organisation_holding_its_word() -> (
    None
):
    organisations = {
        "Harbour Safety Board": "Harbour Safety Board",
        "Coastal Claims Tribunal": "Coastal Claims Tribunal",
        "Fenwick School District": "Fenwick School District",
        "Dockers Union": "Dockers Union",
    }
    people = ["Tomas Reyes", "Ada Moss", "Lee Park", "Rosa Lind", "Hill Road"]
    for sentence, person, organisation in (
        (
            "The board's chief investigator, Tomas Reyes, said the hull was sound.",
            "Tomas Reyes",
            "Harbour Safety Board",
        ),
        (
            "Tribunal member Ada Moss found for the passenger.",
            "Ada Moss",
            "Coastal Claims Tribunal",
        ),
        (
            "The harbour safety board's chief, Tomas Reyes, agreed.",
            "Tomas Reyes",
            "Harbour Safety Board",
        ),
        (
            "The app stays, district spokesperson Lee Park said.",
            "Lee Park",
            "Fenwick School District",
        ),
        ("So said Rosa Lind, the union's general secretary.", "Rosa Lind", "Dockers Union"),
    ):
        stated = affiliations(sentence, None, people, organisations)
        assert [(a.person, a.organisation) for a in stated] == [(person, organisation)], sentence
    beside = "The chairperson of the Hill Road Residents Forum said the Dockers Union agreed."
    assert affiliations(beside, None, people, organisations) == []


def test_a_name_given_a_role_is_a_person_whatever_pronouns_follow() -> None:
    parties = proposed_parties(
        {
            "a": "District spokesperson Jo Park said it would reopen the school. Fenwick Council agreed.\n",
            "b": "Jo Park, a local spokesperson, said its doors would open. Fenwick Council said so.\n",
        }
    )
    assert parties["Jo Park"].kind == PartyKind.PERSON  # type: ignore[attr-defined]


def test_a_place_owning_an_acting_name_or_describing_speakers_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": "Fenmark's Harbour Board said on Monday that Corran Lines had broken its licence.\n\n"
            "Corran Lines said it would appeal. “It is a mess,” said two Fenmark skippers.\n",
            "b": "Fenmark's Harbour Board fined Corran Lines.\n\n"
            "Stranded passengers in central Fenmark sued Corran Lines, which denied wrongdoing.\n",
        }
    )
    assert {"Corran Lines", "Harbour Board"} <= set(parties)
    assert "Fenmark" not in parties


def test_a_speaker_named_in_an_apposition_before_the_verb_is_the_one_who_says() -> None:
    sentence = "Its chair, Jo Park, said the mill had failed to warn the council."
    named = [Named("jo-park", 11), Named("council", 57)]
    guess = guess_kind(sentence, named, None, False, {"jo-park": "residents"})
    assert (guess.kind, guess.by, guess.against) == (ClaimKind.GRIEVANCE, "jo-park", "council")
    assert guess.statement == "the mill had failed to warn the council."


def test_hitting_back_is_an_answer() -> None:
    sentence = "Dunmore Pumps hit back, saying the fault lay with the installer."
    guess = guess_kind(sentence, [Named("dunmore", 0)], None, False, {})
    assert (guess.kind, guess.by) == (ClaimKind.RESPONSE, "dunmore")


def test_what_one_party_is_reported_saying_clusters_at_a_lower_likeness() -> None:
    party = Party("dunmore-pumps", "Dunmore Pumps", PartyKind.ORGANIZATION, "maker")
    articles = {
        "a": "Dunmore Pumps said the cracked valves came from an outside supplier and that owners "
        "would get new ones by May. The supplier makes valves for many firms. "
        "The harbour was quiet on Sunday.",
        "b": "Dunmore Pumps said the cracked valves were a supplier's and promised replacement "
        "parts to every customer. Boats stayed in port over the weekend. The supplier was not named.",
    }
    vocabulary = Vocabulary(parties=(party,), topic=())
    index = CaseIndex(
        {i: extract(outlet_source(i, b), vocabulary) for i, b in articles.items()}, {}
    )
    names = set(sentence_stems("Dunmore Pumps"))
    vectors = [weighed_down(index.vectors[n], names) for n in index.text_of]
    said = [p for p in range(len(vectors)) if "said" in index.sentence(p).text]
    likeness = sum(vectors[said[0]].get(t, 0.0) * w for t, w in vectors[said[1]].items())
    assert likeness < SAME_MEANING <= likeness + SAME_SPEAKER
    clusters = cluster_sentences(index, {"a": "a", "b": "b"}, names)
    assert any(set(said) <= set(c.members) for c in clusters)


def test_according_to_a_party_reports_its_clause() -> None:
    sentence = "According to Dunmore Pumps, a batch of valves from a supplier was cracked."
    assert reported_clause(sentence) == "a batch of valves from a supplier was cracked."


def test_a_remedy_word_before_the_party_does_not_hide_the_party_s_remedy() -> None:
    text = "Owners may ask for a refund, and Dunmore Pumps said refunds would take a week."
    assert remedy(text, [Named("dunmore", 33)]) == ("dunmore", "refunds")


def test_said_in_a_statement_is_no_part_of_the_reported_clause() -> None:
    sentence = "The union said in a statement that the findings vindicate every engineer."
    assert reported_clause(sentence) == "the findings vindicate every engineer."


def test_a_count_subject_keeps_a_participle_but_not_a_verb() -> None:
    def count(text: str, counts: str) -> Figure:
        return Figure(text, 0, 0, "count", 1, 1, "unit", counts=counts)  # type: ignore[arg-type]

    assert (
        figure_subject("About 400 passengers spent the night aboard.", count("400", "passengers"))
        == "passengers"
    )
    assert (
        figure_subject("Some 90 flights cancelled on Friday were rebooked.", count("90", "flights"))
        == "flights cancelled"
    )
    assert (
        figure_subject("About 70 ferries had been laid up by March.", count("70", "ferries"))
        == "ferries laid"
    )
    assert (
        figure_subject("Roughly 300 crew were given notice.", count("300", "crew")) == "crew given"
    )
    assert figure_subject("Some 12 skippers were angry.", count("12", "skippers")) == "skippers"
    text = "About 800 households in Tesk and Orlby were moved out."
    assert figure_subject(text, count("800", "households")) == "households moved"
    text = "About 800 households in Tesk said they would stay."
    assert figure_subject(text, count("800", "households")) == "households"


def test_a_figure_subject_falls_back_on_its_clause_not_a_window_of_words() -> None:
    money = Figure("£4m", 0, 0, "money", 4e6, 4e6, "GBP")  # type: ignore[arg-type]
    text = "Bills rose, and the repair of the old pier cost about £4m in the end."
    assert figure_subject(text, money) == "the repair of the old pier cost"


def test_the_same_amount_in_two_reports_is_one_figure_whatever_surrounds_it() -> None:
    def seen(source: str, subject: str, amount: float) -> FigureSeen:
        figure = Figure("£150", 0, 0, "money", amount, amount, "GBP")  # type: ignore[arg-type]
        return FigureSeen(source, figure, ("money", "GBP"), subject, "")

    items = [seen("a", "payment", 150), seen("b", "each household", 150), seen("b", "fee", 90)]
    shared = shared_figures(items, {"a": "a", "b": "b"})
    assert [(s.subject, reports) for s, reports in shared] == [("payment", ("a", "b"))]


def test_an_abbreviation_given_in_brackets_is_an_alias_not_a_party() -> None:
    parties = proposed_parties(
        {
            "a": "Harrow Fernbahn (HFB) cut its services on Monday.\n\n"
            "HFB said the signals had failed. Its chief executive, Nora Bright, said "
            "repairs would take a month.\n",
            "b": "HFB has cut its services. Harrow Fernbahn blamed the signals.\n\n"
            "HFB chief executive Nora Bright apologised to commuters.\n",
        }
    )
    assert "HFB" not in parties
    assert "HFB" in parties["Harrow Fernbahn"].aliases  # type: ignore[attr-defined]
    assert parties["Nora Bright"].affiliation == "harrow-fernbahn"  # type: ignore[attr-defined]


def test_a_person_written_with_and_without_a_title_is_one_party() -> None:
    parties = proposed_parties(
        {
            "a": "CEO Wren Ashby said Tolvane Foods would recall the jars.\n\n"
            "Wren Ashby said she was sorry.\n",
            "b": "Tolvane Foods recalled the jars, CEO Wren Ashby said.\n",
        }
    )
    assert "Wren Ashby" in parties
    assert not any(name.startswith("CEO") for name in parties)


def test_a_title_with_no_organisation_is_the_persons_role() -> None:
    parties = proposed_parties(
        {
            "a": "Harbour Commissioner Sela Ivanic said Tolvane Foods broke the rules.\n",
            "b": "Tolvane Foods was fined, Harbour Commissioner Sela Ivanic said.\n",
        }
    )
    assert parties["Sela Ivanic"].role == "Harbour Commissioner"  # type: ignore[attr-defined]


def test_a_name_after_a_personal_title_is_a_person_whatever_it_follows() -> None:
    parties = proposed_parties(
        {
            "a": "Dr. Imre Caldwell, a retired surgeon who leads the review, said it would "
            "take months.\n\nCaldwell said the Varrow Trust had failed patients.\n",
            "b": "The review is led by Dr Imre Caldwell. Imre Caldwell said it would report "
            "soon. The Varrow Trust said it was sorry.\n",
        }
    )
    assert parties["Imre Caldwell"].kind == PartyKind.PERSON  # type: ignore[attr-defined]
    assert parties["Imre Caldwell"].role == "retired surgeon"  # type: ignore[attr-defined]


def test_whom_and_when_a_party_told_is_no_part_of_the_reported_clause() -> None:
    sentence = (
        "Harrow Dairies told the county court on Friday that the recall would cost it "
        "about £3 million."
    )
    assert reported_clause(sentence) == "the recall would cost it about £3 million."
    assert reported_clause("Harrow Dairies told reporters the plant would reopen soon.") == (
        "the plant would reopen soon."
    )


def test_a_day_or_month_with_a_possessive_is_no_name() -> None:
    text = "Tuesday's flooding closed the mill, and Harlow Mills said March's orders were lost."
    assert [n.text for n in names_in(text)] == ["Harlow Mills"]


def test_the_names_at_the_end_of_a_list_are_names_of_their_own() -> None:
    text = "From Monday, buses run again to Ashby-Corle, Denton-Vale and Fenwick-Marsh."
    assert [n.text for n in names_in(text)] == ["Ashby-Corle", "Denton-Vale", "Fenwick-Marsh"]
    assert [
        n.text for n in names_in("The grants come from the Bank of Ardmore and Corle Trust.")
    ] == ["Bank of Ardmore and Corle Trust"]
    text = "Since Friday, Ardmore Bank and Corle Trust have paid the claims."
    assert [n.text for n in names_in(text)] == ["Ardmore Bank and Corle Trust"]


def test_a_fund_or_helpline_a_party_sets_up_or_a_reimbursement_is_a_remedy() -> None:
    named = [Named("corvell", 0)]
    text = "Corvell Mining set up a hardship fund for the families of injured miners."
    assert remedy(text, named) == ("corvell", "set up a hardship fund")
    assert remedy("Corvell Mining launched a helpline on Friday.", named) == (
        "corvell",
        "launched a helpline",
    )
    assert remedy("Corvell Mining will reimburse the lost wages.", named) == (
        "corvell",
        "reimburse",
    )
    assert remedy("Corvell Mining set up a new drill site.", named) is None


def test_an_allegation_by_two_subjects_and_a_speaker_written_with_a_long_name() -> None:
    sentence = (
        "Tenants and the Corle Valley Renters and Leaseholders Union allege that "
        "Brennock Homes ignored repeated complaints about the lifts."
    )
    at = sentence.index("Brennock")
    guess = guess_kind(sentence, [Named("union", 16), Named("brennock", at)], None, False, {})
    assert guess.kind == ClaimKind.GRIEVANCE
    assert (guess.by, guess.against) == ("union", "brennock")
    assert guess.statement.startswith("Brennock Homes ignored")


def test_speaking_to_an_outlet_the_speaker_still_says_what_follows() -> None:
    sentence = (
        "Speaking to the Quay Gazette, managing director Oren Pask said the firm had "
        "never cut a night shift."
    )
    assert reported_clause(sentence) == "the firm had never cut a night shift."


def test_a_process_of_a_dated_day_is_an_event_and_an_undated_one_a_status() -> None:
    sentence = "All 60 pupils are being sent home after the school shut on Monday."
    assert guess_kind(sentence, [], None, True, {}).kind == ClaimKind.EVENT
    undated = "The fire is being investigated by the county."
    assert guess_kind(undated, [], None, False, {}).kind == ClaimKind.STATUS


def test_a_state_in_reported_speech_is_a_status() -> None:
    sentence = "The council said the footbridge remained closed to walkers."
    assert guess_kind(sentence, [], None, False, {}).kind == ClaimKind.STATUS
    past = "The council said the footbridge remained closed for a week in May."
    assert guess_kind(past, [], None, False, {}).kind == ClaimKind.EVENT


def test_a_name_abbreviated_in_brackets_is_no_persons() -> None:
    parties = proposed_parties(
        {
            "a": "The carriages, built by Oskarven Vagnverk Nordal (OVN), were too tall.\n\n"
            "OVN said it had built them to the contract.\n",
            "b": "OVN said the carriages met the contract. Oskarven Vagnverk Nordal "
            "will rebuild four of them.\n",
        }
    )
    assert parties["Oskarven Vagnverk Nordal"].kind != PartyKind.PERSON  # type: ignore[attr-defined]


def test_a_figure_subject_that_is_a_predicate_or_a_speaker_names_nothing() -> None:
    def seen(subject: str, sentence: str) -> FigureSeen:
        figure = Figure("€9m", 0, 0, "money", 9e6, 9e6, "EUR")  # type: ignore[arg-type]
        return FigureSeen("a", figure, ("money", "EUR"), subject, sentence)

    put = "The other way — raising the bridge — was put by the agency at €9m."
    assert not names_something(seen("was put by the agency", put))
    assert not names_something(seen("Ines Varga said", "Ines Varga said the €9m was spent."))
    assert not names_something(seen("costed", "The refit, costed at €9m, is late."))
    assert names_something(seen("refit", "The refit costs €9m."))
    items = [
        FigureSeen("a", seen("", "").figure, ("money", "EUR"), "was put by the agency", put),
        FigureSeen(
            "b", seen("", "").figure, ("money", "EUR"), "bridge works", "Bridge works: €9m."
        ),
    ]
    assert [s.subject for s, _ in shared_figures(items, {"a": "a", "b": "b"})] == ["bridge works"]


def test_a_conversion_closed_by_a_comma_ends_the_figures_phrase() -> None:
    money = Figure("€4m", 0, 0, "money", 4e6, 4e6, "EUR")  # type: ignore[arg-type]
    text = "The refit, costed at €4m (about $5m), widens each hull."
    assert "widens" not in figure_subject(text, money)
    fine = "They agreed a €4m (about $5m) settlement with the town."
    assert figure_subject(fine, money) == "settlement"


def test_a_clause_joined_to_a_second_saying_is_no_single_reported_clause() -> None:
    sentence = "Ana Diaz said the new timetable was a start but insisted that the board pay."
    assert reported_clause(sentence) is None
    both = "Ana Diaz said the board had failed and that tenants were angry."
    assert reported_clause(both) == "the board had failed and that tenants were angry."
