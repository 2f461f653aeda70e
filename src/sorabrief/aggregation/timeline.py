"""Date events from their evidence, order the timeline, and find conflicting dates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sorabrief.briefing import (
    Discrepancy,
    DiscrepancyKind,
    Evidence,
    SupportedClaim,
    TimelineEntry,
    Variant,
)
from sorabrief.findings import DateMention, DatePrecision, Findings
from sorabrief.model import Source
from sorabrief.partial_date import PartialDate


def dates_in(
    evidence: Sequence[Evidence], findings: Mapping[str, Findings]
) -> list[tuple[str, DateMention]]:
    """Every date mention inside the evidence, with its source id."""
    return [
        (e.source, mention)
        for e in evidence
        for mention in findings[e.source].dates
        if e.start <= mention.start and mention.end <= e.end
    ]


def date_event(
    claim: SupportedClaim,
    findings: Mapping[str, Findings],
    sources: Mapping[str, Source],
) -> tuple[TimelineEntry, Discrepancy | None]:
    """The timeline entry for an event, and a discrepancy when outlets date it differently."""
    mentions = dates_in(claim.evidence, findings)
    resolved = [(s, m, m.value) for s, m in mentions if m.value is not None]
    groups = _compatible_groups([(s, v) for s, _, v in resolved])
    discrepancy = None
    if len(groups) > 1:
        discrepancy = Discrepancy(
            subject=claim.claim.statement.rstrip("."),
            kind=DiscrepancyKind.DATE,
            variants=tuple(Variant(d.display(), tuple(sorted(set(src)))) for d, src in groups),
            claim=claim.id,
        )
    if groups:
        best, dated_by = max(
            groups, key=lambda g: (len({sources[s].outlet for s in g[1]}), _precision_rank(g[0]))
        )
        mention = next(m for s, m, v in resolved if v == best)
        entry = TimelineEntry(
            claim.id, claim.claim.statement, best, mention.precision, best.display(),
            claim.sources, tuple(sorted(set(dated_by))),
        )  # fmt: skip
    else:
        first = next(iter(mentions), None)
        shown = "date not reported"
        if first:
            why = "not resolvable" if sources[first[0]].published else "undated article"
            shown = f"“{first[1].text}” ({why})"
        entry = TimelineEntry(
            claim.id, claim.claim.statement, None, DatePrecision.UNRESOLVED, shown, claim.sources
        )
    return entry, discrepancy


def _compatible_groups(
    dated: list[tuple[str, PartialDate]],
) -> list[tuple[PartialDate, list[str]]]:
    """Group dates that can mean the same day; each group keeps its most precise date."""
    groups: list[tuple[PartialDate, list[str]]] = []
    for source_id, value in sorted(dated, key=lambda d: -_precision_rank(d[1])):
        for index, (best, sources) in enumerate(groups):
            if value.first_day <= best.last_day and best.first_day <= value.last_day:
                sources.append(source_id)
                groups[index] = (best, sources)
                break
        else:
            groups.append((value, [source_id]))
    return groups


def _precision_rank(value: PartialDate) -> int:
    return {"day": 2, "month": 1, "year": 0}[value.precision.value]


def order_timeline(entries: Sequence[TimelineEntry]) -> tuple[TimelineEntry, ...]:
    """Dated entries by date, then entries whose date could not be resolved."""
    dated = sorted((e for e in entries if e.date), key=lambda e: (e.date, e.claim))
    undated = [e for e in entries if not e.date]
    return (*dated, *undated)


def status_date(
    claim: SupportedClaim,
    findings: Mapping[str, Findings],
    published: Mapping[str, PartialDate | None],
) -> PartialDate | None:
    """When a status held: the latest date its evidence gives or its newest source's date."""
    candidates = [m.value for _, m in dates_in(claim.evidence, findings) if m.value]
    candidates += [d for s in claim.sources if (d := published.get(s))]
    return max(candidates, key=lambda d: d.last_day) if candidates else None
