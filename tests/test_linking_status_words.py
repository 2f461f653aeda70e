"""What a status links is read from the words of its state: a clause saying how long it
lasts is another matter, and a sentence sharing only "remains" or "still" with it is not
about it. A count of the noun a figure's subject counts is about the subject when other
outlets word the sentence alike."""

from __future__ import annotations

from pathlib import Path

from sorabrief.aggregation.case_index import SentenceRef
from sorabrief.aggregation.linking import _about_subject, _counts_subject, _spans_time
from sorabrief.aggregation.meaning import sentence_stems, state_words
from sorabrief.aggregation.scoring import Scored, Signals, claim_texts
from sorabrief.model import Claim, ClaimKind
from test_linking import INCIDENT, _linked_with


def test_a_status_is_read_without_the_clause_of_how_long_it_lasts() -> None:
    claim = Claim(
        id="s", kind=ClaimKind.STATUS,
        statement="Sailings from Orlo quay remain suspended while the coroner's inquiry continues.",
    )  # fmt: skip
    stems = sentence_stems(claim_texts(claim)[0])
    assert "sail" in stems and "coron" not in stems and "inquiri" not in stems
    event = Claim(id="e", kind=ClaimKind.EVENT, statement="The quay shut while divers searched.")
    assert "diver" in sentence_stems(claim_texts(event)[0])


def test_the_words_of_a_state_leave_out_those_saying_it_goes_on() -> None:
    assert state_words("The Orlo quay remains shut and is still fenced off.") >= {"quay", "shut"}
    assert not state_words("He remains, still.")


def test_a_sentence_sharing_only_the_mark_of_a_lasting_state_does_not_link(
    tmp_path: Path,
) -> None:
    sentence = "The injured lorry driver remains in hospital, and is still in a stable condition."
    linking, number = _linked_with(tmp_path, INCIDENT, "02", sentence)
    found = linking.links["02"].get("bridge-closed")
    assert found is None or number not in {link.sentence for link in found.sentences}


def test_a_count_of_the_noun_its_subject_counts_is_about_it_when_outlets_word_it_alike() -> None:
    walkers = Claim(
        id="w", kind=ClaimKind.FIGURE, statement="", subject="walkers rescued from the Orlo ridge",
        quantity="count", unit="walker",
    )  # fmt: skip
    people = Claim(
        id="p", kind=ClaimKind.FIGURE, statement="", subject="people rescued from the ridge",
        quantity="count", unit="climber",
    )  # fmt: skip
    assert _counts_subject(walkers) and not _counts_subject(people)

    def item(exemplar: float) -> Scored:
        signals = Signals(0.02, exemplar, 0.0, 0.0, 0.0, 1.0, 0.02, 0.0)
        return Scored(SentenceRef("01", 0), 0.7, signals)

    assert _about_subject(item(0.3), counts_subject=True)
    assert not _about_subject(item(0.05), counts_subject=True)
    assert not _about_subject(item(0.3), counts_subject=False)


def test_a_span_of_time_is_the_claims_whatever_words_it_shares_with_the_subject() -> None:
    span = Claim(
        id="d", kind=ClaimKind.FIGURE, statement="", quantity="duration", unit="week",
        subject="how long the erroneous levies on Tarrow moorings went on",
    )  # fmt: skip
    fee = Claim(
        id="f", kind=ClaimKind.FIGURE, statement="", quantity="money", unit="EUR",
        subject="the levy wrongly charged on Tarrow moorings",
    )  # fmt: skip
    assert _spans_time(span) and not _spans_time(fee)
    # "Boat owners were billed twice for eight weeks": few of the subject's words
    signals = Signals(0.03, 0.0, 0.0, -0.2, 0.0, 1.0, 0.03, 0.0)
    assert not _about_subject(Scored(SentenceRef("01", 0), 0.65, signals), counts_subject=False)


def test_an_agent_noun_in_ator_is_its_own_term() -> None:
    assert "regulator" in sentence_stems("The Varden regulators met on Friday.")
    said = set(sentence_stems("The mooring board capped the regulated fee at 40 crowns."))
    assert not said & set(sentence_stems("The regulator has turned on its critics."))
    assert set(sentence_stems("the administrator")) == set(sentence_stems("administrators"))
