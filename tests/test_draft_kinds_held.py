"""Kinds of drafted claims: a state held up to now or until something that is not yet so
is a status; a state in a quotation is none; an admission or a
refusal to comment is an answer, and holding to a position is one unless it words an
allegation (``draft/kinds.py``)."""

from __future__ import annotations

import pytest

from sorabrief.draft.kinds import Named, guess_kind, words_an_answer
from sorabrief.model import ClaimKind


@pytest.mark.parametrize(
    "sentence",
    [
        "Harwick Dairies has been in a trading halt since 4 March.",
        "About 400 households in Oxley have been without gas since Monday.",
        "The ministry sealed the warehouse pending a structural survey.",
        "The regulator has suspended the sale of plots in the estate until its inquiry is over.",
        "The footbridge is closed until further notice.",
        "Fishermen blocked the harbour mouth for a third straight day on Friday.",
    ],
)
def test_a_state_held_up_to_now_or_until_something_not_yet_so_is_a_status(
    sentence: str,
) -> None:
    assert guess_kind(sentence, [], None, False, {}).kind == ClaimKind.STATUS


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery has been fined three times since 2021.",
        "The council closed the footbridge until May.",
        "The depot will stay sealed pending an inspection.",
        "Dr Ilse Varga said the trust “cannot comment while the inquest is ongoing”.",
    ],
)
def test_a_past_or_planned_state_or_one_in_a_quotation_is_no_status(
    sentence: str,
) -> None:
    assert guess_kind(sentence, [], None, False, {}).kind != ClaimKind.STATUS


@pytest.mark.parametrize(
    "sentence",
    [
        "The pier remains shut while divers inspect its piles.",
        "Police detained two men on Friday, while 40 lorries were still stuck at the border.",
    ],
)
def test_a_state_the_sentence_reports_or_gives_after_while_is_a_status(sentence: str) -> None:
    assert guess_kind(sentence, [], None, False, {}).kind == ClaimKind.STATUS


@pytest.mark.parametrize(
    "sentence",
    [
        "Brinmoor Water acknowledged that the alarm had been switched off.",
        "Brinmoor Water conceded the pumps were overdue for a service.",
        "Brinmoor Water admitted it had not tested the valves since June.",
        "Brinmoor Water declined to comment on the claims.",
        "Brinmoor Water did not respond to requests for comment.",
        "Brinmoor Water has maintained that the valves were tested in June.",
        "Brinmoor Water has maintained throughout that its crews never skipped a valve test.",
        "Brinmoor Water insisted in a statement that the pumps had been serviced.",
    ],
)
def test_an_admission_a_refusal_to_comment_or_a_held_position_is_an_answer(
    sentence: str,
) -> None:
    guess = guess_kind(sentence, [Named("brinmoor-water", 0)], None, False, {})
    assert (guess.kind, guess.by) == (ClaimKind.RESPONSE, "brinmoor-water")


def test_a_position_held_that_words_a_wrong_is_an_allegation() -> None:
    sentence = "The Tenants Union argued that Brinmoor Water failed to warn residents."
    named = [Named("tenants-union", 0), Named("brinmoor-water", 32)]
    guess = guess_kind(sentence, named, None, False, {})
    assert (guess.kind, guess.by, guess.against) == (
        ClaimKind.GRIEVANCE,
        "tenants-union",
        "brinmoor-water",
    )


def test_holding_to_a_position_is_no_answer_of_its_own() -> None:
    assert not words_an_answer("The Tenants Union maintained that the pipes were never flushed.")
    assert words_an_answer("Brinmoor Water admitted it had not flushed the pipes.")


def test_patients_admitted_to_hospital_is_no_admission() -> None:
    sentence = "Eleven patients admitted to hospital were treated for burns."
    assert guess_kind(sentence, [], None, False, {}).kind != ClaimKind.RESPONSE


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Reyes said the firm had lost money on invoices it says the board still owes.",
        "The tenants' group welcomed the repairs but said it still wanted a full inquiry.",
        "Owners of the flats still hope the builder will pay for the damage.",
    ],
)
def test_a_view_or_a_claim_put_in_another_mouth_is_no_status(sentence: str) -> None:
    assert guess_kind(sentence, [], None, False, {}).kind != ClaimKind.STATUS


def test_a_state_the_speaker_reports_is_still_a_status() -> None:
    sentence = "The harbour master said the slipway was still closed to boats."
    assert guess_kind(sentence, [], None, False, {}).kind == ClaimKind.STATUS
