"""How a name is written in a sentence: as the one doing something ("X said"), as a place
("in X"), with a person's role ("district spokesperson X"), or describing a noun ("two X
skippers"). ``parties.py`` proposes parties from what these say."""

from __future__ import annotations

import re

from sorabrief.draft.names import Name
from sorabrief.draft.spokespeople import ROLE

ACTS = re.compile(
    r"^[”\"’']?(?:[’']s\b.{0,40}?|,[^,]{2,80},)?\s*(?:has\s+|have\s+|had\s+|also\s+|later\s+)?"
    r"(?:[a-z]+ed|said|says?|told|tells|denies|deny|accuses|alleges|argues?|claims?|insists?|warns?"
    r"|writes?|wrote|demands?|calls?|wants?|is\s+investigating|is|was|will|would|could|can"
    r"|did|does|has|had|sent|took|made|gave|began|began|met|sought|won|lost|paid|spent|cut|shut"
    r"|ran|led|set|put|kept|held|brought)\b"
)
_ROLE_BEFORE = re.compile(rf"(?i)\b{ROLE}\s+$")
_ROLE_AFTER = re.compile(
    rf"(?i),\s+(?:the|a|an|its|their|[\w’'-]+[’']s)\s+(?:[\w’'-]+\s+){{0,3}}?{ROLE}\b"
)
_POSSESSIVE = re.compile(r"[’']s\b")
_IN_PLACE = re.compile(
    r"\b(?:in|across|throughout|near|outside|out\s+of)\s+(?:the\s+)?(?:[a-z]+ern\s+|central\s+)?$"
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|across|around|outside)\s+(?:the\s+)?"
    r"(?:[a-z]+ern\s+|central\s+)?$"
)
"""A place: "in Kestrel Bay", "across the Fens", "in central Kestrel", "in northern Fens"."""
_MODIFIER = re.compile(r"\s+[a-z]")
_ROLE_NEXT = re.compile(rf"(?i)\s+(?:[\w-]+\s+)?{ROLE}\b")


def how_acting(body: str, name: Name) -> str | None:
    """How the name is written as the one doing something: "direct" ("X said"),
    "possessive" ("X's regulator said"), or None (not acting, written as a place, or
    owning another name that acts: "X's Harbour Board said")."""
    end = name.start + len(name.text)
    if _PLACE_BEFORE.search(body[max(0, name.start - 20) : name.start]):
        return None
    match = ACTS.match(body[end : end + 120])
    if match is None:
        return None
    possessive = _POSSESSIVE.match(body, end)
    if possessive is None:
        return "direct"
    if re.match(r"\s+[A-Z]", body[possessive.end() :]):
        return None  # "Kestrel Bay's Harbour Board said": the board acts
    return "possessive"


def written_as_place(body: str, name: Name) -> bool:
    """Whether the name is written as where something is ("in X", "across the X"), not
    as a possessor ("in X's systems")."""
    end = name.start + len(name.text)
    before = body[max(0, name.start - 20) : name.start]
    return _IN_PLACE.search(before) is not None and _POSSESSIVE.match(body, end) is None


def possessor(text: str, name: Name) -> bool:
    """Whether the name is written as a possessor ("X's ministry"): the noun after it acts."""
    return _POSSESSIVE.match(text, name.start + len(name.text)) is not None


def given_a_role(text: str, at: int, name: str) -> bool:
    """Whether a sentence gives the name a person's role: right before it ("district
    spokesperson Jo Park") or in an apposition after it ("Jo Park, the union's chair")."""
    if _ROLE_BEFORE.search(text[max(0, at - 40) : at]):
        return True
    return _ROLE_AFTER.match(text, at + len(name)) is not None


def describes_a_noun(attribution: str, name: Name) -> bool:
    """Whether a name in a quotation's attribution describes the noun after it ("engineers
    at two Kestrel banks"), rather than naming the speaker or the one they speak for
    ("AFM director Jo Park")."""
    end = name.start + len(name.text)
    return _MODIFIER.match(attribution, end) is not None and not (
        ACTS.match(attribution[end:]) or _ROLE_NEXT.match(attribution, end)
    )
