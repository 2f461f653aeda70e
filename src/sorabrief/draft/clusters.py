"""Group the sentences of a case that say the same thing in different reports.

Sentences are compared as the linker compares them: TF-IDF cosine over word stems
(``aggregation.case_index.CaseIndex``), with the stems of the parties' names weighing a third,
since two sentences naming the same company say little alike for that alone. Clusters are
grown greedily: the sentence with like-meaning sentences in the most other reports (then
the highest total likeness) takes the best unused one of each report; a syndicated copy
is part of its original's report, so it never adds a report. What is left forms
clusters of one report, each with the same sentence of that report's copies.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping

import attrs

from sorabrief.aggregation.case_index import CaseIndex
from sorabrief.aggregation.meaning import Vector, sentence_stems
from sorabrief.draft.kinds import SPEECH_VERB
from sorabrief.model import Party

SAME_MEANING = 0.35
"""The cosine (names left out) at which two sentences of different reports say the same
thing. On the test pages paraphrases score 0.38-0.84 and unrelated sentences at most 0.3."""
NAME_WEIGHT = 0.35
"""How much a stem of a party's name counts, against 1 for any other stem."""
SAME_SENTENCE = 0.9
"""A cosine at which two sentences of one report are one (a copy's)."""
SAME_SPEAKER = 0.1
"""Added to the likeness of two sentences in which the same party speaks ("X said …"):
outlets paraphrase what a party said more freely than what happened."""
MIN_STEMS = 3
"""Sentences with fewer content stems (datelines, captions) are not claims."""
MIN_OWN_STEMS = 2
"""Nor are those with fewer stems that are not a party's name ("Harbour Ferries disagreed.")."""
_CLOSED = re.compile(r"[.!?…”\"’')\]]\s*$")


@attrs.frozen
class Cluster:
    """Sentences of a case, by ``CaseIndex`` position, that say one thing."""

    members: tuple[int, ...]
    centre: int
    """The member most like the others: where a claim's statement comes from."""
    reports: tuple[str, ...]
    """The independent reports (original article ids) the members come from."""
    centrality: float
    """The centre's total likeness to the other members (one report: to the whole case)."""


def name_stems(parties: Iterable[Party]) -> frozenset[str]:
    """The stems of the parties' proper names (not of descriptions such as "the union")."""
    return frozenset(
        t for p in parties for n in p.names if not n.islower() for t in sentence_stems(n)
    )


def weighed_down(vector: Vector, stems: Collection[str]) -> dict[str, float]:
    """A vector with some stems weighing ``NAME_WEIGHT``, normalised again."""
    kept = {t: w * (NAME_WEIGHT if t in stems else 1.0) for t, w in vector.items()}
    norm = math.sqrt(sum(w * w for w in kept.values()))
    return {t: w / norm for t, w in kept.items()} if norm else {}


def cluster_sentences(
    index: CaseIndex, report_of: Mapping[str, str], names: Collection[str] = ()
) -> list[Cluster]:
    """Every claim-like sentence of the case in one cluster: those several reports share
    first (most reports, then most central), then those of one report (most central)."""
    vectors = [weighed_down(index.vectors[n], names) for n in index.text_of]
    candidates = [
        p
        for p, v in enumerate(vectors)
        if len(v) >= MIN_STEMS
        and len(v.keys() - names) >= MIN_OWN_STEMS
        and _CLOSED.search(index.sentence(p).text)
    ]
    allowed = set(candidates)
    speakers = {p: _speakers(index, p) for p in candidates}
    likeness: dict[int, dict[int, float]] = {}
    for p in candidates:
        found = {}
        for number, value in index.similarities(vectors[p]).items():
            for q in index.positions_of[number]:
                if q != p and q in allowed:
                    found[q] = _cosine(vectors[p], vectors[q]) if names else value
                    found[q] += SAME_SPEAKER * bool(speakers[p] & speakers[q])
        likeness[p] = found
    report = {p: report_of[index.refs[p].source] for p in candidates}
    used: set[int] = set()
    clusters: list[Cluster] = []
    while True:
        best = _best_seed(candidates, likeness, report, used)
        if best is None:
            break
        members = [best]
        for other in sorted({report[q] for q in likeness[best]} - {report[best]}):
            options = [
                (v, -q)
                for q, v in likeness[best].items()
                if report[q] == other and q not in used and v >= SAME_MEANING
            ]
            if options:
                members.append(-max(options)[1])
        members += _same_in_report(members, likeness, report, used)
        used.update(members)
        clusters.append(_cluster(members, likeness, report))
    for p in sorted(set(candidates) - used, key=lambda p: (-sum(likeness[p].values()), p)):
        if p in used:
            continue
        members = [p, *_same_in_report([p], likeness, report, used)]
        used.update(members)
        clusters.append(
            Cluster(tuple(sorted(members)), p, (report[p],), round(sum(likeness[p].values()), 6))
        )
    return clusters


def _speakers(index: CaseIndex, position: int) -> frozenset[str]:
    """The parties (people as the party they speak for) a sentence names, if it reports
    speech; none otherwise."""
    if SPEECH_VERB.search(index.sentence(position).text) is None:
        return frozenset()
    return index.named[position]


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _best_seed(
    candidates: list[int],
    likeness: Mapping[int, Mapping[int, float]],
    report: Mapping[int, str],
    used: set[int],
) -> int | None:
    """The unused sentence with like-meaning unused sentences in the most other reports."""
    best: tuple[int, float, int] | None = None
    for p in candidates:
        if p in used:
            continue
        per_report: dict[str, float] = {}
        for q, v in likeness[p].items():
            if q not in used and v >= SAME_MEANING and report[q] != report[p]:
                per_report[report[q]] = max(v, per_report.get(report[q], 0.0))
        if per_report:
            key = (len(per_report), sum(per_report.values()), -p)
            if best is None or key > best:
                best = key
    return None if best is None else -best[2]


def _same_in_report(
    members: list[int],
    likeness: Mapping[int, Mapping[int, float]],
    report: Mapping[int, str],
    used: set[int],
) -> list[int]:
    """Unused sentences of the members' reports that repeat a member (a copy's sentence)."""
    return sorted(
        {
            q
            for p in members
            for q, v in likeness[p].items()
            if v >= SAME_SENTENCE and report[q] == report[p] and q not in used and q not in members
        }
    )


def _cluster(
    members: list[int], likeness: Mapping[int, Mapping[int, float]], report: Mapping[int, str]
) -> Cluster:
    def total(p: int) -> float:
        return sum(likeness[p].get(q, 0.0) for q in members if q != p)

    centre = max(members, key=lambda p: (total(p), -p))
    return Cluster(
        tuple(sorted(members)),
        centre,
        tuple(sorted({report[p] for p in members})),
        round(total(centre), 6),
    )
