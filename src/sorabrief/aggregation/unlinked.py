"""Sentences with checkable material that no claim uses: what a new article adds.

Each source's used spans and items are sorted by start once, so finding what lies in a
sentence is a binary search, not a scan of the whole article.
"""

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
    reach = list(itertools.accumulate((end for _, end in spans), max))
    items = _Items(findings)
    unlinked = []
    for sentence in findings.sentences:
        before = bisect.bisect_left(starts, sentence.end)  # used spans starting before its end
        if before and reach[before - 1] > sentence.start:
            continue
        reasons = items.reasons(sentence)
        if reasons:
            unlinked.append(
                UnlinkedSentence(
                    findings.source, sentence.start, sentence.end, sentence.text, reasons
                )
            )
    return tuple(unlinked)


class _Items:
    """The quotes, figures, dates and mentions of one source, found by where they lie."""

    def __init__(self, findings: Findings) -> None:
        self._findings = findings
        # a quote counts when it starts inside the sentence: its first character is inside
        self._quotes = _ByStart([(q.start, min(q.end, q.start + 1)) for q in findings.quotes])
        self._figures = _ByStart([(f.start, f.end) for f in findings.figures])
        self._dates = _ByStart([(d.start, d.end) for d in findings.dates])
        self._mentions = _ByStart([(m.start, m.end) for m in findings.mentions])

    def reasons(self, sentence: Sentence) -> tuple[str, ...]:
        found = self._findings
        within = (sentence.start, sentence.end)
        reasons = ["quote"] if self._quotes.inside(*within) else []
        reasons += [f"figure: {found.figures[i].text}" for i in self._figures.inside(*within)]
        reasons += [f"date: {found.dates[i].text}" for i in self._dates.inside(*within)]
        parties = dict.fromkeys(found.mentions[i].party for i in self._mentions.inside(*within))
        reasons += [f"mentions {p}" for p in parties]
        return tuple(reasons)


class _ByStart:
    """Spans sorted by start, for the ones inside a stretch of text."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = spans
        self._order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self._starts = [spans[i][0] for i in self._order]

    def inside(self, start: int, end: int) -> list[int]:
        """The indices, in order, of the spans that lie within ``[start, end)``."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_right(self._starts, end)
        return sorted(i for i in self._order[first:last] if self._spans[i][1] <= end)
