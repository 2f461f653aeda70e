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
- **dated**: for an event claim, whether the sentence gives a date;
- **aspect**: for a status claim whose statement is marked ongoing or changed
  (``polarity.py``), whether the sentence is marked the same way ("the road remained
  closed on Saturday" for "the road remains closed").

The score is a logistic function of the signals, with weights fitted on the evaluation
corpus by ``benchmarks/fit_linker.py``. A status claim never scores a sentence of opposite
polarity (``polarity.py``; a statement joining states of different polarity, by the part
the sentence is about); those sentences are kept apart as possible status changes.
Both passes see every source before deciding, so the result never depends on source order.
"""

from __future__ import annotations

import functools
import math
import operator
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import NamedTuple

import attrs

from sorabrief.aggregation.case_index import CaseIndex, SentenceRef
from sorabrief.aggregation.clauses import coordinate_stems, main_clause
from sorabrief.aggregation.meaning import (
    CONDITIONAL,
    ONGOING,
    STOPPED,
    Vector,
    cosine,
    sentence_stems,
)
from sorabrief.aggregation.mood import only_expected
from sorabrief.aggregation.polarity import (
    DENIED_CHANGE,
    PLAIN_CHANGE,
    STOPPED_WORDS,
    Aspect,
    Polarity,
    stated_polarity,
)
from sorabrief.aggregation.subject import (
    ended_by_change,
    in_force,
    names_change,
    status_head,
    status_subject,
    stopped_subject,
)
from sorabrief.model import Case, Claim, ClaimKind

CONFIDENT = 0.25
"""A first-pass score (meaning plus ``PARTY_BONUS`` for the parties) at which a sentence
becomes an exemplar of the claim."""
PARTY_BONUS = 0.12
EXEMPLAR_WEIGHT = 0.85
"""How much likeness to an exemplar counts against likeness to the claim's own words, for
the margin between claims."""
EXEMPLARS_PER_CLAIM = 12
"""At most this many exemplars per claim, the highest scored, so the cost stays flat."""
KEEP = 0.35
"""Pairs scoring below this are left out of the scores: below every threshold that reads
them (linking, possible support and conflicts). ``benchmarks/fit_linker.py`` lowers it to
see every pair."""
WEIGHTS = (4.13, 2.64, 0.4, 1.15, -0.13, 1.77, 0.61, 0.61, 0.36, -1.01)
"""Logistic weights of (meaning, exemplar, parties, margin, heading, figure, bound, dated,
aspect, bias),
from ``python benchmarks/fit_linker.py``."""

_WHEN = re.compile(
    r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b|\b(?:1[89]|20)\d\d\b"
)
_WHILE = re.compile(r"(?i)\s+(?:while|until|pending)\b[^.;]*")
"""A status's clause of how long it lasts."""
_CLOSED = re.compile(r"[.!?…:;”\"’')\]]\s*$")


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
    aspect: float = 0.0

    def vector(self) -> tuple[float, ...]:
        """The signals in ``WEIGHTS`` order, with the constant 1 for the bias."""
        return (
            self.meaning, self.exemplar, self.parties, self.margin, self.heading, self.figure,
            self.bound, self.dated, self.aspect, 1.0,
        )  # fmt: skip


class Scored(NamedTuple):
    """A (claim, sentence) pair's score, the chance that the sentence supports the claim.
    A named tuple, made in half the time of a frozen attrs class: a case makes one for
    every position of every text it scores (62,000 at 1,001 sources)."""

    sentence: SentenceRef
    score: float
    signals: Signals


def probability(signals: Signals, weights: Sequence[float] = WEIGHTS) -> float:
    """The logistic score of a set of signals."""
    z = sum(map(operator.mul, weights, signals.vector()))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@attrs.frozen
class CaseScores:
    """Every claim's scored sentences, and for status claims the opposed ones."""

    scored: dict[str, list[Scored]]
    """By claim id: every sentence with any signal, in case order."""
    opposed: dict[str, list[tuple[SentenceRef, float, bool]]]
    """By status claim id: sentences of opposite polarity, with their likeness in meaning
    and whether a clause of theirs says the status's subject changed (``subject.py``)."""


def claim_texts(claim: Claim) -> list[str]:
    """What a claim says in words: its statement (and subject), and its pinned excerpts.
    A status's clause saying how long it lasts ("while the agency investigates", "until the
    review is done", "pending …") is left out: it names another matter, whose sentences
    ("the investigation is continuing") say nothing of this state.

    Months, weekdays and years in a subject say when, not what ("the net loss in the year to
    March 2023"), so they are left out: a sum in a sentence dated in March is not the loss."""
    subject = _WHEN.sub(" ", claim.subject) if claim.subject else None
    said = claim.statement
    if said and claim.kind == ClaimKind.STATUS:
        said = _WHILE.sub("", said)
    statement = " ".join(t for t in (subject, said) if t)
    return [t for t in (statement, *(e.text for e in claim.evidence)) if t]


_STATUS_MARKS = frozenset({ONGOING, STOPPED})
"""The marks only a status's words keep."""


def claim_stems(claim: Claim, text: str) -> tuple[str, ...]:
    """The stems of a claim's text. Only a status says that a state persists: in another
    claim "continue" is no such mark ("it was unsafe to continue")."""
    found = sentence_stems(text)
    if claim.kind == ClaimKind.STATUS:
        return found
    return tuple(t for t in found if t not in _STATUS_MARKS)


def score_case(
    case: Case, index: CaseIndex, eligible: Mapping[str, frozenset[int]], bound: BoundWords
) -> CaseScores:
    """Score every claim against every sentence sharing a stem with it.

    ``eligible`` limits a figure claim to the positions of sentences holding a figure of
    its quantity and unit; ``bound`` gives the words each such figure is bound to. Pairs
    scoring below ``KEEP`` are left out.
    """
    specific = claim_specificity(case.claims)
    allowed = {c: {index.text_of[p] for p in positions} for c, positions in eligible.items()}
    first: dict[str, dict[int, float]] = {}
    opposed: dict[str, list[tuple[SentenceRef, float, bool]]] = {}
    replaced = {old for c in case.claims if c.kind == ClaimKind.STATUS for old in c.supersedes}
    said = index.said
    excluded: dict[str, set[int]] = {}
    for claim in case.claims:
        found = _first_pass(claim, index, specific)
        if claim.id in allowed:
            found = {n: v for n, v in found.items() if n in allowed[claim.id]}
        if claim.kind == ClaimKind.STATUS:
            stops = ended_by_change(claim.statement)
            ended = claim.id in replaced or stops
            found, against = _split_by_polarity(
                claim, found, said, ended, index.vectors, index.text
            )
            if claim.supersedes:
                found, against = _came_by_change(claim, found, against, said, index)
            named = _changed_subject(claim, found | against, index) if stops else set()
            against |= {n: v for n, v in found.items() if n in named}
            found = {n: v for n, v in found.items() if n not in named}
            excluded[claim.id] = set(against)
            opposed[claim.id] = [
                (index.refs[p], round(v, 6), n in named)
                for p, v, n in sorted(
                    (p, v, n) for n, v in against.items() for p in index.positions_of[n]
                )
            ]
        first[claim.id] = found
    leaders = _leading_claim(first)
    likeness = {
        c.id: _exemplar_likeness(
            c, {n: v for n, v in first[c.id].items() if leaders[n] == c.id}, index,
            allowed.get(c.id), excluded.get(c.id, set()), said,
        )
        for c in case.claims
    }  # fmt: skip
    own = {
        c.id: {
            n: _likeness(index, n, first[c.id].get(n, 0.0), likeness[c.id].get(n, ()))
            for n in first[c.id].keys() | likeness[c.id].keys()
        }
        for c in case.claims
    }
    leading = _two_best_per_text(case.claims, own)
    worded = _two_best_per_text([c for c in case.claims if c.kind != ClaimKind.FIGURE], own)
    stems = {c.id: frozenset(claim_stems(c, " ".join(claim_texts(c)[:1]))) for c in case.claims}
    statuses = frozenset(c.id for c in case.claims if c.kind == ClaimKind.STATUS)
    clauses = _Clauses(index, stems, statuses)
    headings = [_CLOSED.search(index.text(n)) is None for n in range(len(index.vectors))]
    scored = {}
    acts: dict[tuple[ClaimKind, int], bool] = {}
    for claim in case.claims:
        statement = claim_stems(claim, " ".join(claim_texts(claim)[:1]))
        query = _reweighted(index.weights.vector(statement), specific)
        stated = _stated_aspect(claim)
        items: list[tuple[int, Scored]] = []
        for number, like in own[claim.id].items():
            items += _scored_positions(
                claim, number, index, first[claim.id].get(number, 0.0), like,
                likeness[claim.id].get(number, ()),
                (worded if claim.kind in _FACTS else leading).get(number, ()),
                eligible, bound, query,
                _same_aspect(claim, stated, said[number], index, number, acts), headings[number],
                clauses,
            )  # fmt: skip
        items.sort(key=operator.itemgetter(0))
        scored[claim.id] = [item for _, item in items]
    return CaseScores(scored, opposed)


def _scored_positions(
    claim: Claim,
    number: int,
    index: CaseIndex,
    meaning: float,
    own: float,
    exemplars: Sequence[tuple[float, str | None]],
    leading: Sequence[tuple[float, str]],
    eligible: Mapping[str, frozenset[int]],
    bound: BoundWords,
    query: Vector,
    same_aspect: bool,
    heading: bool,
    clauses: _Clauses,
) -> list[tuple[int, Scored]]:
    """The scores of one distinct text for a claim, at every position that prints it, each
    with its position; ``own``: how like the claim the text is (``_likeness``).

    The margin is over the best other claim whose words are in the same independent
    clause: "the road stayed shut, and the order was still in force" supports both."""
    best_exemplar = exemplars[0][0] if exemplars else 0.0
    other = next(
        (v for v, c in leading if c != claim.id and not clauses.apart(number, claim.id, c)),
        0.0,
    )
    figure = claim.kind == ClaimKind.FIGURE
    event = claim.kind == ClaimKind.EVENT
    common = Signals(
        meaning=round(meaning, 6),
        exemplar=round(best_exemplar, 6),
        parties=1.0 if claim.by or claim.against else 0.0,
        margin=round(own - other, 6),
        heading=1.0 if heading else 0.0,
        figure=1.0 if figure else 0.0,
        bound=1.0 if figure else 0.0,
        dated=1.0 if event else 0.0,
        aspect=1.0 if same_aspect else 0.0,
    )
    if probability(common) < KEEP:
        return []
    first_value, first_only = exemplars[0] if exemplars else (0.0, None)
    second_value = exemplars[1][0] if len(exemplars) > 1 else 0.0
    made: dict[tuple[float, float, float, float], tuple[Signals, float]] = {}

    def scored(key: tuple[float, float, float, float]) -> tuple[Signals, float]:
        if key not in made:
            signals = Signals(
                common.meaning, round(key[0], 6), key[1], common.margin, common.heading,
                common.figure, round(key[2], 6), key[3], common.aspect,
            )  # fmt: skip
            made[key] = (signals, round(probability(signals), 4))
        return made[key]

    by, against, refs = claim.by, claim.against, index.refs
    found = []
    allowed = eligible.get(claim.id)
    if figure or allowed is not None:
        for position in index.positions_of[number]:
            if allowed is not None and position not in allowed:
                continue
            ref = refs[position]
            signals, score = scored(
                (
                    second_value if first_only == ref.source else first_value,
                    _share_named(by, against, index.named[position]),
                    bound.best(claim, position, query) if figure else 0.0,
                    1.0 if event and index.dated[position] else 0.0,
                )
            )
            if score >= KEEP:
                found.append((position, Scored(ref, score, signals)))
        return found
    for named, dated, positions in index.groups_of[number]:
        parties = _share_named(by, against, named)
        when = 1.0 if event and dated else 0.0
        usual = scored((first_value, parties, 0.0, when))
        if usual[1] < KEEP:  # likeness to the second exemplar scores no higher
            continue
        if first_only is None:  # every position scores as usual
            signals, score = usual
            found += [(position, Scored(refs[position], score, signals)) for position in positions]
            continue
        for position in positions:
            ref = refs[position]
            signals, score = (
                scored((second_value, parties, 0.0, when)) if first_only == ref.source else usual
            )
            if score >= KEEP:
                found.append((position, Scored(ref, score, signals)))
    return found


_FACTS = (ClaimKind.EVENT, ClaimKind.STATUS)
"""The kinds of claim that take no margin from a figure claim: a sentence giving a figure
also tells the act or state it measures ("has fined the operator £40,000 over missed
drills" reports the fine), and a figure claim links the figure, not the sentence."""


class _Clauses:
    """Whether two claims' words lie in different independent clauses of a text. For a
    status, a clause in -ing after a comma counts as one: it states the state an event
    left ("the strike entered its fifth day, leaving the docks idle")."""

    def __init__(
        self, index: CaseIndex, stems: Mapping[str, frozenset[str]], statuses: frozenset[str]
    ) -> None:
        self._index = index
        self._stems = stems
        self._statuses = statuses
        self._parts: dict[tuple[int, bool], list[frozenset[str]]] = {}
        self._main: dict[tuple[int, bool, str], int] = {}

    def apart(self, number: int, claim: str, other: str) -> bool:
        """Whether ``claim`` and ``other`` share most stems with different clauses."""
        results = claim in self._statuses
        key = (number, results)
        if key not in self._parts:
            self._parts[key] = coordinate_stems(self._index.text(number), results)
        if len(self._parts[key]) < 2:
            return False
        return self._main_clause(key, claim) != self._main_clause(key, other)

    def _main_clause(self, key: tuple[int, bool], claim: str) -> int:
        found = (*key, claim)
        if found not in self._main:
            self._main[found] = main_clause(self._parts[key], self._stems[claim])
        return self._main[found]


class BoundWords:
    """The words each candidate figure of a figure claim is bound to, by sentence position."""

    def __init__(self, index: CaseIndex, words: Mapping[str, Mapping[int, Sequence[str]]]) -> None:
        self._index = index
        self._words = words
        self._vectors: dict[str, Vector] = {}

    def best(self, claim: Claim, position: int, query: Vector) -> float:
        """The best cosine between the claim's words and a candidate figure's bound words."""
        texts = self._words.get(claim.id, {}).get(position, ())
        return max((cosine(query, self._vector(t)) for t in texts), default=0.0)

    def _vector(self, text: str) -> Vector:
        """The vector of some bound words, made once per distinct wording."""
        if text not in self._vectors:
            self._vectors[text] = self._index.query(text)
        return self._vectors[text]


def claim_specificity(claims: Sequence[Claim]) -> dict[str, float]:
    """How much each stem tells claims apart: stems in many claims' words weigh less."""
    frequency: Counter[str] = Counter()
    for claim in claims:
        frequency.update({t for text in claim_texts(claim) for t in claim_stems(claim, text)})
    count = len(claims)
    return {t: math.log((count + 1) / (n + 1)) + 1.0 for t, n in frequency.items()}


def _reweighted(vector: Vector, specific: Mapping[str, float]) -> dict[str, float]:
    weights = {t: w * specific.get(t, 1.0) for t, w in vector.items()}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}


