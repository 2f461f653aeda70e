"""Merge answers that say one thing twice: two responses of one side ("it has not paid a
ransom", "the company had not paid the attackers"), both negated or neither, whose shorter
wording's content stems are at least ``SAME_ANSWER`` the other's. The first (the most
reported) is kept, with the other's reports and its sentence pinned as evidence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from sorabrief.aggregation.meaning import stems_and_polarity
from sorabrief.draft.claims import ProposedClaim
from sorabrief.model import ClaimKind, PinnedEvidence

SAME_ANSWER = 0.5
"""The share of the shorter answer's content stems the other must have too."""


def merged_answers(
    claims: Sequence[ProposedClaim], affiliation: Mapping[str, str]
) -> list[ProposedClaim]:
    """``claims`` with each response that repeats an earlier one of its side folded into it."""
    kept: list[ProposedClaim] = []
    for item in claims:
        twin = next((i for i, k in enumerate(kept) if _same_answer(k, item, affiliation)), None)
        if twin is None:
            kept.append(item)
        else:
            kept[twin] = _folded(kept[twin], item)
    return kept


def _same_answer(a: ProposedClaim, b: ProposedClaim, affiliation: Mapping[str, str]) -> bool:
    if a.claim.kind != ClaimKind.RESPONSE or b.claim.kind != ClaimKind.RESPONSE:
        return False
    if a.claim.by is None or b.claim.by is None:
        return False
    if affiliation.get(a.claim.by, a.claim.by) != affiliation.get(b.claim.by, b.claim.by):
        return False
    mine, said = stems_and_polarity(a.claim.statement)
    theirs, other = stems_and_polarity(b.claim.statement)
    if said.negated != other.negated:
        return False
    shorter = min(len(set(mine)), len(set(theirs)))
    return shorter > 0 and len(set(mine) & set(theirs)) >= SAME_ANSWER * shorter


def _folded(kept: ProposedClaim, other: ProposedClaim) -> ProposedClaim:
    """The more reported answer with the other's reports, and both sentences pinned."""
    if len(other.reports) > len(kept.reports):
        kept, other = other, kept
    pinned = (*kept.claim.evidence, PinnedEvidence(other.source, other.sentence))
    if not kept.claim.evidence:
        pinned = (PinnedEvidence(kept.source, kept.sentence), *pinned)
    reports = tuple(sorted({*kept.reports, *other.reports}))
    return attrs.evolve(kept, claim=attrs.evolve(kept.claim, evidence=pinned), reports=reports)
