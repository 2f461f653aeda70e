"""Aggregation: from a case to a briefing, reconciling every source's findings.

``aggregate`` reads like the pipeline: extract each source, link claims to
evidence, then reconcile figures, quotes and dates across outlets. The merge
sorts sources by id first, so the order sources arrive in never matters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from sorabrief.aggregation.claim_unit import as_claimed
from sorabrief.aggregation.copies import copies_among
from sorabrief.aggregation.cued import Cued, cued_sentences
from sorabrief.aggregation.dating import sharing_events
from sorabrief.aggregation.extraction import extract_all, extract_articles
from sorabrief.aggregation.figures import reconcile_figure
from sorabrief.aggregation.fingerprints import case_copies
from sorabrief.aggregation.link import evidence_of
from sorabrief.aggregation.linking import ClaimLinks, NearMiss, link_all
from sorabrief.aggregation.pinned import locate_pinned
from sorabrief.aggregation.quotes import merge_quotes, wording_discrepancies
from sorabrief.aggregation.review import possible_conflicts, possible_support
from sorabrief.aggregation.status import (
    current_statuses,
    dated_before_changes,
    possibly_stated,
    replacing_likeness,
    status_as_of,
    status_changes,
)
from sorabrief.aggregation.timeline import date_event, order_timeline
from sorabrief.aggregation.unlinked import unlinked_sentences, used_spans
from sorabrief.briefing import (
    Briefing,
    Discrepancy,
    Evidence,
    FigureReport,
    LinkMethod,
    SourceReport,
    SupportedClaim,
    TimelineEntry,
)
from sorabrief.collection import fewer_collections
from sorabrief.display import shown_path
from sorabrief.errors import CaseError, require
from sorabrief.extract.vocabulary import vocabulary_of
from sorabrief.findings import Figure, Findings
from sorabrief.findings_cache import FindingsCache, article_keys
from sorabrief.independence import independent_reports
from sorabrief.model import Case, Claim, ClaimKind, Source

if TYPE_CHECKING:
    from concurrent.futures import Executor  # its import loads logging: 20 ms on every report

__all__ = ["aggregate", "extract_all", "merge"]


def aggregate(
    case: Case,
    jobs: int = 1,
    *,
    executor: Executor | None = None,
    cache: FindingsCache | None = None,
) -> Briefing:
    """The briefing for a case.

    Extraction runs on ``executor`` when given (any ``concurrent.futures.Executor``, such as
    a Dask cluster's ``Client.get_executor()``), else in ``jobs`` processes, each article
    fingerprinted for copy detection where it is extracted; with ``cache``, only articles
    whose findings and fingerprint are not cached are extracted, and only articles whose cue
    links are not cached are searched for cues.
    """
    require(case, Case, "aggregate", "from sorabrief.load()")
    with fewer_collections():
        vocabulary = vocabulary_of(case)
        keys = article_keys(case.sources, vocabulary) if cache is not None else None
        articles = extract_articles(
            case.sources, vocabulary, jobs, executor=executor, cache=cache, keys=keys
        )
        findings = {source_id: found for source_id, (found, _) in articles.items()}
        cued = cued_sentences(case, findings, cache, keys)
        copy_of = copies_among((s, articles[s.id][1]) for s in case.sources)
        return merge(case, findings, cued, copy_of)


def merge(
    case: Case,
    findings: Mapping[str, Findings],
    cued: Cued | None = None,
    copy_of: Mapping[str, str] | None = None,
) -> Briefing:
    """Reconcile per-source findings into a briefing, linking claims on the way; ``cued``
    are the cue links and ``copy_of`` the copies when already known
    (``cued.cued_sentences``, ``fingerprints.case_copies``)."""
    sources = {s.id: s for s in sorted(case.sources, key=lambda s: s.id)}
    copy_of = copy_of if copy_of is not None else case_copies(sources.values(), findings)
    linking = link_all(case, {s: findings[s] for s in sources}, cued)
    links = linking.links
    reports = tuple(
        SourceReport(n, s, findings[s.id], copy_of.get(s.id))
        for n, s in enumerate(sources.values(), 1)
    )
    outlets = {s.id: s.outlet for s in sources.values()}
    outlet_of = outlets.__getitem__
    published = {s.id: s.published for s in sources.values()}

    supported: list[SupportedClaim] = []
    unsupported: list[Claim] = []
    figures: list[FigureReport] = []
    discrepancies: list[Discrepancy] = []
    timeline: list[TimelineEntry] = []
    by_claim: dict[str, list[tuple[str, ClaimLinks]]] = {}
    for source_id in sources:
        for claim_id, found in links[source_id].items():
            by_claim.setdefault(claim_id, []).append((source_id, found))
    supports = [
        (c, *_support(c, sources, findings, by_claim.get(c.id, ()), case)) for c in case.claims
    ]
    shared = sharing_events(
        (c.id, c.statement or "", evidence)
        for c, evidence, _ in supports
        if c.kind == ClaimKind.EVENT
    )
    for claim, evidence, linked in supports:
        if not evidence or (claim.kind == ClaimKind.FIGURE and not linked):
            unsupported.append(claim)
            continue
        result = _supported_claim(claim, evidence, outlets, copy_of)
        if claim.kind == ClaimKind.FIGURE:
            report, discrepancy = reconcile_figure(
                claim, linked, outlet_of, findings, _strength_in(evidence), published
            )
            figures.append(report)
            discrepancies += [discrepancy] if discrepancy else []
        elif claim.kind == ClaimKind.EVENT:
            entry, discrepancy = date_event(result, findings, sources, shared)
            timeline.append(entry)
            discrepancies += [discrepancy] if discrepancy else []
            result = attrs.evolve(result, date=entry.date)
        elif claim.kind == ClaimKind.STATUS:
            result = attrs.evolve(result, date=status_as_of(result.sources, published))
        supported.append(result)

    party_names = {p.id: p.name for p in case.parties}
    quotes = merge_quotes(
        [(f.source, q) for f in findings.values() for q in f.quotes], party_names.__getitem__
    )
    discrepancies += wording_discrepancies(quotes, supported)
    used = used_spans(e for c in supported for e in c.evidence)
    dates = [d for d in published.values() if d is not None]
    changes = status_changes(
        supported,
        linking.opposed,
        findings,
        published,
        replacing_likeness(case, linking.scored),
        possibly_stated(unsupported, _near_evidence(linking.near, findings), published, supported),
    )
    supported = list(dated_before_changes(supported, changes, published))
    return Briefing(
        case_id=case.id,
        title=case.title,
        as_of=max(dates) if dates else None,
        parties=case.parties,
        sources=reports,
        claims=tuple(supported),
        unsupported=tuple(unsupported),
        summary=case.summary_claims,
        current_status=current_statuses(supported, changes),
        status_changes=changes,
        figures=tuple(figures),
        quotes=quotes,
        discrepancies=tuple(discrepancies),
        timeline=order_timeline(timeline),
        unlinked=tuple(
            u for r in reports for u in unlinked_sentences(r.findings, used.get(r.source.id, ()))
        ),
        possible_support=possible_support(linking, findings),
        possible_conflicts=possible_conflicts(
            case.claims,
            linking,
            findings,
            {f.claim: f for f in figures},
            {t.claim: t for t in timeline},
        ),
    )


def _support(
    claim: Claim,
    sources: Mapping[str, Source],
    findings: Mapping[str, Findings],
    links: Sequence[tuple[str, ClaimLinks]],
    case: Case,
) -> tuple[list[Evidence], list[tuple[str, Figure]]]:
    """Evidence from cues and pinned excerpts, and for figure claims the linked figures;
    ``links``: the claim's links, by source in id order."""
    evidence: list[Evidence] = []
    figures: list[tuple[str, Figure]] = []
    for source_id, found in links:
        excerpts, linked = evidence_of(findings[source_id], found)
        evidence.extend(excerpts)
        counted = (as_claimed(f, claim) for f in linked)
        figures.extend((source_id, f) for f in counted if f is not None)
    incident = case.path / "incident.yaml" if case.path else "incident.yaml"
    for index in range(len(claim.evidence)):
        located = locate_pinned(claim, index, sources)
        if isinstance(located, str):
            raise CaseError(f"{shown_path(incident)}: {located}")
        evidence = [
            e
            for e in evidence
            if not (e.source == located.source and e.start <= located.start < e.end)
        ]
        evidence.append(located)
    evidence.sort(key=lambda e: (e.source, e.start))
    return evidence, figures


def _strength_in(evidence: Sequence[Evidence]) -> Callable[[str, Figure], float]:
    """How strongly a figure's sentence is linked: its excerpt's ``Evidence.strength``."""
    by_source: dict[str, list[Evidence]] = {}
    for item in evidence:
        by_source.setdefault(item.source, []).append(item)

    def strength(source_id: str, figure: Figure) -> float:
        return max(
            (e.strength for e in by_source.get(source_id, ()) if e.start <= figure.start < e.end),
            default=0.0,
        )

    return strength


def _supported_claim(
    claim: Claim,
    evidence: list[Evidence],
    outlet_of: Mapping[str, str],
    copy_of: Mapping[str, str],
) -> SupportedClaim:
    source_ids = tuple(sorted({e.source for e in evidence}))
    outlets = tuple(dict.fromkeys(outlet_of[s] for s in source_ids))
    independent = independent_reports(source_ids, outlet_of, copy_of)
    return SupportedClaim(
        claim, tuple(evidence), source_ids, outlets, independent_reports=independent
    )


def _near_evidence(
    near: Sequence[NearMiss], findings: Mapping[str, Findings]
) -> Iterator[tuple[str, Evidence]]:
    """Each claim's possible supports (below the bar of linking), as evidence."""
    for miss in near:
        found = findings[miss.sentence.source].sentences[miss.sentence.index]
        yield miss.claim, Evidence(
            miss.sentence.source, found.start, found.end, found.text,
            score=miss.score, method=LinkMethod.MEANING,
        )  # fmt: skip
