"""An office written as a name ("the Harbour Ombudsman said") and the one person the
articles give that office as their role ("Harbour Ombudsman Jo Park") are one party: the
person, with the office's names as aliases."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from sorabrief.draft.parties import ProposedParty
from sorabrief.model import PartyKind


def with_office_holders(parties: Sequence[ProposedParty]) -> list[ProposedParty]:
    """``parties`` with each office that one person holds folded into that person."""
    affiliated = {p.party.affiliation for p in parties}
    holders = {}
    for office in parties:
        if office.party.kind == PartyKind.PERSON or office.party.id in affiliated:
            continue
        held = [
            p
            for p in parties
            if p.party.kind == PartyKind.PERSON
            and p.party.affiliation is None
            and p.party.role.lower() == office.party.name.lower()
        ]
        if len(held) == 1:
            holders[office.party.id] = held[0].party.id
    found = []
    for proposed in parties:
        if proposed.party.id in holders:
            continue
        offices = [p.party for p in parties if holders.get(p.party.id) == proposed.party.id]
        if offices:
            names = [n for o in offices for n in o.names if n not in proposed.party.names]
            party = attrs.evolve(proposed.party, aliases=(*proposed.party.aliases, *names))
            why = f"{proposed.why}; holds the office named {offices[0].name}"
            proposed = attrs.evolve(proposed, party=party, why=why)
        found.append(proposed)
    return found
