"""A statement joining two predicates of one subject ("cancelled the match and moved it")
is met by a sentence giving one of them, when the sentence holds that predicate's verb."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.case_index import CaseIndex
from sorabrief.aggregation.clauses import coordinate_stems, main_clause
from sorabrief.aggregation.scoring import _first_pass, claim_specificity, predicates
from sorabrief.extract import extract, vocabulary_of
from sorabrief.model import Case, Claim, ClaimKind, Source

STATEMENT = "The Velmar league cancelled the derby at Ostrany and moved it to the spring."


def test_two_predicates_of_one_subject_are_read_apart() -> None:
    assert predicates(STATEMENT) == [
        ("The Velmar league cancelled the derby at Ostrany", "cancel"),
        ("The Velmar league moved it to the spring.", "move"),
    ]


@pytest.mark.parametrize(
    "statement",
    [
        "The ferry company lodged an appeal.",
        "Lisk Bank failed to guard its records, and affected savers may sue.",
        "Every fault the crews reported was checked and fixed.",
        "After the storm passed, wardens closed the path and opened the gate.",
        "Tenants complained that the lift jammed and stopped.",
    ],
)
def test_one_predicate_or_joined_clauses_are_not_split(statement: str) -> None:
    assert predicates(statement) == []


def _meaning(sentence: str, claim: Claim) -> float:
    other = Claim(id="pitch", kind=ClaimKind.EVENT, statement="Fans invaded the pitch at Ostrany.")
    source = Source(id="s1", body=f"{sentence}\n\nFans invaded the pitch at Ostrany on Sunday.\n")
    case = Case(id="derby", title="Derby", parties=(), claims=(claim, other), sources=(source,))
    findings = {"s1": extract(source, vocabulary_of(case))}
    index = CaseIndex(findings, {})
    found = _first_pass(claim, index, claim_specificity(case.claims))
    return max(
        found.get(index.text_of[p], 0.0) for p in range(len(index.refs)) if index.refs[p].index == 0
    )


def test_a_sentence_giving_one_predicate_is_as_like_the_claim_as_that_predicate() -> None:
    joined = Claim(id="derby", kind=ClaimKind.EVENT, statement=STATEMENT)
    alone = Claim(
        id="derby", kind=ClaimKind.EVENT, statement="The Velmar league cancelled the derby."
    )
    sentence = "The league cancelled the derby at Ostrany on Saturday night."
    assert _meaning(sentence, joined) == pytest.approx(_meaning(sentence, alone), abs=0.2)
    assert _meaning(sentence, joined) > 0.5
    unrelated = "The Velmar league named a new referee for the derby at Ostrany."
    assert _meaning(unrelated, joined) < _meaning(sentence, joined)


def test_but_joins_two_facts_for_the_margin() -> None:
    text = "Velmar Sport filed for bankruptcy on Friday but kept the fans waiting for days."
    parts = coordinate_stems(text)
    assert len(parts) == 2
    assert main_clause(parts, {"bankruptci", "file"}) == 0
    assert main_clause(parts, {"fan", "wait"}) == 1
