"""A drafted claim cites only sentences that state what it states, not every sentence in
which its speaker says something (``draft/propositions.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sorabrief.aggregation import aggregate
from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.briefing import LinkMethod
from sorabrief.casefile import load_case
from sorabrief.draft import draft_case
from sorabrief.draft.clusters import name_stems
from sorabrief.draft.propositions import exclusion, stated_stems, states_same
from sorabrief.model import ClaimKind
from support import REPO

NAMES = frozenset(sentence_stems("Dana Brook Millford Bus Workers Union"))
OFFER = "The union's chair, Dana Brook, said members would vote on the new pay offer at a meeting on Friday."


def test_attribution_roles_and_names_are_not_what_a_sentence_states() -> None:
    stated = stated_stems(OFFER, NAMES)
    assert {"vote", "pay", "offer", "friday"} <= stated
    assert not stated & set(sentence_stems("chair said Dana Brook"))


@pytest.mark.parametrize(
    "other",
    [
        "Dana Brook, the union's chair, said the strike had cost drivers two weeks of wages.",
        "Speaking on behalf of the union, chair Dana Brook told reporters the depot was unsafe.",
        "“We will not be bullied,” Dana Brook said in a statement.",
    ],
)
def test_the_same_speaker_on_another_matter_states_something_else(other: str) -> None:
    assert not states_same(OFFER, other, NAMES)


@pytest.mark.parametrize(
    "paraphrase",
    [
        OFFER,
        "Members will vote on the revised pay offer at Friday's meeting, union chair Dana Brook said.",
        "Drivers are to vote on the pay offer on Friday.",
    ],
)
def test_a_paraphrase_of_the_same_act_states_it(paraphrase: str) -> None:
    assert states_same(OFFER, paraphrase, NAMES)


def test_an_exclusion_matches_its_sentence_and_not_another() -> None:
    sentence = "Dana Brook (the chair) said:  the depot [north] was unsafe, and more words follow."
    pattern = re.compile(exclusion(sentence), re.IGNORECASE)
    assert pattern.search(sentence)
    assert not pattern.search("Dana Brook said the depot was safe.")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("draft") / "case"
    draft_case([str(p) for p in sorted((REPO / "tests/data/boil-water").glob("*.html"))], out)
    return out


def test_every_drafted_claim_cites_only_sentences_that_state_it(drafted: Path) -> None:
    case = load_case(drafted)
    names = name_stems(case.parties)
    briefing = aggregate(case)
    linked = [
        (s.claim.statement, e.text)
        for s in briefing.claims
        if s.claim.kind != ClaimKind.FIGURE
        for e in s.evidence
        if e.method == LinkMethod.MEANING
    ]
    assert linked
    assert all(states_same(statement, text, names) for statement, text in linked)
