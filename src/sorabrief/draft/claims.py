"""Propose claims from clusters of sentences: one per cluster several reports share, a
figure claim per quantity several reports give, and the most central single-report
sentences as single-source claims, up to ``SINGLE_SOURCE_POOL`` (a single report's status
past that too, with or without a figure, date, quotation or party: outlets word a state
each their own way, so linking may find it in the others); at most ``CLAIM_POOL`` in all,
the most reported first. ``selection.py`` keeps the best linked of them."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence, Set

import attrs

from sorabrief.aggregation.case_index import CaseIndex, SentenceRef
from sorabrief.draft.accused import WRONG, accusations, critics
from sorabrief.draft.clusters import Cluster
from sorabrief.draft.figures import figures_seen, names_something, shared_figures
from sorabrief.draft.kinds import (
    ALLEGATION,
    Guess,
    Named,
    as_event,
    as_response,
    denies_itself,
    disputed,
    guess_kind,
    words_an_answer,
)
from sorabrief.draft.parties import COMPANY_NOUNS, ORGANISATION_NOUNS
from sorabrief.draft.pronouns import standalone
from sorabrief.draft.since import own_dates
from sorabrief.draft.speakers import described_in, named_in, spokesperson_in
from sorabrief.draft.wording import (
    capitalised_words,
    has_relative_time,
    in_normal_case,
    opens_anaphorically,
    opens_with_quotation,
    reads_as_report,
)
from sorabrief.extract.relevance import content_words
from sorabrief.findings import Findings, Sentence
from sorabrief.intake import slug
from sorabrief.model import Claim, ClaimKind, Party, PartyKind

SINGLE_SOURCE_POOL = 30
"""At most this many single-report sentences are proposed; the rest are counted in a comment."""
CLAIM_POOL = 60
"""At most this many claims are proposed, the most reported kept; the rest are listed in a
comment."""
_SUBJECT_WORDS = 5
_ATTRIBUTED = (ClaimKind.GRIEVANCE, ClaimKind.RESPONSE)
_OVERSIGHT = re.compile(
    r"\b(?:Commissioner|Ombudsman|Regulator|Inspectorate|Watchdog|Tribunal|Court|Coroner|"
    r"Auditor|regulator|watchdog|ombudsman|inspectorate)\b"
)
"""Words of a body's name or a person's role that oversee or judge others: a regulator, an
ombudsman, a court; what they say answers no allegation unless one is against them."""


@attrs.frozen
class ProposedClaim:
    """A claim ``draft`` proposes, with what the comment above it says."""

    claim: Claim
    reason: str
    reports: tuple[str, ...]
    sentence: str
    """The sentence the statement (or subject) comes from, as written."""
    source: str
    amount: tuple[float, float] | None = None
    """Figure claims: the amount (low, high) its sentences give."""


@attrs.frozen
class ClaimProposal:
    claims: tuple[ProposedClaim, ...]
    single_left_out: tuple[str, ...]
    """Source ids of the single-report sentences not proposed, one per sentence."""
    quotations_left_out: int
    """Clusters made only of quotations: the briefing lists quotations already."""
    capped: tuple[ProposedClaim, ...] = ()
    """Claims left out over ``claim_cap``: the least reported."""
    unreadable: tuple[tuple[int, str], ...] = ()
    """Clusters of several reports none of whose sentences reads on its own (it addresses
    the reader, or its "she" refers to no one it names): each one's number of reports and
    most central sentence, so that the editor sees what two outlets report."""


def propose_claims(
    clusters: Sequence[Cluster],
    index: CaseIndex,
    parties: Sequence[Party],
    report_of: Mapping[str, str],
    *,
    single_cap: int = SINGLE_SOURCE_POOL,
    claim_cap: int = CLAIM_POOL,
    published: Mapping[str, dt.date] | None = None,
) -> ClaimProposal:
    """Claims for the clusters, shared ones first, then single-source ones (at most
    ``single_cap``), at most ``claim_cap`` in all.

    ``report_of`` maps each source id to its report (the original it copies, or itself);
    ``published`` each source id to the first day it was published, where known.
    """
    affiliation = {p.id: p.affiliation for p in parties if p.affiliation}
    by_id = {p.id: p for p in parties}
    people = {p.id for p in parties if p.kind == PartyKind.PERSON}
    proposed: list[ProposedClaim] = []
    ids: set[str] = {p.id for p in parties}
    single: list[str] = []
    quotations = singles = 0
    unreadable: list[tuple[int, str]] = []
    guesses: dict[str, Guess] = {}
    past_pool: set[str] = set()  # single reports' statuses past single_cap: ranked last
    named: dict[str, set[str]] = {}
    accusing: dict[str, set[str]] = {}
    tagged = [
        (sentence.text, named_in(findings, sentence, people))
        for findings in index.findings.values()
        for sentence in findings.sentences
    ]
    blamed, accusers = accusations(tagged, affiliation)
    for cluster in clusters:
        shared = len(cluster.reports) > 1
        chosen = _statement_sentence(
            cluster, index, affiliation, by_id, published or {}, _the_accused(blamed, by_id)
        )
        state = chosen is not None and chosen[2].kind == ClaimKind.STATUS
        if (chosen is None and not shared) or (not shared and singles >= single_cap and not state):
            single.append(index.refs[cluster.centre].source)
            continue
        if chosen is None:
            if all(opens_with_quotation(index.sentence(m).text) for m in cluster.members):
                quotations += 1
            else:
                centre = index.sentence(cluster.centre).text
                unreadable.append((len(cluster.reports), centre))
            continue
        ref, sentence, guess = chosen
        findings = index.findings[ref.source]
        if not shared and not state and not _has_material(findings, sentence):
            single.append(ref.source)
            continue
        claim = Claim(
            id=_unique(slug(" ".join(content_words(guess.statement)[:4])), ids),
            kind=guess.kind,
            statement=guess.statement,
            by=guess.by,
            against=guess.against,
            reported=guess.reported,
            subject=guess.subject if guess.kind == ClaimKind.STATUS else None,
        )
        guesses[claim.id] = guess
        here = named_in(findings, sentence, people)
        named[claim.id] = {n.party for n in here}
        accusing[claim.id] = critics(
            [(guess.statement, here)] if guess.statement == sentence.text else [], affiliation
        )
        proposed.append(
            ProposedClaim(claim, guess.reason, cluster.reports, sentence.text, ref.source)
        )
        if not shared and singles >= single_cap:
            past_pool.add(claim.id)
        singles += not shared
    accused, accuses = _accusations(proposed, named, affiliation, blamed)
    critical = critics(tagged, affiliation)
    answered = _answers_of_the_accused(proposed, guesses, affiliation, blamed, accused, accuses)
    answered = _allegations_of_critics(answered, guesses, affiliation, accused, accuses, critical)
    answered = _accusations_of_critics(answered, affiliation, accused, accusing)
    accusers |= {a for party in accuses for a in (party, affiliation.get(party)) if a}
    accusers |= {p.id for p in parties if _OVERSIGHT.search(f"{p.name} {p.role}")}
    answered = [
        _answer_or_event(item, guesses, affiliation, accused, accusers) for item in answered
    ]
    acronyms = capitalised_words(s.text for f in index.findings.values() for s in f.sentences)
    answered = [
        attrs.evolve(
            i, claim=attrs.evolve(i.claim, statement=in_normal_case(i.claim.statement, acronyms))
        )
        for i in answered
    ]
    claims = [*answered, *_figure_claims(index, ids, report_of)]
    ranked = sorted(
        range(len(claims)),
        key=lambda i: (-len(claims[i].reports), claims[i].claim.id in past_pool, i),
    )
    kept = sorted(ranked[:claim_cap])
    capped = tuple(claims[i] for i in sorted(ranked[claim_cap:]))
    return ClaimProposal(
        tuple(claims[i] for i in kept), tuple(single), quotations, capped, tuple(unreadable)
    )


def _statement_sentence(
    cluster: Cluster,
    index: CaseIndex,
    affiliation: Mapping[str, str],
    parties: Mapping[str, Party],
    published: Mapping[str, dt.date],
    accused: str | None = None,
) -> tuple[SentenceRef, Sentence, Guess] | None:
    """The sentence a cluster's claim is worded from, and its guessed kind: the centre, or
    the most central member that is not a quotation and reads as a report (a shared
    cluster whose members all address the reader keeps them; a single report's does
    not), with an opening pronoun resolved (``pronouns.py``) and none whose "she" refers
    to no one it names,
    unless another member words an
    allegation or an answer so that it can follow "X alleges that" or "X says" (then that
    member, so that the claim keeps its kind without new words), or else another member
    words a present state (a status: then the member of the newest report, as the state
    is the one it tells); of those, the first of the same kind that says no "today" or
    "yesterday", if one does."""
    order = [cluster.centre, *(m for m in cluster.members if m != cluster.centre)]
    readable = [p for p in order if reads_as_report(index.sentence(p).text)]
    if len(cluster.reports) < 2 or readable:
        order = readable
    found: list[tuple[SentenceRef, Sentence, Guess]] = []
    people = {i for i, p in parties.items() if p.kind == PartyKind.PERSON}
    organisations = {i for i, p in parties.items() if p.kind == PartyKind.ORGANIZATION}
    public = {i for i in organisations if _no_company(parties[i].name)}
    for position in order:
        if opens_with_quotation(index.sentence(position).text):
            continue
        ref = index.refs[position]
        findings = index.findings[ref.source]
        sentence = findings.sentences[ref.index]
        alone = standalone(findings, ref.index, named_in(findings, sentence, people), parties)
        shift = len(alone.text) - len(sentence.text)
        described = [
            Named(n.party, n.at + shift if n.at else n.at)
            for n in [
                *described_in(findings, sentence, public, organisations, accused),
                *spokesperson_in(findings, sentence, organisations),
            ]
        ]
        guess = guess_kind(
            alone.text,
            sorted([*alone.named, *described], key=lambda n: n.at),
            _speaker(findings, sentence),
            _dated(findings, sentence),
            affiliation,
        )
        if not alone.dangling:
            found.append((ref, sentence, guess))
    worded = [f for f in found if f[2].kind in _ATTRIBUTED and not f[2].reported]
    states = [f for f in found if f[2].kind == ClaimKind.STATUS]
    states.sort(key=lambda f: published.get(f[0].source, dt.date.min), reverse=True)
    pool = worded or states or found
    if not pool:
        return None
    timeless = [f for f in pool if f[2].kind == pool[0][2].kind and not _relative(f)]
    best = timeless or pool
    if best[0][2].kind != ClaimKind.EVENT:
        return best[0]
    return next((f for f in best if not opens_anaphorically(f[2].statement)), best[0])


def _the_accused(blamed: Set[str], parties: Mapping[str, Party]) -> str | None:
    """The one company the coverage accuses, if it accuses exactly one: what "the company"
    stands for where its article has named none before (a lede)."""
    companies = [
        p
        for p in blamed
        if p in parties
        and parties[p].kind == PartyKind.ORGANIZATION
        and not _no_company(parties[p].name)
    ]
    return companies[0] if len(companies) == 1 else None


def _no_company(name: str) -> bool:
    """Whether an organisation's name says it is no company ("… Authority", "… Council",
    "… Union", "… Court"), so that "the company" cannot stand for it."""
    words = set(name.split())
    return bool(words & (ORGANISATION_NOUNS - COMPANY_NOUNS)) or bool(_OVERSIGHT.search(name))


def _relative(found: tuple[SentenceRef, Sentence, Guess]) -> bool:
    """Whether a member dates itself by the day it was written ("today")."""
    return has_relative_time(found[2].statement)


def _accusations(
    proposed: Sequence[ProposedClaim],
    named: Mapping[str, set[str]],
    affiliation: Mapping[str, str],
    blamed: Set[str],
) -> tuple[set[str], dict[str, set[str]]]:
    """The parties accused (``blamed`` by the coverage, or named in an allegation without
    making it), and the parties each party's allegations are against."""
    accused: set[str] = set(blamed)
    accuses: dict[str, set[str]] = {}
    for item in proposed:
        claim = item.claim
        if claim.kind == ClaimKind.GRIEVANCE:
            side = {claim.by, affiliation.get(claim.by or "")}
            accused |= {claim.against or ""} | (named[claim.id] - side)
            for party in side - {None}:
                accuses.setdefault(party or "", set()).add(claim.against or "")
    return accused, accuses


