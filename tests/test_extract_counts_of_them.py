"""Round 31's counts of part of a group: "N of them" counts the group named before it, or
the kind written after it ("86 people, 51 of them children"), and "the number of children
… at 37" counts an irregular plural."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.findings import Quantity


def _counts(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.low, f.unit) for f in find_figures(text) if f.quantity is Quantity.COUNT]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Thirty people were hurt in the Lima crash. Four of them live in Callao.",
            [("Thirty people", 30.0, "person"), ("Four", 4.0, "person")],
        ),
        (
            "Doctors in Tema treated 86 people, 51 of them children.",
            [("86 people", 86.0, "person"), ("51 of them children", 51.0, "child")],
        ),
        (
            "The Gafsa hospital admitted 14 workers, four of them women.",
            [("14 workers", 14.0, "worker"), ("four of them women", 4.0, "woman")],
        ),
        (
            "The ministry put the number of children treated at 37, 14 of them in Salto.",
            [("37", 37.0, "child"), ("14", 14.0, "child")],
        ),
    ],
)
def test_part_of_a_group_counts_the_group_or_its_own_kind(
    text: str, want: list[tuple[str, float, str]]
) -> None:
    assert _counts(text) == want


def test_part_of_a_group_named_nowhere_is_no_count() -> None:
    assert _counts("The bank in Dhaka said it had repaid 198 of them by Tuesday.") == []
