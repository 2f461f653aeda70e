"""Whether a figure's own noun phrase sets its amount apart from the claim's subject.

English marks one set, or one time, against another of the same noun with a modifier of
contrast: "the existing fleet of 31 trains", "a further 12 people", "the remaining two
hospitals"), or by a relative clause saying the set stands now ("the 31 trains that
currently run"). A figure whose own phrase carries such a modifier is not the figure of
a subject that carries no modifier of the same sense.
"""

from __future__ import annotations

import functools
import re

from sorabrief.findings import Figure

CONTRAST = {
    "other": "other",
    "another": "added",
    "additional": "added",
    "extra": "added",
    "further": "added",
    "existing": "existing",
    "current": "existing",
    "old": "existing",
    "former": "existing",
    "previous": "existing",
    "earlier": "existing",
    "new": "new",
    "remaining": "left",
    "first": "part",
    "opening": "part",
}
"""Modifiers of contrast, by sense: a subject's "additional capital" is "an extra S$600m";
"first" and "opening" mark a part of a longer time or set ("the first ten minutes of the
match").
"New" sets a figure apart only from a subject marked as what stood before: a report calls
the incident's own object new ("24 new trains") where an editor's subject need not."""
STANDING = frozenset({"currently", "now", "still", "today"})
"""Adverbs that, in a relative clause after the figure, mark a set that stands now, as
"existing" does: "the 31 trains that currently run on the line"."""
_RELATIVE = re.compile(r"\s*(?:that|which|who)\s+([^,;:.!?()\n]*)", re.IGNORECASE)
_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+)?"
    r"\b((?:[a-z]+\s+){0,2}?)(?:([a-z]+)\s+of\s+)?$",
    re.IGNORECASE,
)
"""The words of a figure's phrase before it: up to two after a determiner, and a noun
before "of" ("the existing fleet of 31 trains")."""
_LAST_WORDS = re.compile(r"\s*(?:[a-z]+\s*){0,5}", re.IGNORECASE)
"""Matched on the reversed text: its last five words and the spaces around them, the most
that ``_BEFORE`` can match (a determiner, two words, a noun and "of")."""
_WORD = re.compile(r"[a-z]+")


def set_apart(body: str, figure: Figure, subject: str) -> bool:
    """Whether the figure's own phrase (its words, the word just before it, the words
    between a determiner and the noun before "of", or a relative clause after it saying
    the set stands now, ``STANDING``) carries a modifier of contrast whose
    sense the claim's ``subject`` lacks."""
    own = _senses_of(subject)
    before = body[max(0, figure.start - 60) : figure.start]
    words = _WORD.findall(figure.text.lower())
    words += _WORD.findall(before.lower())[-1:]
    end = figure.converted.end if figure.converted else figure.end
    relative = _RELATIVE.match(body, end)
    if relative and STANDING & set(_WORD.findall(relative.group(1).lower())):
        words.append("existing")
    phrase = _phrase_before(before)
    if phrase and phrase.group(2):
        words += _WORD.findall(phrase.group(1).lower())
    senses = {CONTRAST[w] for w in words if w in CONTRAST}
    if "existing" not in own:
        senses.discard("new")  # news calls the incident's own object new
    return bool(senses - own)


@functools.lru_cache(maxsize=256)
def _senses_of(subject: str) -> frozenset[str]:
    """The senses of contrast a claim's subject carries, "existing" for a set standing now:
    found once per subject, not once per figure of every article."""
    said = _WORD.findall(subject.lower())
    own = {CONTRAST[w] for w in said if w in CONTRAST}
    return frozenset(own | {"existing"} if STANDING & set(said) else own)


def _phrase_before(before: str) -> re.Match[str] | None:
    """``_BEFORE`` searched only where a match can start, among the last five words: the
    search from every position of the text tried each again and again."""
    last = _LAST_WORDS.match(before[::-1])
    return _BEFORE.search(before, len(before) - (last.end() if last else 0))
