"""Sentences with checkable material that no claim uses: what a new article adds."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Sequence

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
    reasons = _reasons(findings)
    unlinked = []
    for index, sentence in enumerate(findings.sentences):
        before = bisect.bisect_left(starts, sentence.end)  # the spans starting before its end
        if before and reach[before - 1] > sentence.start:
            continue
        if index in reasons:
            unlinked.append(
                UnlinkedSentence(
                    findings.source, sentence.start, sentence.end, sentence.text, reasons[index]
                )
            )
    return tuple(unlinked)


def _reasons(findings: Findings) -> dict[int, tuple[str, ...]]:
    """By sentence index, what makes each sentence checkable: "quote" when a quotation lies
    in it or starts in it, then its figures, its dates and the parties it mentions, each in
    the order of the findings. Each item is placed in the sentences holding it at once."""
    holding = _holder(findings.sentences)
    quoted: set[int] = set()
    found: dict[int, list[str]] = {}
    mentioned: dict[int, dict[str, None]] = {}
    for quote in findings.quotes:
        quoted.update(holding(quote.start, quote.end), holding(quote.start, quote.start + 1))
    for figure in findings.figures:
        for index in holding(figure.start, figure.end):
            found.setdefault(index, []).append(f"figure: {figure.text}")
    for date in findings.dates:
        for index in holding(date.start, date.end):
            found.setdefault(index, []).append(f"date: {date.text}")
    for mention in findings.mentions:
        for index in holding(mention.start, mention.end):
            mentioned.setdefault(index, {})[mention.party] = None
    reasons = {}
    for index in sorted(quoted | found.keys() | mentioned.keys()):
        listed = ["quote"] if index in quoted else []
        listed += found.get(index, [])
        listed += [f"mentions {p}" for p in mentioned.get(index, {})]
        reasons[index] = tuple(listed)
    return reasons


def _holder(sentences: Sequence[Sentence]) -> Callable[[int, int], list[int]]:
    """A function giving the indexes of the sentences that hold a span. Sentences in order
    that do not overlap (the usual case) are searched by bisection: a span's holders are
    the last sentence starting at or before it and, going back, those ending at or after
    its end (ends only grow); otherwise every sentence is tried."""
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    in_order = all(a.start <= a.end <= b.start for a, b in itertools.pairwise(sentences)) and all(
        s.start <= s.end for s in sentences[-1:]
    )

    def searched(start: int, end: int) -> list[int]:
        index = bisect.bisect_right(starts, start) - 1
        found = []
        while index >= 0 and ends[index] >= end:
            found.append(index)
            index -= 1
        return found

    def tried(start: int, end: int) -> list[int]:
        return [i for i, s in enumerate(sentences) if s.start <= start and end <= s.end]

    return searched if in_order else tried
