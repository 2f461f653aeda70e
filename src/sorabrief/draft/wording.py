"""Minimal rewrites of a sentence into a claim's statement: only words taken away, never added.

- ``reported_clause``: "X said (that) CLAUSE" -> CLAUSE, for "X alleges that …" and
  "X says …" (the briefing adds the party's name);
- ``without_attribution_tail``: "…, the company said." -> "….", when the tail is short and
  plain (no quotation marks, commas or clauses in it).
"""

from __future__ import annotations

import re

SPEECH = (
    r"(?:said|says|told\s+[\w ]{1,30}?|added|insisted|insists|argued|argues|claimed|claims"
    r"|alleged|alleges|warned|stated|wrote|writes)"
)
_CLAUSE = re.compile(
    rf"^(?:(?:In|In\s+a|In\s+its|In\s+their)\s+(?:written\s+)?statements?,\s*)?"
    rf"(?P<who>[^,“”\"]{{2,80}}?)(?:,\s*[^,“”\"]{{2,90}},)?\s+{SPEECH}\s+(?:that\s+)?"
    rf"(?P<clause>[^“”\"\s].{{10,}})$",
    re.DOTALL,
)
_TAIL = re.compile(
    rf",\s+(?:according\s+to\s+[^,“”\"]{{2,60}}|(?:he|she|they|it|[^,“”\"]{{2,60}}?)\s+{SPEECH}"
    r"(?:\s+(?:on|last|this|earlier)\s+\w+)?)\s*(?P<end>[.!?])$"
)
_NOT_A_SPEAKER = re.compile(
    r"\b(?:has|have|had|is|was|were|are|will|would|[a-z]\w*ed|[a-z]\w*ing)\b|^(?:\S+\s+){7,}"
)
"""A speaker is a noun phrase: no verb ("has denied claims that …" reports no clause); a
capitalised word is part of a name ("Brackley Building Services")."""
_QUOTED_START = re.compile(r"^\s*[“\"‘]")


def reported_clause(sentence: str) -> str | None:
    """What "X said (that) …" reports, with a small first letter; None for any other shape."""
    text = " ".join(sentence.split())
    match = _CLAUSE.match(text)
    if match is None or _NOT_A_SPEAKER.search(match.group("who")):
        return None
    clause = match.group("clause")
    if clause.count("“") != clause.count("”") or clause.count('"') % 2:
        return None
    return _lower_first(clause)


def without_attribution_tail(sentence: str) -> str:
    """The sentence without a short attribution at its end ("…, he said.")."""
    text = " ".join(sentence.split())
    match = _TAIL.search(text)
    if match is None or match.start() < 20:
        return text
    return text[: match.start()] + match.group("end")


def opens_with_quotation(sentence: str) -> bool:
    """Whether the sentence is a quotation (its first character a quote mark)."""
    return _QUOTED_START.match(sentence) is not None


def _lower_first(text: str) -> str:
    """A lower-case first letter, unless the first word is a name or an acronym."""
    first = text.split()[0]
    if first in ("The", "A", "An", "It", "They", "He", "She", "There", "This", "Its", "Their"):
        return text[0].lower() + text[1:]
    return text
