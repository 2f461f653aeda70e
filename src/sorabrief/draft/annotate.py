"""What ``draft`` says around its guesses: the comments at the top and bottom of
incident.yaml, a note per claim on how it linked, and what it fills in after linking
(responses' ``answers``, parties' roles)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

from sorabrief.briefing import Briefing
from sorabrief.draft.claims import ProposedClaim
from sorabrief.draft.parties import UNDESCRIBED, ProposedParty
from sorabrief.draft.selection import CLAIM_CAP
from sorabrief.model import ClaimKind, Source

_ROLES = (
    (ClaimKind.GRIEVANCE, "against", "accused"),
    (ClaimKind.GRIEVANCE, "by", "makes allegations"),
    (ClaimKind.RESPONSE, "by", "responds to allegations"),
)


def with_answers(
    claims: Sequence[ProposedClaim], affiliation: Mapping[str, str]
) -> list[ProposedClaim]:
    """Each response answers the grievances against its party (or the party it speaks for)."""
    found = []
    for proposed in claims:
        claim = proposed.claim
        if claim.kind == ClaimKind.RESPONSE and claim.by:
            side = {claim.by, affiliation.get(claim.by)}
            answers = tuple(
                c.claim.id
                for c in claims
                if c.claim.kind == ClaimKind.GRIEVANCE and c.claim.against in side
            )
            proposed = attrs.evolve(proposed, claim=attrs.evolve(claim, answers=answers))
        found.append(proposed)
    return found


def with_roles(
    parties: Sequence[ProposedParty], claims: Sequence[ProposedClaim]
) -> list[ProposedParty]:
    """A role for each party the articles do not describe, from the claims it takes part in,
    or that a person who speaks for it makes or answers (an opposition party whose deputy
    alleges makes allegations)."""
    found = []
    for proposed in parties:
        party = proposed.party
        if party.role == UNDESCRIBED:
            side = {party.id} | {p.party.id for p in parties if p.party.affiliation == party.id}
            roles = [
                role
                for kind, field, role in _ROLES
                if any(c.claim.kind == kind and getattr(c.claim, field) in side for c in claims)
            ]
            if roles:
                party = attrs.evolve(party, role=", ".join(roles))
        found.append(attrs.evolve(proposed, party=party))
    return found


def link_notes(claims: Sequence[ProposedClaim], briefing: Briefing) -> dict[str, str]:
    """How each claim linked when the draft was checked, by claim id."""
    notes = {}
    for proposed in claims:
        supported = briefing.supported(proposed.claim.id)
        if supported is None:
            continue
        reports = supported.corroboration
        outlets = ", ".join(supported.outlets)
        line = f"linked by meaning in {reports} independent report{'s' if reports != 1 else ''} ({outlets})"
        if reports < len(proposed.reports):
            line += f", fewer than the {len(proposed.reports)} its sentences come from"
        notes[proposed.claim.id] = line
    return notes


def header(
    sources: Sequence[Source], copies: Mapping[str, str], title_source: str | None
) -> list[str]:
    """The comment lines at the top of incident.yaml."""
    reports = len(sources) - len(copies)
    lines = [
        f"Drafted by `sorabrief draft` from {len(sources)} articles, "
        f"{reports} independent report{'s' if reports != 1 else ''}.",
        "Every value below is a guess from the articles; each comment says why. Read them, "
        "edit what is wrong, then run `sorabrief check`.",
        "Claims have no cues: they link to the articles by the meaning of their statements "
        "(docs/aggregation.md).",
    ]
    for copy, original in sorted(copies.items()):
        lines.append(f"{copy} is a syndicated copy of {original}: counted as one report with it.")
    if title_source:
        lines.append(f"title: the headline of {title_source}, the earliest published article.")
    return lines


def footer(
    proposed: Sequence[ProposedClaim],
    dropped: Sequence[str],
    single_left_out: Sequence[str],
    quotations: int,
    names: Sequence[str],
    capped: Sequence[ProposedClaim] = (),
    repeats: int = 0,
    unreadable: Sequence[tuple[int, str]] = (),
    mislinked: Sequence[str] = (),
) -> list[str]:
    """The comment lines at the end of incident.yaml: what the draft left out, and how much."""
    lines = []
    for proposed_claim in proposed:
        if proposed_claim.claim.id in dropped:
            said = " ".join(proposed_claim.sentence.split())[:200]
            lines.append(
                f"Dropped claim {proposed_claim.claim.id} ({proposed_claim.claim.kind.value}): "
                f"no article linked to it by meaning when the draft was checked; from "
                f"{proposed_claim.source}: {said}"
            )
    for proposed_claim in capped:
        said = " ".join(proposed_claim.sentence.split())[:200]
        reports = len(proposed_claim.reports)
        lines.append(
            f"Left out (at most {CLAIM_CAP} claims are kept, the most reported first): "
            f"a {proposed_claim.claim.kind.value} of {reports} report"
            f"{'s' if reports != 1 else ''}, from {proposed_claim.source}: {said}"
        )
    if single_left_out:
        per_source = Counter(single_left_out)
        listed = ", ".join(f"{n} in {s}" for s, n in sorted(per_source.items()))
        lines.append(
            f"Left out: {len(single_left_out)} more sentences that one report only gives "
            f"({listed}); `sorabrief check` lists those with figures, dates, quotations or "
            "parties as unlinked."
        )
    if repeats:
        lines.append(
            f"Left out: {repeats} claims that linked mostly the sentences of a claim kept, "
            "so said the same thing."
        )
    for claim_id in mislinked:
        lines.append(
            f"Left out figure claim {claim_id}: the figures it linked are not the amount its "
            "sentences give (another figure of the same unit took its links)."
        )
    for reports, centre in unreadable:
        said = " ".join(centre.split())[:200]
        lines.append(
            f"Left out, though {reports} reports give it, as no sentence of theirs reads on "
            f"its own (it speaks to the reader, or its “she”, “he” or opening “It” names no "
            f"one): {said}"
        )
    if quotations:
        lines.append(
            f"Left out: {quotations} groups of sentences that are quotations only; the "
            "briefing lists quotations with their speakers already."
        )
    if names:
        lines.append(
            "Names seen but not proposed as parties (one report only, or never acting): "
            + ", ".join(names)
        )
    return lines
