"""Whether a figure is the size of a change rather than the amount a claim counts.

"Fares had gone up by K5", "the toll rose sharply by 20%", "cases fell by 12": a figure
after "by" following a verb of change tells how much something moved, not what it stands
at. A claim whose subject speaks of no change ("pump price of a litre of diesel") counts a
level, so such a figure is not its figure; one whose subject speaks of a rise, a cut or
a difference ("increase in the fare") may be.
"""

from __future__ import annotations

import re

from sorabrief.findings import Figure

_CHANGED_BY = re.compile(
    r"(?i)\b(?:up|down|rose|risen|rises|rising|fell|fallen|falls|falling|increased|"
    r"increases|decreased|raised|lowered|reduced|cut|climbed|jumped|dropped|grew|grown|"
    r"surged|slipped|soared)\s+(?:[a-z]+ly\s+)?by\s+$"
)
"""A verb of change, perhaps an adverb, and "by", right before a figure."""
_CHANGE_WORDS = re.compile(
    r"(?i)\b(?:ris(?:e|es|en)|rose|increase[sd]?|hike[sd]?|jump(?:s|ed)?|cut|cuts|"
    r"fall|fell|drop(?:s|ped)?|reduction|difference|more|extra|higher|lower|up|down|"
    r"change[sd]?|surcharge)\b"
)
"""Words with which a subject speaks of a change ("rise in the fare", "how much more")."""


def size_of_change(body: str, figure: Figure, subject: str) -> bool:
    """Whether ``figure`` follows a verb of change and "by" ("had gone up by K5") while
    the claim's ``subject`` speaks of no change."""
    before = body[max(0, figure.start - 40) : figure.start]
    return _CHANGED_BY.search(before) is not None and _CHANGE_WORDS.search(subject) is None
