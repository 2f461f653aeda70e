"""Check drafted claims the way ``report`` will link them, and keep only supported ones.

Claims link by meaning, so a proposed claim may end up supported by fewer reports than
its cluster had, or by none (another claim scores its sentences higher). The case is
linked as ``aggregate`` links it; unsupported claims are dropped and linked again, until
every claim left is supported.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from sorabrief.aggregation import merge
from sorabrief.briefing import Briefing
from sorabrief.extract import extract, vocabulary_of
from sorabrief.findings import Findings
from sorabrief.model import Case


@attrs.frozen
class Verified:
    """The case with only supported claims, its briefing, and the claims dropped."""

    case: Case
    briefing: Briefing
    dropped: tuple[str, ...]
    findings: Mapping[str, Findings]


def verified(case: Case) -> Verified:
    """Drop the claims no article supports, relinking after each drop."""
    dropped: list[str] = []
    while True:  # ends: every round drops a claim or returns
        vocabulary = vocabulary_of(case)
        findings = {s.id: extract(s, vocabulary) for s in case.sources}
        briefing = merge(case, findings)
        missing = {c.id for c in briefing.unsupported}
        if not missing:
            return Verified(case, briefing, tuple(dropped), findings)
        dropped += [c.id for c in case.claims if c.id in missing]
        claims = tuple(c for c in case.claims if c.id not in missing)
        summary = tuple(s for s in case.summary_claims if s not in missing)
        case = attrs.evolve(case, claims=claims, summary_claims=summary)
