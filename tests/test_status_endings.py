"""A sentence reporting that a state ended (called off, stood down, handed back,
finished) says a change, by its aspect (invented text)."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.polarity import Aspect, Polarity, polarity


@pytest.mark.parametrize(
    "text",
    [
        "The Veldra board has called off the search at Kessmoor.",
        "The council stood down its water bowsers on Tuesday.",
        "Wardens handed the two lakes back to their owners on Friday.",
        "The agency declared the clean-up at Tarrow Point finished on Monday.",
        "Engineers completed the repair of the Ombrel viaduct overnight.",
        "The coastguard gave the all-clear for Pellan Bay.",
        "The union wound down its picket at the Harlo depot.",
    ],
)
def test_an_ending_says_a_change(text: str) -> None:
    assert polarity(text) == Polarity(Aspect.CHANGED, False)


@pytest.mark.parametrize(
    "text",
    [
        "The Veldra board has not called off the search at Kessmoor.",
        "The clean-up at Tarrow Point is not yet finished.",
    ],
)
def test_an_ending_denied_says_none(text: str) -> None:
    assert polarity(text).aspect != Aspect.CHANGED or polarity(text).negated
