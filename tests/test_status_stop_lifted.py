"""A newer sentence saying a stop like the status's was undone ("lifted the suspension"
for "remains suspended") reports that the state ended (invented text)."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.ending import reports_ending
from sorabrief.model import Claim, ClaimKind

SUSPENDED = (
    "Work at the Pellam quarry remains suspended until the county's inspectors are satisfied."
)
CLOSED = "The Arvel footbridge stays closed to walkers while engineers check its cables."


def _status(statement: str) -> Claim:
    return Claim(id="state", kind=ClaimKind.STATUS, statement=statement)


@pytest.mark.parametrize(
    ("statement", "text"),
    [
        (SUSPENDED, "The county lifted the suspension on Monday, and quarrying began again."),
        (SUSPENDED, "On Monday the county's inspectors revoked the suspension of the quarry."),
        (SUSPENDED, "The suspension at the Pellam quarry was lifted on Monday."),
        (CLOSED, "Engineers lifted the closure of the Arvel footbridge on Friday."),
    ],
)
def test_a_stop_undone_ends_the_state(statement: str, text: str) -> None:
    assert reports_ending(text, _status(statement))


@pytest.mark.parametrize(
    ("statement", "text"),
    [
        (SUSPENDED, "The county said it would not lift the suspension before June."),
        (SUSPENDED, "The county may lift the suspension next month."),
        (SUSPENDED, "The county lifted the suspension of a licence in 2019."),
        (SUSPENDED, "Villagers lifted the suspension."),  # nothing else of the state
        (CLOSED, "Engineers lifted the cables onto the Arvel footbridge on Friday."),
        (CLOSED, "Engineers ended their inspection of the Arvel footbridge."),
    ],
)
def test_no_stop_undone_ends_nothing(statement: str, text: str) -> None:
    assert not reports_ending(text, _status(statement))