_PAST = r"(?:[a-z]+ed|set|paid|made|gave|took|held|began|brought|put|shut|cut|left|sold|kept|told|sent|won|lost|struck|found)"
_AND_VERB = re.compile(rf"\s+and\s+(?={_PAST}\b)")
_FIRST_VERB = re.compile(rf"\s(?={_PAST}\b)")


def first_verb(statement: str) -> str | None:
    """The stem of a statement's first verb in the past, after its subject ("The board
    cancelled the papers": "cancel"), or None."""
    verb = _FIRST_VERB.search(statement)
    if verb is None or verb.start() == 0:
        return None
    found = sentence_stems(statement[verb.end() :].split(maxsplit=1)[0])
    return found[0] if found else None


def predicates(statement: str) -> list[tuple[str, str]]:
    """Each of a statement's coordinated predicates with its subject, and the stem of its
    verb, when it has two ("The board cancelled the papers and rescheduled them": "The
    board cancelled the papers", "The board rescheduled them"): a sentence holding that
    verb may report one of them."""
    parts = _AND_VERB.split(statement, maxsplit=1)
    if len(parts) < 2 or any(_NOT_SIMPLE.search(part) for part in parts):
        return []
    verb = _FIRST_VERB.search(parts[0])
    if verb is None or verb.start() == 0:
        return []
    subject = parts[0][: verb.start()]
    found = []
    for part in (parts[0][verb.start() :], parts[1]):
        stems = sentence_stems(part.split(maxsplit=1)[0])
        if stems:
            found.append((f"{subject} {part.strip()}", stems[0]))
    return found


