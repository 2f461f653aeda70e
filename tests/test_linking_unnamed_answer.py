"""A response is a party's answer: a sentence naming none of its parties needs a higher
score than ``LINK`` to support it. Invented text."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.case_index import SentenceRef
from sorabrief.aggregation.linking import LINK, UNNAMED_ANSWER, _answer_naming_no_party
from sorabrief.aggregation.scoring import Scored, Signals
from sorabrief.model import Claim, ClaimKind


def _claim(kind: ClaimKind, by: str | None = "mill") -> Claim:
    return Claim(
        id="answer", kind=kind, statement="The mill says it paid every grower on time.", by=by
    )


def _scored(score: float, parties: float) -> Scored:
    signals = Signals(
        meaning=0.2, exemplar=0.2, parties=parties, margin=0.0, heading=0.0, figure=0.0,
        bound=0.0, dated=0.0,
    )  # fmt: skip
    return Scored(SentenceRef("01", 0), score, signals)


def test_the_bar_lies_above_link() -> None:
    assert LINK < UNNAMED_ANSWER < 1.0


@pytest.mark.parametrize(
    ("kind", "by", "score", "parties", "vetoed"),
    [
        (ClaimKind.RESPONSE, "mill", 0.62, 0.0, True),  # the matter, told with no party
        (ClaimKind.RESPONSE, "mill", 0.62, 0.5, False),  # the mill or its critic named
        (ClaimKind.RESPONSE, "mill", 0.8, 0.0, False),  # worded like the answer itself
        (ClaimKind.RESPONSE, None, 0.62, 0.0, False),  # a response of no stated party
        (ClaimKind.GRIEVANCE, "mill", 0.62, 0.0, False),
        (ClaimKind.EVENT, "mill", 0.62, 0.0, False),
    ],
)
def test_an_answer_naming_no_party(
    kind: ClaimKind, by: str | None, score: float, parties: float, vetoed: bool
) -> None:
    assert _answer_naming_no_party(_claim(kind, by), _scored(score, parties)) is vetoed
