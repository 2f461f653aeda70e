"""Durations "a week or two" and "ten working days", and counted nouns in "-uses"."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.nouns import singular


def _figures(text: str) -> list[tuple[str, float, float, str | None]]:
    return [(f.text, f.low, f.high, f.unit) for f in find_figures(text)]


def test_an_article_duration_or_a_small_number_is_a_range() -> None:
    assert _figures("The Velka mill may reopen in a month or two.") == [
        ("a month or two", 1, 2, "month")
    ]
    assert _figures("Ferries stop for a week or three each spring.") == [
        ("a week or three", 1, 3, "week")
    ]


def test_an_article_duration_or_two_ago_is_no_duration() -> None:
    assert _figures("The Velka mill shut a year or two ago.") == []


def test_a_kind_of_day_between_amount_and_unit() -> None:
    assert _figures("Claims are paid within twelve working days.") == [
        ("within twelve working days", 12, 12, "day")
    ]
    assert _figures("Orders ship in 3 business days.") == [("3 business days", 3, 3, "day")]


@pytest.mark.parametrize(
    ("plural", "single"),
    [("buses", "bus"), ("minibuses", "minibus"), ("viruses", "virus"), ("gases", "gas"),
     ("abuses", "abuse"), ("houses", "house"), ("causes", "cause")],
)  # fmt: skip
def test_nouns_in_s_that_take_es(plural: str, single: str) -> None:
    assert singular(plural) == single


def test_a_number_word_sizing_a_group() -> None:
    assert _figures("A nine-member board will review the Velka tender.") == [
        ("nine-member", 9, 9, "member")
    ]


def test_a_fraction_or_a_time_is_no_size() -> None:
    assert _figures("It needs a two-thirds vote from a two-time mayor.") == []
