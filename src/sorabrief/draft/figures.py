"""Figure claims: a quantity that two or more reports give about the same thing.

Every figure of every kept sentence is read with what it measures (``figure_subject``),
and figures are grouped by quantity, unit and what they measure (a count's unit is its
counted noun already; other figures go with those whose last measured word is a word of
theirs, so that outlets' different values of one sum make one claim), amounts more than
twice apart kept apart, then, of those left, by quantity, unit and amount,
across the whole case, not only within a cluster of like sentences: outlets give a figure
in sentences that say little else alike. A group that two or more independent reports
give becomes one figure claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

import attrs

from sorabrief.aggregation.case_index import CaseIndex
from sorabrief.draft.figure_subject import PREDICATE_OPENERS, figure_subject
from sorabrief.extract.relevance import content_words, stems
from sorabrief.findings import Figure, Sentence
from sorabrief.nouns import singular
from sorabrief.quantities import time_unit

FAR_APART = 2.0
"""Like figures whose amounts lie further apart than this factor measure different things."""
_SAYS = re.compile(r"(?i)said|says|told|added|stated")
"""Verbs of saying: a subject holding one is a speaker's words, not what is measured."""


@attrs.frozen
class FigureSeen:
    """A figure as one sentence gives it, with what it measures."""

    source: str
    figure: Figure
    key: tuple[str, str]
    subject: str
    sentence: str


def figure_unit(figure: Figure) -> tuple[str, str] | None:
    """The quantity and the unit a figure claim compares it in, or None if it has none."""
    if figure.quantity in ("duration", "length"):
        unit = time_unit(figure.unit)
        return (str(figure.quantity), unit + "s") if unit else None
    if figure.quantity == "count":
        return "count", singular(figure.unit)
    if figure.quantity in ("money", "resolution", "percent"):
        return str(figure.quantity), figure.unit
    return None


def figures_seen(index: CaseIndex) -> list[FigureSeen]:
    """Every figure of the case's kept sentences, outside quotations, with a unit a claim
    can compare."""
    found = []
    for ref in index.refs:
        findings = index.findings[ref.source]
        sentence = findings.sentences[ref.index]
        quoted = [(q.start, q.end) for q in findings.quotes]
        for figure in findings.figures:
            key = figure_unit(figure)
            if key is None or not sentence.start <= figure.start < sentence.end:
                continue
            if any(start <= figure.start < end for start, end in quoted):
                continue  # a quotation: the briefing lists it, with its speaker
            bound = figure.bound.slice(_body(sentence)) if figure.bound else sentence.text
            subject = figure_subject(bound, figure)
            found.append(FigureSeen(ref.source, figure, key, subject, sentence.text))
    return found


def shared_figures(
    seen: list[FigureSeen], report_of: Mapping[str, str]
) -> list[tuple[FigureSeen, tuple[str, ...]]]:
    """One figure per group of like figures that two or more reports give, with the group's
    reports: the one whose subject shares most stems with the others' (of those whose
    subject names something, when any does). Figures are grouped
    by what they measure; those no other report gives so are then grouped by their amount
    ("£150" in two reports, whatever words surround it)."""
    found = []
    used: set[int] = set()
    for grouped in (_by_what_is_measured, _by_amount):
        left = [n for n in range(len(seen)) if n not in used]
        runs = (run for group in grouped(left, seen) for run in _near_amounts(group, seen))
        for numbers in runs:
            items = [seen[n] for n in numbers]
            reports = tuple(sorted({report_of[i.source] for i in items}))
            if len(reports) < 2:
                continue
            used.update(numbers)
            counts = Counter(s for i in items for s in set(_stems(i)))
            best = max(
                items,
                key=lambda i: (
                    names_something(i),
                    sum(counts[s] for s in set(_stems(i))) - len(_stems(i)),
                ),
            )
            found.append((best, reports))
    return found


def names_something(item: FigureSeen) -> bool:
    """Whether a figure's subject names something: not a predicate whose subject was out of
    reach ("… — was put by the agency at €9m": "was put by the agency"), nor a speaker and
    a verb of saying ("Park said the €9m would …": "Park said"; "Park said the firm had
    spent"), nor a participle alone
    ("costed")."""
    words = item.subject.split()
    if not words or words[0].lower() in PREDICATE_OPENERS or any(_SAYS.fullmatch(w) for w in words):
        return False
    return not (len(words) == 1 and words[0].lower().endswith("ed"))  # "costed at": alone


def _near_amounts(numbers: list[int], seen: list[FigureSeen]) -> list[list[int]]:
    """A group of like figures split where amounts lie more than ``FAR_APART`` times apart:
    "64,000 workers" and "380,000 workers" count different workers, while "400" and "450"
    passengers are two outlets' counts of the same ones."""
    order = sorted(numbers, key=lambda n: (seen[n].figure.low, seen[n].figure.high, n))
    runs: list[list[int]] = []
    top = 0.0
    for number in order:
        figure = seen[number].figure
        if not runs or figure.low > FAR_APART * top:
            runs.append([])
            top = 0.0
        runs[-1].append(number)
        top = max(top, figure.high)
    return [sorted(run) for run in runs]


def _by_what_is_measured(numbers: list[int], seen: list[FigureSeen]) -> list[list[int]]:
    """Like figures: of one quantity and unit, and one measures what the other does (the
    last word one measures is a word of the other's: "ransom" and "ransom demanded"), so
    that outlets' different values of one thing fall in one group."""
    parent = {n: n for n in numbers}

    def root(n: int) -> int:
        while parent[n] != n:
            n = parent[n]
        return n

    words = {n: (_head(seen[n]), set(_stems(seen[n]))) for n in numbers}
    for i, a in enumerate(numbers):
        for b in numbers[i + 1 :]:
            if seen[a].key == seen[b].key and _measure_alike(words[a], words[b]):
                parent[root(b)] = root(a)
    groups: dict[int, list[int]] = {}
    for n in numbers:
        groups.setdefault(root(n), []).append(n)
    return list(groups.values())


def _measure_alike(a: tuple[str, set[str]], b: tuple[str, set[str]]) -> bool:
    """Whether the last word one figure measures is a word the other measures (each given
    as its head and its stems); figures with no such word are alike only with each other."""
    (head_a, stems_a), (head_b, stems_b) = a, b
    if not head_a or not head_b:
        return head_a == head_b
    return head_a in stems_b or head_b in stems_a


def _by_amount(numbers: list[int], seen: list[FigureSeen]) -> list[list[int]]:
    groups: dict[tuple[object, ...], list[int]] = {}
    for n in numbers:
        item = seen[n]
        groups.setdefault((*item.key, item.figure.low, item.figure.high), []).append(n)
    return list(groups.values())


def _stems(item: FigureSeen) -> list[str]:
    return stems(content_words(item.subject))


def _head(item: FigureSeen) -> str:
    """What a group of figures is about: a count's noun, else the last word it measures."""
    if item.key[0] == "count":
        return ""
    found = _stems(item)
    return found[-1] if found else ""


def _body(sentence: Sentence) -> str:
    """Enough of the body for a figure's bound span: the sentence at its own offsets."""
    return " " * sentence.start + sentence.text
