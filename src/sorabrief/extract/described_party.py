"""A party described by the common noun of its own name: "the agency" for the Road Traffic
Agency, "a ministry spokesperson", "a spokesman for the council", "Harbour officials".

The description means the party it names that the story mentioned last before it; a party
the story never names before is not guessed, unless it is the only party the noun fits.
"""

from __future__ import annotations

import re

from sorabrief.extract.mentions import PartyMatcher
from sorabrief.extract.pronouns import Referents
from sorabrief.model import PartyKind

_SPOKES = r"(?:spokes(?:person|man|woman)|representative|press\s+officer)"
_BY_HEAD = re.compile(
    rf"(?i:the)\s+(?P<a>[a-z]+)"
    rf"|(?i:an?|the)\s+{_SPOKES}\s+(?:for|from|at)\s+the\s+(?P<b>[a-z]+)"
    rf"|(?i:an?)\s+(?P<c>[a-z]+)\s+{_SPOKES}"
    rf"|(?i:the)\s+(?P<d>[a-z]+)['’]s\s+{_SPOKES}"
)
"""The shapes of a description by a party's head noun."""
_MEMBERS = re.compile(
    r"(?P<word>[A-Z][a-z]+)\s+(?:officers|officials|spokespeople|spokesmen|spokeswomen|inspectors"
    r"|investigators)"
)
"""People of a party named by a distinctive word of its name ("Harbour officials")."""
_ORGANISATIONS = (PartyKind.ORGANIZATION, PartyKind.GROUP, PartyKind.PLATFORM, PartyKind.OUTLET)


def described_party(
    attribution: str, at: int, referents: Referents, parties: PartyMatcher
) -> str | None:
    """The party an attribution written at ``at`` describes by its own noun, if any."""
    if (head := _BY_HEAD.fullmatch(attribution)) is not None:
        noun = next(g for g in head.groups() if g)
        fitting = parties.headed_by(noun)
    elif (members := _MEMBERS.fullmatch(attribution)) is not None:
        fitting = parties.named_with(members.group("word"))
    else:
        return None
    latest = None
    for kind in _ORGANISATIONS:
        found = next((r for r in referents.backwards(kind, 0, at) if r.party in fitting), None)
        if found is not None and (latest is None or found.at > latest.at):
            latest = found
    if latest is not None:
        return latest.party
    return fitting[0] if len(fitting) == 1 else None
