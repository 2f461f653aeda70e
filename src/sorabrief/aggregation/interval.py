"""Whether a span of time is the time between two acts, not how long one lasted.

English tells how long something lasted with a word of extent before the span ("for
five weeks", "over 14 hours", "within 48 hours") or with a verb of lasting ("lasted
three hours", "waited almost seven hours before …"). A span followed by "before" or
"after" and another act, with no such word before it, times one act from the other: "a
week after diesel reached the intake", "more than 24 hours before the company found it",
"Nearly a week after fire tore through the market". It is no duration
claim's figure, unless the claim itself is timed from another act the same way and the
sentence's words before the span tell the claim's act ("how long passengers were kept
on board after the grounding": "passengers were taken off five hours after the
grounding"), or is timed up to an act and the sentence, before the span, tells that act
("how long the station stayed closed before reopening": "the station reopened on Monday,
two weeks after the collapse"). A span followed by "later" is left alone: "was taken down three hours
later" tells how long what the sentence opened with lasted.

A span followed by "of" names what lasted: "two weeks of exceptional rain", "three years
of savings". When none of those words shares its first letters with the claim's subject
("how long the highway was closed"), it is another thing's span; a subject not saying
it is a span ("supply lost") does not say what lasted, and is left alone. Not after "within",
which times a deadline from an act ("within 90 days of the ticket being issued").

A span followed by "into" and a determiner or possessive tells how much of a longer act
had passed when something happened, not how long that act lasted: "reopened barely ten
days into a 60-day suspension", "an hour into the flight". It is no duration claim's figure,
unless "by" or "for" gives it as a length ("extended by 30 days into the new season").
"""

from __future__ import annotations

import re

from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.findings import Figure

_TIMED = re.compile(r"\s+(before|after)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_HEDGES = frozenset(
    {"a", "an", "one", "the", "about", "around", "almost", "nearly", "roughly", "some",
     "approximately", "just", "only", "than", "more", "less", "least", "at", "under",
     "barely", "fully", "well", "close", "to"}
)  # fmt: skip
"""Words between a word of extent and the span it introduces ("for more than a week")."""
_EXTENT = frozenset(
    {"for", "over", "during", "throughout", "within", "in", "lasted", "lasting", "lasts",
     "last", "took", "take", "takes", "taking", "spent", "spend", "spending", "ran",
     "run", "runs", "went", "kept", "stayed", "remained", "waited"}
)  # fmt: skip
"""Words that introduce a span as how long something lasted; any other word in -ed or
-ing may be a verb of lasting too ("continued", "dragging on"), and is read so."""
_FROM_ACT = re.compile(r"\b(before|after|since|between)\b", re.IGNORECASE)
_ACT = re.compile(r"[^.;,:!?]*")
"""The act a span is timed from: the words after "before" or "after", up to punctuation."""
_OF = re.compile(r"\s+of\s+([^.;,:!?()]+)", re.IGNORECASE)
_WITHIN = re.compile(r"(?i)\bwithin\s+(?:\S+\s+){0,3}$")
""""within" a few words before a span, or opening it ("within ten working days")."""
ROOT = 4
"""Words sharing this many first letters may name one thing ("suspension", "suspended")."""
_VAGUE = frozenset(sentence_stems("how long time length period"))
"""Words of a duration claim's subject that say only that it is a span of time."""


_INTO = re.compile(r"\s+into\s+(?:a|an|the|its|their|his|her|our|this|that)\b", re.IGNORECASE)
_LENGTH_OF = re.compile(r"(?i)\b(?:by|for)\s+$")
"""A span's own preposition saying it is an act's length, whatever follows it: "extended
by 30 days into the new season", "stayed shut for a week into the holidays"."""


def elapsed_within(body: str, figure: Figure) -> bool:
    """Whether a span in ``body`` is the time passed within a longer act ("ten days into a
    60-day suspension"), not that act's length (``_LENGTH_OF``)."""
    return (
        _INTO.match(body, figure.end) is not None
        and _LENGTH_OF.search(body, max(0, figure.start - 8), figure.start) is None
    )


def between_acts(body: str, figure: Figure, sentence_start: int, subject: str) -> bool:
    """Whether a span of time in ``body`` times one act from another (module docstring),
    for a duration claim about ``subject``; ``sentence_start``: where its sentence
    starts."""
    timed = _TIMED.match(body, figure.end)
    if timed is None:
        return False
    before = body[sentence_start : figure.start]
    words = _WORD.findall(before.lower())
    while words and words[-1] in _HEDGES:
        words.pop()
    if words and (words[-1] in _EXTENT or words[-1].endswith(("ed", "ing"))):
        return False
    said = _FROM_ACT.search(subject)
    if said is None:
        return True
    if said.group(1).lower() == "between":
        return False
    other_end = set(sentence_stems(subject[said.end() :])) - _VAGUE
    before_stems = set(sentence_stems(before))
    if said.group(1).lower() != timed.group(1).lower():
        return not other_end & before_stems
    measured = set(sentence_stems(subject[: said.start()])) - _VAGUE
    if not measured & before_stems:
        return True
    act = _ACT.match(body, timed.end())
    return bool(other_end) and not other_end & set(sentence_stems(act.group() if act else ""))


def span_of_another(body: str, figure: Figure, subject: str) -> bool:
    """Whether a span of time in ``body`` is followed by "of" and words naming what
    lasted, none sharing ``ROOT`` first letters with a word of the duration claim's
    ``subject`` ("two weeks of exceptional rain" against how long a road was closed), and
    no "within" comes before it. Only for a subject that says it is a span ("how long",
    "time", "period") and so names what lasted; "supply lost" may label a span of
    anything."""
    named = _OF.match(body, figure.end)
    if named is None or _WITHIN.search(body[max(0, figure.start - 40) : figure.start]):
        return False
    said = set(sentence_stems(subject))
    if figure.text.lower().startswith("within") or not said & _VAGUE:
        return False
    roots = {stem[:ROOT] for stem in said - _VAGUE}
    return not roots & {stem[:ROOT] for stem in sentence_stems(named.group(1))}