_NOT_SIMPLE = re.compile(
    r"(?i)\b(?:that|which|who|whom|whose|when|after|before|until|while|because|if|unless|"
    r"once|since|where|although|is|are|was|were|be|been|being|has|have|had|may|might|will|"
    r"would|can|could|shall|should|must)\b"
)
"""A subordinate clause, an auxiliary or a modal: the "and" may join clauses, or a past
participle used as an adjective ("… information, and affected customers may sue"), not two
predicates of one subject."""


def _first_pass(claim: Claim, index: CaseIndex, specific: Mapping[str, float]) -> dict[int, float]:
    """The best cosine of each distinct text with the claim's own words."""
    best: dict[int, float] = {}
    texts: list[tuple[str, str | None]] = [(t, None) for t in claim_texts(claim)]
    if claim.kind not in (ClaimKind.STATUS, ClaimKind.FIGURE):
        texts += predicates(claim.statement)
    for text, verb in texts:
        query = _reweighted(index.weights.vector(claim_stems(claim, text)), specific)
        for position, value in index.similarities(query).items():
            if value > best.get(position, 0.0) and (
                verb is None or verb in index.vectors[position]
            ):
                best[position] = value
    return best


_ACTS = {
    ClaimKind.RESPONSE: re.compile(
        r"(?i)\b(?:den(?:ies|ied|ying)|reject(?:s|ed|ing)|insist(?:s|ed|ing)|"
        r"disput(?:es|ed|ing)|contest(?:s|ed|ing)|rebut(?:s|ted|ting)|refut(?:es|ed|ing))\b"
    ),
    ClaimKind.GRIEVANCE: re.compile(
        r"(?i)\b(?:accus(?:es|ed|ing)|blam(?:es|ed|ing)|alleg(?:es|ed|ing)|"
        r"complain(?:s|ed|ing)|criticis(?:es|ed|ing)|criticiz(?:es|ed|ing)|"
        r"condemn(?:s|ed|ing))\b"
    ),
}
"""The verbs that say a sentence tells an answer ("has denied that the leak came from its
plant", "insisted the company had been days from a deal") or an accusation ("blamed the
printer, alleging …"): a response or a grievance is marked so, as a status is marked
ongoing."""


