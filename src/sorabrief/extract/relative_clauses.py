"""Relative clauses inside a speaker's noun phrase, which are not the speaker.

"A boat owner who rents a berth said" is the boat owner, and "The union that represents the
crews called" is the union; but the "that" of a reported clause ("The report found that crews
called …") opens no relative clause. A participle with its relative pronoun left out ("said
the levels recorded at the weir were …") is no speech verb.
"""

from __future__ import annotations

import re

_NOT_A_RELATIVE_VERB = re.compile(
    r"(?i:the|an?|its|their|his|her|our|my|your|this|these|those|it|he|she|they|we|i|you|there"
    r"|some|many|most|all|no|every)\b|[A-Z\d]"
)
_VERB_BEFORE_THAT = re.compile(
    r"(?i:[a-z]+ed|found|said|told|thought|knew|saw|heard|felt|held|showed|shown|wrote|made|says"
    r"|argues|claims|believes|thinks|knows|feels|shows|finds|means|suggests|insists|warns)\s*$"
)
_SUBJECT_BEFORE_THAT = re.compile(r"\s*(?i:the|an?|its|their)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*")


def relative_clause(head: str, boundaries: list[re.Match[str]]) -> bool:
    """Whether the last clause boundary opens a relative clause inside the subject: "who"
    after any words ("A boat owner who rents a berth said"), or "that"/"which" after a short
    noun phrase and before a verb ("The union that represents the crews called"), not the
    "that" of a reported clause ("The report found that crews called")."""
    last = boundaries[-1]
    word = last.group().casefold()
    if word == "who":
        return True
    if word not in ("that", "which"):
        return False
    previous = boundaries[-2].end() if len(boundaries) > 1 else 0
    subject = head[previous : last.start()]
    return (
        _SUBJECT_BEFORE_THAT.fullmatch(subject) is not None
        and _VERB_BEFORE_THAT.search(subject) is None
        and _NOT_A_RELATIVE_VERB.match(head[last.end() :].lstrip()) is None
    )


_NOUN_BEFORE = re.compile(
    r"\b(?i:the|its|their|these|those)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+$"
)
_PARTICIPLE_PHRASE = re.compile(
    r"\s+(?i:at|in|on|during|by|from|over|since|before|after)\s+"
    r"(?:(?!\b(?i:that)\b)[^,;:“”«»\"‘])*?\b(?i:had|has|have|was|were|is|are)\b[^,;:“”«»\"‘]*$"
)


def reduced_relative(before: str, verb: re.Match[str]) -> bool:
    """Whether a speech verb ending in "-ed" is a participle that describes the noun before it
    ("said the faults recorded during the trials were …"): a phrase after it, then the finite
    verb of the clause, with no "that" or comma between it and the end of ``before``."""
    return (
        verb.group().endswith("ed")
        and _NOUN_BEFORE.search(before, max(0, verb.start() - 60), verb.start()) is not None
        and _PARTICIPLE_PHRASE.match(before, verb.end()) is not None
    )