def _answer_or_event(
    item: ProposedClaim,
    guesses: Mapping[str, Guess],
    affiliation: Mapping[str, str],
    accused: Set[str],
    accusers: Set[str],
) -> ProposedClaim:
    """A response by a party that accuses others (makes an allegation, fines, orders or
    investigates them) and that no allegation is against, made an event in the outlets'
    words, unless its sentence words an answer (a denial, an apology, a remedy): an answer
    is the accused's, and a regulator's or an accuser's statement is none."""
    by = item.claim.by
    if item.claim.kind != ClaimKind.RESPONSE or by is None:
        return item
    side = {by, affiliation.get(by)}
    if side & accused or not side & accusers or words_an_answer(item.sentence):
        return item
    why = f"{item.reason}; but {by} accuses others and no allegation is against it: an event"
    return _rekinded(item, as_event(guesses[item.claim.id], why))


def _answers_of_the_accused(
    proposed: list[ProposedClaim],
    guesses: Mapping[str, Guess],
    affiliation: Mapping[str, str],
    blamed: Set[str],
    accused: Set[str],
    accuses: Mapping[str, Set[str]],
) -> list[ProposedClaim]:
    """Events worded "X said (that) …" made X's allegations when the clause names a party
    that X (or the party X speaks for) accuses elsewhere, or a party the coverage accuses
    (``blamed``) and words a wrong; and X's responses when X is accused, or named in an
    allegation without making it, or when the clause denies something of X."""
    found = []
    for item in proposed:
        guess = guesses[item.claim.id]
        said_by = guess.said_by
        sides = {said_by, affiliation.get(said_by or "")} - {None}
        targets = [
            n
            for n in guess.in_clause
            if {n, affiliation.get(n)} & {t for s in sides for t in accuses.get(s or "", ())}
        ]
        wronged = [
            n
            for n in guess.in_clause
            if {n, affiliation.get(n)} & blamed
            and not {n, affiliation.get(n)} & sides
            and _words_a_wrong(guess.clause or "")
        ]
        if (
            item.claim.kind == ClaimKind.EVENT
            and said_by
            and targets
            and not _PLAN.match(guess.clause or "")
        ):
            why = f"{said_by} accuses {targets[0]} elsewhere, and this says what it did: an allegation"
            item = _rekinded(item, disputed(guess, targets[0], why))
        elif item.claim.kind == ClaimKind.EVENT and said_by and accused & sides:
            why = (
                f"{said_by} is accused or named in an allegation, and this is what it says: "
                "an answer"
            )
            item = _rekinded(item, as_response(guess, why))
        elif item.claim.kind == ClaimKind.EVENT and said_by and denies_itself(guess.clause or ""):
            why = f"{said_by} says something of itself is not so: a denial, an answer"
            item = _rekinded(item, as_response(guess, why))
        elif item.claim.kind == ClaimKind.EVENT and said_by and wronged:
            why = (
                f"{said_by} says {wronged[0]}, whom the coverage accuses, did wrong: an allegation"
            )
            item = _rekinded(item, disputed(guess, wronged[0], why))
        found.append(item)
    return found


