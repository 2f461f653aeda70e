"""Linking rules that read who is said to do what: a change someone was only ordered or
urged to make is no change, and a figure's sentence worded as other outlets word the
same figure is about the claim's subject, and a clause in -ing after a comma states the
state an event left, apart from the event, for a status's margin."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.case_index import SentenceRef
from sorabrief.aggregation.clauses import coordinate_stems, main_clause
from sorabrief.aggregation.linking import _about_subject
from sorabrief.aggregation.polarity import Aspect, polarity
from sorabrief.aggregation.scoring import Scored, Signals


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("The court ordered the bakers to go back to their ovens.", Aspect.UNMARKED),
        ("Growers were urged by the minister to resume deliveries.", Aspect.UNMARKED),
        ("The council asked tenants to return to the tower on Friday.", Aspect.UNMARKED),
        ("The board called on pilots to end the walkout, and flights resumed.", Aspect.CHANGED),
        ("Tenants returned to the tower on Friday.", Aspect.CHANGED),
        ("The minister ordered the bridge to the islands reopened.", Aspect.CHANGED),
    ],
)
def test_what_someone_was_ordered_to_do_says_no_change(text: str, aspect: Aspect) -> None:
    assert polarity(text).aspect == aspect


def _figure(meaning: float, exemplar: float, margin: float) -> Scored:
    signals = Signals(meaning, exemplar, 0.0, margin, 0.0, 1.0, 0.0, 0.0)
    return Scored(SentenceRef("01", 0), 0.9, signals)


@pytest.mark.parametrize(
    ("meaning", "exemplar", "margin", "about"),
    [
        (0.08, 0.0, -0.2, True),
        (0.0, 0.3, 0.1, True),
        (0.0, 0.3, -0.1, False),
        (0.0, 0.1, 0.1, False),
    ],
)
def test_a_figure_sentence_like_other_outlets_figure_is_about_the_subject(
    meaning: float, exemplar: float, margin: float, about: bool
) -> None:
    assert _about_subject(_figure(meaning, exemplar, margin)) is about


def test_a_clause_in_ing_after_a_comma_states_a_result_for_a_status() -> None:
    text = "The ferry strike entered its fifth day, leaving the quay idle, according to the port."
    assert len(coordinate_stems(text)) == 1
    parts = coordinate_stems(text, results=True)
    assert len(parts) == 2
    assert main_clause(parts, {"quay", "idl"}) == 1
    assert main_clause(parts, {"ferri", "strike"}) == 0
    assert len(coordinate_stems("Ten flats flooded, including two on the ground floor.", True)) == 1
