"""Aggregation: from a case to a briefing, reconciling every source's findings.

``aggregate`` reads like the pipeline: extract each source, link claims to
evidence, then reconcile figures, quotes and dates across outlets.
"""

from __future__ import annotations

from collections.abc import Mapping

from sorabrief.aggregate.link import claim_evidence
from sorabrief.aggregate.pinned import locate_pinned
from sorabrief.briefing import Briefing, Evidence, SourceReport, SupportedClaim
from sorabrief.errors import CaseError
from sorabrief.extract import Vocabulary, extract, vocabulary_of
from sorabrief.findings import Figure, Findings
from sorabrief.model import Case, Claim, ClaimKind, Source

__all__ = ["aggregate", "extract_all"]


def aggregate(case: Case, jobs: int = 1) -> Briefing:
    """The briefing for a case; ``jobs`` > 1 extracts sources in parallel processes."""
    findings = extract_all(case.sources, vocabulary_of(case), jobs)
    return merge(case, findings)


def extract_all(
    sources: tuple[Source, ...], vocabulary: Vocabulary, jobs: int = 1
) -> dict[str, Findings]:
    """Findings for every source, keyed by source id."""
    if jobs > 1 and len(sources) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(extract, sources, [vocabulary] * len(sources)))
    else:
        results = [extract(s, vocabulary) for s in sources]
    return {f.source: f for f in results}


def merge(case: Case, findings: Mapping[str, Findings]) -> Briefing:
    """Reconcile per-source findings into a briefing; source order never matters."""
    sources = sorted(case.sources, key=lambda s: s.id)
    by_id = {s.id: s for s in sources}
    reports = tuple(SourceReport(n, s, findings[s.id]) for n, s in enumerate(sources, start=1))
    supported, unsupported = [], []
    for claim in case.claims:
        evidence, _figures = _support(claim, by_id, findings, case)
        if evidence:
            supported.append(_supported_claim(claim, evidence, by_id))
        else:
            unsupported.append(claim)
    dates = [s.published for s in sources if s.published is not None]
    return Briefing(
        case_id=case.id,
        title=case.title,
        as_of=max(dates) if dates else None,
        parties=case.parties,
        sources=reports,
        claims=tuple(supported),
        unsupported=tuple(unsupported),
        summary=case.summary_claims,
    )


def _support(
    claim: Claim, sources: Mapping[str, Source], findings: Mapping[str, Findings], case: Case
) -> tuple[list[Evidence], list[Figure]]:
    evidence: list[Evidence] = []
    figures: list[Figure] = []
    for source_id, source in sources.items():
        found, linked = claim_evidence(claim, findings[source_id], source)
        evidence.extend(found)
        figures.extend(linked)
    for index in range(len(claim.evidence)):
        located = locate_pinned(claim, index, sources)
        if isinstance(located, str):
            raise CaseError(f"{_incident_path(case)}: {located}")
        if not any(
            e.source == located.source and e.start <= located.start < e.end for e in evidence
        ):
            evidence.append(located)
    evidence.sort(key=lambda e: (e.source, e.start))
    return evidence, figures


def _supported_claim(
    claim: Claim, evidence: list[Evidence], sources: Mapping[str, Source]
) -> SupportedClaim:
    source_ids = tuple(sorted({e.source for e in evidence}))
    outlets = tuple(dict.fromkeys(sources[s].outlet for s in source_ids))
    date = None
    if claim.kind == ClaimKind.STATUS:
        dated = [sources[s].published for s in source_ids if sources[s].published]
        date = max(d for d in dated if d is not None) if dated else None
    return SupportedClaim(claim, tuple(evidence), source_ids, outlets, date)


def _incident_path(case: Case) -> str:
    return str(case.path / "incident.yaml") if case.path else "incident.yaml"
