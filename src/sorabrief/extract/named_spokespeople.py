"""A spokesperson who is no party, met again by name: "Ngozi Bello, a spokeswoman for
Aqualine Water, said …" and later "“…,” Ms Bello said"; or described first and named only
later ("A spokeswoman for the utility said …" … "“…,” Ms Bello added"). Their words are
those of the organisation they speak for, as at their first mention."""

from __future__ import annotations

import re

from sorabrief.extract.attribution import GENERIC_ORGANISATION
from sorabrief.extract.described_party import described_party, introduced_spokesperson
from sorabrief.extract.mentions import PartyMatcher
from sorabrief.extract.pronouns import Referents, resolve

_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+")
_SURNAME = re.compile(r"[A-Z][\w’'-]+$")
_TITLED_SURNAME = re.compile(rf"{_TITLE.pattern}[A-Z][\w’'-]+")
_SPOKES = re.compile(
    r"\b(?:spokes(?:person|man|woman)|representative|press\s+(?:officer|secretary))\b",
    re.IGNORECASE,
)
_DESCRIBED = re.compile(
    r"\b(?i:an?|one|the)\s+(?:[\w’'-]+\s+){0,3}?(?:spokes(?:person|man|woman)|representative)"
    r"(?:\s+(?:for|of|from|at)\s+(?:the\s+)?[\w’'-]+(?:\s+(?:[A-Z][\w’'-]*|of|and))*)?"
)
"""A spokesperson described without a name ("a spokeswoman for the utility")."""
_FOR_THE = re.compile(r"\b(?:for|of|from|at)\s+the\s+(?:[\w’'-]+\s+)?(?P<noun>[a-z][\w-]*)\s*$")
_ROLE = r"[^,.;:“”«»\"()]{2,100}?"
_NEW_NAME_REACH = 1_500
"""How far before a surname never introduced, in characters, an unnamed spokesperson may
be described for the surname to be theirs."""


def named_spokesperson_party(
    text: str,
    name: str,
    at: int,
    earlier: list[tuple[str | None, str | None]],
    referents: Referents,
    parties: PartyMatcher,
) -> str | None:
    """The party the spokesperson called ``name`` (written at ``at``, no party) speaks for:
    the speaker of an earlier quotation by the same name (``earlier`` holds attributions and
    speakers), a party a spokesperson's role set beside the name before, or, for a surname
    the story never wrote before, the party of the spokesperson it described just before."""
    surname = _SURNAME.search(name)
    if surname is None:
        return None
    last = surname.group()
    titled = _TITLED_SURNAME.fullmatch(name) is not None
    short = titled or _SURNAME.fullmatch(name) is not None
    for attribution, speaker in reversed(earlier):
        if (
            speaker
            and attribution
            and attribution.split()[-1] == last
            and (short or attribution == name)
        ):
            return speaker
    if _SPOKES.search(text, 0, at) is None:
        return None
    named = rf"(?:[A-Z][\w’'-]+\s+){{0,3}}{re.escape(last)}\b"
    apposed = re.compile(
        rf"\b{named}\s*,\s*(?P<role>{_ROLE})\s*,|(?P<before>(?i:an?|the)\s+{_ROLE})\s*,\s*{named}"
    )
    introductions = [m for m in apposed.finditer(text, 0, at) if _SPOKES.search(m.group())]
    if introductions:
        role = introductions[-1]
        group = "role" if role.group("role") else "before"
        return _spoken_for(text, role.group(group), role.start(group), referents, parties)
    described = list(_DESCRIBED.finditer(text, max(0, at - _NEW_NAME_REACH), at))
    if titled and described and re.search(rf"\b{re.escape(last)}\b", text[:at]) is None:
        return _spoken_for(text, described[-1].group(), described[-1].start(), referents, parties)
    return None


def _spoken_for(
    text: str, role: str, at: int, referents: Referents, parties: PartyMatcher
) -> str | None:
    """The party a spokesperson's role written at ``at`` names ("a spokeswoman for Acme"),
    or describes by a noun ("a spokeswoman for the utility")."""
    if (party := parties.most_specific(role)) is not None:
        return party
    body = _FOR_THE.search(role)
    if body is None:
        return introduced_spokesperson(text, at + len(role), referents, parties)
    noun = f"the {body.group('noun')}"
    if GENERIC_ORGANISATION.fullmatch(noun):
        company = resolve("company", at, ((0, at), None), referents)
        return company.party if company is not None else None
    return described_party(text, noun, at, referents, parties)
