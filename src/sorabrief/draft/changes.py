"""Statuses that a newer report ends: a drafted status for the new state that ``supersedes``
the old one.

What a briefing gives as the status is what a reader looks at first. A drafted status's
state ended when a report published after every other report supporting it says so, in
a sentence that ``report`` reads as its change (``briefing.status_changes``: "the cap has
been lifted") or in a sentence whose change word acts on a word of the status
("dockworkers called off a strike" for "a strike … entered its third day",
``status.changes_its_words``; not a forecast), the sentences drafted claims are worded
from first. The drafted status worded from that sentence then supersedes the old one;
when the sentence words an event, an allegation, an answer or no claim, a new status is
worded from it (the event stays in the timeline), unless it is a quotation (its speaker's
words); never one worded from the change the
old status is itself worded from. So the briefing gives the old state as replaced, the
newer report's change beside it, and the new state as current. The case is linked
again, and a new status that nothing supports dropped.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import attrs

from sorabrief.aggregation.mood import only_expected
from sorabrief.briefing import Briefing
from sorabrief.draft.claims import ProposedClaim
from sorabrief.draft.ended import ends_status, names_subject, recounts
from sorabrief.draft.verify import Verified, verified
from sorabrief.draft.wording import (
    as_sentence,
    opens_with_quotation,
    without_attribution_tail,
)
from sorabrief.extract.dateline import without_dateline
from sorabrief.extract.relevance import content_words
from sorabrief.intake import slug
from sorabrief.model import Claim, ClaimKind
from sorabrief.partial_date import PartialDate


@attrs.frozen
class Changed:
    """The case with statuses for the new states, and the claims as ``draft`` writes them."""

    checked: Verified
    claims: tuple[ProposedClaim, ...]


@attrs.frozen
class _Ending:
    """A sentence of a newer source saying a status's state ended, and the claim worded
    from it, if one is."""

    old: str
    source: str
    text: str
    claim: str | None


def with_changes(
    checked: Verified, proposed: Sequence[ProposedClaim], report_of: Mapping[str, str]
) -> Changed:
    """``checked`` (its claims proposed as ``proposed``) with, for each drafted status a newer
    report ends, a status for the new state that supersedes it."""
    claims = {c.id: c for c in checked.case.claims}
    items = {p.claim.id: p for p in proposed if p.claim.id in claims}
    ids = set(claims) | {p.id for p in checked.case.parties}
    made: dict[tuple[str, str], str] = {}
    for ending in _endings(checked, items):
        if any(ending.old in c.supersedes for c in claims.values()):
            continue
        if _same_words(ending.text, claims[ending.old], items.get(ending.old)):
            continue  # the old status is worded from the change itself
        new = claims.get(ending.claim or "")
        if new is None or new.kind != ClaimKind.STATUS:
            new = claims.get(made.get((ending.source, ending.text), ""))
        if new is None:
            statement = as_sentence(without_attribution_tail(without_dateline(ending.text)))
            if not content_words(statement) or opens_with_quotation(statement):
                continue  # a quotation is its speaker's words, not the new state
            new = Claim(id=_unique(statement, ids), kind=ClaimKind.STATUS, statement=statement)
            made[ending.source, ending.text] = new.id
            report = report_of.get(ending.source, ending.source)
            items[new.id] = ProposedClaim(new, "", (report,), ending.text, ending.source)
        if _replaces(claims, ending.old, new.id):
            continue  # the old status already replaces this one: no cycle
        claim = attrs.evolve(new, supersedes=(*new.supersedes, ending.old))
        claims[claim.id] = claim
        why = (
            f"a newer report says the state of “{', '.join(claim.supersedes)}” ended: the new "
            "state, a status that supersedes it"
        )
        items[claim.id] = attrs.evolve(items[claim.id], claim=claim, reason=why)
    if claims == {c.id: c for c in checked.case.claims}:
        return Changed(checked, tuple(proposed))
    again = verified(attrs.evolve(checked.case, claims=tuple(claims.values())))
    if _orphaned(again.case.claims):
        again = verified(attrs.evolve(again.case, claims=_without_orphans(again.case.claims)))
    kept = {c.id: c for c in again.case.claims}
    return Changed(
        attrs.evolve(again, dropped=(*checked.dropped, *again.dropped)),
        tuple(attrs.evolve(p, claim=kept[i]) for i, p in items.items() if i in kept),
    )


def _endings(checked: Verified, items: Mapping[str, ProposedClaim]) -> Iterator[_Ending]:
    """For each drafted status a newer source ends, that source's sentence: the change the
    briefing reads (its strongest), else the first sentence of a source newer than every
    other source of the status whose change is said of what the status is about, or that
    counts what it counts in its state again (the sentences drafted claims are worded from
    first)."""
    briefing = checked.briefing
    claims = {c.id: c for c in checked.case.claims}
    read = set()
    for change in briefing.status_changes:
        if change.claim in read or change.claim not in claims:
            continue
        if not names_subject(change.text, claims[change.claim]):
            continue  # a change of something else the sentence names
        read.add(change.claim)
        worded = _worded_from(briefing, change.source, change.start, change.claim, claims)
        yield _Ending(change.claim, change.source, change.text, worded)
    published = {s.id: s.published for s in checked.case.sources}
    worded_from = [(i.source, i.sentence, i.claim.id) for i in items.values()]
    for supported in briefing.claims:
        old = supported.claim
        if old.kind != ClaimKind.STATUS or old.id in read:
            continue
        newer = _newer_sources(supported.sources, published)
        candidates = [
            *((s, t, c) for s, t, c in worded_from if s in newer and c != old.id),
            *(
                (s, sentence.text, None)
                for s in sorted(newer)
                for sentence in checked.findings[s].sentences
            ),
        ]
        ending = next(
            (
                _Ending(old.id, source, text, claim)
                for source, text, claim in candidates
                if (ends_status(text, old) or recounts(text, old.statement))
                and not only_expected(text)
            ),
            None,
        )
        if ending is not None:
            yield ending


def _same_words(text: str, old: Claim, item: ProposedClaim | None) -> bool:
    """Whether a sentence is the one a status is worded from, or words its statement."""
    said = " ".join(text.split())
    own = {" ".join(old.statement.split()), " ".join(item.sentence.split()) if item else ""}
    plain = " ".join(without_attribution_tail(without_dateline(said)).split())
    return bool({said, plain, as_sentence(plain)} & own)


def _newer_sources(sources: Sequence[str], published: Mapping[str, PartialDate | None]) -> set[str]:
    """The sources published after every source of a status but themselves."""
    days = {s: d for s, d in published.items() if d is not None}
    found = set()
    for source, day in days.items():
        others = [days[s].last_day for s in sources if s != source and s in days]
        if others and day.first_day > max(others):
            found.add(source)
    return found


def _worded_from(
    briefing: Briefing, source: str, start: int, old: str, claims: Mapping[str, Claim]
) -> str | None:
    """The drafted status (not ``old``) that a sentence supports."""
    for supported in briefing.claims:
        claim = claims.get(supported.claim.id)
        if claim is None or claim.id == old or claim.kind != ClaimKind.STATUS:
            continue
        if any(e.source == source and e.start == start for e in supported.evidence):
            return claim.id
    return None


def _replaces(claims: Mapping[str, Claim], newer: str, older: str) -> bool:
    """Whether status ``newer`` supersedes ``older``, directly or through others."""
    seen, todo = set(), [newer]
    while todo:
        current = todo.pop()
        if current == older:
            return True
        if current not in seen and current in claims:
            seen.add(current)
            todo += claims[current].supersedes
    return False


def _orphaned(claims: Sequence[Claim]) -> bool:
    """Whether a status supersedes one that linking again dropped."""
    statuses = {c.id for c in claims if c.kind == ClaimKind.STATUS}
    return any(not set(c.supersedes) <= statuses for c in claims)


def _without_orphans(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    statuses = {c.id for c in claims if c.kind == ClaimKind.STATUS}
    return tuple(
        attrs.evolve(c, supersedes=tuple(s for s in c.supersedes if s in statuses)) for c in claims
    )


def _unique(statement: str, ids: set[str]) -> str:
    base = slug(" ".join(content_words(statement)[:4])) or "status"
    candidate, number = base, 1
    while candidate in ids:
        number += 1
        candidate = f"{base}-{number}"
    ids.add(candidate)
    return candidate