def _same_aspect(
    claim: Claim,
    stated: Aspect | None,
    said: Polarity,
    index: CaseIndex,
    number: int,
    acts: dict[tuple[ClaimKind, int], bool],
) -> bool:
    """Whether a sentence is marked as the claim is: a status's aspect (ongoing or
    changed), or the act of a response or a grievance (``_ACTS``). A status saying a stop
    goes on ("the site remains closed") is marked as a sentence telling, unmarked and
    not negated, the stop that began it ("inspectors closed the site on Wednesday").
    ``acts`` remembers each text's answer by kind, which every claim of that kind asks
    again."""
    if stated is not None:
        if said.aspect == stated:
            return True
        if stated != Aspect.ONGOING or said != _UNMARKED or not _names_stop(claim.statement):
            return False
        key = (claim.kind, number)
        if key not in acts:
            acts[key] = STOPPED_WORDS.search(index.text(number)) is not None
        return acts[key]
    if claim.kind not in _ACTS:
        return False
    key = (claim.kind, number)
    if key not in acts:
        acts[key] = tells_act(claim.kind, index.text(number))
    return acts[key]


_UNMARKED = Polarity(Aspect.UNMARKED, False)
"""A text neither marked ongoing or changed nor negating."""


@functools.cache
def _names_stop(statement: str) -> bool:
    """Whether a statement names a stopped state ("closed", "suspended")."""
    return STOPPED_WORDS.search(statement) is not None


