"""A status whose change is said only by its present perfect ("has cancelled the levy") is
reported by a sentence telling that act in the past ("cancelled the levy on Saturday"); one
saying no change yet ("no reopening date has been set") is a state, which a sentence saying
it goes on reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from sorabrief.aggregation.case_index import SentenceRef
from sorabrief.aggregation.linking import _change_act, _no_change_said
from sorabrief.aggregation.polarity import perfect_verb
from sorabrief.aggregation.scoring import Scored, Signals
from sorabrief.model import Claim, ClaimKind
from test_linking import INCIDENT, _linked_with


@pytest.mark.parametrize(
    ("statement", "verb"),
    [
        ("The port board has annulled the dredging licence.", "annulled"),
        ("The port board has annulled the licence now that the survey has resumed.", "annulled"),
        ("The mill has padlocked its gates and no worker may go back in.", "padlocked"),
        ("The health office has declared the outbreak over.", None),
        ("The ferry remains suspended.", None),
    ],
)
def test_the_verb_whose_perfect_says_the_change(statement: str, verb: str | None) -> None:
    assert perfect_verb(statement) == verb


def _unmarked() -> Scored:
    signals = Signals(0.4, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0, 0.0, 0.0)
    return Scored(SentenceRef("01", 0), 0.7, signals)


@pytest.mark.parametrize(
    ("sentence", "none_said"),
    [
        ("On Friday the port board annulled the licence it issued in May.", False),
        ("The port board had not annulled the licence by Friday.", True),
        ("The port board issued the licence in May.", True),
    ],
)
def test_a_sentence_telling_the_act_in_the_past_says_the_change(
    sentence: str, none_said: bool
) -> None:
    claim = Claim(
        id="licence-annulled",
        kind=ClaimKind.STATUS,
        statement="The port board has annulled the dredging licence.",
    )
    assert _no_change_said(_unmarked(), sentence, _change_act(claim)) is none_said


def test_a_status_saying_no_change_yet_links_its_state(tmp_path: Path) -> None:
    incident = INCIDENT.replace(
        "statement: The Harbour Bridge remains closed to all traffic.",
        "statement: The Harbour Bridge is closed to all traffic and no reopening date has "
        "been set.",
    )
    sentence = "The Harbour Bridge is closed to all traffic and walkers, the council said."
    linking, number = _linked_with(tmp_path, incident, "02", sentence)
    assert number in {link.sentence for link in linking.links["02"]["bridge-closed"].sentences}
