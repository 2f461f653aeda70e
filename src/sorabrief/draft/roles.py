"""A person's role as the articles write it, when they do not say whom the person speaks
for: a title right before the name ("Regional Transport Commissioner Jo Park", "chief
executive Jo Park"), an office with its remit in apposition before it ("the Minister for
Roads, Jo Park,") or an apposition after it ("Jo Park, the clinic's head of nursing,",
"Jo Park, a retired engineer who chairs the panel")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sorabrief.draft.names import TITLES
from sorabrief.draft.spokespeople import BODY_NOUNS, HONOUR, OFFICE_WORDS, ROLE, ROLE_WORDS

_EXTRA = r"|surgeon|doctor|physician|nurse|teacher|pilot"
_NOUN = rf"(?i:{ROLE_WORDS}|{OFFICE_WORDS}{_EXTRA})(?:-[a-z]+)*"
"""A role noun: a role in an organisation, an office, or one of a few professions."""


def written_role(sentence: str, person: str) -> str | None:
    """The role one sentence writes for ``person``, or None."""
    if person not in sentence:  # every pattern below needs the name as written
        return None
    name = re.escape(person)
    before = re.search(
        rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?P<r>(?:[\w’'-]+\s+){{0,2}}?{_NOUN})\s+{name}\b",
        sentence,
    ) or re.search(
        rf"(?:^|(?<=[\s“\"‘(]))(?P<r>(?:[A-Z][\w’'-]*\s+){{0,3}}{_NOUN})\s+{name}\b", sentence
    )
    if before:
        return _tidy(before.group("r"))
    office = re.search(
        rf"(?P<r>\b[A-Z][\w-]*\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*),"
        rf"\s+{name},",
        sentence,
    )
    if office and office.group("r").split()[0].split("-")[-1] in TITLES:
        return office.group("r")
    after = re.search(
        rf"\b{name},\s+(?:a|an|the)\s+(?P<r>(?:[\w’'-]+\s+){{0,3}}?{_NOUN}"
        r"(?:\s+(?:of|for|at|in)\s+[\w’' -]{1,40}?)?)(?=\s*[,;.]|\s+who\b|$)",
        sentence,
    )
    return _tidy(after.group("r")) if after else None


def most_written_role(sentences: Iterable[str], person: str) -> str | None:
    """The role the sentences write most often for ``person`` (the first on a tie)."""
    roles = Counter(r for s in sentences if (r := written_role(s, person)) is not None)
    return roles.most_common(1)[0][0] if roles else None


def _tidy(role: str) -> str:
    """One-spaced, and a sentence's opening capital dropped ("Chief executive" -> "chief
    executive"; "Transport Commissioner" stays)."""
    words = role.split()
    if len(words) > 1 and words[0][0].isupper() and words[1][0].islower():
        words[0] = words[0].lower()
    return " ".join(words)


_OUTSIDE = (
    r"(?:analyst|researcher|consultant|professor|lecturer|economist|expert|academic"
    r"|scientist|strategist|commentator)"
)
"""Roles of someone who comments from outside the news (an analyst, a professor), whom a
briefing's parties leave out when one report alone quotes them."""


def commentator(sentence: str, person: str) -> bool:
    """Whether the sentence gives ``person`` an outsider's role: "Jo Park, a banking analyst
    at Harrow Capital", "Jo Park, a rail consultant based in Lyon", "analyst Jo Park"."""
    name = re.escape(person)
    return bool(
        re.search(rf"\b{name},\s+(?:a|an)\s+(?:[\w’'-]+\s+){{0,3}}?{_OUTSIDE}\b", sentence)
        or re.search(rf"(?i:\b{_OUTSIDE})\s+{name}\b", sentence)
    )


_TITLE = "|".join(sorted(TITLES))
_ORG_NAME = r"[A-Z][\w&’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&’'-]*)*"


def official_role(sentence: str, person: str) -> bool:
    """Whether the sentence gives ``person`` an office or a body's role: a capitalised title
    before the name ("Superintendent Jo Park", "Deputy Minister of Labour Jo Park"), a
    body's role before it ("council president Jo Park"), or after it a role of a body
    ("Jo Park, a spokeswoman for the agency", "Jo Park, the chamber's executive director",
    "Jo Park, a Harbour Labs spokesman")."""
    name = re.escape(person)
    before = (
        rf"\b(?:{_TITLE})(?:\s+(?:of|for)\s+(?:the\s+)?{_ORG_NAME})?,?\s+{HONOUR}{name}\b",
        rf"(?i:\b(?:{BODY_NOUNS})(?:[’']s)?\s+(?:[\w-]+\s+)?{ROLE})\s+{HONOUR}{name}\b",
    )
    after = (
        rf"\b{name},\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?{ROLE}\s+(?:for|of|at)\s",
        rf"\b{name},\s+(?:the|its|their)\s+(?:[\w’'-]+[’']s\s+)(?:[\w-]+\s+){{0,2}}?{ROLE}\b",
        rf"\b{name},\s+(?:a|an|the)\s+{_ORG_NAME}\s+(?:[\w-]+\s+)?{ROLE}\b",
    )
    return any(re.search(p, sentence) for p in (*before, *after))
