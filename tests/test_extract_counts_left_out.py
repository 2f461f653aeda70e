"""Counts whose noun is left out after a verb or a state, and numbers that are days or ages."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.findings import Quantity


def _counts(sentence: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.low, f.unit) for f in find_figures(sentence) if f.quantity is Quantity.COUNT]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of the 14 climbers caught by the slide, nine were airlifted out; three remain "
            "unaccounted for.",
            [("14 climbers", 14, "climber"), ("nine", 9, "climber"), ("three", 3, "climber")],
        ),
        (
            "Nine divers pulled from flooded cave; three dead, two still missing",
            [("Nine divers", 9, "diver"), ("three", 3, "diver"), ("two", 2, "diver")],
        ),
        (
            "Six porters were swept away and the bodies of four were found at dusk.",
            [("Six porters", 6, "porter"), ("four", 4, "porter")],
        ),
    ],
)
def test_an_amount_whose_noun_its_sentence_just_counted(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _counts(sentence) == expected


def test_a_left_out_noun_is_carried_over_a_sentence_end_only_by_a_subject_in_words() -> None:
    """A number in words opening a sentence as its subject counts the paragraph's last noun
    ("Eight ferries sailed. Two were late."); one inside a later sentence does not."""
    assert _counts("Eight ferries sailed. Two were late.") == [
        ("Eight ferries", 8, "ferry"),
        ("Two", 2, "ferry"),
    ]
    assert _counts("Eight ferries sailed. By noon two were late.") == [
        ("Eight ferries", 8, "ferry")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council wrote on Oct. 3 asking tenants to leave.",
        "A memo dated June 21 listing defects was ignored.",
        "The two hikers, aged 63 and 58, were found on the ridge.",
        "The riders, aged 19, 22 and 27, were unhurt.",
    ],
)
def test_a_day_after_its_month_or_an_age_in_a_list_is_no_count(sentence: str) -> None:
    assert all(text.endswith(("hikers", "riders")) for text, _, _ in _counts(sentence))


def test_a_large_amount_after_a_month_is_still_a_count() -> None:
    assert _counts("In April 450 nurses walked out.") == [("450 nurses", 450, "nurse")]
