"""Render a briefing as versioned JSON; the field names are a contract (docs/briefing.schema.json)."""

from __future__ import annotations

import json
from typing import Any

from sorabrief.aggregation.figures import variant_amount
from sorabrief.briefing import (
    Briefing,
    Discrepancy,
    FigureReport,
    FigureVariant,
    MergedQuote,
    SourceReport,
    SupportedClaim,
    TimelineEntry,
)
from sorabrief.findings import Conversion, DateMention, Figure, Quote
from sorabrief.partial_date import PartialDate

SCHEMA_VERSION = "1.0"


def render_json(briefing: Briefing) -> str:
    """The whole briefing as JSON text, keys in a fixed order, ending in a newline."""
    return json.dumps(briefing_document(briefing), ensure_ascii=False, indent=2) + "\n"


def briefing_document(briefing: Briefing) -> dict[str, Any]:
    """The briefing as plain JSON-ready data."""
    return {
        "schema_version": SCHEMA_VERSION,
        "case": briefing.case_id,
        "title": briefing.title,
        "as_of": _date(briefing.as_of),
        "parties": [
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind.value,
                "role": p.role,
                "aliases": list(p.aliases),
                "affiliation": p.affiliation,
            }
            for p in briefing.parties
        ],
        "sources": [_source(r) for r in briefing.sources],
        "claims": [_claim(c) for c in briefing.claims],
        "unsupported_claims": [c.id for c in briefing.unsupported],
        "current_status": list(briefing.current_status),
        "figures": [_figure_report(f) for f in briefing.figures],
        "quotes": [_merged_quote(q) for q in briefing.quotes],
        "discrepancies": [_discrepancy(d) for d in briefing.discrepancies],
        "timeline": [_timeline_entry(t) for t in briefing.timeline],
    }


def _date(value: PartialDate | None) -> str | None:
    return value.isoformat() if value else None


def _source(report: SourceReport) -> dict[str, Any]:
    source, findings = report.source, report.findings
    return {
        "id": source.id,
        "number": report.number,
        "title": source.title,
        "publisher": source.publisher,
        "outlet": source.outlet,
        "published": _date(source.published),
        "url": source.url,
        "author": source.author,
        "kind": source.kind.value,
        "language": source.language,
        "length": len(source.body),
        "removed": [
            {
                "start": r.start,
                "end": r.end,
                "reason": r.reason,
                "text": source.body[r.start : r.end],
            }
            for r in findings.removed
        ],
        "quotes": [_quote(q) for q in findings.quotes],
        "terms": [{"text": m.text, "start": m.start, "end": m.end} for m in findings.terms],
        "figures": [_figure(f) for f in findings.figures],
        "dates": [_date_mention(d) for d in findings.dates],
        "mentions": [
            {"party": m.party, "text": m.text, "start": m.start, "end": m.end}
            for m in findings.mentions
        ],
    }


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "attribution": quote.attribution,
        "verb": quote.verb,
        "via": quote.via,
        "via_party": quote.via_party,
        "start": quote.start,
        "end": quote.end,
        "segments": [{"start": s.start, "end": s.end} for s in quote.segments],
    }


def _figure(figure: Figure) -> dict[str, Any]:
    return {
        "quantity": figure.quantity.value,
        "value": figure.value,
        "low": figure.low,
        "high": figure.high,
        "unit": figure.unit,
        "counts": figure.counts,
        "hedge": figure.hedge,
        "converted": _conversion(figure.converted) if figure.converted else None,
        "bound": {"start": figure.bound.start, "end": figure.bound.end} if figure.bound else None,
        "text": figure.text,
        "start": figure.start,
        "end": figure.end,
    }


def _conversion(conversion: Conversion) -> dict[str, Any]:
    return {
        "low": conversion.low,
        "high": conversion.high,
        "unit": conversion.unit,
        "hedge": conversion.hedge,
        "text": conversion.text,
        "start": conversion.start,
        "end": conversion.end,
    }


def _date_mention(mention: DateMention) -> dict[str, Any]:
    return {
        "text": mention.text,
        "value": _date(mention.value),
        "precision": mention.precision.value,
        "relative": mention.relative,
        "start": mention.start,
        "end": mention.end,
    }


def _claim(claim: SupportedClaim) -> dict[str, Any]:
    c = claim.claim
    return {
        "id": c.id,
        "kind": c.kind.value,
        "statement": c.statement,
        "by": c.by,
        "against": c.against,
        "answers": list(c.answers),
        "date": _date(claim.date),
        "sources": list(claim.sources),
        "outlets": list(claim.outlets),
        "corroboration": claim.corroboration,
        "single_source": claim.single_source,
        "evidence": [
            {"source": e.source, "start": e.start, "end": e.end, "text": e.text, "pinned": e.pinned}
            for e in claim.evidence
        ],
    }


def _variant(variant: FigureVariant) -> dict[str, Any]:
    return {
        "value": variant_amount(variant),
        "approximate": variant.approximate,
        "low": variant.low,
        "high": variant.high,
        "texts": list(variant.texts),
        "sources": list(variant.sources),
    }


def _figure_report(report: FigureReport) -> dict[str, Any]:
    return {
        "claim": report.claim,
        "subject": report.subject,
        "unit": report.unit,
        "agreement": report.agreement.value,
        "consensus": _variant(report.consensus) if report.consensus else None,
        "variants": [_variant(v) for v in report.variants],
    }


def _merged_quote(quote: MergedQuote) -> dict[str, Any]:
    return {
        "speaker": quote.speaker,
        "attribution": quote.attribution,
        "text": quote.text,
        "sources": list(quote.sources),
        "reports": [
            {
                "source": r.source,
                "start": r.start,
                "end": r.end,
                "verb": r.verb,
                "via": r.via,
                "partial": r.partial,
            }
            for r in quote.reports
        ],
    }


def _discrepancy(discrepancy: Discrepancy) -> dict[str, Any]:
    return {
        "subject": discrepancy.subject,
        "kind": discrepancy.kind.value,
        "claim": discrepancy.claim,
        "variants": [{"value": v.value, "sources": list(v.sources)} for v in discrepancy.variants],
    }


def _timeline_entry(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "claim": entry.claim,
        "statement": entry.statement,
        "date": _date(entry.date),
        "precision": entry.precision.value,
        "date_text": entry.date_text,
        "sources": list(entry.sources),
        "date_sources": list(entry.date_sources),
    }
