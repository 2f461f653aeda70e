"""The quick tests in front of the minor-unit scan (``minor_units._MINOR_MARK``, and the
word index's test for it, ``_may_hold_a_sum``) never skip a text ``_MINOR_SUM`` finds a
sum in, so ``find_minor_sums`` finds what the scan alone did."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from sorabrief.extract import minor_units
from sorabrief.extract.minor_units import (
    _MINOR_MARK,
    _MINOR_SUM,
    MINOR_UNITS,
    _may_hold_a_sum,
    find_minor_sums,
)

_PIECES = [
    *sorted(MINOR_UNITS),
    *(unit.title() for unit in sorted(MINOR_UNITS)),
    *"0123456789",
    "1,000",
    "12.5",
    "Eighty",
    "twenty-five",
    "a hundred",
    "and a half",
    "¢",
    "p",
    "7¢",
    "12p",
    "3.5p",
    "720p",
    "50 cents",
    "per",
    "coins",
    "pieces",
    "to",
    "and",
    "between",
    "euro",
    "dollars",
    "percent",
    "Cent",
]
_GAPS = [" ", "  ", "\n", "\t", "\xa0", "-", "–", ".", ",", "", "x", "'"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=14).map(
    lambda parts: "".join(piece + gap for piece, gap in parts)
)


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(_TEXTS)
def test_every_minor_sum_holds_the_mark(text: str) -> None:
    if _MINOR_SUM.search(text) is not None:
        assert _MINOR_MARK.search(text) is not None


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(_TEXTS)
def test_the_word_index_keeps_every_text_holding_the_mark(text: str) -> None:
    if _MINOR_MARK.search(text) is not None:
        assert _may_hold_a_sum(text)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(_TEXTS)
def test_the_sums_found_are_those_of_the_scan_alone(text: str) -> None:
    found = list(find_minor_sums(text, []))
    with mock.patch.object(minor_units, "_may_hold_a_sum", lambda text: True):
        assert list(find_minor_sums(text, [])) == found


def test_the_mark_is_what_sums_hold() -> None:
    for text in ("It cost 50 cents.", "a 12.5p stamp", "Eighty tetri", "20 to 30 cents"):
        assert _MINOR_SUM.search(text) is not None
        assert _MINOR_MARK.search(text) is not None
        assert _may_hold_a_sum(text)
    for text in ("Prices rose 5 percent.", "the centre of town", "no sums at all"):
        assert _MINOR_MARK.search(text) is None
        assert not _may_hold_a_sum(text)
