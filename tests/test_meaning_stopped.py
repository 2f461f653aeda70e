"""A text naming a stopped state carries one term for it, whatever its word for the stop."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.meaning import STOPPED, sentence_stems
from sorabrief.aggregation.scoring import claim_stems
from sorabrief.model import Claim, ClaimKind


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Withdrawals from the savings scheme are on hold.", True),
        ("The quarry was shut by the county on Friday.", True),
        ("Work at the quarry is suspended while the inquiry runs.", True),
        ("The quarry reopened on Friday after being shut for a month.", False),
        ("The county fined the quarry's owner on Friday.", False),
    ],
)
def test_a_stop_in_any_word_carries_the_mark(text: str, marked: bool) -> None:
    assert (STOPPED in sentence_stems(text)) is marked


def test_only_a_status_keeps_the_mark() -> None:
    text = "Withdrawals from the savings scheme are on hold."
    status = Claim(id="s", kind=ClaimKind.STATUS, statement=text)
    event = Claim(id="e", kind=ClaimKind.EVENT, statement=text)
    assert STOPPED in claim_stems(status, text)
    assert STOPPED not in claim_stems(event, text)
