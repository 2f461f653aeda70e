"""A status denying a change ("no lorry may leave") is a state that goes on; "No." before a
number numbers a thing and negates nothing."""

from __future__ import annotations

from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.aggregation.polarity import (
    DENIED_CHANGE,
    Aspect,
    Polarity,
    polarity,
    stated_polarity,
)
from sorabrief.aggregation.scoring import _split_by_polarity
from sorabrief.model import Claim, ClaimKind

STATEMENT = (
    "The port authority has shut the depot and no lorry may return to it until the audit ends."
)


def _split(texts: list[str]) -> tuple[set[int], set[int]]:
    claim = Claim(id="k", kind=ClaimKind.STATUS, statement=STATEMENT)
    said = [polarity(t) for t in texts]
    held = [sentence_stems(t) for t in texts]
    agree, against = _split_by_polarity(
        claim, dict.fromkeys(range(len(texts)), 0.5), said, False, held, texts.__getitem__
    )
    return set(agree), set(against)


def test_a_number_sign_is_no_negation() -> None:
    said = polarity("The council lifted its closure of Pavilion No. 2 at the fairground on Friday.")
    assert said == Polarity(Aspect.CHANGED, False)
    assert polarity("There is no 24-hour pharmacy left in the town.").negated


def test_a_denied_change_agrees_with_a_state_said_to_go_on() -> None:
    assert stated_polarity(STATEMENT) == DENIED_CHANGE
    assert not DENIED_CHANGE.opposes(Polarity(Aspect.ONGOING, False))
    agree, against = _split(["The depot remains shut while the auditors work through the books."])
    assert agree == {0} and not against


def test_a_denied_change_is_opposed_by_the_change_told_but_not_by_a_forecast() -> None:
    agree, against = _split(
        [
            "The port authority lifted its closure of the depot on Monday morning.",
            "The depot could reopen to lorries on Monday if the audit goes well.",
        ]
    )
    assert against == {0} and agree == {1}
