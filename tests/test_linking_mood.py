"""Rules that read a sentence's grammar against a claim: an event stated as a fact never
links, by meaning, a sentence that only says it may, will or would happen (the clause
holding most of the claim's words decides), nor one waiting on a decision or opening with
an open question that names nowhere its act; a figure's subject is read without its
dates."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.clauses import clause_spans
from sorabrief.aggregation.linking import LINK, _NotYet, link_all
from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.aggregation.mood import (
    announced,
    asserted,
    denied,
    hypothetical,
    only_expected,
    only_hypothetical,
    presupposed,
    standing,
    undecided,
)
from sorabrief.aggregation.scoring import claim_texts
from sorabrief.extract import extract, vocabulary_of
from sorabrief.model import Claim, ClaimKind
from test_linking import INCIDENT, write_case

CLAIM = "The harbour board lodged a complaint with the ombudsman."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The harbour board said it would lodge a complaint.", True),
        ("The board is preparing a complaint to the ombudsman.", True),
        (
            "The board said it had lodged a complaint with the ombudsman and would ask for a quick ruling.",
            False,
        ),
        (
            "The board, which lodged its complaint in May, said the ombudsman could rule by June.",
            False,
        ),
        ("The harbour board lodged a complaint with the ombudsman in May.", False),
        ("The ombudsman hears the board's complaint later this week.", True),
    ],
)
def test_only_the_clause_with_the_claims_words_decides(sentence: str, expected: bool) -> None:
    assert only_hypothetical(sentence, sentence_stems(CLAIM)) is expected


def test_the_month_may_is_not_a_modal() -> None:
    assert not hypothetical("The board met in May.")
    assert hypothetical("The board may meet again.")


def test_an_event_is_not_linked_to_a_sentence_that_only_plans_it(tmp_path: Path) -> None:
    folder = write_case(tmp_path / "case")
    (folder / "articles" / "04.md").write_text(
        "---\ntitle: Bridge 04\npublisher: Ashford Echo\npublished: 2025-03-06\n---\n"
        "Inspectors said they would look for cracks in the steel girders of the Harbour "
        "Bridge.\n\nThe ferry shuttle is busy.\n",
        encoding="utf-8",
    )
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    linking = link_all(case, findings)
    planned = [s for s in linking.scored["cracks-found"] if s.sentence.source == "04"]
    assert planned and planned[0].score >= LINK
    assert "cracks-found" not in linking.links["04"]


def test_clauses_end_at_punctuation_and_before_a_conjunction() -> None:
    text = "The board met, voted and left before lunch."
    assert [text[a:b] for a, b in clause_spans(text)] == [
        "The board met",
        " voted",
        "and left",
        "before lunch.",
    ]


def test_a_figure_subject_is_read_without_its_dates() -> None:
    claim = Claim(
        id="loss",
        kind=ClaimKind.FIGURE,
        subject="the ferry firm's loss in the year to March 2024, reported on Friday",
        quantity="money",
        unit="GBP",
    )
    assert "march" not in sentence_stems(claim_texts(claim)[0])
    assert "friday" not in sentence_stems(claim_texts(claim)[0])
    assert "loss" in sentence_stems(claim_texts(claim)[0])


@pytest.mark.parametrize(
    ("sentence", "forecast"),
    [
        ("An analyst said the Orlo stock could fall 10% when it resumes trading.", True),
        ("Analysts say the bigger hit will come when its shares return to the market.", True),
        ("The Orlo ferry could be back in service next week.", True),
        ("Trading resumed on Monday, and analysts said the stock could fall further.", False),
        ("Staff returned when the order was lifted.", False),
        ("The Orlo ferry is back in service.", False),
    ],
)
def test_a_change_told_only_as_a_forecast_is_expected(sentence: str, forecast: bool) -> None:
    assert only_expected(sentence) is forecast


@pytest.mark.parametrize(
    ("statement", "in_force"),
    [
        ("Stranded Tarvik passengers are offered free hotel rooms.", True),
        ("Volunteers are clearing mud from the Orlo quay.", True),
        ("The harbour board lodged a complaint with the ombudsman.", False),
        ("The council closed the pier while the divers' report is checked.", False),
        ("The ombudsman received the complaint and is studying it.", False),
    ],
)
def test_an_event_stated_in_the_present_is_an_arrangement_in_force(
    statement: str, in_force: bool
) -> None:
    assert standing(statement) is in_force


def test_an_arrangement_in_force_links_a_sentence_announcing_it(tmp_path: Path) -> None:
    incident = INCIDENT.replace(
        "claims:\n",
        "claims:\n  - id: ferry-offered\n    kind: event\n"
        "    statement: Commuters are offered a free ferry shuttle across the harbour.\n",
    )
    folder = write_case(tmp_path / "case", incident)
    (folder / "articles" / "04.md").write_text(
        "---\ntitle: Bridge 04\npublisher: Ashford Echo\npublished: 2025-03-06\n---\n"
        "The council said commuters would be offered a free ferry shuttle across the harbour "
        "from Monday.\n\nThe cafes are quiet.\n",
        encoding="utf-8",
    )
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    assert "ferry-offered" in link_all(case, findings).links["04"]


@pytest.mark.parametrize(
    ("sentence", "done"),
    [
        ("Riders booked on Friday's cancelled sailings will get a voucher.", True),
        ("Owners of the recalled kettles will be refunded.", False),
        ("The board said it would cancel the sailings.", False),
        ("The cancelled sailings were never rescheduled.", True),
    ],
)
def test_an_act_named_by_its_participle_before_a_noun_is_taken_as_done(
    sentence: str, done: bool
) -> None:
    assert presupposed(sentence, "cancel") is done


@pytest.mark.parametrize(
    ("sentence", "done"),
    [
        (
            "The council said the kiosks would stay shut and that the lease had been cancelled.",
            True,
        ),
        ("The port has cancelled the permit, a step that could end in a lawsuit.", True),
        ("The council said it would cancel the lease.", False),
        ("The council plans to cancel the lease next month.", False),
        ("The council could soon cancel the lease.", False),
    ],
)
def test_an_act_stated_before_any_modal_of_its_own_clause_is_taken_as_done(
    sentence: str, done: bool
) -> None:
    assert asserted(sentence, "cancel") is done


@pytest.mark.parametrize(
    ("sentence", "waiting"),
    [
        ("The board said its inspectors would decide on Friday whether to act.", True),
        ("The regulator will decide on further steps once it has read the report.", True),
        ("The council has yet to decide what it will do about the lease.", True),
        ("- Whether the port's talks with the growers change the levy.", True),
        ("What to watch: whether the inquiry reaches the harbour board.", True),
        ("The board decided on Friday to cancel the lease.", False),
        ("The ombudsman is examining whether the board cancelled the lease lawfully.", False),
        ("In May decide-by dates were posted.", False),
        ("Will decide later whether the ferry runs, a board member wrote.", True),
        ("The WATCHDOG WOULD DECIDE within a month.", True),
        ("The harbour board is deciding whether to fine the operator.", True),
        ("The board has been deciding for a month whether the lease stands.", True),
        ("The port was still deciding when the lease ran out.", True),
        ("The clerks were deciding what to file when the roof fell in.", False),
        ("A tide table is what decides whether the ferry can sail.", False),
        ("In May decide later, the notice read.", False),
        ("The decider was named on Friday.", False),
    ],
)
def test_a_decision_still_to_come_or_an_open_question(sentence: str, waiting: bool) -> None:
    assert undecided(sentence) is waiting


def test_an_announcement_of_what_will_be_done_reports_the_grant() -> None:
    claim = Claim(
        id="grant",
        kind=ClaimKind.EVENT,
        statement="The council granted each flooded shop a repair grant.",
    )
    not_yet = _NotYet(claim)
    assert announced("The mayor announced on Monday that each shop would get a grant.")
    assert not not_yet("The mayor announced that each flooded shop would get a repair grant.")
    assert not_yet("The mayor said each flooded shop would get a repair grant.")
    assert not announced("An announcement on grants will follow.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The watchdog announced yesterday that the two bakeries would pay a fine.",
        "The town board decided on 3 June that no stall may open before noon.",
        "The tribunal ruled late on Friday that the landlord would refund the deposits.",
    ],
)
def test_a_decision_with_words_of_when_before_its_that_announces(sentence: str) -> None:
    assert announced(sentence)


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Every flooded shop will get a repair grant of 900 dollars, the council said.", True),
        ("The mayor told reporters that each flooded shop would receive a repair grant.", True),
        ("The council said it would promise the shops a repair grant next week.", False),
        ("Each flooded shop will get a repair grant once the survey ends.", False),
    ],
)
def test_the_words_of_a_promise_are_the_promise(sentence: str, reported: bool) -> None:
    claim = Claim(
        id="grant-promised",
        kind=ClaimKind.EVENT,
        statement="The council promised each flooded shop a repair grant.",
    )
    assert _NotYet(claim)(sentence) is not reported


def test_an_event_done_is_not_a_decision_still_to_come() -> None:
    claim = Claim(
        id="fine",
        kind=ClaimKind.EVENT,
        statement="The harbour board fined the ferry operator over the missed drills.",
    )
    not_yet = _NotYet(claim)
    assert not_yet("The harbour board said it would decide next week whether to act.")
    assert not_yet("- Whether the harbour board takes the ferry operator to court.")
    assert not not_yet("The harbour board fined the operator and will decide on more steps.")
    assert not not_yet("The board's fine, it said, would decide whether the ferries sail.")
    standing = Claim(id="open", kind=ClaimKind.EVENT, statement="Ferries are sailing again.")
    assert not _NotYet(standing)("The board will decide whether ferries sail again.")


@pytest.mark.parametrize(
    ("sentence", "not_done"),
    [
        ("The prosecutor said it was studying the case but had not opened proceedings.", True),
        ("Prosecutors have never formally opened a case against the firm.", True),
        ("The prosecutor hasn't opened a case.", True),
        ("The prosecutor opened proceedings on Monday.", False),
        ("The prosecutor had not commented, but it opened proceedings on Monday.", False),
        ("The prosecutor did not say when it opened proceedings.", False),
        ("The prosecutor said nothing about the case.", False),
    ],
)
def test_an_act_named_only_as_not_done(sentence: str, not_done: bool) -> None:
    assert denied(sentence, "open") is not_done


def test_an_event_is_not_reported_by_its_act_denied() -> None:
    claim = Claim(
        id="case-opened",
        kind=ClaimKind.EVENT,
        statement="The regional prosecutor opened criminal proceedings over the missing funds.",
    )
    not_yet = _NotYet(claim)
    assert not_yet("The prosecutor said it had not opened proceedings over the missing funds.")
    assert not not_yet("The prosecutor opened criminal proceedings over the funds on Friday.")


def test_a_negated_event_keeps_sentences_that_negate_its_act() -> None:
    claim = Claim(
        id="audit-clean",
        kind=ClaimKind.EVENT,
        statement="The retailer's audit in March had not identified any blocked exits.",
    )
    assert not _NotYet(claim)("Its March audit had not identified any blocked exits, it said.")
