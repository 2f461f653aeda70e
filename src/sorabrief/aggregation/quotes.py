"""Merge quotations across outlets and find different wordings by one speaker."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

from rapidfuzz import fuzz

from sorabrief.briefing import (
    Discrepancy,
    DiscrepancyKind,
    Evidence,
    MergedQuote,
    QuoteReport,
    Variant,
)
from sorabrief.findings import Quote

_SAME_WORDS = 92
"""Similarity (0–100) above which two quotations are the same words, up to typography."""
_NON_WORD = re.compile(r"[^\w$%]+")


def comparable(text: str) -> str:
    """Quote text folded for comparison: case, accents, quote marks and punctuation ignored."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    return " ".join(_NON_WORD.sub(" ", folded).split())


def merge_quotes(
    quotes: Sequence[tuple[str, Quote]], speaker_name: Callable[[str], str]
) -> tuple[MergedQuote, ...]:
    """Merge the same words reported by several outlets; order is by speaker, then first report."""
    groups: list[list[tuple[str, Quote]]] = []
    for source_id, quote in sorted(quotes, key=lambda q: (q[0], q[1].start)):
        group = next((g for g in groups if _same_quotation(g, quote)), None)
        if group is None:
            groups.append([(source_id, quote)])
        else:
            group.append((source_id, quote))
    merged = [_merged(group, speaker_name) for group in groups]
    return tuple(
        sorted(
            merged,
            key=lambda m: (m.attribution.casefold(), m.reports[0].source, m.reports[0].start),
        )
    )


def _same_quotation(group: list[tuple[str, Quote]], quote: Quote) -> bool:
    speakers = {q.speaker for _, q in group if q.speaker}
    if quote.speaker and speakers and quote.speaker not in speakers:
        return False
    if not quote.speaker and not speakers and _raw(group[0][1]) != _raw(quote):
        return False
    text = comparable(quote.text)
    for _, other in group:
        other_text = comparable(other.text)
        shorter, longer = sorted((text, other_text), key=len)
        if shorter and (shorter in longer or fuzz.ratio(text, other_text) >= _SAME_WORDS):
            return True
    return False


def _raw(quote: Quote) -> str:
    return (quote.attribution or "").casefold()


def _merged(group: list[tuple[str, Quote]], speaker_name: Callable[[str], str]) -> MergedQuote:
    longest = max(group, key=lambda item: (len(item[1].text), -int(item[0].isdigit())))[1]
    speaker = next((q.speaker for _, q in group if q.speaker), None)
    attribution = speaker_name(speaker) if speaker else (longest.attribution or "unattributed")
    full = comparable(longest.text)
    reports = tuple(
        QuoteReport(
            source=source_id,
            start=q.start,
            end=q.end,
            verb=q.verb,
            via=q.via,
            partial=len(comparable(q.text)) < len(full) and comparable(q.text) in full,
        )
        for source_id, q in group
    )
    return MergedQuote(speaker=speaker, attribution=attribution, text=longest.text, reports=reports)


def wording_discrepancies(
    merged: Sequence[MergedQuote], evidence_by_claim: Mapping[str, Sequence[Evidence]]
) -> tuple[Discrepancy, ...]:
    """Different wordings one speaker is quoted with, by different outlets, on the same claim."""
    found = []
    for claim_id, evidence in evidence_by_claim.items():
        by_speaker: dict[str, list[MergedQuote]] = {}
        for quote in merged:
            if quote.speaker and any(_inside(r, evidence) for r in quote.reports):
                by_speaker.setdefault(quote.speaker, []).append(quote)
        for quotes in by_speaker.values():
            if len(quotes) > 1 and len({s for q in quotes for s in q.sources}) > 1:
                found.append(
                    Discrepancy(
                        subject=f"what {quotes[0].attribution} said",
                        kind=DiscrepancyKind.WORDING,
                        variants=tuple(Variant(f"“{q.text}”", q.sources) for q in quotes),
                        claim=claim_id,
                    )
                )
    return tuple(_unique(found))


def _inside(report: QuoteReport, evidence: Sequence[Evidence]) -> bool:
    return any(e.source == report.source and e.start <= report.start < e.end for e in evidence)


def _unique(discrepancies: list[Discrepancy]) -> list[Discrepancy]:
    """One discrepancy per set of wordings, kept at the first claim that shows it."""
    seen: set[tuple[str, ...]] = set()
    unique = []
    for discrepancy in discrepancies:
        key = tuple(sorted(v.value for v in discrepancy.variants))
        if key not in seen:
            seen.add(key)
            unique.append(discrepancy)
    return unique