def tells_act(kind: ClaimKind, text: str) -> bool:
    """Whether a sentence tells the act of a response or a grievance (``_ACTS``)."""
    act = _ACTS.get(kind)
    return act is not None and act.search(text) is not None


def _stated_aspect(claim: Claim) -> Aspect | None:
    """A status claim's aspect when its statement is marked (ongoing or changed)."""
    if claim.kind != ClaimKind.STATUS:
        return None
    aspect = stated_polarity(claim.statement).aspect
    return None if aspect == Aspect.UNMARKED else aspect


def _changed_subject(claim: Claim, found: Mapping[int, float], index: CaseIndex) -> set[int]:
    """The texts with a clause saying that a status's subject changed, for a status that a
    change ends (``subject.ended_by_change``)."""
    subject = status_subject(claim)
    head = status_head(claim)
    idf = index.weights.idf
    begun = stopped_subject(claim)
    force = in_force(claim.statement)
    return {n for n in found if names_change(index.text(n), subject, idf, head, begun, force)}


def _split_by_polarity(
    claim: Claim,
    found: dict[int, float],
    said: Sequence[Polarity],
    ended: bool = False,
    held: Sequence[Collection[str]] = (),
    text_at: Callable[[int], str] | None = None,
) -> tuple[dict[int, float], dict[int, float]]:
    """The texts that agree in polarity with a status, and those that oppose it.

    When a change ends the status (``ended``: another status replaces it, ``supersedes``,
    or its statement names a stopped state, ``subject.ended_by_change``), a text that says
    a change, without negating, opposes it: "the order was lifted" ends "work is halted
    under the order", and "the kitchen reopened" ends "the kitchen is closed", though
    "halted" and "closed" are not marked. So does such a text, unless it only forecasts the
    change ("could reopen on Monday", read in ``text_at``), a status denying that change ("no
    tenant may go back"): "the council lifted its closure of the hall" is against it.

    A statement joining states of different polarity ("the roads remain blocked and no
    grain has been loaded", ``stated_parts``) is read, for each text, by the part whose
    stems the text shares most: "the blockade of the roads went on" is not against it for
    lacking the other part's negation (``held``: each text's stems)."""
    whole = stated_polarity(claim.statement)
    parts = stated_parts(claim.statement) if held else []
    agree, against = {}, {}
    for number, value in found.items():
        text = said[number]
        stated = _nearest_part(parts, held[number]) if parts else whole
        change = ended and stated.aspect != Aspect.CHANGED and text.aspect == Aspect.CHANGED
        undone = (stated, text) == (DENIED_CHANGE, PLAIN_CHANGE)
        if (
            stated.opposes(text)
            or (change and not text.negated)
            or (undone and not (text_at and only_expected(text_at(number))))
        ):
            against[number] = value
        else:
            agree[number] = value
    return agree, against


