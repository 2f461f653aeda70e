"""Date events from their evidence, order the timeline, and find conflicting dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import attrs

from sorabrief.aggregation.dating import Sharing, dates_in
from sorabrief.aggregation.evidence_dates import EvidenceDate, evidence_dates
from sorabrief.briefing import (
    Discrepancy,
    DiscrepancyKind,
    SupportedClaim,
    TimelineEntry,
    Variant,
)
from sorabrief.findings import DateMention, DatePrecision, Findings
from sorabrief.model import Source


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
    def variant(self) -> Variant:
        """This date as one side of a date discrepancy (its group's sources are added later)."""
        value = self.mention.value
        assert value is not None
        return Variant(value.isoformat(), (), precision=self.mention.precision)


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
    shared: Mapping[tuple[str, int], Sharing] | None = None,
) -> tuple[TimelineEntry, Discrepancy | None]:
    """The timeline entry for an event, and a discrepancy when outlets date it differently.

    Dates that cannot agree but all come from one outlet are not a discrepancy between
    outlets; ``check`` warns of them (``TimelineEntry.conflicting``)."""
    statement = claim.claim.statement or ""
    mentions = dates_in(claim.evidence, findings, statement, claim.id, shared)
    dated = [d for s, m in mentions if (d := _dated(s, m))]
    dated = _rebound(dated, evidence_dates(claim.evidence, findings, statement), sources)
    groups = _without_stray_periods(_same_event(_compatible_groups(dated), sources), sources)
    discrepancy = None
    outlets = {d.source: sources[d.source].outlet for g in groups for d in g}
    if len(groups) > 1 and len(set(outlets.values())) > 1:
        discrepancy = Discrepancy(
            subject=claim.claim.statement,
            kind=DiscrepancyKind.DATE,
            variants=tuple(attrs.evolve(g[0].variant, sources=_source_ids(g)) for g in groups),
            claim=claim.id,
        )
    if groups:
        best = max(groups, key=lambda g: (len({sources[d.source].outlet for d in g}), g[0].rank))
        head = min(best, key=lambda d: (-d.rank, d.source, d.mention.start))
        entry = TimelineEntry(
            claim.id, claim.claim.statement, head.mention.value, head.mention.precision,
            claim.sources, _source_ids(best), offset=head.mention.start,
            conflicting=len(groups) > 1 and discrepancy is None,
        )  # fmt: skip
    else:
        entry = TimelineEntry(
            claim.id, claim.claim.statement, None, DatePrecision.UNRESOLVED, claim.sources
        )
        if mentions:
            source_id, mention = mentions[0]
            entry = attrs.evolve(
                entry,
                date_sources=(source_id,),
                words=mention.text,
                undated_source=sources[source_id].published is None,
                offset=mention.start,
            )
    return entry, discrepancy


def _rebound(
    dated: list[_Dated], held: Mapping[tuple[str, int], EvidenceDate], sources: Mapping[str, Source]
) -> list[_Dated]:
    """The dates, less the disagreement of a date no other outlet gives, while another
    outlet dates the event, when its clause holds no word of the event's statement
    (``held``, from ``evidence_dates``): a day of the same source's evidence that another
    outlet gives, in a clause holding one, takes its place ("documents handed in on
    Thursday" beside "the regulator ordered the refunds on Tuesday" dates the order on
    Tuesday); failing that, it is dropped when its whole sentence holds none ("Ms Ruiz
    filed a complaint with the Harbour Board on Friday", linked for the board's name,
    dates the complaint)."""
    kept: list[_Dated | None] = list(dated)

    def outlets_at(item: _Dated, rank: int = 0) -> set[str]:
        return {
            sources[d.source].outlet
            for d in kept
            if d is not None and d.rank >= rank and item.first <= d.last and d.first <= item.last
        }

    for index, item in enumerate(dated):
        own = sources[item.source].outlet
        told = held.get((item.source, item.mention.start))
        if told is None or told.in_clause or outlets_at(item) - {own}:
            continue
        agreeing = [
            d
            for (source, _), other in held.items()
            if source == item.source
            and other.in_clause
            and (d := _dated(source, other.mention)) is not None
            and d.rank == 3
            and outlets_at(d, rank=3) - {own}
        ]
        dated_elsewhere = any(sources[d.source].outlet != own for d in kept if d is not None)
        if agreeing:
            kept[index] = agreeing[0]
        elif not told.in_sentence and dated_elsewhere:
            kept[index] = None
    return [d for d in kept if d is not None]


SAME_EVENT_DAYS = 60
"""Dates further than this from the date most outlets give are not read as a disagreement
about the event: outlets that disagree on a date differ by days or weeks, while a date
years off ("in 2019") is almost always another event's."""


def _same_event(groups: list[list[_Dated]], sources: Mapping[str, Source]) -> list[list[_Dated]]:
    """The date groups that can be the event's: within ``SAME_EVENT_DAYS`` of the group most
    outlets give, the most precise on a tie of outlets ("in June" or "since 2019" beside "on
    7 November" is background); all groups when that ties too."""

    def weight(group: list[_Dated]) -> tuple[int, int]:
        return len({sources[d.source].outlet for d in group}), group[0].rank

    ranked = sorted(groups, key=weight, reverse=True)
    if len(ranked) < 2 or weight(ranked[0]) == weight(ranked[1]):
        return groups
    anchor = ranked[0][0]
    reach = dt.timedelta(days=SAME_EVENT_DAYS)
    return [
        g for g in groups if g[0].first - reach <= anchor.last and anchor.first <= g[0].last + reach
    ]


def _without_stray_periods(
    groups: list[list[_Dated]], sources: Mapping[str, Source]
) -> list[list[_Dated]]:
    """The date groups less each month or year holding none of the days or weeks that at
    least as many outlets give: an outlet dating the event only to a month would name the
    month holding its day, so "passed an inspection in July" or "paid the supplier in
    January" beside "on 17 September" tells another act, as a date years off does
    (``_same_event``). A month holding one of the days stays grouped with it
    (``_compatible_groups``); months alone are compared as before."""
    precise = [g for g in groups if g[0].rank >= 2]
    outlets = len({sources[d.source].outlet for g in precise for d in g})
    return (
        [
            g
            for g in groups
            if g[0].rank >= 2 or len({sources[d.source].outlet for d in g}) > outlets
        ]
        if precise
        else groups
    )


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
    """Dated entries by date, then entries whose date could not be resolved.

    A month or a year sorts at the start of its period, before the days inside it; events
    one article dates to the same day keep the order the article gives them.
    """
    dated = sorted(
        (e for e in entries if e.date),
        key=lambda e: (e.date, e.date_sources[:1], e.offset, e.claim),
    )
    undated = [e for e in entries if not e.date]
    return (*dated, *undated)
