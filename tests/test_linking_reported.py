"""Linking rules about how a fact is reported: a sum printed with its conversion into the
claim's currency counts in that currency; a present perfect that reports speech ("has
warned that") says no change of state; a clause opened by "when" states its own event; a
sentence saying a state persists shares that mark with a status saying so; a quotation
that goes on into the next sentence is its speaker's words in both; a threat made on a
condition shares that mark with a claim stated so; a pronoun saying more ("It said …")
names the speaker of the sentence before."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.case_index import CaseIndex, SentenceRef, members_of
from sorabrief.aggregation.claim_unit import as_claimed
from sorabrief.aggregation.clauses import coordinate_stems, main_clause
from sorabrief.aggregation.meaning import CONDITIONAL, ONGOING, sentence_stems
from sorabrief.aggregation.polarity import Aspect, stated_polarity
from sorabrief.aggregation.scoring import claim_stems, tells_act
from sorabrief.extract import extract, vocabulary_of
from sorabrief.findings import Conversion, Figure, Quantity
from sorabrief.model import Claim, ClaimKind
from test_linking import INCIDENT, _linked_with, write_case


def _claim(unit: str) -> Claim:
    return Claim(
        id="cost", kind=ClaimKind.FIGURE, statement="", subject="the cost", quantity="money",
        unit=unit,
    )  # fmt: skip


def _euros_with_pounds() -> Figure:
    pounds = Conversion(text="£6m", start=10, end=13, low=6e6, high=6e6, unit="GBP")
    return Figure(
        text="€7m", start=4, end=7, quantity=Quantity.MONEY, low=7e6, high=7e6, unit="EUR",
        converted=pounds,
    )  # fmt: skip


def test_a_sum_counts_through_its_conversion_into_the_claims_currency() -> None:
    figure = _euros_with_pounds()
    assert as_claimed(figure, _claim("EUR")) is figure
    counted = as_claimed(figure, _claim("GBP"))
    assert counted is not None
    assert (counted.text, counted.low, counted.unit, counted.start) == ("£6m", 6e6, "GBP", 10)
    assert as_claimed(figure, _claim("USD")) is None


def test_a_conversion_in_the_claims_currency_is_reported_as_its_figure(tmp_path: Path) -> None:
    folder = write_case(tmp_path / "case")
    third = folder / "articles" / "03.md"
    text = third.read_text(encoding="utf-8")
    third.write_text(text.replace("came to £6m", "came to €7m (£6m)"), encoding="utf-8")
    briefing = sorabrief.aggregate(sorabrief.load(folder))
    report = briefing.figure("repair-cost")
    assert report is not None
    by_value = {v.low: (v.texts, v.sources) for v in report.variants}
    assert by_value[6_000_000] == (("£6m",), ("03",))


@pytest.mark.parametrize(
    ("statement", "aspect"),
    [
        ("The porters' guild has warned that its members may walk out again.", Aspect.UNMARKED),
        ("The two councils have agreed that the ferry should remain in service.", Aspect.ONGOING),
        ("The guild has suspended its members' overtime.", Aspect.CHANGED),
    ],
)
def test_a_present_perfect_that_reports_speech_says_no_change(
    statement: str, aspect: Aspect
) -> None:
    assert stated_polarity(statement).aspect == aspect


def test_a_when_clause_is_a_clause_of_its_own() -> None:
    text = "The tenants sued the landlord on Friday for the flats they left when the roof gave way."
    parts = coordinate_stems(text)
    assert len(parts) == 2
    assert main_clause(parts, {"roof", "gave", "way"}) == 1
    assert len(coordinate_stems("Whenever it rains, the cellar floods.")) == 1


def test_an_event_told_in_a_when_clause_takes_no_margin_from_the_main_clause(
    tmp_path: Path,
) -> None:
    sentence = (
        "The Ashford Traders Association said slow repairs were costing old town shops their "
        "customers when inspectors found cracks in the steel girders."
    )
    linking, number = _linked_with(tmp_path, INCIDENT, "02", sentence)
    scored = linking.scored
    for claim in ("cracks-found", "lost-trade"):
        item = next(
            s for s in scored[claim] if (s.sentence.source, s.sentence.index) == ("02", number)
        )
        assert item.signals.margin > 0


def test_saying_a_state_persists_is_one_term_of_meaning() -> None:
    assert ONGOING in sentence_stems("Drivers were still kept off the span on Thursday.")
    assert ONGOING in sentence_stems("The curfew remains in force.")
    assert ONGOING not in sentence_stems("The curfew was lifted at dawn.")
    status = Claim(id="curfew", kind=ClaimKind.STATUS, statement="The curfew remains in force.")
    answer = Claim(
        id="pause",
        kind=ClaimKind.RESPONSE,
        statement="the crews stopped as it was unsafe to continue.",
    )
    assert ONGOING in claim_stems(status, status.statement)
    assert ONGOING not in claim_stems(answer, answer.statement)


def test_a_status_said_to_persist_is_like_a_sentence_saying_so_in_other_words(
    tmp_path: Path,
) -> None:
    sentence = "Drivers were still kept off the span on Thursday."
    linking, number = _linked_with(tmp_path, INCIDENT, "02", sentence)
    scored = linking.scored["bridge-closed"]
    item = next(s for s in scored if (s.sentence.source, s.sentence.index) == ("02", number))
    assert item.signals.meaning > 0


def test_a_quotation_going_on_into_the_next_sentence_is_its_speakers_in_both(
    tmp_path: Path,
) -> None:
    said = "“The crews are out on the span day and night,” the council said."
    more = "“The girders will be replaced by the spring.”"
    folder = write_case(tmp_path / "case")
    path = folder / "articles" / "02.md"
    path.write_text(path.read_text(encoding="utf-8") + f"\n{said} {more}\n", encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    index = CaseIndex(findings, members_of(case))
    texts = [s.text for s in findings["02"].sentences]
    for sentence in (said, more):
        position = index.position(SentenceRef("02", texts.index(sentence)))
        assert index.speakers[position] == frozenset({"council"})
        assert "council" in index.named[position]


def test_a_spokesperson_counts_as_themself_and_as_their_organisation(tmp_path: Path) -> None:
    officer = (
        "  - id: mara-lind\n    name: Mara Lind\n    kind: person\n"
        "    role: bridge engineer\n    aliases: [Lind]\n    affiliation: council\n"
    )
    incident = INCIDENT.replace("claims:\n", officer + "claims:\n", 1)
    said = "“The span is safe for walkers,” Mara Lind said."
    folder = write_case(tmp_path / "case", incident)
    path = folder / "articles" / "02.md"
    path.write_text(path.read_text(encoding="utf-8") + f"\n{said}\n", encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    index = CaseIndex(findings, members_of(case))
    texts = [s.text for s in findings["02"].sentences]
    position = index.position(SentenceRef("02", texts.index(said)))
    assert index.speakers[position] == frozenset({"mara-lind", "council"})
    assert {"mara-lind", "council"} <= index.named[position]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("The porters say they will walk out again if the guild cuts their pay.", True),
        ("The clinic would close its doors unless the board found new funds.", True),
        ("The porters walked out on Monday.", False),
        ("Asked if the clinic had closed, the board said nothing.", False),
        ("In May, if not sooner, the pier reopened.", False),
    ],
)
def test_an_outcome_said_to_hang_on_a_condition_is_one_term_of_meaning(
    text: str, marked: bool
) -> None:
    assert (CONDITIONAL in sentence_stems(text)) is marked


def test_a_pronoun_saying_more_is_the_speaker_of_the_sentence_before(tmp_path: Path) -> None:
    folder = write_case(tmp_path / "case")
    path = folder / "articles" / "02.md"
    added = (
        "“Crews are on the girders day and night,” the council said in a statement. "
        "It said it disagreed with the traders' figures. "
        "It rained in Ashford all week."
    )
    path.write_text(path.read_text(encoding="utf-8") + f"\n{added}\n", encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    index = CaseIndex(findings, members_of(case))
    sentences = [s.text for s in findings["02"].sentences]
    goes_on = sentences.index("It said it disagreed with the traders' figures.")
    assert "council" in index.named[index.position(SentenceRef("02", goes_on))]
    weather = index.position(SentenceRef("02", goes_on + 1))
    assert "council" not in index.named[weather]


@pytest.mark.parametrize(
    ("kind", "sentence", "marked"),
    [
        (ClaimKind.RESPONSE, "Tolla Ferries has denied that the hull was unsafe.", True),
        (ClaimKind.RESPONSE, "The harbour master insisted the quay had been inspected.", True),
        (ClaimKind.RESPONSE, "Tolla Ferries disputes the wardens' account.", True),
        (ClaimKind.RESPONSE, "At the heart of the dispute is the mooring fee.", False),
        (ClaimKind.GRIEVANCE, "The wardens blamed Tolla, alleging it skipped repairs.", True),
        (ClaimKind.GRIEVANCE, "Tolla Ferries has denied that the hull was unsafe.", False),
        (ClaimKind.EVENT, "The wardens accused Tolla of skipping repairs.", False),
    ],
)
def test_a_sentence_telling_an_answer_or_an_accusation_is_marked_as_one(
    kind: ClaimKind, sentence: str, marked: bool
) -> None:
    assert tells_act(kind, sentence) is marked


def test_a_count_in_a_unit_of_several_words_counts_what_a_figure_counts() -> None:
    claim = Claim(id="n", kind=ClaimKind.FIGURE, subject="season pass holders left stranded",
                  quantity="count", unit="pass holder")  # fmt: skip
    holders = Figure("about 9,000 pass holders", 0, 24, Quantity.COUNT, 9000, 9000, "holder",
                     counts="pass holders")  # fmt: skip
    bonds = Figure("40 bond holders", 0, 15, Quantity.COUNT, 40, 40, "holder",
                   counts="bond holders")  # fmt: skip
    assert as_claimed(holders, claim) is holders
    assert as_claimed(bonds, claim) is None
