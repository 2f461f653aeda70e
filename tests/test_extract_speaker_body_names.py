"""A body whose name joins two words with "and" speaks under its whole name."""

from __future__ import annotations

import pytest

from sorabrief.extract.attribution import _before


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "Norland's Ministry of Trade and Industry said in a statement that it was ",
            "Norland's Ministry of Trade and Industry",
        ),
        (
            "The Department for Roads and Bridges said it was ",
            "The Department for Roads and Bridges",
        ),
        (
            "The Ministry of Energy and Mines said supplies were ",
            "The Ministry of Energy and Mines",
        ),
    ],
)
def test_an_and_inside_a_bodys_name_joins_no_clauses(head: str, want: str) -> None:
    found = _before(head, 0)
    assert found is not None and found[0] == want


def test_an_and_between_two_speakers_still_parts_them() -> None:
    found = _before("Ana Ruiz of the union and the mayor said they were ", 0)
    assert found is not None and found[0] == "the mayor"
