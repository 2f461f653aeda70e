"""Sentences with checkable material that no claim uses: what a new article adds."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence

from sorabrief.briefing import Evidence, UnlinkedSentence
from sorabrief.findings import Findings, Sentence


def used_spans(evidence: Iterable[Evidence]) -> dict[str, list[tuple[int, int]]]:
    """The spans of every source that some claim's evidence covers, by source id."""
    used: dict[str, list[tuple[int, int]]] = {}
    for excerpt in evidence:
        used.setdefault(excerpt.source, []).append((excerpt.start, excerpt.end))
    return used


def unlinked_sentences(
    findings: Findings, used: Sequence[tuple[int, int]]
) -> tuple[UnlinkedSentence, ...]:
    """Sentences of one source holding a quote, figure, date or party mention, outside ``used``,
    the spans of that source that evidence covers."""
    spans = sorted(used)
    starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))  # furthest end so far
    unlinked = []
    for sentence in findings.sentences:
        before = bisect.bisect_left(starts, sentence.end)  # the spans starting before its end
        if before and reach[before - 1] > sentence.start:
            continue
        reasons = _reasons(sentence, findings)
        if reasons:
            unlinked.append(
                UnlinkedSentence(
                    findings.source, sentence.start, sentence.end, sentence.text, reasons
                )
            )
    return tuple(unlinked)


def _reasons(sentence: Sentence, findings: Findings) -> tuple[str, ...]:
    def inside(start: int, end: int) -> bool:
        return sentence.start <= start and end <= sentence.end

    reasons = []
    if any(inside(q.start, q.end) or inside(q.start, q.start + 1) for q in findings.quotes):
        reasons.append("quote")
    reasons += [f"figure: {f.text}" for f in findings.figures if inside(f.start, f.end)]
    reasons += [f"date: {d.text}" for d in findings.dates if inside(d.start, d.end)]
    parties = dict.fromkeys(m.party for m in findings.mentions if inside(m.start, m.end))
    reasons += [f"mentions {p}" for p in parties]
    return tuple(reasons)