_BODY = (
    r"(?:committee|group|union|association|council|government|agency|regulator|office|ministry"
    r"|authority|board|commission|inspectorate|watchdog|superintendency|bureau|department)"
)
_PLAN = re.compile(
    rf"(?:he|she|it|they|(?:the|its|their)\s+(?:[a-z’'-]+\s+){{0,2}}?{_BODY})\s+(?:will|would"
    r"|is\s+going\s+to|plans?\s+to)\b"
)
"""A speaker's own plan ("he would publish …", "the committee would file a complaint"): no
allegation, though it names the party the speaker accuses."""


_OWN_ACT = re.compile(
    rf"(?:the|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_BODY}\s+(?:had|has|have|was|were|formally|\w+ed)\b"
)
"""A clause whose subject is a body, the speaker's own ("X said the bureau had suspended the
permit"): what that body did, no allegation unless it words a wrong."""


def _allegations_of_critics(
    proposed: list[ProposedClaim],
    guesses: Mapping[str, Guess],
    affiliation: Mapping[str, str],
    accused: Set[str],
    accuses: Mapping[str, Set[str]],
    critical: Set[str],
) -> list[ProposedClaim]:
    """Events worded "X said (that) …" made X's allegations when X (or the party X speaks
    for) accuses in some sentence and is accused in none: a critic's word on the dispute
    is a grievance (not a plan of X's own: "he would publish …"), against the party X's
    allegations name, else the party the other claims have answer most; not a body's own
    act that words no wrong ("the bureau had suspended the permit")."""
    answering = _answering(proposed, affiliation)
    found = []
    for item in proposed:
        guess = guesses[item.claim.id]
        sides = {guess.said_by, affiliation.get(guess.said_by or "")} - {None}
        if item.claim.kind == ClaimKind.EVENT and guess.said_by and sides & critical:
            clause = guess.clause or ""
            if (
                not sides & accused
                and not denies_itself(clause)
                and not _PLAN.match(clause)
                and not (_OWN_ACT.match(clause) and not _words_a_wrong(clause))
            ):
                named = sorted(t for s in sides for t in accuses.get(s or "", ()) if t)
                answers = [p for p, _ in answering.most_common() if p not in sides]
                target = next(iter(named or answers), None)
                if target is not None:
                    why = f"{guess.said_by} accuses others and is accused by none: an allegation"
                    item = _rekinded(item, disputed(guess, target, why))
        found.append(item)
    return found


