"""Findings as compact rows: they read back equal, and a row of another shape is refused."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest

from sorabrief.findings import (
    Conversion,
    DateMention,
    DatePrecision,
    Figure,
    Findings,
    Mention,
    Quantity,
    Quote,
    Removed,
    Sentence,
    Span,
    Term,
)
from sorabrief.findings_rows import findings_from_rows, findings_rows
from sorabrief.partial_date import PartialDate

FOUND = Findings(
    source="harbour",
    removed=(Removed(0, 9, "navigation"),),
    sentences=(Sentence(10, 60, "The ferry Aurora carried 40 passengers, the board said."),),
    quotes=(Quote("We will sail", 61, 80, (Span(62, 74),), "board", "the board", "said", None),),
    terms=(Term("storm berth", 81, 94),),
    figures=(
        Figure("40 passengers", 35, 48, Quantity.COUNT, 40.0, 40.0, "passenger", "passengers"),
        Figure(
            "€90",
            95,
            98,
            Quantity.MONEY,
            90.0,
            90.0,
            "EUR",
            hedge="about",
            converted=Conversion("US$97", 100, 105, 97.0, 97.0, "USD"),
            bound=Span(90, 110),
        ),
    ),
    dates=(
        DateMention("on Monday", 111, 120, PartialDate(2031, 3, 3), DatePrecision.DAY, True),
        DateMention("one day", 121, 128, None, DatePrecision.UNRESOLVED),
    ),
    mentions=(Mention("board", "the board", 49, 58),),
)


def _through_json(rows: Any) -> Any:
    return json.loads(json.dumps(rows))


def test_findings_read_back_equal_through_json() -> None:
    assert findings_from_rows(_through_json(findings_rows(FOUND))) == FOUND


def test_a_whole_number_in_a_float_field_reads_as_a_float() -> None:
    rows = _through_json(findings_rows(FOUND))
    rows[5][0][4] = 40
    low = findings_from_rows(rows).figures[0].low
    assert low == 40.0 and isinstance(low, float)


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ((0,), 7),  # the source id as a number
        ((2, 0, 0), "10"),  # a sentence's start as text
        ((2, 0, 0), True),  # ... as true
        ((2, 0, 0), 10.0),  # ... as a float
        ((2, 0), [10, 60]),  # a sentence row too short
        ((3, 0, 3), [[62]]),  # a quotation segment of one number
        ((5, 0, 3), "weight"),  # a quantity no figure has
        ((6, 0, 3), "2031-02-30"),  # a day no calendar has
        ((6, 0, 5), 1),  # relative as a number
        ((7,), {"party": "board"}),  # mentions as an object
    ],
)
def test_a_row_of_another_shape_is_refused(where: tuple[int, ...], value: Any) -> None:
    rows = _through_json(findings_rows(FOUND))
    target = rows
    for at in where[:-1]:
        target = target[at]
    target[where[-1]] = value
    with pytest.raises((TypeError, ValueError)):
        findings_from_rows(rows)


def test_every_field_of_the_findings_model_has_a_place_in_a_row() -> None:
    """A field added to a findings class must be added to its rows too."""
    counts = {
        Findings: 8, Removed: 3, Sentence: 3, Quote: 9, Term: 3, Figure: 11, Conversion: 7,
        DateMention: 6, Mention: 4, Span: 2,
    }  # fmt: skip
    assert {cls: len(attrs.fields(cls)) for cls in counts} == counts
