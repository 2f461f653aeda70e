"""What ``check`` puts before the editor: possible support and possible conflicts.

- **Possible support**: for each claim and article that does not support it, the best
  sentence scoring just below the linking threshold.
- **Possible conflicts**: a sentence about a claim's subject (scoring at least ``ABOUT``
  for the claim, and more like it than like any other claim) that is not linked, holding a figure of the claim's quantity and unit, or
  for an event a date, whose value cannot be any value the linked sources give.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sorabrief.aggregation.claim_unit import as_claimed
from sorabrief.aggregation.figures import claim_range
from sorabrief.aggregation.linking import ClaimLinks, Linking
from sorabrief.aggregation.scoring import Scored
from sorabrief.briefing import FigureReport, PossibleConflict, PossibleSupport, TimelineEntry
from sorabrief.findings import Findings
from sorabrief.model import Claim, ClaimKind

ABOUT = 0.35
"""The score at which an unlinked sentence counts as being about a claim's subject."""


def possible_support(
    linking: Linking, findings: Mapping[str, Findings]
) -> tuple[PossibleSupport, ...]:
    """The near misses of linking, best first."""
    found = []
    for miss in linking.near:
        sentence = findings[miss.sentence.source].sentences[miss.sentence.index]
        found.append(
            PossibleSupport(
                miss.claim, miss.sentence.source, sentence.start, sentence.end, sentence.text,
                miss.score,
            )
        )  # fmt: skip
    return tuple(sorted(found, key=lambda p: (-p.score, p.claim, p.source, p.start)))


def possible_conflicts(
    claims: Sequence[Claim],
    linking: Linking,
    findings: Mapping[str, Findings],
    figures: Mapping[str, FigureReport],
    timeline: Mapping[str, TimelineEntry],
) -> tuple[PossibleConflict, ...]:
    """Unlinked sentences about a claim whose figure or date differs from the linked ones."""
    found: list[PossibleConflict] = []
    for claim in claims:
        figure = claim.kind == ClaimKind.FIGURE and claim.id in figures
        if not (figure or (claim.kind == ClaimKind.EVENT and claim.id in timeline)):
            continue  # only a figure or a date can differ
        about = [
            s
            for s in linking.scored.get(claim.id, ())
            if s.score >= ABOUT
            and s.signals.margin >= 0
            and not _linked(linking.links, claim.id, s)
        ]
        if figure:
            found += _figure_conflicts(claim, about, findings, figures[claim.id])
        else:
            found += _date_conflicts(claim, about, findings, timeline[claim.id])
    return tuple(found)


def _linked(links: Mapping[str, Mapping[str, ClaimLinks]], claim: str, item: Scored) -> bool:
    found = links.get(item.sentence.source, {}).get(claim)
    return found is not None and any(x.sentence == item.sentence.index for x in found.sentences)


def _figure_conflicts(
    claim: Claim, about: Sequence[Scored], findings: Mapping[str, Findings], report: FigureReport
) -> list[PossibleConflict]:
    ranges = [(v.low, v.high) for v in report.variants]
    found = []
    for item in about:
        source = findings[item.sentence.source]
        sentence = source.sentences[item.sentence.index]
        for printed in source.figures:
            figure = as_claimed(printed, claim)
            if figure is None or not sentence.start <= printed.start < sentence.end:
                continue
            low, high = claim_range(claim, figure)
            if all(high < a or b < low for a, b in ranges):
                found.append(
                    PossibleConflict(
                        claim.id, source.source, sentence.start, sentence.end, sentence.text,
                        figure.text,
                    )
                )  # fmt: skip
    return found


def _date_conflicts(
    claim: Claim, about: Sequence[Scored], findings: Mapping[str, Findings], entry: TimelineEntry
) -> list[PossibleConflict]:
    if entry.date is None:
        return []
    first, last = entry.date.first_day, entry.date.last_day
    found = []
    for item in about:
        source = findings[item.sentence.source]
        sentence = source.sentences[item.sentence.index]
        for mention in source.dates:
            value = mention.value
            if value is None or not sentence.start <= mention.start < sentence.end:
                continue
            if value.last_day < first or last < value.first_day:
                found.append(
                    PossibleConflict(
                        claim.id, source.source, sentence.start, sentence.end, sentence.text,
                        mention.text,
                    )
                )  # fmt: skip
    return found
