"""Reconcile a figure across outlets: agreement, soft agreement or a discrepancy."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sorabrief.briefing import (
    Agreement,
    Discrepancy,
    DiscrepancyKind,
    FigureReport,
    FigureVariant,
    Variant,
)
from sorabrief.findings import Figure
from sorabrief.model import Claim
from sorabrief.quantities import format_amount


def reconcile_figure(
    claim: Claim, reported: Sequence[tuple[str, Figure]], outlet_of: Callable[[str], str]
) -> tuple[FigureReport, Discrepancy | None]:
    """The figure report for one claim from ``(source id, figure)`` pairs, and its discrepancy if any."""
    variants = _variants(reported)
    agreement = _agreement(variants, outlet_of)
    report = FigureReport(
        claim=claim.id,
        subject=claim.subject or claim.id,
        unit=claim.unit or "",
        consensus=_consensus(variants, agreement, outlet_of),
        variants=variants,
        agreement=agreement,
    )
    discrepancy = None
    if agreement == Agreement.DISAGREE:
        discrepancy = Discrepancy(
            subject=report.subject,
            kind=DiscrepancyKind.FIGURE,
            variants=tuple(Variant(variant_amount(v), v.sources) for v in variants),
            claim=claim.id,
        )
    return report, discrepancy


def variant_amount(variant: FigureVariant) -> str:
    """A variant's value for readers, "about" when every outlet hedged it."""
    amount = format_amount(variant.low, variant.high, variant.unit)
    return f"about {amount}" if variant.approximate else amount


def _variants(reported: Sequence[tuple[str, Figure]]) -> tuple[FigureVariant, ...]:
    """One variant per distinct value, with every wording and source behind it."""
    grouped: dict[tuple[float, float], list[tuple[str, Figure]]] = {}
    for source_id, figure in reported:
        grouped.setdefault((figure.low, figure.high), []).append((source_id, figure))
    return tuple(
        FigureVariant(
            low=low,
            high=high,
            unit=items[0][1].unit,
            texts=tuple(sorted({f.text for _, f in items})),
            sources=tuple(sorted({s for s, _ in items})),
            approximate=low == high and all(f.hedge for _, f in items),
        )
        for (low, high), items in sorted(grouped.items())
    )


def _agreement(variants: tuple[FigureVariant, ...], outlet_of: Callable[[str], str]) -> Agreement:
    """Disjoint values disagree even from one outlet; otherwise one outlet is a single source."""
    if any(
        a.high < b.low or b.high < a.low for i, a in enumerate(variants) for b in variants[i + 1 :]
    ):
        return Agreement.DISAGREE
    if len({outlet_of(s) for v in variants for s in v.sources}) <= 1:
        return Agreement.SINGLE
    exact = len(variants) == 1 and variants[0].low == variants[0].high
    return Agreement.AGREE if exact else Agreement.SOFT


def _consensus(
    variants: tuple[FigureVariant, ...], agreement: Agreement, outlet_of: Callable[[str], str]
) -> FigureVariant | None:
    """The variant most outlets report, the most precise on a tie; none when a disagreement ties."""

    def weight(v: FigureVariant) -> tuple[int, float]:
        return len({outlet_of(s) for s in v.sources}), -(v.high - v.low)

    ranked = sorted(variants, key=weight, reverse=True)
    if not ranked:
        return None
    if (
        agreement == Agreement.DISAGREE
        and len(ranked) > 1
        and weight(ranked[0])[0] == weight(ranked[1])[0]
    ):
        return None
    return ranked[0]
