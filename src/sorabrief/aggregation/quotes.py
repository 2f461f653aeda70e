"""Merge quotations across outlets and find different wordings by one speaker."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

from sorabrief.aggregation.link import compile_patterns
from sorabrief.aggregation.same_words import Said, same_words_groups
from sorabrief.briefing import (
    Discrepancy,
    DiscrepancyKind,
    Evidence,
    MergedQuote,
    QuoteReport,
    SupportedClaim,
    Variant,
)
from sorabrief.findings import Quote

_NON_WORD = re.compile(r"[^\w$%]+")


def comparable(text: str) -> str:
    """Quote text folded for comparison: case, accents, quote marks and punctuation ignored."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    return " ".join(_NON_WORD.sub(" ", folded).split())


def merge_quotes(
    quotes: Sequence[tuple[str, Quote]], speaker_name: Callable[[str], str]
) -> tuple[MergedQuote, ...]:
    """Merge the same words reported by several outlets, whatever order they come in."""
    items = sorted(quotes, key=lambda q: (q[0], q[1].start))
    folded = {q.text: "" for _, q in items}
    for text in folded:
        folded[text] = comparable(text)
    said = [
        Said(folded[q.text], q.speaker, "" if q.speaker else (q.attribution or "").casefold())
        for _, q in items
    ]
    groups: dict[int, list[tuple[str, Quote]]] = {}
    for first, item in zip(same_words_groups(said), items, strict=True):
        groups.setdefault(first, []).append(item)
    merged = [_merged(group, speaker_name, folded) for group in groups.values()]
    return tuple(
        sorted(
            merged,
            key=lambda m: (m.attribution.casefold(), m.reports[0].source, m.reports[0].start),
        )
    )


def _merged(
    group: list[tuple[str, Quote]], speaker_name: Callable[[str], str], folded: Mapping[str, str]
) -> MergedQuote:
    """One group of the same words; ``folded`` holds each text's ``comparable`` form."""
    longest = max(group, key=lambda item: len(item[1].text))[
        1
    ]  # the first longest, in source order
    speaker = next((q.speaker for _, q in group if q.speaker), None)
    attribution = speaker_name(speaker) if speaker else (longest.attribution or "unattributed")
    full = folded[longest.text]
    reports = tuple(
        QuoteReport(
            source=source_id,
            start=q.start,
            end=q.end,
            verb=q.verb,
            via=q.via,
            partial=len(folded[q.text]) < len(full) and folded[q.text] in full,
        )
        for source_id, q in group
    )
    return MergedQuote(speaker=speaker, attribution=attribution, text=longest.text, reports=reports)


def wording_discrepancies(
    merged: Sequence[MergedQuote], claims: Sequence[SupportedClaim]
) -> tuple[Discrepancy, ...]:
    """One speaker quoted in different words, by different outlets, on the same claim.

    A quotation is on a claim's point when it lies in the claim's evidence and one of the
    claim's cues matches the quoted words themselves.
    """
    found = []
    for claim in claims:
        cues = compile_patterns(claim.claim.cues, claim=claim.id)
        evidence = _by_source(claim.evidence)
        by_speaker: dict[str, list[MergedQuote]] = {}
        for quote in merged:
            if (
                quote.speaker
                and any(c.search(quote.text) for c in cues)
                and any(_inside(r, evidence.get(r.source, ())) for r in quote.reports)
            ):
                by_speaker.setdefault(quote.speaker, []).append(quote)
        for quotes in by_speaker.values():
            if len(quotes) > 1 and len({s for q in quotes for s in q.sources}) > 1:
                found.append(
                    Discrepancy(
                        subject=quotes[0].attribution,
                        kind=DiscrepancyKind.WORDING,
                        variants=tuple(Variant(q.text, q.sources) for q in quotes),
                        claim=claim.id,
                    )
                )
    return tuple(_unique(found))


def _by_source(evidence: Sequence[Evidence]) -> dict[str, list[Evidence]]:
    grouped: dict[str, list[Evidence]] = {}
    for excerpt in evidence:
        grouped.setdefault(excerpt.source, []).append(excerpt)
    return grouped


def _inside(report: QuoteReport, evidence: Sequence[Evidence]) -> bool:
    """Whether the report starts inside one of ``evidence``, all from the report's source."""
    return any(e.start <= report.start < e.end for e in evidence)


def _unique(discrepancies: list[Discrepancy]) -> list[Discrepancy]:
    """One discrepancy per set of wordings, kept at the first claim that shows it."""
    seen: set[tuple[str, ...]] = set()
    unique = []
    for discrepancy in discrepancies:
        key = tuple(sorted(str(v.value) for v in discrepancy.variants))
        if key not in seen:
            seen.add(key)
            unique.append(discrepancy)
    return unique
