"""A party described by the common noun of its own name, singular or plural: "the agency"
for the Road Traffic Agency, "his family" for a party "Families of the passengers", "a
ministry spokesperson", "a spokesman for the council", "Harbour officials"; or by
the noun the story gave it in apposition: "the company" (or "a company spokeswoman") after
"Acme Holdings, the listed company that owns the mill," or "a local supplier, Acme Foods";
or one member of a group the case file calls by a bare plural ("a nurse" for "nurses").

The description means the party it names that the story mentioned last before it; a party
the story never names before is not guessed, unless it is the only party the noun fits.
"""

from __future__ import annotations

import re

from sorabrief.extract.mentions import PartyMatcher
from sorabrief.extract.pronouns import Referents
from sorabrief.model import PartyKind
from sorabrief.nouns import plural

_SPOKES = r"(?:spokes(?:person|man|woman)|representative|press\s+officer)"
_BY_HEAD = re.compile(
    rf"(?i:the|his|her|their)\s+(?:[\w’'-]+-[\w’'-]+\s+)?(?P<a>[a-z]+)"
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
_APPOSED_AFTER = re.compile(
    r",\s+(?:the|an?)\s+(?P<phrase>[^,.;:()“”«»\"]{1,80}?)"
    r"(?=\s+(?:that|which|who|whose|of|for|in|on|at|with|by|from|to|behind|based)\b|\s*[,.;:)])"
)
"""An appositive after a party's name: ", the Kestrel-listed company that owns …"."""
_APPOSED_BEFORE = re.compile(
    r"\b(?:the|an?|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z]+),\s+$", re.IGNORECASE
)
"""An appositive before a party's name: "an outside supplier, " Acme Foods."""
_OF_SOMEONE_NEW = re.compile(r"\s+of\s+(?:an?|one)\s")
"""A description going on with an indefinite complement ("the owner of a bakery"): it
introduces someone new, not a party the story named."""
_ONE_MEMBER = re.compile(r"(?i:an?|one)\s+(?P<noun>[a-z]+)")
"""One member of a group the case file names by a bare plural ("a nurse" of a group aliased
"nurses"): the group speaks through them."""
_ORGANISATIONS = (PartyKind.ORGANIZATION, PartyKind.GROUP, PartyKind.PLATFORM, PartyKind.OUTLET)
_SPOKESPERSON_INTRODUCED = re.compile(
    rf"\b(?i:an?|one)\s+(?P<words>(?:[\w’'-]+\s+){{0,3}}?){_SPOKES}\b"
    r"(?:\s+(?:for|of|from|at)\s+[^,.;:“”«»\"]+)?"
)
"""A spokesperson introduced by whom they speak for ("a health ministry spokesman", "a
spokeswoman for the port")."""


def described_party(
    text: str, attribution: str, at: int, referents: Referents, parties: PartyMatcher
) -> str | None:
    """The party an attribution written at ``at`` describes by its own noun, or by the noun
    the story set beside its name, if any."""
    if text.startswith(attribution, at) and _OF_SOMEONE_NEW.match(text, at + len(attribution)):
        return None
    if (member := _ONE_MEMBER.fullmatch(attribution)) is not None:
        return parties.group_called(plural(member.group("noun")))
    if (head := _BY_HEAD.fullmatch(attribution)) is not None:
        noun = next(g for g in head.groups() if g)
        forms = dict.fromkeys((noun, plural(noun)))  # "his family": a party "Families of …"
        fitting = [p for n in forms for p in parties.headed_by(n)]
        fitting += _apposed(text, at, noun, parties)
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


def _apposed(text: str, at: int, noun: str, parties: PartyMatcher) -> list[str]:
    """The organisations the story describes before ``at`` with ``noun`` in apposition to
    their name ("Acme Holdings, the listed company that …", "a supplier, Acme Foods")."""
    noun = noun.casefold()
    found = []
    for mention in parties.mentions(text[:at]):
        if parties.kind(mention.party) not in _ORGANISATIONS:
            continue
        after = _APPOSED_AFTER.match(text, mention.end, at)
        before = _APPOSED_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        nouns = [
            *([after.group("phrase").split()[-1]] if after else []),
            *([before.group("noun")] if before else []),
        ]
        if noun in (n.casefold() for n in nouns) and mention.party not in found:
            found.append(mention.party)
    return found


def introduced_spokesperson(
    text: str, at: int, referents: Referents, parties: PartyMatcher
) -> str | None:
    """The party of the spokesperson the story introduced last before ``at`` ("a health
    ministry spokesman said …"), whom a later "the spokesman" means."""
    introductions = list(_SPOKESPERSON_INTRODUCED.finditer(text, 0, at))
    if not introductions:
        return None
    introduced = introductions[-1]
    if (named := parties.most_specific(introduced.group())) is not None:
        return named
    words = introduced.group("words").split()
    if not words:
        return None
    return described_party(
        text, f"a {words[-1]} spokesperson", introduced.start(), referents, parties
    )
