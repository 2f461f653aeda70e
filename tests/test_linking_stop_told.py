"""A status saying a stop goes on ("remains closed") is marked as a sentence telling the stop
that began it ("engineers closed the bridge on Monday")."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_linking import INCIDENT, _linked_with


@pytest.mark.parametrize(
    ("sentence", "marked"),
    [
        ("Engineers closed the Harbour Bridge to all traffic on Monday morning.", True),
        ("Engineers did not close the Harbour Bridge to all traffic on Monday morning.", False),
        ("Engineers inspected the Harbour Bridge and its traffic lanes on Monday morning.", False),
    ],
)
def test_a_stop_told_is_marked_as_the_stop_going_on(
    tmp_path: Path, sentence: str, marked: bool
) -> None:
    linking, number = _linked_with(tmp_path, INCIDENT, "02", sentence)
    scored = [s for s in linking.scored["bridge-closed"] if s.sentence.source == "02"]
    found = next(s for s in scored if s.sentence.index == number)
    assert (found.signals.aspect == 1.0) is marked
