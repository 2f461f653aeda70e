"""Parties an article names by what they are, not by name.

A report names a party once and then calls it by its kind: "the operator said", "the
association is demanding", "a company spokesman". A party's ``role`` says what it is
("state-owned company that operates the pipeline"); its head noun (the last word before
a relative clause or preposition) names the party in "the company", when the noun is an
actor's (an organisation noun, or one in -er, -or, -ist) and no other party of the case
shares it. A business is called by a generic noun of commerce too ("the company", "the
firm"), which its role seldom uses ("operator of the terminal"): those nouns name the one
organisation whose role's head is an actor's noun, when there is one and no role's head
is such a noun.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from sorabrief.model import Party, PartyKind

_CUT = re.compile(
    r"(?i)\s(?:that|which|who|whose|of|for|in|at|on|with|to|from|behind|representing|"
    r"by|and|or)\b|[,;(:]"
)
_ORGANISATION = re.compile(
    r"agency|alliance|association|authority|bank|board|chain|charity|club|coalition|"
    r"committee|company|cooperative|council|court|department|federation|firm|forum|"
    r"government|group|inspectorate|ministry|municipality|office|organi[sz]ation|regulator|"
    r"service|syndicate|tribunal|union|university|utility"
)
_ACTOR = re.compile(r"(?!(?:an)?other$|n?either$)[a-z]{3,}(?:er|or|ist)$")


def described_parties(parties: Sequence[Party]) -> dict[str, str]:
    """The head noun of each organisation or group's role that no other party's shares,
    with the party's id; and the generic nouns of commerce (``_BUSINESS``) for the one
    organisation whose role's head is an actor's noun, not an organisation noun."""
    heads: dict[str, list[str]] = {}
    for party in parties:
        if party.kind not in (PartyKind.ORGANIZATION, PartyKind.GROUP):
            continue
        head = role_head(party.role)
        if head is not None:
            heads.setdefault(head, []).append(party.id)
    found = {h: ids[0] for h, ids in heads.items() if len(ids) == 1}
    businesses = [
        p.id
        for p in parties
        if p.kind == PartyKind.ORGANIZATION
        and (head := role_head(p.role)) is not None
        and _ORGANISATION.fullmatch(head) is None
    ]
    if len(businesses) == 1 and not heads.keys() & set(_BUSINESS):
        found.update(dict.fromkeys(_BUSINESS, businesses[0]))
    return found


_BUSINESS = ("company", "firm", "business", "corporation")
"""The generic nouns of commerce by which a report calls a business once named ("the
company said", "the firm's lawyers")."""


def role_head(role: str) -> str | None:
    """The head noun of a role, when it names an actor ("state-owned company that operates
    the line": "company"; "operator of the port": "operator")."""
    words = re.findall(r"[A-Za-z]+", _CUT.split(role, maxsplit=1)[0])
    head = words[-1].lower() if words else ""
    return head if _ORGANISATION.fullmatch(head) or _ACTOR.fullmatch(head) else None


def described_in(text: str, described: Mapping[str, str]) -> set[str]:
    """The parties a sentence calls by their kind: "the company", "a company spokesman",
    "the company's"."""
    return {party for _, party in described_at(text, described)}


def described_at(text: str, described: Mapping[str, str]) -> list[tuple[int, str]]:
    """Where a sentence calls a party by its kind, with the party: (start, party id)."""
    if not described:
        return []
    found = []
    for match in _DESCRIPTION.finditer(text):
        party = described.get(match.group(2).lower())
        if party is not None and (match.group(1).lower() == "the" or match.group(3)):
            found.append((match.start(), party))
    return found


_DESCRIPTION = re.compile(
    r"\b(the|a|an)\s+([A-Za-z]+)(?:'s|’s)?(\s+(?:spokes(?:man|woman|person)|official|"
    r"executive|director|manager|representative|lawyer)s?)?\b",
    re.IGNORECASE,
)
