"""A figure whose own phrase sets it apart from the claim's subject (``measured.py``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sorabrief.aggregation.measured import _BEFORE, _phrase_before, set_apart
from sorabrief.findings import Figure, Quantity


def _figure(text: str, figure: str) -> Figure:
    start = text.index(figure)
    return Figure(
        text=figure,
        start=start,
        end=start + len(figure),
        quantity=Quantity.COUNT,
        low=1,
        high=1,
        unit="tram",
    )


@pytest.mark.parametrize(
    ("text", "figure", "subject", "apart"),
    [
        # a modifier of contrast in the figure's phrase that the subject lacks
        (
            "Velmora will retire its existing fleet of 18 trams by May.",
            "18 trams",
            "new trams ordered",
            True,
        ),
        (
            "A further 9 trams were sent to the Quillan depot.",
            "9 trams",
            "trams sent for repair",
            True,
        ),
        ("Only the remaining 5 trams still run.", "5 trams", "trams withdrawn", True),
        # a relative clause saying the set stands now, as "existing" does
        (
            "They will replace the 18 trams that currently run on the Ostrey line.",
            "18 trams",
            "new trams",
            True,
        ),
        # the subject carries a modifier of the same sense
        (
            "Velmora ordered 12 new trams from Harlow Works.",
            "12 new trams",
            "new trams ordered",
            False,
        ),
        ("The city must buy an extra 4 trams.", "4 trams", "additional trams needed", False),
        ("The 18 trams that still run are old.", "18 trams", "trams in service now", False),
        # "new" sets apart only from a subject marked as what stood before
        ("Velmora ordered 12 new trams from Harlow Works.", "12 new trams", "trams ordered", False),
        (
            "Velmora ordered 12 new trams from Harlow Works.",
            "12 new trams",
            "the existing fleet",
            True,
        ),
        # "first" or "opening" marks a part of a longer time or set
        (
            "Fans sang through the first 30 trams of the parade.",
            "30 trams",
            "trams in the parade",
            True,
        ),
        (
            "The opening 6 trams left on time.",
            "6 trams",
            "first trams to leave the depot",
            False,
        ),
        # no contrast at all
        ("Velmora ordered 12 trams from Harlow Works.", "12 trams", "new trams ordered", False),
        ("The 12 trams that were ordered arrive in May.", "12 trams", "new trams ordered", False),
    ],
)
def test_set_apart(text: str, figure: str, subject: str, apart: bool) -> None:
    assert set_apart(text, _figure(text, figure), subject) is apart


_PHRASE_PARTS = ["the ", "a ", "an ", "its ", "of ", "Of ", "fleet ", "existing ", " ", "\n"]
_PHRASE_PARTS += ["\t", "é", "5", ",", "K", "\u212a", "İ", "_", "-", "trams", "of\n"]


@given(st.lists(st.sampled_from(_PHRASE_PARTS), max_size=16).map("".join))
def test_phrase_before_matches_the_search_from_every_position(before: str) -> None:
    """Searching only among the last five words finds what searching everywhere finds."""
    found, everywhere = _phrase_before(before), _BEFORE.search(before)
    assert (found and (found.span(), found.groups())) == (
        everywhere and (everywhere.span(), everywhere.groups())
    )
