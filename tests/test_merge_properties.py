"""The merge is associative and commutative: source order and grouping never change a briefing."""

import itertools

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import sorabrief
from sorabrief.aggregation import extract_all, merge
from sorabrief.extract import vocabulary_of
from sorabrief.render.json import render_json

CASE = sorabrief.load()
VOCABULARY = vocabulary_of(CASE)
EXPECTED = render_json(sorabrief.aggregate(CASE))


@settings(max_examples=25, deadline=None)
@given(
    order=st.permutations(CASE.sources),
    cuts=st.lists(st.integers(0, len(CASE.sources)), max_size=3),
)
def test_shuffled_and_regrouped_sources_give_the_same_briefing(order, cuts) -> None:  # type: ignore[no-untyped-def]
    bounds = sorted({0, len(order), *cuts})
    findings: dict = {}
    for start, end in itertools.pairwise(bounds):
        findings |= extract_all(tuple(order[start:end]), VOCABULARY)
    shuffled = attrs.evolve(CASE, sources=tuple(order))
    assert render_json(merge(shuffled, findings)) == EXPECTED
