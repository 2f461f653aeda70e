"""Statuses over time: when each held, which is current, and newer sources that contradict one.

- A status's "as of" date is the publication date of its newest supporting source. A
  source newer than every other source of the status may both support it and report a
  change ("the pit reopened; the shaft stays shut"): its change counts when a clause of
  it says the status's subject changed (a sentence only like the status in meaning, such
  as a look back, "sailings had resumed within a day after the last storm at the
  terminal", does not), and the status is then dated by its newest supporting source
  that reports no change.
- A sentence of a source published after a status's "as of" date **contradicts** the
  status when it is of opposite polarity ("released to the public" against "not
  available to the public", ``polarity.py``) and either close to it in meaning or has a
  clause saying, without negating, that the status's subject changed (``subject.py``),
  or when it supports a status the editor says replaces it (``supersedes``); a sentence
  whose every change is a forecast ("could fall when it resumes trading",
  ``mood.only_expected``) does not. Of a source's contradicting sentences, one saying the
  subject changed is cited first. A sentence saying, without negating, that something
  changed ("supplies have returned", "emergency lifted") contradicts it too when it is
  close to the status in meaning by embedding (``embedding.py``: to its statement or a
  sentence linked to it; "now" alone says no change, "now puts its losses at"; "no
  longer" and "the first ship since the strike" do), however few words it shares with
  them, or when its change word
  acts on a word of the status's statement ("restarted pumping" for "fuel is not being
  pumped"). A status no source
  links is opposed so through its statement alone, when older sources possibly support
  it (``possibly_stated``; not a source supporting a status that replaces it, nor one
  published on or after the first that does); one of those counts for the change too
  when its change is more like the statement than its possible support. So does a sentence reporting, by
  the grammar of change, that the state of the status's first clause ended
  (``ending.py``: "were finally signed" for "have not yet been signed").
- The **current** statuses are the supported ones that no supported status supersedes
  and no newer source contradicts. The briefing never presents a contradicted status as
  current: it gives its "as of" date and cites the newer sentence.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from sorabrief.aggregation.case_index import SentenceRef
from sorabrief.aggregation.embedding import best_likeness
from sorabrief.aggregation.ending import reports_ending
from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.aggregation.mood import only_expected
from sorabrief.aggregation.polarity import CHANGE_WORDS, Aspect, Polarity, change_polarity
from sorabrief.aggregation.scoring import Scored
from sorabrief.briefing import Evidence, StatusChange, SupportedClaim
from sorabrief.findings import Findings, Sentence
from sorabrief.model import Case, Claim, ClaimKind
from sorabrief.partial_date import PartialDate

CONTRADICTS = 0.3
"""The likeness in meaning (cosine with the status's words) at which a sentence of opposite
polarity contradicts a status."""
EMBEDDED = 0.4
"""The likeness by embedding with a status's statement or a sentence linked to it at which
a sentence of opposite polarity saying a change contradicts the status, whatever its
cosine. On the evaluation corpus the changes it admits score 0.42 and above; the one
false change it would admit below the bar, 0.38."""


def status_as_of(
    sources: Iterable[str], published: Mapping[str, PartialDate | None]
) -> PartialDate | None:
    """The publication date of the newest of ``sources``, when any states one."""
    dates = [d for s in sources if (d := published.get(s)) is not None]
    return max(dates, key=lambda d: d.last_day) if dates else None


def _newest_two(
    sources: Iterable[str], published: Mapping[str, PartialDate | None]
) -> list[tuple[dt.date, str]]:
    """The last publication days of the two newest of ``sources`` that state one, newest
    first: the newest of all but one source is the first of these that is not it."""
    days = {s: d.last_day for s in set(sources) if (d := published.get(s)) is not None}
    return heapq.nlargest(2, ((day, s) for s, day in days.items()))


def replacing_likeness(
    case: Case, scored: Mapping[str, Sequence[Scored]]
) -> dict[str, dict[SentenceRef, float]]:
    """For each status that others supersede, how like each sentence is to the words of the
    statuses replacing it (the best meaning score among them)."""
    replacing: dict[str, dict[SentenceRef, float]] = {}
    for claim in case.claims:
        for old in claim.supersedes:
            likeness = replacing.setdefault(old, {})
            for item in scored.get(claim.id, ()):
                best = max(likeness.get(item.sentence, 0.0), item.signals.meaning)
                likeness[item.sentence] = best
    return replacing


def status_changes(
    claims: Sequence[SupportedClaim],
    opposed: Mapping[str, Sequence[tuple[SentenceRef, float, bool]]],
    findings: Mapping[str, Findings],
    published: Mapping[str, PartialDate | None],
    replacing: Mapping[str, Mapping[SentenceRef, float]] | None = None,
    unlinked: Sequence[SupportedClaim] = (),
) -> tuple[StatusChange, ...]:
    """For each supported status, the strongest contradicting sentence of each newer source.

    ``replacing`` gives, for a status, how like each sentence is to the statuses that
    supersede it: an opposed sentence close to the replacing status's words counts even
    when it shares few words with the status itself. ``unlinked`` are statuses no source
    supports, each with the older sources that possibly do (``possibly_stated``): only a
    sentence saying a change like its statement, or that its subject changed, opposes one."""
    replacing = replacing or {}
    statuses = [c for c in claims if c.kind == ClaimKind.STATUS]
    loose = {c.claim.id for c in unlinked}
    changes = []
    for claim in (*statuses, *unlinked):
        if claim.date is None:
            continue
        found: dict[str, StatusChange] = {}
        closer = replacing.get(claim.id, {})
        linked = () if claim.claim.id in loose else claim.evidence
        words = tuple(
            dict.fromkeys(t for t in (claim.claim.statement, *(e.text for e in linked)) if t)
        )
        candidates: list[tuple[str, Sentence | Evidence, float, bool, bool]] = []
        for ref, likeness, named in opposed.get(claim.id, ()):
            best = max(likeness, closer.get(ref, 0.0))
            candidates.append(
                (
                    ref.source,
                    findings[ref.source].sentences[ref.index],
                    best,
                    named,
                    best < CONTRADICTS or claim.claim.id in loose,
                )
            )
        candidates += [
            (e.source, e, e.score if e.score is not None else 1.0, True, False)
            for later in statuses
            if claim.id in later.claim.supersedes
            for e in later.evidence
        ]
        strength: dict[str, tuple[bool, float, int]] = {}
        newest = _newest_two(claim.sources, published)
        ended = {
            (source, sentence.start): sentence
            for source in _newer(findings, newest, published)
            for sentence in findings[source].sentences
            if reports_ending(sentence.text, claim.claim)
        }
        candidates = [
            (source, sentence, likeness, named or (source, sentence.start) in ended, far)
            for source, sentence, likeness, named, far in candidates
        ]
        seen = {(source, sentence.start) for source, sentence, *_ in candidates}
        candidates += [
            (source, sentence, best_likeness(sentence.text, words), True, False)
            for (source, start), sentence in ended.items()
            if (source, start) not in seen
        ]
        for source, sentence, likeness, named, far in candidates:
            date = published.get(source)
            since = next((day for day, s in newest if s != source), None)
            if date is None or since is None or date.first_day <= since:
                continue
            if (
                source in claim.sources
                and not named
                and not (claim.claim.id in loose and _outweighs(sentence.text, claim, source))
            ):
                continue  # it also says the old state holds: only a clear change counts
            if not named and (
                (
                    far
                    and not _says_change_like(sentence.text, words)
                    and not changes_its_words(sentence.text, claim.claim.statement or "")
                )
                or only_expected(sentence.text)
            ):
                continue
            change = StatusChange(
                claim.id, source, sentence.start, sentence.end, sentence.text, date,
                round(likeness, 4),
            )  # fmt: skip
            rank = (not named, -change.likeness, change.start)
            if source not in found or rank < strength[source]:
                found[source], strength[source] = change, rank
        changes += sorted(found.values(), key=lambda c: (-c.likeness, c.source, c.start))
    return tuple(changes)


def _newer(
    findings: Mapping[str, Findings],
    newest: Sequence[tuple[dt.date, str]],
    published: Mapping[str, PartialDate | None],
) -> list[str]:
    """The sources published after every other source of a status (``newest``: its two
    newest)."""
    found = []
    for source in sorted(findings):
        date = published.get(source)
        since = next((day for day, s in newest if s != source), None)
        if date is not None and since is not None and date.first_day > since:
            found.append(source)
    return found


def possibly_stated(
    claims: Iterable[Claim],
    near: Iterable[tuple[str, Evidence]],
    published: Mapping[str, PartialDate | None],
    supported: Sequence[SupportedClaim] = (),
) -> tuple[SupportedClaim, ...]:
    """The statuses among ``claims`` (unsupported ones) that a source possibly supports
    (``near``: claim and sentence, below the bar of linking but of the status's polarity),
    each with those sentences and dated by the newest of their sources. An article that
    supports a status replacing one (``supersedes``, among ``supported``), or is published
    on or after the first that does, reports it after its state ended: it possibly
    supports it no more."""
    ended: dict[str, dt.date] = {}
    for later in supported:
        days = [d.first_day for s in later.sources if (d := published.get(s)) is not None]
        for old in later.claim.supersedes if days else ():
            ended[old] = min(ended.get(old, min(days)), min(days))
    possible: dict[str, list[Evidence]] = {}
    for claim_id, sentence in near:
        date = published.get(sentence.source)
        if claim_id in ended and (date is None or date.last_day >= ended[claim_id]):
            continue
        possible.setdefault(claim_id, []).append(sentence)
    return tuple(
        SupportedClaim(
            c, tuple(found), tuple(sorted({e.source for e in found})), (),
            status_as_of((e.source for e in found), published),
        )
        for c in claims
        if c.kind == ClaimKind.STATUS and (found := possible.get(c.id))
    )  # fmt: skip


def _outweighs(text: str, claim: SupportedClaim, source: str) -> bool:
    """Whether a sentence of a source that possibly supports a status no source links says a
    change more like the status's statement, by embedding, than the sentences through
    which it possibly supports it (a newer article telling the change does not also count
    as telling the old state)."""
    statement = claim.claim.statement or ""
    own = [e.text for e in claim.evidence if e.source == source]
    return (
        bool(own)
        and (_says_change_like(text, (statement,)) or changes_its_words(text, statement))
        and not only_expected(text)
        and best_likeness(text, (statement,)) > best_likeness(statement, own)
    )


_ACTED_ON = re.compile(
    r"(?i)(?:\s+(?:the|its|their|his|her|a|an|all)\b)*"
    r"((?:\s+(?!(?:and|or|but|while|as|when|after|before|until|since|though|although|because)\b)"
    r"[\w’'-]+){1,2})"
)
"""The two words a change word acts on, past articles and possessives, and never past a
conjunction ("resumed while fuel deliveries stay suspended" acts on nothing of the fuel)."""
_NOW = re.compile(r"(?i)\bnow\b")
_FIRST_SINCE = re.compile(r"(?i)\bfirst\b(?:\s+[\w’'-]+){1,3}?\s+since\s+(?![\d(])")
"""Something done for the first time after a stop ("the first ship since the strike",
"for the first time since the fire"): the stop ended. Not a record since a year ("the
first since 1998", "the first strike since 2011")."""
_NO_VERB = frozenset({"now", "no longer", "back", "over"})
"""Change words that act on nothing: "now a residents' group claims"."""


def changes_its_words(text: str, statement: str) -> bool:
    """Whether a sentence saying, without negating, that something changed has a change
    word acting on a word of the status's statement ("restarted pumping" for "fuel is not
    being pumped", "stood down its tanker rounds" for "depend on tanker trucks")."""
    if not says_a_change(text):
        return False
    said = set(sentence_stems(statement))
    return any(
        (acted := _ACTED_ON.match(text, m.end())) is not None
        and not said.isdisjoint(sentence_stems(acted.group(1)))
        for m in CHANGE_WORDS.finditer(text)
        if m.group().lower() not in _NO_VERB
    )


def _says_change_like(text: str, said: Sequence[str]) -> bool:
    """Whether a sentence says, without negating, that something changed, and is like a
    status's words by embedding (``EMBEDDED``): "supplies have returned" for "remains
    unavailable in most pharmacies"."""
    return says_a_change(text) and best_likeness(text, said) >= EMBEDDED


def says_a_change(text: str) -> bool:
    """Whether a sentence says, without negating, that something changed ("no longer"
    says one, ``change_polarity``; so does something done for the first time since a
    stop, "the first ship since the strike berthed on Monday"). "Now" alone dates what it
    says, no change ("the firm now puts its losses at $3m a day")."""
    stated = change_polarity(text)
    if stated == Polarity(Aspect.UNMARKED, False) and _FIRST_SINCE.search(text):
        return True
    if stated.aspect != Aspect.CHANGED or stated.negated:
        return False
    return (
        _NOW.search(text) is None or change_polarity(_NOW.sub(" ", text)).aspect == Aspect.CHANGED
    )


def dated_before_changes(
    claims: Sequence[SupportedClaim],
    changes: Sequence[StatusChange],
    published: Mapping[str, PartialDate | None],
) -> tuple[SupportedClaim, ...]:
    """The claims, each contradicted status dated by its newest supporting source that
    reports no change to it (an article may say both that the state changed and, in
    another sentence, what it was)."""
    changing: dict[str, set[str]] = {}
    for change in changes:
        changing.setdefault(change.claim, set()).add(change.source)
    return tuple(
        attrs.evolve(
            c, date=status_as_of((s for s in c.sources if s not in changing[c.id]), published)
        )
        if c.id in changing
        else c
        for c in claims
    )


def current_statuses(
    claims: Sequence[SupportedClaim], changes: Sequence[StatusChange]
) -> tuple[str, ...]:
    """Supported statuses that no supported status supersedes and no newer source contradicts."""
    statuses = [c for c in claims if c.kind == ClaimKind.STATUS]
    superseded = {old for c in statuses for old in c.claim.supersedes}
    contradicted = {c.claim for c in changes}
    return tuple(c.id for c in statuses if c.id not in superseded | contradicted)
