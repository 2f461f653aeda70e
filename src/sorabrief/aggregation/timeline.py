"""Date events from their evidence, order the timeline, and find conflicting dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import attrs

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


@attrs.frozen
class _Dated:
    """A resolved date mention as the range of days it can mean."""

    source: str
    mention: DateMention
    first: dt.date
    last: dt.date
    rank: int
    """How precise it is: day 3, week 2, month 1, year 0."""

    @property
    def shown(self) -> str:
        """The date as the briefing writes it: a week reads "week of 2 March 2026"."""
        value = self.mention.value
        assert value is not None
        if self.mention.precision == DatePrecision.WEEK:
            return f"week of {value.display()}"
        return value.display()


def _dated(source_id: str, mention: DateMention) -> _Dated | None:
    value = mention.value
    if value is None:
        return None
    if mention.precision == DatePrecision.WEEK:
        return _Dated(
            source_id, mention, value.first_day, value.first_day + dt.timedelta(days=6), 2
        )
    rank = {"day": 3, "month": 1, "year": 0}[value.precision.value]
    return _Dated(source_id, mention, value.first_day, value.last_day, rank)


def date_event(
    claim: SupportedClaim,
    findings: Mapping[str, Findings],
    sources: Mapping[str, Source],
) -> tuple[TimelineEntry, Discrepancy | None]:
    """The timeline entry for an event, and a discrepancy when outlets date it differently."""
    mentions = dates_in(claim.evidence, findings)
    groups = _compatible_groups([d for s, m in mentions if (d := _dated(s, m))])
    discrepancy = None
    if len(groups) > 1:
        discrepancy = Discrepancy(
            subject=claim.claim.statement.rstrip("."),
            kind=DiscrepancyKind.DATE,
            variants=tuple(Variant(g[0].shown, _source_ids(g)) for g in groups),
            claim=claim.id,
        )
    if groups:
        best = max(groups, key=lambda g: (len({sources[d.source].outlet for d in g}), g[0].rank))
        head = best[0]
        entry = TimelineEntry(
            claim.id, claim.claim.statement, head.mention.value, head.mention.precision,
            head.shown, claim.sources, _source_ids(best),
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


def _compatible_groups(dated: list[_Dated]) -> list[list[_Dated]]:
    """Group mentions whose ranges overlap; each group starts with its most precise mention."""
    groups: list[list[_Dated]] = []
    for item in sorted(dated, key=lambda d: (-d.rank, d.first, d.source)):
        group = next(
            (g for g in groups if item.first <= g[0].last and g[0].first <= item.last), None
        )
        if group is None:
            groups.append([item])
        else:
            group.append(item)
    return groups


def _source_ids(group: list[_Dated]) -> tuple[str, ...]:
    return tuple(sorted({d.source for d in group}))


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