def _answering(proposed: list[ProposedClaim], affiliation: Mapping[str, str]) -> Counter[str]:
    """How many responses each party (or the party it speaks for) gives among the claims."""
    return Counter(
        affiliation.get(i.claim.by, i.claim.by)
        for i in proposed
        if i.claim.kind == ClaimKind.RESPONSE and i.claim.by
    )


def _accusations_of_critics(
    proposed: list[ProposedClaim],
    affiliation: Mapping[str, str],
    accused: Set[str],
    accusing: Mapping[str, Set[str]],
) -> list[ProposedClaim]:
    """Events whose subject accuses ("X accused the board of ignoring …") made X's
    allegation as the outlets word it, when X is accused by none and the one accused is no
    party: against the party whose answers the claims give most."""
    answering = _answering(proposed, affiliation)
    found = []
    for item in proposed:
        critics_here = sorted(accusing.get(item.claim.id, set()) - accused)
        if item.claim.kind == ClaimKind.EVENT and critics_here:
            by = critics_here[0]
            target = next((p for p, _ in answering.most_common() if p != by), None)
            if target is not None:
                why = f"{by} accuses, and is accused by none: an allegation as the outlets word it"
                guess = Guess(
                    ClaimKind.GRIEVANCE,
                    item.claim.statement,
                    why,
                    by=by,
                    against=target,
                    reported=True,
                )
                item = _rekinded(item, guess)
        found.append(item)
    return found


