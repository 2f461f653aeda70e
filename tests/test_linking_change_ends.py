"""A change names two values: the one it left counts only for a subject that marks what
stood before, the one it went to only for a subject that does not. Invented text."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.change_ends import other_end
from sorabrief.findings import Figure, Quantity


def _figure(body: str, text: str) -> Figure:
    start = body.index(text)
    return Figure(text, start, start + len(text), Quantity.MONEY, 1.0, 1.0, "EUR")


_RAISED = "The operator raised the ticket from €3 to €5 on Monday."
_UP = "The council set the ticket at €4 from June, up from €3."
_REVERSED = "Drivers pushed the ticket to €5 from €3 without approval."


@pytest.mark.parametrize(("body", "text"), [(_RAISED, "€3"), (_UP, "€3"), (_REVERSED, "€3")])
def test_the_value_a_change_left_is_not_a_new_price(body: str, text: str) -> None:
    assert other_end(body, _figure(body, text), "ticket price the operator charged")
    assert not other_end(body, _figure(body, text), "ticket price before the increase")


def test_the_value_a_change_went_to_is_not_the_old_price() -> None:
    assert other_end(_RAISED, _figure(_RAISED, "€5"), "the old ticket price")
    assert not other_end(_RAISED, _figure(_RAISED, "€5"), "ticket price the operator charged")


def test_a_price_named_alone_is_either() -> None:
    body = "A ticket costs €4 at the kiosk, and passengers from the islands pay €2."
    for text in ("€4", "€2"):
        assert not other_end(body, _figure(body, text), "ticket price before the increase")
        assert not other_end(body, _figure(body, text), "ticket price the operator charged")