def _came_by_change(
    claim: Claim,
    found: dict[int, float],
    against: dict[int, float],
    said: Sequence[Polarity],
    index: CaseIndex,
) -> tuple[dict[int, float], dict[int, float]]:
    """A status replacing another came about by a change: a text saying that change
    plainly, not as a forecast, supports it; one denying it ("families would not be
    allowed back", "nobody has gone home") opposes it, unless its statement negates too."""
    came = {
        n: v
        for n, v in against.items()
        if said[n] == PLAIN_CHANGE and not only_expected(index.text(n))
    }
    denied = (
        {}
        if stated_polarity(claim.statement).negated
        else {n: v for n, v in found.items() if said[n] == DENIED_CHANGE}
    )
    kept = {n: v for n, v in found.items() if n not in denied} | came
    return kept, {n: v for n, v in against.items() if n not in came} | denied


_MARKS = frozenset({ONGOING, CONDITIONAL, STOPPED})
"""Terms marking how a text is said, not what it is about."""
_JOINED = re.compile(r"(?i);\s|,?\s+(?:and|but)\s+")
"""Where a statement joins two states ("… remain blocked and no grain has been loaded")."""


def stated_parts(statement: str) -> list[tuple[frozenset[str], Polarity]]:
    """The parts of a status's statement that state a polarity of their own, with their
    stems, when they differ in polarity (else none): a part with neither a mark of aspect
    nor a negation ("Fishing" of "Fishing and swimming remain banned") states none. Only
    states that go on are parted: a part saying a change ("has suspended its use", "have
    not been allowed back") is read with the whole statement."""
    parts = [
        (frozenset(t for t in sentence_stems(part) if t not in _MARKS), stated_polarity(part))
        for part in _JOINED.split(statement)
    ]
    kept = [(s, p) for s, p in parts if s and (p.aspect != Aspect.UNMARKED or p.negated)]
    if any(p.aspect == Aspect.CHANGED for _, p in kept):
        return []
    return kept if len({p for _, p in kept}) > 1 else []


def _nearest_part(
    parts: Sequence[tuple[frozenset[str], Polarity]], stems: Collection[str]
) -> Polarity:
    """The polarity of the part sharing most stems with a text (the first on a tie)."""
    shared = [sum(t in stems for t in part) for part, _ in parts]
    return parts[shared.index(max(shared))][1]


