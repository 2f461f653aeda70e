"""The clause of a sentence that holds most of a claim's words.

A sentence often joins two facts: "said it had filed an appeal and would ask the court to
pause the order", "whose complaint was lodged last week, and a hearing has been set for
14 May". What a sentence says about a claim, and which of its dates is the claim's, is read
from the clause that shares most stems with the claim. Clauses end at commas, semicolons,
colons, brackets, quote marks, dashes, and before a conjunction or relative word (and, but,
after, before, since, because, while, when, which, who, whose, where).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from sorabrief.aggregation.meaning import sentence_stems

_JOINING = r"(?:and|but|after|before|since|because|while|when|which|who|whose|where)"
TIME_OF_DAY = (
    r"(?:(?:after|before)\s+(?:dawn|daybreak|sunrise|first\s+light|noon|midday|dusk|sunset|"
    r"nightfall|midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b|p\.?m\b|o[’']clock)))"
)
""""before dawn", "after midnight", "before 11 p.m.": a time of day, not a clause."""
_BREAK = re.compile(rf"[,;:()“”\"]|\s[—–-]\s|\s(?!{TIME_OF_DAY})(?={_JOINING}\s)")
_JOINS = re.compile(rf"(?i)(?!{TIME_OF_DAY})\b{_JOINING}\b|[;:]")
_COORDINATE = re.compile(r";\s|,\s(?:and|but|while)\s|\sbut\s|\s(?=when\s)")
_RESULT = re.compile(
    r",\s(?=(?!(?:includ|accord|follow|regard|concern|pend|dur|exclud)ing\b)[a-z]+ing\s)"
)
"""A comma before a verb in -ing ("…, leaving the ward without water"), not before a
preposition in -ing ("including", "according to")."""


@functools.lru_cache(maxsize=1 << 14)
def clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The clauses of ``text`` as (start, end) offsets. Remembered: dating asks for an
    excerpt's clauses at each of its dates, for each event, and copies of a story print
    the same sentences."""
    spans, start = [], 0
    for match in _BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return tuple(spans)


def claim_clause(
    text: str, claim_stems: Collection[str], then: Collection[str] = ()
) -> tuple[int, int]:
    """The clause of ``text`` sharing most stems with a claim; on a tie, the one sharing
    most of ``then``, then the first."""
    wanted, second = set(claim_stems), set(then)
    spans = clause_spans(text)
    held = [set(sentence_stems(text[a:b])) for a, b in spans]
    shared = [(len(h & wanted), len(h & second)) for h in held]
    return spans[shared.index(max(shared))]


def joins_clauses(text: str) -> bool:
    """Whether ``text`` holds a conjunction or relative word, or a semicolon or colon,
    that starts another clause."""
    return _JOINS.search(text) is not None


def coordinate_stems(text: str, results: bool = False) -> list[frozenset[str]]:
    """The stems of each clause of ``text`` that states a fact of its own: it is split at
    semicolons, at ", and", ", but", ", while" ("The pier stayed shut on Monday, and the
    ferry ban was still in force" is two), and before "when", whose clause states the
    event it dates ("tenants were moved out when the roof gave way" reports both). With
    ``results``, also at a comma before a verb in -ing, whose clause states the state an
    event left ("the pump failed on Monday, leaving the ward without water")."""
    parts = _COORDINATE.split(text)
    if results:
        parts = [piece for part in parts for piece in _RESULT.split(part)]
    return [frozenset(sentence_stems(part)) for part in parts]


def main_clause(parts: Sequence[frozenset[str]], claim_stems: Collection[str]) -> int:
    """Which of the independent clauses ``parts`` shares most stems with a claim (the
    first on a tie)."""
    shared = [len(part.intersection(claim_stems)) for part in parts]
    return shared.index(max(shared))
