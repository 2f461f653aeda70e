"""Score every (claim, sentence) pair of a case from several signals, in two passes.

Signals (``Signals``):

- **meaning**: the cosine between the sentence and the claim's own words (its statement,
  a figure claim's subject, its pinned excerpts), with stems that many claims share
  weighing less, so that claims about one incident are told apart;
- **exemplar**: the best cosine with a sentence of *another* source that the first pass
  linked with confidence, so an article that words a claim the way other outlets do links
  even when it shares few words with the statement;
- **parties**: the share of the claim's ``by`` and ``against`` parties that the sentence
  names or quotes (a quotation's resolved speaker counts, so "he said" does);
- **margin**: how far this claim leads the best other claim for the same sentence;
- **heading**: a line with no closing punctuation (a headline or subheading);
- **figure**, **bound**: for a figure claim, the best cosine between the claim's subject
  and the words a candidate figure is bound to;
- **dated**: for an event claim, whether the sentence gives a date.

The score is a logistic function of the signals, with weights fitted on the evaluation
corpus by ``benchmarks/fit_linker.py``. A status claim never scores a sentence of opposite
polarity (``polarity.py``); those sentences are kept apart as possible status changes.
Both passes see every source before deciding, so the result never depends on source order.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

from sorabrief.aggregation.meaning import TermWeights, Vector, cosine, sentence_stems
from sorabrief.aggregation.polarity import polarity
from sorabrief.findings import Findings, Sentence
from sorabrief.model import Case, Claim, ClaimKind

CONFIDENT = 0.45
"""A first-pass score (meaning plus ``PARTY_BONUS`` for the parties) at which a sentence
becomes an exemplar of the claim."""
PARTY_BONUS = 0.12
EXEMPLAR_WEIGHT = 0.85
"""How much likeness to an exemplar counts against likeness to the claim's own words, for
the margin between claims."""
EXEMPLARS_PER_CLAIM = 12
"""At most this many exemplars per claim, the highest scored, so the cost stays flat."""
WEIGHTS = (4.21, 2.54, 0.24, 1.24, 0.04, 1.75, 0.59, 0.92, -0.99)
"""Logistic weights of (meaning, exemplar, parties, margin, heading, figure, bound, dated,
bias),
from ``python benchmarks/fit_linker.py``."""

_CLOSED = re.compile(r"[.!?…:;”\"’')\]]\s*$")


@attrs.frozen
class SentenceRef:
    """One sentence of one source: its index in that source's ``Findings.sentences``."""

    source: str
    index: int


@attrs.frozen
class Signals:
    """What a (claim, sentence) pair's score is made of."""

    meaning: float
    exemplar: float
    parties: float
    margin: float
    heading: float
    figure: float
    bound: float
    dated: float

    def vector(self) -> tuple[float, ...]:
        """The signals in ``WEIGHTS`` order, with the constant 1 for the bias."""
        return (*attrs.astuple(self), 1.0)


@attrs.frozen
class Scored:
    """A (claim, sentence) pair's score, the chance that the sentence supports the claim."""

    sentence: SentenceRef
    score: float
    signals: Signals