@functools.lru_cache(maxsize=1 << 14)
def _share_named(by: str | None, against: str | None, named: frozenset[str]) -> float:
    """The share of a claim's parties (``by`` and ``against``, those given) that a sentence
    naming or quoting ``named`` names."""
    if (by is None and against is None) or not named:
        return 0.0
    wanted = [p for p in (by, against) if p]
    return sum(p in named for p in wanted) / len(wanted)


def _exemplar_likeness(
    claim: Claim,
    first: Mapping[int, float],
    index: CaseIndex,
    allowed: set[int] | None,
    excluded: set[int],
    said: Sequence[Polarity],
) -> dict[int, list[tuple[float, str | None]]]:
    """Each text's best cosines with exemplars of the claim, with the one source that
    printed the exemplar (None when several did): the best two with different such
    sources, so a sentence never counts likeness to its own source's words.

    The exemplars are the texts (of those ``first`` gives: the ones more like this claim
    than any other) that the first pass scores at least ``CONFIDENT``, at most
    ``EXEMPLARS_PER_CLAIM``, the best first. For a status said to have changed ("has
    reopened"), only texts saying a change: a headline about the closure shares its words
    but is no example of the reopening."""
    confident = sorted(
        (
            -(
                value
                + PARTY_BONUS
                * max(_share_named(claim.by, claim.against, x) for x in index.named_of[n])
            ),
            n,
        )
        for n, value in first.items()
    )
    changed = _stated_aspect(claim) == Aspect.CHANGED
    exemplars = [
        n
        for score, n in confident
        if -score >= CONFIDENT and not (changed and said[n].aspect != Aspect.CHANGED)
    ][:EXEMPLARS_PER_CLAIM]
    best: dict[int, list[tuple[float, str | None]]] = {}
    for exemplar in exemplars:
        only = index.printer[exemplar]
        for number, value in index.similarities(index.vectors[exemplar]).items():
            if number in excluded or (allowed is not None and number not in allowed):
                continue
            kept = best.get(number)
            if kept is None:
                best[number] = [(value, only)]
            else:
                _keep_two(kept, value, only)
    return best


def _leading_claim(first: Mapping[str, Mapping[int, float]]) -> dict[int, str]:
    """For each text, the claim its own words are most like (ties to the first claim): only
    a text that leads for a claim may become one of its exemplars."""
    best: dict[int, tuple[float, str]] = {}
    for claim, found in first.items():
        for number, value in found.items():
            if number not in best or value > best[number][0]:
                best[number] = (value, claim)
    return {n: claim for n, (_, claim) in best.items()}


def _keep_two(entries: list[tuple[float, str | None]], value: float, only: str | None) -> None:
    """Keep the best two values that come from different sources (None counts as its own),
    best first; of equal values, the one kept first."""
    for same, (kept, source) in enumerate(entries):
        if source == only:
            if value <= kept:
                return
            del entries[same]
            break
    if not entries or value > entries[0][0]:
        entries.insert(0, (value, only))
    elif len(entries) == 1 or value > entries[1][0]:
        entries.insert(1, (value, only))
    del entries[2:]


def _likeness(
    index: CaseIndex, number: int, meaning: float, exemplars: Sequence[tuple[float, str | None]]
) -> float:
    """How like a claim a text is, for the margin: its meaning score, or its likeness to an
    exemplar that another source printed, weighted by ``EXEMPLAR_WEIGHT``."""
    only = index.printer[number]
    exemplar = next((v for v, o in exemplars if o is None or o != only), 0.0)
    return max(meaning, EXEMPLAR_WEIGHT * exemplar)


def _two_best_per_text(
    claims: Sequence[Claim], own: Mapping[str, Mapping[int, float]]
) -> dict[int, list[tuple[float, str]]]:
    """For each text, the two claims most like it (``own``: each claim's ``_likeness`` by
    text), for the margin between claims."""
    leading: dict[int, list[tuple[float, str]]] = {}
    for claim in claims:
        for number, like in own[claim.id].items():
            best = leading.setdefault(number, [])
            best.append((like, claim.id))
            best.sort(key=lambda e: -e[0])
            del best[2:]
    return leading