def _words_a_wrong(clause: str) -> bool:
    """Whether a reported clause says someone did wrong ("failed to", "ignored", "never told")."""
    return ALLEGATION.search(clause) is not None or WRONG.search(clause) is not None


def _rekinded(item: ProposedClaim, guess: Guess) -> ProposedClaim:
    """The claim with the kind, statement and parties of a second guess, if it changed kind."""
    if guess.kind == item.claim.kind:
        return item
    claim = attrs.evolve(
        item.claim,
        kind=guess.kind,
        statement=guess.statement,
        by=guess.by,
        against=guess.against,
        reported=guess.reported,
    )
    return attrs.evolve(item, claim=claim, reason=guess.reason)


def _inside(start: int, sentence: Sentence) -> bool:
    return sentence.start <= start < sentence.end


def _speaker(findings: Findings, sentence: Sentence) -> str | None:
    return next(
        (q.speaker for q in findings.quotes if q.speaker and _inside(q.start, sentence)), None
    )


def _dated(findings: Findings, sentence: Sentence) -> bool:
    return bool(own_dates(findings, sentence))


def _has_material(findings: Findings, sentence: Sentence) -> bool:
    """Whether a sentence holds a figure, a date, a quotation or a party mention."""
    return any(
        _inside(item.start, sentence)
        for items in (findings.figures, findings.dates, findings.quotes, findings.mentions)
        for item in items
    )


def _unique(base: str, ids: set[str]) -> str:
    candidate, number = base or "claim", 1
    while candidate in ids:
        number += 1
        candidate = f"{base}-{number}"
    ids.add(candidate)
    return candidate


def _figure_claims(
    index: CaseIndex, ids: set[str], report_of: Mapping[str, str]
) -> list[ProposedClaim]:
    """A figure claim for each like figure that two or more reports give (``figures.py``),
    when the words say what it measures (not a predicate: "was put by the agency")."""
    claims = []
    for seen, reports in shared_figures(figures_seen(index), report_of):
        if not content_words(seen.subject) or not names_something(seen):
            continue  # no words for what it measures: a claim nobody could link or read
        quantity, unit = seen.key
        claim = Claim(
            id=_unique(slug(" ".join(content_words(seen.subject)[:4])), ids),
            kind=ClaimKind.FIGURE,
            subject=seen.subject,
            quantity=quantity,
            unit=unit,
        )
        why = f"a {quantity} in {unit} that {len(reports)} reports give, of “{seen.subject}”"
        amount = (seen.figure.low, seen.figure.high)
        claims.append(ProposedClaim(claim, why, reports, seen.sentence, seen.source, amount))
    return claims
