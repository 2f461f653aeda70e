"""The claims a drafted briefing's Summary shows first, in the order a reader needs them.

A summary opens with what happened: an event that the earliest report's first sentence
gives (news writing states what happened first; later reports open with what followed),
the most widely reported; of those as widely
reported, a dated one, and of those the one whose words the headlines use most (headlines
say what happened), then the earliest (what happened comes before what it set off); one
told as what someone says ("X said that …", but not "X told families that …") only when no
event of two reports or more is told in the outlets' own voice; one foreseen ("… will
be read closely by …") only when no event of two reports or more tells what happened; one
that opens with a definite noun phrase naming no one ("The notice had been …") only when
no event names what it speaks of, and never first when another part of it does. Then
the main allegation, then the answer to it, then the current status. A part no claim fills is skipped; the rest of the places go to the most reported
claims left, figures aside (the briefing states figures in a section of their own). A
part that one report alone states gives its place to a claim that two or more reports
state, when one is left: a Summary states first what several outlets agree on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.briefing import Briefing
from sorabrief.draft.wording import opens_anaphorically, reported
from sorabrief.model import Claim, ClaimKind

_PASSED_ON = frozenset(("told", "tells", "informed", "notified", "announced", "announces"))
"""Verbs that pass news on rather than give a view."""
SUMMARY_CLAIMS = 4
"""At most this many claims open the briefing: one for each part of the story."""


def summary_claims(claims: Sequence[Claim], briefing: Briefing) -> tuple[str, ...]:
    """The ids of ``claims`` (kept, the most reported first) that open the briefing."""
    ranked = sorted(
        (c for c in claims if c.kind != ClaimKind.FIGURE and briefing.supported(c.id)),
        key=lambda c: -_reports(c, briefing),
    )
    dated = {e.claim: e.date.first_day for e in briefing.timeline if e.date is not None}
    headlines = Counter(
        stem for r in briefing.sources for stem in set(sentence_stems(r.source.title or ""))
    )
    ledes = _ledes(briefing)
    events = sorted(
        (c for c in ranked if c.kind == ClaimKind.EVENT),
        key=lambda c: (
            c.id not in ledes,
            -_reports(c, briefing),
            c.id not in dated,
            -sum(headlines[stem] for stem in set(sentence_stems(c.statement))),
            dated.get(c.id, date.max),
        ),
    )
    allegation = _first(ranked, ClaimKind.GRIEVANCE)
    answers = [c for c in ranked if c.kind == ClaimKind.RESPONSE]
    answer = next((c for c in answers if allegation and allegation.id in c.answers), None)
    status = next(
        (c for c in ranked if c.kind == ClaimKind.STATUS and c.id in briefing.current_status),
        None,
    )
    told = [c for c in events if _reads_alone(c)]
    happened = [
        c
        for c in told
        if not _opinion(c.statement) and not _foreseen(c.statement) and _reports(c, briefing) > 1
    ]
    opening = next(iter(happened or told), events[0] if events else None)
    parts = [c for c in (opening, allegation, answer or next(iter(answers), None), status) if c]
    shared = [c for c in ranked if _reports(c, briefing) > 1]
    picked = [
        *(c for c in parts if c in shared),
        *(c for c in shared if c not in parts),
        *(c for c in parts if c not in shared),
        *(c for c in ranked if c not in parts and c not in shared),
    ][:SUMMARY_CLAIMS]
    chosen = [c for c in parts if c in picked] + [c for c in picked if c not in parts]
    first = next((c for c in chosen if _reads_alone(c)), None)
    if first is not None:
        chosen = [first, *(c for c in chosen if c is not first)]
    return tuple(c.id for c in chosen)


def _ledes(briefing: Briefing) -> set[str]:
    """The ids of the claims that the first sentence of the earliest report supports: news
    writing states what happened first, and later reports open with what followed."""
    days = [r.source.published.first_day for r in briefing.sources if r.source.published]
    earliest = min(days, default=None)
    firsts = {
        r.source.id: r.findings.sentences[0].start
        for r in briefing.sources
        if r.findings.sentences
        and (r.source.published is None or r.source.published.first_day == earliest)
    }
    return {
        supported.claim.id
        for supported in briefing.claims
        for e in supported.evidence
        if e.source in firsts and e.start <= firsts[e.source] < max(e.end, e.start + 1)
    }


def _opinion(statement: str) -> bool:
    """Whether a statement is told as what someone says ("X said that …", "X says …"),
    not as news passed on ("X told families that …", "X announced that …")."""
    said = reported(statement)
    if said is None:
        return False
    verb = " ".join(statement.split())[said.who_end :].split()[:1]
    return not verb or verb[0] not in _PASSED_ON


_APPOSITION = re.compile(r",[^,]{1,60},")
_FIRST_VERB = re.compile(
    r"\b(?:(?P<modal>will|would|could|may|might|should|must)|is|are|was|were|has|have|had"
    r"|[a-z]+ed)\b"
)

_FIRST_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|has|have|had)\b(?P<plan>\s+(?:due|set|expected|scheduled)\s+to\b)?"
)
"""The first auxiliary, and whether it says a plan ("were due to restart")."""


def _foreseen(statement: str) -> bool:
    """Whether a statement's verb, past its appositions, is a modal or a plan: a forecast
    or a view ("The report, published on Monday, will be read closely by …", "Some
    operations were due to restart …"), not what happened."""
    text = _APPOSITION.sub("", statement)
    verb = _FIRST_VERB.search(text)
    auxiliary = _FIRST_AUXILIARY.search(text)
    return (verb is not None and verb.group("modal") is not None) or (
        auxiliary is not None and auxiliary.group("plan") is not None
    )


def _reads_alone(claim: Claim) -> bool:
    """Whether a claim can open the briefing: it names what it speaks of, or the briefing
    words it after its party's name ("X alleges that …")."""
    if claim.kind in (ClaimKind.GRIEVANCE, ClaimKind.RESPONSE) and not claim.reported:
        return True
    return not opens_anaphorically(claim.statement)


def _reports(claim: Claim, briefing: Briefing) -> int:
    supported = briefing.supported(claim.id)
    return supported.corroboration if supported else 0


def _first(claims: Sequence[Claim], kind: ClaimKind) -> Claim | None:
    return next((c for c in claims if c.kind == kind), None)
