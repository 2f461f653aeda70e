"""Whether a figure's sentence has another party do what the claim's subject has its party do.

A figure claim's subject often names who acted ("emergency money the cantonal government
paid towards the debt"). A sentence in which another party does the same thing before the
figure ("the hospital had paid Medigas 610,000 KM in January") reports that party's act,
another sum of the same unit: its figure is not the claim's. A party's members (its
``affiliation``) act for it, so they are no other party.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from sorabrief.model import Party

_BETWEEN = r"\s+(?:(?:had|has|have|then|also|already|only|just)\s+)*"
"""Words that may stand between a party and its verb ("the hospital had already paid")."""
_NOT_ACT_WORDS = """
    was were is are be been being had has have will would could should may might must did
    does not also then already only just
"""
_NOT_ACTS = frozenset(_NOT_ACT_WORDS.split())
"""Words after a party that say no act of its own: a form of "be" makes it the one acted
on ("the distributor was given 30 days", "the company was owed"), which the same verb
after another party may well be the same event of ("the regulator had given the company
30 days"); a modal says no act done."""

Names = tuple[tuple[str, str], ...]
"""Every name and alias of the case's parties, longest first, with the id of the party
they act for."""


def party_names(parties: Sequence[Party]) -> Names:
    """Every name and alias of the case's parties with the id of the party they act for
    (a member's affiliation, else its own), longest first."""
    pairs = {(name, party.affiliation or party.id) for party in parties for name in party.names}
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


@functools.lru_cache(maxsize=256)
def _others_acting(subject: str, names: Names) -> re.Pattern[str] | None:
    """A pattern of another party doing what ``subject`` has a party do, or None when the
    subject names no party followed by a verb of its own act (``_NOT_ACTS``)."""
    others: list[str] = []
    for name, party in names:
        for m in re.finditer(rf"(?i:\b{re.escape(name)}){_BETWEEN}([a-z]{{3,}})\b", subject):
            verb = m.group(1)
            if verb in _NOT_ACTS:
                continue
            others += [
                rf"\b{re.escape(other)}{_BETWEEN}{verb}\b" for other, who in names if who != party
            ]
    return re.compile("(?i:" + "|".join(others) + ")") if others else None


def another_actor(sentence: str, subject: str, names: Names) -> bool:
    """Whether ``sentence`` (up to the figure) has another party do, with the same verb,
    what ``subject`` has a party do ("the hospital had paid" against "the cantonal
    government paid")."""
    pattern = _others_acting(subject, names)
    return pattern is not None and pattern.search(sentence) is not None
