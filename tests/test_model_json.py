"""Property tests: the case model round-trips through JSON, and partial dates behave as dates."""

from __future__ import annotations

import datetime as dt
import json

import cattrs.preconf.json
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sorabrief.model import Claim, ClaimKind, Party, PartyKind, PinnedEvidence, Source, SourceKind
from sorabrief.partial_date import PartialDate, Precision

CONVERTER = cattrs.preconf.json.make_converter()

texts = st.text(max_size=40)
short_tuples = st.lists(texts, max_size=4).map(tuple)
optional_texts = st.none() | texts


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(min_value=dt.date(1, 1, 1)))
    precision = draw(st.sampled_from(Precision))
    if precision == Precision.YEAR:
        return PartialDate(day.year)
    if precision == Precision.MONTH:
        return PartialDate(day.year, day.month)
    return PartialDate.from_date(day)


parties = st.builds(
    Party,
    id=texts,
    name=texts,
    kind=st.sampled_from(PartyKind),
    role=texts,
    aliases=short_tuples,
    affiliation=optional_texts,
)

claims = st.builds(
    Claim,
    id=texts,
    kind=st.sampled_from(ClaimKind),
    statement=texts,
    cues=short_tuples,
    evidence=st.lists(st.builds(PinnedEvidence, texts, texts), max_size=3).map(tuple),
    exclude=short_tuples,
    by=optional_texts,
    against=optional_texts,
    answers=short_tuples,
    reported=st.booleans(),
    supersedes=short_tuples,
    subject=optional_texts,
    quantity=optional_texts,
    unit=optional_texts,
)

sources = st.builds(
    Source,
    id=texts,
    body=st.text(max_size=400),
    title=optional_texts,
    publisher=optional_texts,
    published=st.none() | partial_dates(),
    url=optional_texts,
    author=optional_texts,
    retrieved=st.none() | partial_dates(),
    language=texts,
    kind=st.sampled_from(SourceKind),
)


def through_json(value: object) -> object:
    return json.loads(json.dumps(CONVERTER.unstructure(value)))


@given(parties)
def test_party_round_trips_through_json(party: Party) -> None:
    assert CONVERTER.structure(through_json(party), Party) == party


@given(claims)
def test_claim_round_trips_through_json(claim: Claim) -> None:
    assert CONVERTER.structure(through_json(claim), Claim) == claim


@given(sources)
def test_source_round_trips_through_json(source: Source) -> None:
    assert CONVERTER.structure(through_json(source), Source) == source


@given(partial_dates())
def test_partial_date_parses_its_own_isoformat(date: PartialDate) -> None:
    assert PartialDate.parse(date.isoformat()) == date


@given(partial_dates())
def test_partial_date_spans_at_least_one_day(date: PartialDate) -> None:
    assert date.first_day <= date.last_day
    assert (date.first_day == date.last_day) == (date.precision == Precision.DAY)
    assert date.first_day.year == date.last_day.year == date.year


@given(partial_dates(), partial_dates())
def test_partial_dates_order_by_first_day(a: PartialDate, b: PartialDate) -> None:
    if a.first_day < b.first_day:
        assert a < b
    assert [a < b, a == b, a > b].count(True) == 1  # a total order, consistent with ==


@given(st.lists(partial_dates(), min_size=1, max_size=8))
def test_the_latest_of_mixed_precisions_is_found(dates: list[PartialDate]) -> None:
    """``as_of`` is the max of publication dates, which may mix days, months and years."""
    latest = max(dates)
    assert latest.first_day == max(d.first_day for d in dates)


def test_a_broader_date_sorts_before_a_narrower_one_on_the_same_first_day() -> None:
    assert sorted([PartialDate(2024, 1, 1), PartialDate(2024, 1), PartialDate(2024)]) == [
        PartialDate(2024),
        PartialDate(2024, 1),
        PartialDate(2024, 1, 1),
    ]


@pytest.mark.parametrize("text", ["2024-13", "2024-02-30", "24-11-01", "2024/11/01", "Nov 2024"])
def test_partial_date_rejects_what_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError, match=r"is not a date|must be in|out of range"):
        PartialDate.parse(text)
