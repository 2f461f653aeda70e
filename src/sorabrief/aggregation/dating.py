"""Which date of its evidence each source gives an event.

A source's evidence for an event often holds dates of other things: the day a statement
was made, an earlier inspection, the day an order was lifted, the day the papers were due
to be sat, the day of another event the same sentence tells. The date is taken from the
strongest dated excerpt, from the clause holding most of the claim's words or one beside
it (``clauses.py``), leaving out dates of another act and dates set apart in time from
that clause; an excerpt that supports another event more strongly dates this one only
from its own clause. A day followed by a span ("on Friday, twelve days after the dam
failed") also dates, by arithmetic (``span_dates.py``), the event of the clause the span
opens; and a sentence weaker than the source's strongest dates the event only from a
clause holding a word of its statement.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

import attrs

from sorabrief.aggregation.clauses import TIME_OF_DAY, claim_clause, clause_spans, joins_clauses
from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.aggregation.mood import scheduled
from sorabrief.aggregation.polarity import Aspect, polarity
from sorabrief.aggregation.relative import relative_clause
from sorabrief.aggregation.span_dates import spanned_dates
from sorabrief.briefing import Evidence, LinkMethod
from sorabrief.extract.calendar_math import MONTH_NAMES, WEEKDAYS
from sorabrief.extract.dateline import dateline_length
from sorabrief.findings import DateMention, DatePrecision, Findings


@attrs.frozen
class Sharing:
    """The events an excerpt supports: by id, each one's statement stems, and the one it
    supports most strongly (pinned, then a cue's, then the highest score; none on a tie)."""

    stems: dict[str, frozenset[str]]
    leader: str | None


def sharing_events(
    events: Iterable[tuple[str, str, Sequence[Evidence]]],
) -> dict[tuple[str, int], Sharing]:
    """For each excerpt (source id, start) of the events (id, statement, evidence), the
    events it supports."""
    ranks: dict[tuple[str, int], dict[str, tuple[int, float]]] = {}
    stems: dict[str, frozenset[str]] = {}
    for claim, statement, evidence in events:
        stems[claim] = frozenset(sentence_stems(statement))
        for excerpt in evidence:
            ranks.setdefault((excerpt.source, excerpt.start), {})[claim] = _strength(excerpt)[:2]
    shared = {}
    for key, by_claim in ranks.items():
        best = min(by_claim.values())
        leaders = [c for c, rank in by_claim.items() if rank == best]
        leader = leaders[0] if len(leaders) == 1 else None
        shared[key] = Sharing({c: stems[c] for c in by_claim}, leader)
    return shared


def dates_in(
    evidence: Sequence[Evidence],
    findings: Mapping[str, Findings],
    statement: str = "",
    claim: str = "",
    shared: Mapping[tuple[str, int], Sharing] | None = None,
) -> list[tuple[str, DateMention]]:
    """The date each source gives an event, with its source id: the first date (a resolved
    one if any) of its strongest dated excerpt (pinned, then a cue's, then the highest
    score). Other dates in a source's evidence are more often about something else (an
    earlier inspection, the day of a statement) than a second date for the event. When the
    clause of that excerpt holding most of the ``statement``'s words has dates, or a clause
    beside it does, the date is taken from them ("lodged last week, and a hearing has been
    set for 14 May": last week, unresolved without a publication date, rather than the
    hearing's). A day and a span ("on Friday, twelve days after the dam failed") date the
    event of the span's clause by arithmetic when that clause shares a word with the
    ``statement``; an excerpt other than the strongest dates the event only from a clause
    holding a word of the ``statement``."""
    stems = sentence_stems(statement)
    words = frozenset(stems) - CALENDAR
    another = _of_another_act(statement)
    ends = polarity(statement).aspect != Aspect.CHANGED
    spoken = _SPEECH_ACT.search(statement) is not None
    spans = _TIME_APART.search(statement) is None
    shared = shared or {}
    found = []
    by_source: dict[str, list[Evidence]] = {}
    for excerpt in evidence:
        by_source.setdefault(excerpt.source, []).append(excerpt)
    for source_id, excerpts in by_source.items():
        ordered = sorted(excerpts, key=_strength)
        for excerpt in ordered:
            if _far_weaker(excerpt, ordered[0]):
                break  # another fact's sentence, linked by a few shared words
            opening = excerpt.start + dateline_length(excerpt.text)
            written = [
                m for m in findings[source_id].dates if opening <= m.start and m.end <= excerpt.end
            ]
            spanned = [
                m
                for m in spanned_dates(excerpt.text, excerpt.start, written)
                if _shares(_clause_at(excerpt.text, m.start - excerpt.start), words)
            ]
            inside = [
                m
                for m in [*written, *spanned]
                if opening <= m.start
                and m.end <= excerpt.end
                and not another(_clause_at(excerpt.text, m.start - excerpt.start))
                and not _tallied(excerpt, m)
                and not _denied(excerpt, m)
                and not _begun(excerpt, m)
                and not _of_another_noun(excerpt, m, words)
                and not _dates_a_noun(excerpt, m)
            ]
            candidates = inside
            sharing = shared.get((excerpt.source, excerpt.start))
            own = _distinct(stems, claim, sharing)
            if inside and sharing is not None and sharing.leader not in (None, claim):
                leader = _distinct(sharing.stems[sharing.leader], sharing.leader, sharing)
                named = _named_with_time(excerpt, inside, words) if spans else []
                inside = named or _in_own_clause(excerpt, inside, own, leader)
            elif inside:
                inside = _in_claim_clause(
                    excerpt, inside, own, spans, _ends if ends else None, words=words
                )
            if excerpt is not ordered[0] and not any(_told_with(excerpt, m, words) for m in inside):
                inside = []
            if inside:
                resolved = [m for m in inside if m.value is not None] or inside
                acts = [m for m in resolved if not _of_speech(excerpt, m)]
                if acts or spoken:
                    found.append(
                        (source_id, _refined((acts or resolved)[0], candidates, excerpt, words))
                    )
                    break
    return found


CALENDAR = frozenset(sentence_stems(" ".join(MONTH_NAMES + WEEKDAYS)))
"""The stems of weekday and month names."""


def _refined(
    chosen: DateMention,
    candidates: Sequence[DateMention],
    excerpt: Evidence,
    words: Collection[str],
) -> DateMention:
    """A year or month taken for an event gives way to a day inside it that the same
    excerpt gives in another clause holding words of the statement (``words``, its stems),
    no conjunction or relative word parting the two ("The dyke failed on the night of
    Friday, November 13, during the heaviest rain the district has seen this year": the
    day)."""
    if chosen.value is None or chosen.precision not in _LOOSE:
        return chosen
    first, last = chosen.value.first_day, chosen.value.last_day
    text, offset = excerpt.text, excerpt.start
    own = _clause_at(text, chosen.start - offset)
    days = [
        m
        for m in candidates
        if m.value is not None
        and m.precision == DatePrecision.DAY
        and first <= m.value.first_day <= last
        and (clause := _clause_at(text, m.start - offset)) != own
        and not set(sentence_stems(clause)).isdisjoint(words)
        and not joins_clauses(_between(excerpt, m, chosen))
    ]
    return days[0] if len(days) == 1 else chosen


def _between(excerpt: Evidence, a: DateMention, b: DateMention) -> str:
    """The words of an excerpt between two of its date mentions."""
    start, end = sorted((a, b), key=lambda m: m.start)
    return excerpt.text[start.end - excerpt.start : end.start - excerpt.start]


def _event_clause(text: str, stems: Collection[str]) -> tuple[int, int]:
    """The clause of ``text`` telling the event: the one holding most of its statement's
    words, a weekday or month name among them counting only between clauses holding as
    many others ("left the valley on Sunday, a week after a storm stopped the line" is
    the storm's for "the line stopped in a storm on Sunday")."""
    words = [t for t in stems if t not in CALENDAR]
    return claim_clause(text, words or stems, [t for t in stems if t in CALENDAR])


_STILL = re.compile(r"(?i)\b(?:still|remain(?:s|ed)?|stay(?:s|ed)?|continu(?:es|ed)\s+to)\b")
"""Words of a state that went on: a date beside them is a day it still held ("the order
was still in force on Friday"), not the day of the event that began it."""


_UNDONE = re.compile(
    r"(?i)\b(?:restor|resum|reopen|lift|reinstat|revok|rescind|unfr[oe]z|unblock|return|"
    r"re-?(?:start|connect|commenc|activat))\w*|\bback\b"
)
"""Words of a stop or an order undone: what ends an event's state, not the event."""


_SAID = re.compile(
    r"(?i)\b(?:said|says|told\s+(?:\w+\s+){0,3}?|announced|confirmed|stated|added|repeated|"
    r"reiterated|insisted|claimed|alleged|warned|wrote|admitted|denied|acknowledged|"
    r"(?:in|at)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?(?:statement|advisory|interview|"
    r"briefing|conference|release|post)|(?:statement|release|report|letter|documents?|notice)\s+"
    r"(?:issued|released|published|presented|sent|posted|filed|submitted))\s*(?:on\s+)?$"
)
"""A verb of saying, or a statement named ("in a statement", "at a news conference"),
right before a date ("said on Tuesday that …"), or a statement or papers put out ("in a
letter sent on Friday", "documents presented on Monday"): the day of the statement, not of
what it reports."""


_SPEECH_ACT = re.compile(
    r"(?i)\b(?:said|says?|told|tells?|announc|confirm|stated|declar|promis|pledg|"
    r"apologi[sz]|admit|den(?:y|ies|ied)\b|warn|insist|accus|alleg)"
)
"""A verb of saying in an event's statement: the event is itself a statement, so the day it
was made dates it ("the minister apologised on Monday")."""


_BY = re.compile(r"(?i)\bby\s*$")
""""by" right before a date: a deadline or the day a tally was taken."""
_POSSESSIVE = re.compile(r"[’']s\b")


def _tallied(excerpt: Evidence, mention: DateMention) -> bool:
    """Whether a date mention is a point something had happened by, not when it happened
    ("had gathered 8,000 signatures by Saturday", "was running again by Friday")."""
    if _POSSESSIVE.match(excerpt.text, mention.end - excerpt.start):
        return False  # "blocked by Sunday's landslip": the date of what did it
    led = mention.text[:3].lower() == "by "  # "by March 2024" is written as one mention
    return led or _BY.search(excerpt.text, 0, mention.start - excerpt.start) is not None


_NOT = re.compile(r"(?i)\bnot\s+(?:(?:on|in|at|during)\s+)?$")


def _denied(excerpt: Evidence, mention: DateMention) -> bool:
    """Whether a date mention is denied ("late on Saturday 11 October, not on Sunday as
    first reported"): the day the event did not happen."""
    return _NOT.search(excerpt.text, 0, mention.start - excerpt.start) is not None


_SINCE = re.compile(r"(?i)\bsince\s*$")
_LOOSE = (DatePrecision.YEAR, DatePrecision.MONTH)
_BACKGROUND_OPENING = re.compile(r"(?i)\s*(?:since|which|who|whose)\b")
"""A clause opened by "since" or a relative word: it tells when a state began or a fact
about a noun ("since the plant opened in 1998", "the hall, which was built in 1978")."""
_APPOSITIVE = re.compile(
    r"(?i)\s*(?:an?\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:[a-z]+ed|built|set\s+up|begun|made|run|"
    r"left|kept|held|put|laid|found|bought|sold|given|taken|brought|sent|paid|shut|dug|"
    r"grown|drawn|written)\s+(?:in|on|from|since|during)\b"
)
"""A phrase set off by commas that describes a noun with a participle, regular or not
("SaoPay, founded in 2014, …", "the pump, a model installed in 2009, …", "a pipe, left in
place during a 2023 renovation, …")."""


def _begun(excerpt: Evidence, mention: DateMention) -> bool:
    """Whether a year or a month is when a state began or a background fact about a noun
    ("who had led the unit since 2019", "since the plant opened in 1998", "the hall, which
    was built in 1978", "the firm, founded in 2004,"), not when the event happened."""
    if mention.precision not in _LOOSE:
        return False
    led = mention.text[:6].lower() == "since "
    text, at = excerpt.text, mention.start - excerpt.start
    if led or _SINCE.search(text, 0, at) is not None:
        return True
    start, end = next(((a, b) for a, b in clause_spans(text) if a <= at < b), (0, len(text)))
    if _BACKGROUND_OPENING.match(text, start):
        return True
    set_off = start > 0 and text[start - 1] == "," and text[end : end + 1] == ","
    return set_off and _APPOSITIVE.match(text, start) is not None


def _told_with(excerpt: Evidence, mention: DateMention, words: frozenset[str]) -> bool:
    """Whether the clause of a date mention holds a word of the event's statement
    (``words``, its stems less weekday and month names; ``_shares``), with the clause
    before it when a comma alone parts them ("The decision, released on 16 February") or
    when the date's clause holds nothing else ("banned since Monday"), and with a clause
    opened by "when" right after the date, even one a comma runs through ("on Friday,
    4 June, when the kiln cracked"). A weaker sentence of a source, read when its strongest
    gives no date, dates the event only so: "she said outside the hospital on Thursday" or
    "tanker deliveries were wound down on Monday", linked by its neighbours' words, tells
    another moment."""
    text, at = excerpt.text, mention.start - excerpt.start
    spans = clause_spans(text)
    index = next((i for i, (a, b) in enumerate(spans) if a <= at < b), 0)
    near = [spans[index]]
    before = [(a, b) for a, b in spans[:index] if text[a:b].strip()][-1:]
    (start, end), until = spans[index], mention.end - excerpt.start
    own = text[start:at] + " " + text[min(max(until, start), end) : end]
    opener = " ".join(text[start:end].split()[:1])
    opened = joins_clauses(opener) and not _RELATIVE_WORD.fullmatch(opener)
    if before and (
        (text[before[0][1] : start].strip() == "," and not opened) or not _WORDED.search(own)
    ):
        near += before  # "The attack, which began on 3 June,"; "suspended since March 12"
    last = next((i for i, (a, b) in enumerate(spans) if a < until <= b), index)
    after = [(a, b) for a, b in spans[max(index, last) + 1 :] if text[a:b].strip()][:1]
    if after and _WHEN.match(text, after[0][0]) and _COMMAS.fullmatch(text, until, after[0][0]):
        near += after  # "stopped on Friday, 4 June, when the kiln cracked"
    return any(_shares(text[a:b], words) for a, b in near)


_RELATIVE_WORD = re.compile(r"(?i)which|who|whose")
"""A relative word: its clause tells of the noun right before it, across the comma."""
_WORDED = re.compile(r"(?i)\b(?!(?:since|from|until|on|in|at|by|of|the)\b)[a-z]{2,}")
"""A word of a clause besides the date's own prepositions: a clause of nothing else
("since March 12") belongs to the clause before it."""


def _of_another_noun(excerpt: Evidence, mention: DateMention, words: frozenset[str]) -> bool:
    """Whether a date mention sits in a relative clause telling another act than the
    event's: the clause shares none of the statement's words (weekday and month names
    aside; ``_shares``), and it tells of a person ("the hackers, who began leaking files on Sunday")
    or of a noun that is not one of the statement's ("the plan the operator filed last
    week"; "the attack, which began on 3 June," still dates an attack)."""
    relative = relative_clause(excerpt.text, mention.start - excerpt.start)
    if relative is None or _shares(relative.words, words):
        return False
    return relative.of_person or not _shares(relative.noun, words)


_MONTH_WORD = "|".join(MONTH_NAMES)
_NOUN_AFTER_MONTH = re.compile(
    rf"(?:\s*(?:,|and|or|nor|to)\s+(?:the\s+)?(?:{_MONTH_WORD})\b)*"
    r"(?:['’]s\b|[ \t]+(?!(?:the|a|an|its|their|his|her|this|that|was|were|is|are|has|had"
    r"|and|or|but|when|as|to|of|in|on|at|by|for|with|from|until|after|before)\b)[a-z]+\b)"
)
"""What follows a month named alone that dates a noun, not an act: the noun ("the
disputed December bills", "the February and March payrolls", "November's payment")."""


def _dates_a_noun(excerpt: Evidence, mention: DateMention) -> bool:
    """Whether a month named alone, with no preposition, is a noun's modifier: it tells what
    period a bill or a payment covers, not when the event happened."""
    if mention.precision != DatePrecision.MONTH or mention.text not in MONTH_NAMES:
        return False
    return _NOUN_AFTER_MONTH.match(excerpt.text, mention.end - excerpt.start) is not None


def _shares(text: str, words: Collection[str]) -> bool:
    """Whether ``text`` holds one of ``words`` (stems), or a word one of them begins or
    that begins one of them, of four letters at least ("complained", "complaint")."""
    for stem in sentence_stems(text):
        for word in words:
            shorter, longer = sorted((stem, word), key=len)
            if (len(shorter) >= 4 and longer.startswith(shorter)) or stem == word:
                return True
    return False


def _of_speech(excerpt: Evidence, mention: DateMention) -> bool:
    """Whether a date mention is the day a statement was made ("said on Tuesday that a
    compressor broke down in mid-January")."""
    return _SAID.search(excerpt.text, 0, mention.start - excerpt.start) is not None


_SET_FOR = re.compile(r"(?i)\b(?:scheduled|set|planned|fixed|slated)\s+for\b")
"""A day something is set for ("a second round of talks is set for 30 November"): a day
to come, not the day of an event that happened."""
_APPOINTING = re.compile(r"(?i)\b(?:scheduled?|set|planned|fixed|slated)\b")
"""A statement that a day was set: the day set for is then its date."""


def _of_another_act(statement: str) -> Callable[[str], bool]:
    """A test of whether a clause tells another act than an event's: what
    was due, planned or would happen ("were due to sit the papers on 10 June"), unless the
    statement's first clause says what was to happen, a day something is set for ("talks
    are set for 30 November"), unless the statement says a day was set, a state that went on ("was still
    in force on Friday"), unless the statement says one, or a stop or order undone ("lifted
    the closure order on Friday"), unless the statement says a change."""
    first, end = clause_spans(statement)[0]
    plans = not scheduled(statement[first:end])
    appoints = _APPOINTING.search(statement) is None
    changes = polarity(statement).aspect != Aspect.CHANGED
    lasts = _STILL.search(statement) is None

    @functools.cache
    def of_another(clause: str) -> bool:
        """Asked once per distinct clause: copies of a story print the same sentences."""
        if (plans and scheduled(clause)) or (lasts and _STILL.search(clause)):
            return True
        if appoints and _SET_FOR.search(clause):
            return True
        return changes and _undone(clause)

    return of_another


def _ends(clause: str) -> bool:
    """Whether a clause says, without negating, that a stop or an order was undone, by
    then too ("by Tuesday the order had been lifted")."""
    done = _undone(clause) or _UNDONE_BY_THEN.search(clause) is not None
    return done and not polarity(clause).negated


_UNDONE_BY_THEN = re.compile(
    r"(?i)\bhad\s+(?:been\s+)?(?:lifted|reopened|restored|resumed|revoked|rescinded|"
    r"reinstated|unblocked)\b"
)
"""A stop or an order undone in the pluperfect: done by the time the sentence tells of."""


@functools.lru_cache(maxsize=1 << 14)
def _undone(clause: str) -> bool:
    """Whether a clause tells a stop or an order undone ("the evacuation order had been
    lifted", "the pier reopened")."""
    return _UNDONE.search(clause) is not None and polarity(clause).aspect == Aspect.CHANGED


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` holding the offset ``at``."""
    return next((text[a:b] for a, b in clause_spans(text) if a <= at < b), text)


def _distinct(stems: Collection[str], claim: str, sharing: Sharing | None) -> Collection[str]:
    """A claim's stems less those of the other events an excerpt supports, when any are
    left ("lodged last week, and a hearing has been set for 14 May": the hearing's are
    "hearing" and "set", the appeal it shares with the lodging)."""
    if sharing is None:
        return stems
    others = set().union(*(v for c, v in sharing.stems.items() if c != claim))
    return [t for t in stems if t not in others] or stems


def _in_own_clause(
    excerpt: Evidence,
    mentions: list[DateMention],
    stems: Collection[str],
    leader: Collection[str],
) -> list[DateMention]:
    """For an excerpt that supports another event more strongly (``leader``, its stems),
    the mentions inside the clause holding most of the claim's words, unless no clause
    holds any, or that clause is also the one holding most of the other event's words:
    its date is that event's. A clause without a date is dated by a relative clause right
    after it when the word before that relative clause is one of the claim's ("The attack,
    which began on 3 June, forced …")."""
    text = excerpt.text
    start, end = _event_clause(text, stems)
    if not set(sentence_stems(text[start:end])) & set(stems):
        return []
    if (start, end) == claim_clause(text, leader):
        return []
    offset = excerpt.start
    inside = [m for m in mentions if offset + start <= m.start and m.end <= offset + end]
    if inside:
        return inside
    opening = next((a for a, b in clause_spans(text) if a >= end and b > a), None)
    if opening is None or text[end:opening].strip(" ,") or not _RELATIVE.match(text, opening):
        return []
    last = text[start:end].split()[-1:]
    if not set(sentence_stems(" ".join(last))) & set(stems):
        return []  # the relative clause tells of the noun before it, not of the event
    close = text.find(",", opening)
    close = len(text) if close < 0 else close
    if opening <= claim_clause(text, leader)[0] < close:
        return []
    return [m for m in mentions if offset + opening <= m.start and m.end <= offset + close]


def _named_with_time(
    excerpt: Evidence, mentions: list[DateMention], stems: Collection[str]
) -> list[DateMention]:
    """The mentions in a phrase of time set off by commas right after a word of the claim,
    which tells when what that word names happened ("The derailment, in the early hours of
    Sunday 8 March, left 11 wagons off the track" dates the derailment, whatever the rest
    of the sentence tells)."""
    text, offset, found = excerpt.text, excerpt.start, []
    spans = clause_spans(text)
    for (_, before_end), (start, end) in itertools.pairwise(spans):
        if text[before_end : before_end + 1] != "," or text[end : end + 1] != ",":
            continue
        if not _TIME_PHRASE.match(text, start):
            continue
        last = text[:before_end].split()[-1:]
        if not set(sentence_stems(" ".join(last))) & set(stems):
            continue
        found += [m for m in mentions if offset + start <= m.start < offset + end]
    return found


_TIME_PHRASE = re.compile(r"(?i)\s*(?:(?:early|late|shortly|just)\s+)?(?:in|on|at|during)\s")
"""The opening of a phrase telling a time ("in the early hours of Sunday", "early on
Tuesday", "on 3 June")."""


_RELATIVE = re.compile(r"(?i)\s*(?:which|that)\b")
"""A relative clause right after the word naming the event tells when that event happened
("The attack, which began before dawn on 3 June, forced …")."""


def _in_claim_clause(
    excerpt: Evidence,
    mentions: list[DateMention],
    stems: Collection[str],
    spans: bool = True,
    undone: Callable[[str], bool] | None = None,
    *,
    words: frozenset[str],
) -> list[DateMention]:
    """The mentions inside the excerpt's clause holding most of the claim's words, none
    when that clause tells the event undone (``undone``: "and by Tuesday the evacuation
    order had been lifted" tells the end of an evacuation, and the sentence dates it not
    by any clause); when it has none, the nearest before or after it that no conjunction
    or relative word separates from it ("In a decision dated 14 May, the tribunal found …"; "and that its
    last inspection, on 12 December, …", where the date before belongs to another clause);
    else those that no word of time sets apart from it (``_TIME_APART``:
    "shut the line after a landslip on 3 May" is not dated by the landslip), nor, with
    ``spans`` (the statement times nothing from another event), a span of time before that
    clause's opening word (``_SPAN_APART``), and only when one of their clauses holds a
    word of the statement (``words``; ``_told_with``): "asked judges to overturn the
    termination, while parents on Monday demanded answers" does not date a termination.
    A clause opened by "when" right after a date, commas aside, tells what happened on
    that day: "Output stopped on Friday, 4 June, when the kiln cracked" dates the
    crack."""
    if not stems:
        return mentions
    text, offset = excerpt.text, excerpt.start
    start, end = _event_clause(text, stems)
    if undone is not None and undone(text[start:end]):
        return []
    inside = [m for m in mentions if offset + start <= m.start and m.end <= offset + end]
    if inside:
        return inside
    if _WHEN.match(text, start):
        then = [
            m
            for m in mentions
            if m.end - offset <= start and _COMMAS.fullmatch(text, m.end - offset, start)
        ]
        if then:
            return then
    near: list[tuple[int, DateMention]] = []
    for m in mentions:
        before, after = m.end - offset, m.start - offset
        if before <= start and not joins_clauses(text[before:end]):
            near.append((start - before, m))
        elif after >= end and not joins_clauses(text[end:after]):
            near.append((after - end, m))
    closest = min((d for d, _ in near), default=None)
    if closest is not None:
        return [m for d, m in near if d == closest]
    opening = " ".join(text[start:end].split()[:1])
    kept = [
        m
        for m in mentions
        if not _TIME_APART.search(text[m.end - offset : start] + " " + text[end : m.start - offset])
        and not (spans and _SPAN_APART.search(text[m.end - offset : start] + " " + opening))
    ]
    return kept if any(_told_with(excerpt, m, words) for m in kept) else []


_WHEN = re.compile(r"(?i)\s*when\b")
_COMMAS = re.compile(r"[\s,]*")
"""What parts a date from a clause opened by "when" that tells what happened on it."""
_TIME_APART = re.compile(rf"(?i)(?!{TIME_OF_DAY})\b(?:after|before|until|following)\b")
"""A word setting a clause's time apart from another's: "began paying out on Monday, three
weeks after the line shut" dates the payouts, not the closure."""
_SPAN_APART = re.compile(
    r"(?i)\b(?:hours?|days?|weeks?|fortnight|months?|years?)(?:\s+to\s+the\s+day)?\s+"
    r"(?:after|before)$"
)
"""A span of time before the word opening the event's clause: the date before it is the
other end of the span ("reopened on Sunday, a week to the day after a storm stopped the
line" does not date the storm)."""


FAR_WEAKER = 0.5
"""A meaning link under this share of its source's strongest one for the event dates it
not: its sentence tells another fact ("He said the firm had cut the trees in May" beside
"the mayor said 300 people had slept in the halls", at 0.4 against 0.95)."""


def _far_weaker(excerpt: Evidence, strongest: Evidence) -> bool:
    """Whether a meaning link is far weaker than its source's strongest meaning link."""
    return (
        excerpt.method == strongest.method == LinkMethod.MEANING
        and excerpt.strength < FAR_WEAKER * strongest.strength
    )


def _strength(excerpt: Evidence) -> tuple[int, float, int]:
    """Strongest first: pinned, then a cue's, then by score; ties in text order."""
    rank = {LinkMethod.PINNED: 0, LinkMethod.CUE: 1}.get(excerpt.method, 2)
    return rank, -excerpt.strength, excerpt.start
