"""Link the claims of a case to the sentences and figures that support them.

A sentence supports a claim when a cue of the claim matches it, or when its score
(``scoring.py``) reaches ``LINK``, or, for a grievance, when its own party speaks it
(``speaking.py``) and it shares some of the grievance's words (``SPOKEN_MEANING``); an
article with no such sentence links its best sentence scoring at least ``NEAR`` that is
worded like the claim more than like any other claim (``alike.py``, by embedding); a
sentence an exclusion matches never does, nor, for a
claim by a party, a sentence quoting only other parties, nor, for an event, a sentence
that only says it may, will or would happen, or names its act only as not done
(``mood.py``), nor, for a status said to have
changed, a sentence that says no change (``polarity.py``; telling in the past the act
whose present perfect says the change is one) or only forecasts one
(``mood.only_expected``), nor, for a status, a sentence
sharing none of its words but those saying a state goes on ("the fifth worker remains in
hospital" for "the lines remain suspended"), nor, for a response or a grievance, a
sentence telling only that a party gave no answer (``silence.py``: "declined to
comment"), nor, for a response, a sentence naming none of its parties unless it scores
``UNNAMED_ANSWER``, nor, for any claim, a sentence ending in a colon, which introduces what
follows. An article
that supports both a status and a status replacing it supports only the one its best
sentence scores higher on, or the replacing one when a sentence linking it says, without
negating, that the subject of either status changed; an article published before one that supports the replaced
status (which says the old state still held) never supports the replacing one, and keeps
the replaced status when it linked both. A figure claim links the figures of its quantity and unit in its sentences (for a
duration, none of another scale than its unit, ``span_scale.py``, nor one naming
another thing that lasted, ``interval.span_of_another``; none priced per another measure
than its subject, ``per_measure.py``, nor the size of a change its subject does not speak
of, ``change_size.py``):
with a cue, those whose own words match the cue; otherwise the one whose own words are
most like the claim's subject. An article linking no sentence to a figure claim links a
figure of its quantity and unit whose exact amount another article gives for the claim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

import attrs

from sorabrief.aggregation.actor import another_actor, party_names
from sorabrief.aggregation.alike import MEANING as ALIKE_MEANING
from sorabrief.aggregation.alike import worded_like
from sorabrief.aggregation.case_index import CaseIndex, SentenceRef, members_of
from sorabrief.aggregation.change_ends import other_end
from sorabrief.aggregation.change_size import size_of_change
from sorabrief.aggregation.claim_unit import as_claimed, by_kind, claim_counts_people, counts_people
from sorabrief.aggregation.cued import Cued, cued_sentences, naming_the_article
from sorabrief.aggregation.described import described_parties
from sorabrief.aggregation.figure_act import (
    another_act,
    tells_counted_act,
    tells_subjects_verb,
)
from sorabrief.aggregation.interval import between_acts, elapsed_within, span_of_another
from sorabrief.aggregation.link import bound_words, cue_in, excluded
from sorabrief.aggregation.meaning import Vector, cosine, sentence_stems, state_words
from sorabrief.aggregation.measured import set_apart
from sorabrief.aggregation.mood import (
    announced,
    asserted,
    denied,
    hypothetical,
    only_expected,
    only_hypothetical,
    presupposed,
    said_to_come,
    standing,
    undecided,
)
from sorabrief.aggregation.per_measure import measures_of, other_measure
from sorabrief.aggregation.polarity import (
    Aspect,
    Polarity,
    perfect_verb,
    polarity,
    stated_polarity,
)
from sorabrief.aggregation.scoring import BoundWords, Scored, claim_texts, first_verb, score_case
from sorabrief.aggregation.silence import no_answer
from sorabrief.aggregation.span_scale import out_of_scale
from sorabrief.aggregation.subject import (
    in_force,
    names_change,
    status_head,
    status_subject,
    stopped_subject,
)
from sorabrief.aggregation.twins import names_act, twin_acts
from sorabrief.briefing import LinkMethod
from sorabrief.display import shown_path
from sorabrief.findings import Figure, Findings, Quantity
from sorabrief.model import Case, Claim, ClaimKind
from sorabrief.quantities import in_claim_unit

LINK = 0.6
"""The score at which a sentence supports a claim, calibrated on the evaluation corpus."""
NEAR = 0.35
"""Below ``LINK`` but at least this: a possible support, for the editor to review."""
COUNT_EXEMPLAR = 0.1
"""The likeness to another outlet's sentence giving a figure at which a count of the
noun its subject counts is about the subject, whatever words it shares with it."""
SPOKEN_MEANING = 0.1
"""The likeness to a grievance's own words at which a sentence its party speaks supports it
below ``LINK`` (``_spoken_by``)."""
SAME_COUNT = 10
"""The least count that links by its amount alone, the same as another article's for the
claim (``_same_value_elsewhere``)."""
UNNAMED_ANSWER = 0.65
"""The score at which a sentence naming none of a response's parties (its ``by`` and
``against``, named, quoted or speaking) supports it: an answer is a party's, and a sentence
on the matter it answers that names no party of it ("Around 120,000 residents have lived
under the notice since Thursday" for "the utility will not bill them for the water")
reaches ``LINK`` on the words of the matter alone."""
FIGURE_SUBJECT = 0.05
"""A figure claim links a sentence only when the sentence, or the figure's own words, is
at least this like the claim's subject and statement: a sum in the right currency in a
sentence about something else is not the claim's figure."""


@attrs.frozen
class Link:
    """One sentence supporting a claim, with its score and how it was found."""

    sentence: int
    score: float | None
    method: LinkMethod


@attrs.frozen
class ClaimLinks:
    """Where one article supports a claim: sentences and, for figure claims, figures."""

    sentences: tuple[Link, ...]
    figures: tuple[int, ...] = ()


@attrs.frozen
class NearMiss:
    """A sentence that almost supports a claim: the best one of its article."""

    claim: str
    sentence: SentenceRef
    score: float


@attrs.frozen
class Linking:
    """Every article's links, and what the editor may want to review."""

    links: dict[str, dict[str, ClaimLinks]]
    """By source id, then claim id."""
    near: tuple[NearMiss, ...] = ()
    scored: dict[str, list[Scored]] = attrs.field(factory=dict)
    """By claim id: every sentence's score for the claim."""
    opposed: dict[str, list[tuple[SentenceRef, float, bool]]] = attrs.field(factory=dict)
    """By status claim id: sentences of opposite polarity, their likeness in meaning, and
    whether they say its subject changed."""


def link_all(case: Case, findings: Mapping[str, Findings], cued: Cued | None = None) -> Linking:
    """Link every article of a case to its claims; ``cued``: its cue links when known."""
    cued = cued if cued is not None else cued_sentences(case, findings)
    index = CaseIndex(findings, members_of(case), described_parties(case.parties))
    candidates = _figure_candidates(case, index)
    eligible = {c: frozenset(p) for c, p in candidates.items()}
    words = {
        c: {p: [w for _, w in found] for p, found in positions.items()}
        for c, positions in candidates.items()
    }
    scores = score_case(case, index, eligible, BoundWords(index, words))
    links: dict[str, dict[str, ClaimLinks]] = {s: {} for s in sorted(findings)}
    near: list[NearMiss] = []
    where = shown_path(case.path / "incident.yaml" if case.path else "incident.yaml")
    acts = twin_acts(case.claims)
    wordings = {c.id: claim_texts(c)[0] for c in case.claims if claim_texts(c)}
    for claim in case.claims:
        chosen = _chosen(
            claim, scores.scored[claim.id], findings, cued, where, index, acts.get(claim.id),
            wordings,
        )  # fmt: skip
        for source_id, found in chosen.items():
            links[source_id][claim.id] = found
    _keep_one_status(case, links, findings, index)
    for claim in case.claims:
        if claim.kind == ClaimKind.EVENT:
            _date_from_near(claim, scores.scored[claim.id], links, index)
    for claim in case.claims:
        near += _near_misses(claim, scores.scored[claim.id], links)
    for claim in case.claims:
        if claim.kind != ClaimKind.FIGURE:
            continue
        for source_id, per_claim in links.items():
            sentences = per_claim.get(claim.id)
            if sentences is None:
                continue
            figures = _linked_figures(claim, sentences, findings[source_id], candidates, index)
            if figures:
                per_claim[claim.id] = attrs.evolve(sentences, figures=figures)
            else:
                del per_claim[claim.id]
    by_id = {c.id: c for c in case.claims}
    for source_id, per_claim in links.items():
        _figures_named_elsewhere(per_claim, source_id, by_id, candidates, index)
    for claim in case.claims:
        if claim.kind == ClaimKind.FIGURE:
            _same_value_elsewhere(claim, links, candidates, index)
    return Linking(links, tuple(near), scores.scored, scores.opposed)


def _chosen(
    claim: Claim,
    scored: list[Scored],
    findings: Mapping[str, Findings],
    cued: Cued,
    where: str,
    index: CaseIndex,
    act: str | None = None,
    wordings: Mapping[str, str] | None = None,
) -> dict[str, ClaimLinks]:
    """Each source's supporting sentences for one claim, by cue or by score; ``where``
    names incident.yaml in errors; ``act``: for an event told apart from another claim
    only by its act (``twins.py``), that act's stem, which a sentence must name;
    ``wordings``: every claim's words by id, for a sentence worded like the claim
    (``alike.py``): an article with no sentence reaching ``LINK`` links its best one
    scoring at least ``NEAR`` that is worded like the claim more than like any other."""
    chosen: dict[str, dict[int, Link]] = {}
    for source_id in sorted(findings):
        for sentence in cued[source_id].get(claim.id, ()):
            chosen.setdefault(source_id, {})[sentence] = Link(sentence, 1.0, LinkMethod.CUE)
    not_yet = _NotYet(claim)
    counts_subject = _counts_subject(claim)
    spans_time = _spans_time(claim)
    own = state_words(claim_texts(claim)[0]) if claim.kind == ClaimKind.STATUS else None
    said_change = claim.kind == ClaimKind.STATUS and polarity(claim.statement, False) == (
        Polarity(Aspect.CHANGED, False)
    )
    change_act = _change_act(claim) if said_change else None
    answers = claim.kind in (ClaimKind.RESPONSE, ClaimKind.GRIEVANCE)
    vetoed: dict[int, bool] = {}
    """By distinct text: whether the text never supports the claim, whoever prints it."""
    spoken = claim.kind == ClaimKind.GRIEVANCE and claim.by is not None

    def vetoed_at(item: Scored) -> bool:
        """Whether a sentence never supports the claim, whatever its score."""
        ref = item.sentence
        if (
            claim.kind == ClaimKind.FIGURE
            and not spans_time
            and not _about_subject(item, counts_subject)
        ):
            return True
        if _answer_naming_no_party(claim, item):
            return True
        position = index.position(ref)
        if _quotes_another(claim.by, index.speakers[position]):
            return True
        number = index.text_of[position]
        if number not in vetoed:
            text = index.sentence(position).text
            vetoed[number] = (
                not_yet(text)
                or (act is not None and not names_act(text, act))
                or (
                    said_change and (_no_change_said(item, text, change_act) or only_expected(text))
                )
                or (own is not None and not own & state_words(text))
                or (answers and no_answer(text))
                or _introduces(text)
            )
            if not vetoed[number] and claim.exclude:
                with naming_the_article(where, ref.source):
                    vetoed[number] = excluded(claim, text)
        return vetoed[number]

    wordings = wordings or {}
    others = tuple(t for c, t in wordings.items() if c != claim.id)
    near: list[Scored] = []
    for item in scored:
        ref = item.sentence
        if ref.index in chosen.get(ref.source, {}):
            continue
        if item.score < LINK and not (spoken and _spoken_by(claim, item, index)):
            if claim.id in wordings and _may_be_worded_alike(claim, item):
                near.append(item)
            continue
        if vetoed_at(item):
            continue
        chosen.setdefault(ref.source, {})[ref.index] = Link(
            ref.index, item.score, LinkMethod.MEANING
        )
    for item in sorted(near, key=lambda i: -i.score):
        ref = item.sentence
        if ref.source in chosen or vetoed_at(item):
            continue
        if _said_by_another(claim.by, index.speaking_at(index.position(ref))):
            continue
        text = index.sentence(index.position(ref)).text
        if worded_like(text, wordings[claim.id], others):
            chosen[ref.source] = {ref.index: Link(ref.index, item.score, LinkMethod.MEANING)}
    return {
        s: ClaimLinks(tuple(found[i] for i in sorted(found)))
        for s, found in chosen.items()
        if found
    }


def _answer_naming_no_party(claim: Claim, item: Scored) -> bool:
    """Whether a sentence scoring below ``UNNAMED_ANSWER`` for a response names none of its
    parties: it tells the matter answered, not the answer."""
    return (
        claim.kind == ClaimKind.RESPONSE
        and bool(claim.by or claim.against)
        and item.signals.parties == 0.0
        and item.score < UNNAMED_ANSWER
    )


def _may_be_worded_alike(claim: Claim, item: Scored) -> bool:
    """Whether a sentence below ``LINK`` may link a claim by its wording (``alike.py``):
    it scores at least ``NEAR`` and shares some of the claim's rarer stems
    (``alike.MEANING``). Not for a figure claim, which links a figure, not words."""
    return (
        claim.kind != ClaimKind.FIGURE
        and item.score >= NEAR
        and item.signals.meaning >= ALIKE_MEANING
    )


def _date_from_near(
    claim: Claim,
    scored: list[Scored],
    links: dict[str, dict[str, ClaimLinks]],
    index: CaseIndex,
) -> None:
    """An article that supports an event without dating it in its linked sentences: its
    best dated sentence scoring at least ``NEAR``, more like this event than any other
    claim, and no exclusion of the claim matches, is linked too, so the article's date
    for the event counts."""
    dated_by_source: dict[str, list[Scored]] = {}
    for item in scored:
        position = index.position(item.sentence)
        if (
            item.score >= NEAR
            and item.signals.margin >= 0
            and index.dated[position]
            and not (claim.exclude and excluded(claim, index.sentence(position).text))
        ):
            dated_by_source.setdefault(item.sentence.source, []).append(item)
    for source_id, dated in dated_by_source.items():
        found = links.get(source_id, {}).get(claim.id)
        if found is None or any(
            index.dated[index.position(SentenceRef(source_id, x.sentence))] for x in found.sentences
        ):
            continue
        best = max(dated, key=lambda item: (item.score, -item.sentence.index))
        added = Link(best.sentence.index, best.score, LinkMethod.MEANING)
        sentences = sorted((*found.sentences, added), key=lambda x: x.sentence)
        links[source_id][claim.id] = attrs.evolve(found, sentences=tuple(sentences))


def _introduces(text: str) -> bool:
    """Whether a sentence ends in a colon: it introduces what follows (a quotation, a
    list) and says nothing itself ("In a video message, the chief executive said:")."""
    return text.rstrip().endswith(":")


def _no_change_said(item: Scored, text: str, act: str | None) -> bool:
    """Whether a sentence met by a status whose statement says a change ("has reopened",
    "declared the outbreak over") says none: neither marked changed nor in the present
    perfect ("declared an outbreak on Tuesday" is not its end), nor telling the act whose
    present perfect says the status's change (``act``, its stem: "cancelled the order on
    Saturday" for "has cancelled the price cap"), not negated."""
    if item.signals.aspect or stated_polarity(text, True).aspect == Aspect.CHANGED:
        return False
    return act is None or act not in sentence_stems(text) or denied(text, act)


def _change_act(claim: Claim) -> str | None:
    """The stem of the verb whose present perfect says a status's change
    (``polarity.perfect_verb``)."""
    verb = perfect_verb(claim.statement)
    stems = sentence_stems(verb) if verb else ()
    return stems[0] if stems else None


_NEGATION = re.compile(r"(?i)\b(?:not|no|never|neither|nor|none|nobody|nothing|without)\b|n[’']t\b")


class _NotYet:
    """Whether an event stated as a fact meets a sentence that only says it may, will or
    would happen (``mood.py``; not one announcing it, ``mood.announced``), or that tells of a decision still to come or an open
    question and names nowhere the event's act (``mood.undecided``: "would decide later
    whether to take further action" for "the ministry fined the utility"), or that names
    the act only as not done (``mood.denied``: "had not opened proceedings")."""

    def __init__(self, claim: Claim) -> None:
        factual = (
            claim.kind == ClaimKind.EVENT
            and not hypothetical(claim.statement)
            and not standing(claim.statement)
        )
        self._stems = sentence_stems(claim.statement) if factual else None
        self._act = first_verb(claim.statement) if factual else None
        self._denies = _NEGATION.search(claim.statement) is None
        """Whether a sentence naming the act only as not done is against the claim: not
        when the statement negates too ("the audit had not identified any faults", "neither
        salary has reached their accounts")."""

    def __call__(self, text: str) -> bool:
        if self._stems is None:
            return False
        if self._act is not None and undecided(text) and not names_act(text, self._act):
            return True
        if self._denies and denied(text, self._act):
            return True
        return (
            only_hypothetical(text, self._stems)
            and not presupposed(text, self._act)
            and not asserted(text, self._act)
            and not announced(text)
            and not said_to_come(text, self._act)
        )


def _spoken_by(claim: Claim, item: Scored, index: CaseIndex) -> bool:
    """Whether a sentence reports a grievance's party speaking (``speaking.py``: "The
    union said managers had ignored its warnings") and shares some of the grievance's
    words (``SPOKEN_MEANING``): the frame a grievance is told in, when its point is put in
    other words. A heading ("What the savers say") names the speaker, not the point."""
    return (
        claim.kind == ClaimKind.GRIEVANCE
        and claim.by is not None
        and not item.signals.heading
        and item.signals.meaning >= SPOKEN_MEANING
        and claim.by in index.speaking_at(index.position(item.sentence))
    )


def _said_by_another(by: str | None, speakers: frozenset[str]) -> bool:
    """Whether a sentence that a claim's party would say is given as said by other parties
    only (``speaking.py``: "Harrow said its managers had never ignored the warnings" is the
    mill's answer, not the union's grievance, however like it in words)."""
    return by is not None and bool(speakers) and by not in speakers


def _quotes_another(by: str | None, speakers: frozenset[str]) -> bool:
    """Whether a sentence whose quotations are by ``speakers`` quotes only parties other
    than the one the claim is ``by``: the quoted words are theirs, so they are not the
    claim's party's grievance or answer."""
    return by is not None and bool(speakers) and by not in speakers


def _counts_subject(claim: Claim) -> bool:
    """Whether a count claim's unit is a word of its subject ("guests who fell ill",
    counted in guests): a figure counting that noun names what the subject counts."""
    if claim.kind != ClaimKind.FIGURE or claim.quantity != "count" or not claim.unit:
        return False
    return set(sentence_stems(claim.unit)) <= set(sentence_stems(claim.subject or ""))


def _spans_time(claim: Claim) -> bool:
    """Whether a figure claim says how long something lasted. Its subject names an act
    ("how long the charges went on"), whose words a sentence seldom repeats: the span
    ("for five weeks", "in about 25 minutes") attaches to the sentence's own verb, so a
    span of time in a sentence scoring ``LINK`` is taken as the claim's, whatever words it
    shares with the subject."""
    return claim.kind == ClaimKind.FIGURE and claim.quantity in (
        Quantity.DURATION,
        Quantity.LENGTH,
    )


def _about_subject(item: Scored, counts_subject: bool) -> bool:
    """Whether a figure's sentence is about the claim's subject, not only of its unit: its
    words, or the figure's own words, are like the subject's (``FIGURE_SUBJECT``); for a
    count of a noun of the subject (``_counts_subject``), or the sentence is like how
    other outlets give the figure (``COUNT_EXEMPLAR``)."""
    signals = item.signals
    if counts_subject and signals.exemplar >= COUNT_EXEMPLAR:
        return True
    return max(signals.meaning, signals.bound) >= FIGURE_SUBJECT


def _keep_one_status(
    case: Case,
    links: dict[str, dict[str, ClaimLinks]],
    findings: Mapping[str, Findings],
    index: CaseIndex,
) -> None:
    """An article supports a status or the status replacing it, not both: the one its best
    sentence scores higher on (a cue counts above any score), or the replacing one when a
    sentence linking it says plainly that the replaced status's subject changed ("lifted
    the closure for cars" beside "the footway remains closed"; ``_reports_change``): the
    article reports the change. A change of something else ("heat is back, but schools
    stay shut" for schools that reopened) decides nothing. The replacing status holds
    only after the replaced one last held: an article older than one supporting the
    replaced status does not support the replacing one, and keeps the replaced status
    when it linked both ("is being repaired so it can open again" before "remains shut")."""
    published = {s.id: s.published for s in case.sources}
    by_id = {c.id: c for c in case.claims}
    for old, new in [(old, c.id) for c in case.claims for old in c.supersedes]:
        dropped: dict[str, ClaimLinks] = {}
        for source, per_claim in links.items():
            if old in per_claim and new in per_claim:
                old_best = max(map(_rank, per_claim[old].sentences))
                new_best = max(map(_rank, per_claim[new].sentences))
                sentences = findings[source].sentences
                changed = any(
                    _reports_change(sentences[link.sentence].text, by_id[old], by_id[new], index)
                    for link in per_claim[new].sentences
                )
                lost = old if changed or old_best < new_best else new
                dropped[source] = per_claim.pop(lost)
        held = [d.first_day for s, p in links.items() if old in p and (d := published.get(s))]
        for source, per_claim in links.items():
            date = published.get(source)
            if new in per_claim and held and date is not None and date.last_day < max(held):
                del per_claim[new]  # older than an article saying the old state still holds
                if source in dropped:
                    per_claim[old] = dropped[source]


def _reports_change(text: str, replaced: Claim, replacing: Claim, index: CaseIndex) -> bool:
    """Whether a sentence says plainly, not as a forecast, that the subject of a replaced
    status or of the status replacing it changed (``subject.names_change``): "lifted the
    suspension of the licence", "lifted the rationing timetable"."""
    if polarity(text) != Polarity(Aspect.CHANGED, False) or only_expected(text):
        return False
    return any(
        names_change(
            text,
            status_subject(claim),
            index.weights.idf,
            status_head(claim),
            stopped_subject(claim),
            in_force(claim.statement),
        )
        for claim in (replaced, replacing)
    )


def _rank(link: Link) -> tuple[bool, float]:
    return link.method == LinkMethod.CUE, link.score or 0.0


def _near_misses(
    claim: Claim, scored: list[Scored], links: Mapping[str, Mapping[str, ClaimLinks]]
) -> list[NearMiss]:
    """The best sentence below ``LINK`` of each article that does not support the claim."""
    best: dict[str, Scored] = {}
    for item in scored:
        source = item.sentence.source
        if not NEAR <= item.score < LINK or claim.id in links.get(source, {}):
            continue
        if source not in best or item.score > best[source].score:
            best[source] = item
    return [NearMiss(claim.id, item.sentence, item.score) for _, item in sorted(best.items())]


def _figure_candidates(case: Case, index: CaseIndex) -> dict[str, dict[int, list[tuple[int, str]]]]:
    """For each figure claim, the figures of its quantity and unit by sentence position,
    each with the words it is bound to; a count of people by their kind ("212 people")
    only in an article that counts none in the claim's own unit, and only when what its
    words say of those people is like the claim's subject (``_said_of``); none whose own
    phrase sets it apart from the subject ("the existing fleet of 31 trains",
    ``measured.set_apart``); no sum given per another measure than the subject prices
    (``per_measure.other_measure``: "K7.80 a litre" against a bag of rice); none telling
    the size of a change the subject does not speak of (``change_size.size_of_change``:
    "fares had gone up by K5" against a price); for a duration, no span of another scale
    than the claim's unit (``span_scale.out_of_scale``: "for 19 years" against months
    without pay), nor one naming another thing that lasted (``interval.span_of_another``:
    "two weeks of exceptional rain" against a closure), nor the time passed within a
    longer act (``interval.elapsed_within``: "ten days into a 60-day suspension"); none
    whose sentence has another party do what the subject has its party do
    (``actor.another_actor``: "the hospital had paid" against "the cantonal government
    paid"); for a count, none whose own words tell another act (``figure_act.another_act``:
    "six were admitted for observation" against people killed), nor is it counted as the
    article's count in the claim's own unit."""
    found: dict[str, dict[int, list[tuple[int, str]]]] = {}
    bodies = {s.id: s.body for s in case.sources}
    names = party_names(case.parties)
    starts_of = {i: [s.start for s in f.sentences] for i, f in index.findings.items()}
    in_sentence = {i: _by_sentence(f, starts_of[i]) for i, f in index.findings.items()}
    for claim in case.claims:
        if claim.kind != ClaimKind.FIGURE:
            continue
        per_position: dict[int, list[tuple[int, str]]] = {}
        subject = index.query(" ".join(claim_texts(claim)[:1]))
        spans = _spans_time(claim)
        counts_people_claim = claim_counts_people(claim)
        counted_act = (claim.subject or "") if claim.quantity == Quantity.COUNT else ""
        for source_id, findings in index.findings.items():
            starts = starts_of[source_id]
            counted = [
                as_claimed(f, claim) is not None
                and not (
                    counted_act
                    and another_act(
                        _own_words(findings, starts, f, bodies[source_id]), counted_act, f.text
                    )
                )
                for f in findings.figures
            ]
            kinds = [by_kind(f, claim) for f in findings.figures]
            own_unit = any(c and not k for c, k in zip(counted, kinds, strict=True))
            for number, figure in enumerate(findings.figures):
                sentence = bisect.bisect_right(starts, figure.start) - 1
                if not counted[number] or (own_unit and kinds[number]) or sentence < 0:
                    continue
                if figure.start >= findings.sentences[sentence].end:
                    continue
                if set_apart(bodies[source_id], figure, claim.subject or ""):
                    continue
                if spans and out_of_scale(figure, claim):
                    continue
                if figure.quantity == Quantity.MONEY and other_measure(
                    measures_of(
                        bodies[source_id],
                        figure,
                        starts[sentence],
                        in_sentence[source_id][sentence],
                    ),
                    claim.subject or "",
                ):
                    continue
                if claim.subject and size_of_change(bodies[source_id], figure, claim.subject):
                    continue
                if (
                    claim.subject
                    and figure.quantity == Quantity.MONEY
                    and other_end(bodies[source_id], figure, claim.subject)
                ):
                    continue
                if spans and between_acts(
                    bodies[source_id], figure, starts[sentence], claim.subject or ""
                ):
                    continue
                if spans and span_of_another(bodies[source_id], figure, claim.subject or ""):
                    continue
                if spans and elapsed_within(bodies[source_id], figure):
                    continue
                before = bodies[source_id][starts[sentence] : figure.start]
                if claim.subject and another_actor(before, claim.subject, names):
                    continue
                position = index.position(SentenceRef(source_id, sentence))
                words = bound_words(findings.sentences[sentence], figure, bodies[source_id])
                generic = kinds[number] and counts_people(figure)
                if generic and not _said_of(figure.text, words, subject, index):
                    continue
                named = kinds[number] and counts_people_claim
                if named and not _said_of(figure.text, words, subject, index, clause=True):
                    continue
                per_position.setdefault(position, []).append((number, words))
        found[claim.id] = per_position
    return found


def _own_words(findings: Findings, starts: list[int], figure: Figure, body: str) -> str:
    """The words a figure belongs to (``bound_words``), none outside every sentence."""
    sentence = bisect.bisect_right(starts, figure.start) - 1
    if sentence < 0 or figure.start >= findings.sentences[sentence].end:
        return ""
    return bound_words(findings.sentences[sentence], figure, body)


def _by_sentence(findings: Findings, starts: list[int]) -> dict[int, list[Figure]]:
    """An article's figures by the sentence they start in."""
    found: dict[int, list[Figure]] = {}
    for figure in findings.figures:
        found.setdefault(bisect.bisect_right(starts, figure.start) - 1, []).append(figure)
    return found


OTHER_SUBJECT = 0.75
"""A figure whose own words are less like a claim's subject than this share of their
likeness to another figure claim's subject (a cosine of 0 is always less) is the other
claim's: it names the other claim's thing. Closer than that, both keep it, as words of
one clause ("seven died and 43 were hurt in the collapse") are often like two subjects."""


def _figures_named_elsewhere(
    per_claim: dict[str, ClaimLinks],
    source_id: str,
    claims: Mapping[str, Claim],
    candidates: Mapping[str, Mapping[int, list[tuple[int, str]]]],
    index: CaseIndex,
) -> None:
    """Take from a claim linked by meaning each figure whose own words are far less like
    its subject than like the subject of another figure claim linking it
    (``OTHER_SUBJECT``): a sum is one thing's sum, and "paid 40 million rand in
    bonuses" is the bonuses claim's, not that of a claim of compensation in the same
    currency; "the fare went up to 900 francs" is the new fare's, not the old fare's
    too. A figure whose words are like no subject stays with every claim linking it."""
    likeness: dict[str, dict[int, float]] = {}
    for claim_id, found in per_claim.items():
        if not found.figures or any(k.method == LinkMethod.CUE for k in found.sentences):
            continue
        subject = index.query(" ".join(claim_texts(claims[claim_id])[:1]))
        words = {
            n: w
            for k in found.sentences
            for n, w in candidates[claim_id].get(
                index.position(SentenceRef(source_id, k.sentence)), []
            )
        }
        likeness[claim_id] = {
            n: cosine(subject, index.query(words[n])) if n in words else 0.0 for n in found.figures
        }
    best: dict[int, float] = {}
    for figures in likeness.values():
        for n, value in figures.items():
            best[n] = max(best.get(n, 0.0), value)
    for claim_id, figures in likeness.items():
        kept = tuple(n for n, value in sorted(figures.items()) if value >= OTHER_SUBJECT * best[n])
        if not kept:
            del per_claim[claim_id]
        elif len(kept) < len(figures):
            per_claim[claim_id] = attrs.evolve(per_claim[claim_id], figures=kept)


def _value(figure: Figure, claim: Claim) -> float | None:
    """A figure's exact amount in the claim's unit, or None for a range or another unit."""
    counted = as_claimed(figure, claim)
    if counted is None or counted.low != counted.high:
        return None
    factor = in_claim_unit(counted.quantity, counted.unit, claim.quantity or "", claim.unit or "")
    return None if factor is None else round(counted.low * factor, 6)


def _same_value_elsewhere(
    claim: Claim,
    links: dict[str, dict[str, ClaimLinks]],
    candidates: Mapping[str, Mapping[int, list[tuple[int, str]]]],
    index: CaseIndex,
) -> None:
    """Link, in each article not linked to a figure claim, a candidate figure (of the claim's
    quantity and unit, not set apart from its subject) whose exact amount another article
    gives for the claim: "the agreement, worth 9.6 million lei over three years" shares no
    word with "value of the maintenance contract", but another outlet's contract is worth
    9.6 million lei too. Not a count under ``SAME_COUNT`` (small counts recur for many
    things), nor a figure the article links to another claim. Only amounts linked before
    count, so no link made here makes another."""
    values: dict[float, set[str]] = {}
    for source_id, per_claim in links.items():
        found = per_claim.get(claim.id)
        for number in found.figures if found else ():
            value = _value(index.findings[source_id].figures[number], claim)
            if value is not None:
                values.setdefault(value, set()).add(source_id)
    if not values:
        return
    for position, figures in sorted(candidates[claim.id].items()):
        ref = index.refs[position]
        if claim.id in links[ref.source]:
            continue
        for number, _ in figures:
            figure = index.findings[ref.source].figures[number]
            value = _value(figure, claim)
            if value is None or not values.get(value, set()) - {ref.source}:
                continue
            if claim.quantity == Quantity.COUNT and value < SAME_COUNT:
                continue
            if any(number in f.figures for f in links[ref.source].values()):
                continue
            links[ref.source][claim.id] = ClaimLinks(
                (Link(ref.index, LINK, LinkMethod.MEANING),), (number,)
            )
            break


def _said_of(
    counted: str, words: str, subject: Vector, index: CaseIndex, clause: bool = False
) -> bool:
    """Whether what a count's words say of the people it counts, after the count, shares a
    word with the claim's subject: "212 people were trapped in the cabins" for "passengers
    stranded in the cabins", not "three people were treated for burns". With ``clause``,
    the words of the count's own clause count, before and after it, up to a comma,
    semicolon, colon, bracket or "and": "the escalator reversed and injured 23 commuters"
    for "people injured", not "suspended four officers pending a review, and handed the
    file to the anti-corruption agency" for "people detained by the anti-corruption
    agency"."""
    at = words.find(counted)
    after = words[at + len(counted) :] if at >= 0 else words
    if clause:
        after = _CLAUSE_END.split(after, maxsplit=1)[0]
        after = _CLAUSE_END.split(words[: max(at, 0)])[-1] + " " + after
    return cosine(subject, index.query(after)) > 0


_CLAUSE_END = re.compile(r"[,;:()]|\band\b")


def _says_more(words: str, figure: Figure) -> bool:
    """Whether a figure's own words hold more than the figure itself."""
    return words.strip(" \t\n,.;:!?\"'“”‘’()") != figure.text


def _linked_figures(
    claim: Claim,
    found: ClaimLinks,
    findings: Findings,
    candidates: Mapping[str, Mapping[int, list[tuple[int, str]]]],
    index: CaseIndex,
) -> tuple[int, ...]:
    """The figures a figure claim links in the sentences that support it: with cues, those
    whose own words match a cue; by meaning, those of one sentence (another sum in the
    article is more often of something else than a second value): in each sentence, for a
    count those whose own words hold the verb of the claim's subject first
    (``figure_act.tells_subjects_verb``), then those most like the subject; of the
    sentences, for a count one whose figure names an act of the family the subject counts
    (``figure_act.tells_counted_act``: "and 12 were injured" for people injured), then one
    whose figure shares words with the subject, then the best-scoring. A sentence can link
    for its other words ("ran shuttle buses to the villages over the past ten days" for
    the length of a closure), so a figure told with other words and none of the subject's
    gives way; one whose words are its own alone tells nothing either way."""
    cued: list[int] = []
    by_meaning: list[tuple[bool, bool, float, int, list[int]]] = []
    query = index.query(" ".join(claim_texts(claim)[:1]))
    counted, subject = claim.quantity == Quantity.COUNT, claim.subject or ""
    for link in found.sentences:
        figures = candidates[claim.id].get(
            index.position(SentenceRef(findings.source, link.sentence)), []
        )
        if link.method == LinkMethod.CUE:
            cued += [n for n, words in figures if cue_in(claim, words)]
            continue
        if not figures:
            continue
        likeness = [
            (
                (
                    counted and tells_subjects_verb(words, subject),
                    cosine(query, index.query(words)),
                ),
                n,
                words,
            )
            for n, words in figures
        ]
        top = max(v for v, _, _ in likeness)
        chosen = [n for v, n, _ in likeness if v == top]
        names_act = counted and any(
            tells_counted_act(w, subject) for v, _, w in likeness if v == top
        )
        told_with_other_words = top[1] <= 0 and all(
            _says_more(w, findings.figures[n]) for v, n, w in likeness if v == top
        )
        by_meaning.append(
            (not names_act, told_with_other_words, -(link.score or 0.0), link.sentence, chosen)
        )
    linked = cued or (min(by_meaning)[4] if by_meaning else [])
    return tuple(sorted(set(linked)))