def probability(signals: Signals, weights: Sequence[float] = WEIGHTS) -> float:
    """The logistic score of a set of signals."""
    z = sum(w * x for w, x in zip(weights, signals.vector(), strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class CaseIndex:
    """The sentences of a case as TF-IDF vectors, with an inverted index over their stems."""

    def __init__(self, findings: Mapping[str, Findings]) -> None:
        self.findings = findings
        self.refs: list[SentenceRef] = []
        documents: list[tuple[str, ...]] = []
        for source_id in sorted(findings):
            for index, sentence in enumerate(findings[source_id].sentences):
                self.refs.append(SentenceRef(source_id, index))
                documents.append(sentence_stems(sentence.text))
        self.weights = TermWeights(documents)
        self.vectors = [self.weights.vector(d) for d in documents]
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for position, vector in enumerate(self.vectors):
            for term, weight in vector.items():
                self._postings.setdefault(term, []).append((position, weight))

    def sentence(self, position: int) -> Sentence:
        ref = self.refs[position]
        return self.findings[ref.source].sentences[ref.index]

    def query(self, text: str) -> dict[str, float]:
        """The vector of any text in this case's weights."""
        return self.weights.vector(sentence_stems(text))

    def similarities(self, query: Vector) -> dict[int, float]:
        """The cosine of ``query`` with every sentence sharing a stem with it, by position."""
        found: dict[int, float] = {}
        for term, weight in query.items():
            for position, other in self._postings.get(term, ()):
                found[position] = found.get(position, 0.0) + weight * other
        return found


@attrs.frozen
class CaseScores:
    """Every claim's scored sentences, and for status claims the opposed ones."""

    scored: dict[str, list[Scored]]
    """By claim id: every sentence with any signal, in case order."""
    opposed: dict[str, list[tuple[SentenceRef, float]]]
    """By status claim id: sentences close in meaning but of opposite polarity."""


def claim_texts(claim: Claim) -> list[str]:
    """What a claim says in words: its statement (and subject), and its pinned excerpts."""
    statement = " ".join(t for t in (claim.subject, claim.statement) if t)
    return [t for t in (statement, *(e.text for e in claim.evidence)) if t]


def score_case(
    case: Case, index: CaseIndex, eligible: Mapping[str, frozenset[int]], bound: BoundWords
) -> CaseScores:
    """Score every claim against every sentence sharing a stem with it.

    ``eligible`` limits a figure claim to the positions of sentences holding a figure of
    its quantity and unit; ``bound`` gives the words each such figure is bound to.
    """
    members = {p.id: p.affiliation for p in case.parties if p.affiliation}
    specific = claim_specificity(case.claims)
    first: dict[str, dict[int, float]] = {}
    opposed: dict[str, list[tuple[SentenceRef, float]]] = {}
    for claim in case.claims:
        found = _first_pass(claim, index, specific)
        if claim.id in eligible:
            found = {p: v for p, v in found.items() if p in eligible[claim.id]}
        if claim.kind == ClaimKind.STATUS:
            found, against = _split_by_polarity(claim, found, index)
            opposed[claim.id] = [(index.refs[p], round(v, 6)) for p, v in sorted(against.items())]
        first[claim.id] = found
    likeness = {
        c.id: _exemplar_likeness(c, first[c.id], index, members, eligible, opposed)
        for c in case.claims
    }
    leading = _best_per_sentence(case.claims, first, likeness)
    scored = {}
    for claim in case.claims:
        query = _reweighted(index.query(" ".join(claim_texts(claim)[:1])), specific)
        items = []
        for position in sorted(first[claim.id].keys() | likeness[claim.id].keys()):
            meaning = first[claim.id].get(position, 0.0)
            exemplar = likeness[claim.id].get(position, 0.0)
            own = max(meaning, EXEMPLAR_WEIGHT * exemplar)
            others = [v for c, v in leading.get(position, ()) if c != claim.id]
            figure = claim.kind == ClaimKind.FIGURE
            signals = Signals(
                meaning=round(meaning, 6),
                exemplar=round(exemplar, 6),
                parties=_parties(claim, index, position, members),
                margin=round(own - max(others, default=0.0), 6),
                heading=0.0 if _CLOSED.search(index.sentence(position).text) else 1.0,
                figure=1.0 if figure else 0.0,
                bound=round(bound.best(claim, position, query), 6) if figure else 0.0,
                dated=1.0 if claim.kind == ClaimKind.EVENT and _dated(index, position) else 0.0,
            )
            items.append(Scored(index.refs[position], round(probability(signals), 4), signals))
        scored[claim.id] = items
    return CaseScores(scored, opposed)


class BoundWords:
    """The words each candidate figure of a figure claim is bound to, by sentence position."""

    def __init__(self, index: CaseIndex, words: Mapping[str, Mapping[int, Sequence[str]]]) -> None:
        self._index = index
        self._words = words

    def best(self, claim: Claim, position: int, query: Vector) -> float:
        """The best cosine between the claim's words and a candidate figure's bound words."""
        texts = self._words.get(claim.id, {}).get(position, ())
        return max((cosine(query, self._index.query(t)) for t in texts), default=0.0)


def claim_specificity(claims: Sequence[Claim]) -> dict[str, float]:
    """How much each stem tells claims apart: stems in many claims' words weigh less."""
    frequency: Counter[str] = Counter()
    for claim in claims:
        frequency.update({t for text in claim_texts(claim) for t in sentence_stems(text)})
    count = len(claims)
    return {t: math.log((count + 1) / (n + 1)) + 1.0 for t, n in frequency.items()}


def _reweighted(vector: Vector, specific: Mapping[str, float]) -> dict[str, float]:
    weights = {t: w * specific.get(t, 1.0) for t, w in vector.items()}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}


def _first_pass(claim: Claim, index: CaseIndex, specific: Mapping[str, float]) -> dict[int, float]:
    """The best cosine of each sentence with the claim's own words."""
    best: dict[int, float] = {}
    for text in claim_texts(claim):
        for position, value in index.similarities(_reweighted(index.query(text), specific)).items():
            if value > best.get(position, 0.0):
                best[position] = value
    return best


def _split_by_polarity(
    claim: Claim, found: dict[int, float], index: CaseIndex
) -> tuple[dict[int, float], dict[int, float]]:
    """The sentences that agree in polarity with a status, and those that oppose it."""
    stated = polarity(claim.statement)
    agree, against = {}, {}
    for position, value in found.items():
        if stated.opposes(polarity(index.sentence(position).text)):
            against[position] = value
        else:
            agree[position] = value
    return agree, against


def _dated(index: CaseIndex, position: int) -> bool:
    """Whether the sentence holds a resolved date."""
    ref = index.refs[position]
    findings = index.findings[ref.source]
    sentence = findings.sentences[ref.index]
    return any(
        d.value is not None and sentence.start <= d.start < sentence.end for d in findings.dates
    )


def _parties(claim: Claim, index: CaseIndex, position: int, members: Mapping[str, str]) -> float:
    """The share of the claim's parties that the sentence names or quotes."""
    wanted = [p for p in (claim.by, claim.against) if p]
    if not wanted:
        return 0.0
    ref = index.refs[position]
    findings = index.findings[ref.source]
    sentence = findings.sentences[ref.index]
    inside = range(sentence.start, sentence.end)
    named = {members.get(m.party, m.party) for m in findings.mentions if m.start in inside}
    named |= {
        members.get(q.speaker, q.speaker)
        for q in findings.quotes
        if q.speaker and q.start in inside
    }
    return sum(p in named for p in wanted) / len(wanted)


def _exemplar_likeness(
    claim: Claim,
    first: Mapping[int, float],
    index: CaseIndex,
    members: Mapping[str, str],
    eligible: Mapping[str, frozenset[int]],
    opposed: Mapping[str, list[tuple[SentenceRef, float]]],
) -> dict[int, float]:
    """Each sentence's best cosine with an exemplar of the claim from another source."""
    confident = sorted(
        (-(value + PARTY_BONUS * _parties(claim, index, position, members)), position)
        for position, value in first.items()
    )
    exemplars = [p for score, p in confident if -score >= CONFIDENT][:EXEMPLARS_PER_CLAIM]
    excluded = {ref for ref, _ in opposed.get(claim.id, ())}
    best: dict[int, float] = {}
    for exemplar in exemplars:
        source = index.refs[exemplar].source
        for position, value in index.similarities(index.vectors[exemplar]).items():
            ref = index.refs[position]
            if ref.source == source or value <= best.get(position, 0.0) or ref in excluded:
                continue
            if claim.id in eligible and position not in eligible[claim.id]:
                continue
            best[position] = value
    return best


def _best_per_sentence(
    claims: Sequence[Claim],
    first: Mapping[str, Mapping[int, float]],
    likeness: Mapping[str, Mapping[int, float]],
) -> dict[int, list[tuple[str, float]]]:
    """For each sentence, every claim's combined likeness to it."""
    leading: dict[int, list[tuple[str, float]]] = {}
    for claim in claims:
        for position in first[claim.id].keys() | likeness[claim.id].keys():
            own = max(
                first[claim.id].get(position, 0.0),
                EXEMPLAR_WEIGHT * likeness[claim.id].get(position, 0.0),
            )
            leading.setdefault(position, []).append((claim.id, own))
    return leading
