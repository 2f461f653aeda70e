"""The relative clause a position of a sentence sits in, and the noun it describes.

A relative clause tells a fact about the noun before it ("the hackers, who began leaking
files on Sunday"; "the plan the operator filed last week"; "the firm that took over the
service in May"), so a date inside it is the date of that clause's own act. Three kinds
are found: a clause opened by "who", "whom", "whose" or "which"; one opened by "that"
right after a noun; and a contact clause, with no relative word, where a noun is followed
by a pronoun or "the ..." as subject and a verb in the past ("the fee it introduced").
"""

from __future__ import annotations

import re

import attrs

from sorabrief.aggregation.clauses import clause_spans


@attrs.frozen
class Relative:
    """A relative clause: its words and the noun before it."""

    words: str
    noun: str
    of_person: bool
    """Opened by "who", "whom" or "whose": it tells an act of a person."""


_OPENING = re.compile(r"(?i)\s*(who|whom|whose|which)\b")
_PAST = r"(?:[a-z]{3,}ed|made|sent|paid|set|took|gave|put|held|brought|bought|sold|won|built)"
_INSIDE = re.compile(
    r"(?i)\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+(?:[\w₹$€£%.-]+\s+){0,2}?"
    r"(?P<noun>(?!(?:said|says|told|\w+ed)\b)[\w₹$€£%.-]+)\s+"
    r"(?:(?P<that>that)\s+(?!(?:the|a|an|it|its|they|their|he|his|she|her|we|our)\b)"
    rf"|(?:it|they|he|she|we|the\s+[a-z][\w-]*)\s+(?:had\s+|has\s+|have\s+)?(?={_PAST}\b))"
)
"""A noun phrase followed by "that" and a verb, or by a subject and a verb in the past; a
verb of saying or in -ed before "that" ("said that", "confirmed that") opens what was said."""


def relative_clause(text: str, at: int) -> Relative | None:
    """The relative clause of ``text`` holding offset ``at``, if any."""
    start, end = next(((a, b) for a, b in clause_spans(text) if a <= at < b), (0, len(text)))
    opened = _OPENING.match(text, start)
    if opened is not None:
        before = text[:start].rstrip(" ,").split()
        noun = before[-1] if before else ""
        return Relative(text[start:end], noun, opened[1].lower() != "which")
    found = list(_INSIDE.finditer(text, start, at))
    if not found:
        return None
    last = found[-1]
    return Relative(text[last.end("noun") : end], last["noun"], False)
