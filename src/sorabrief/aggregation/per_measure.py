"""Whether a price is given per another measure than the one a claim prices.

A price is a sum per something: "K7.80 a litre", "2,400 Ar per kilo", "MWK 15,000 per
50 kg bag", "a bag of rice now costs K62". An editor names that measure in a price
claim's subject ("price of a bag of rice", "subsidy per litre of fuel"). A sum in the
claim's currency given per another measure ("diesel went up to K7.80 a litre", against
the price of a bag of rice) prices something else, though its sentence speaks of the same
shops and the same closure. The two ends of a change share one measure: in "raised diesel
from K5.95 to K7.80 a litre", K5.95 is a litre's price too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sorabrief.findings import Figure

MEASURES = frozenset(
    {
        "bag", "barrel", "bottle", "box", "bundle", "can", "carton", "crate", "cylinder",
        "dozen", "gallon", "gram", "jerrycan", "kg", "kilo", "kilogram", "kilowatt-hour",
        "kwh", "litre", "liter", "loaf", "ounce", "pack", "packet", "pound", "sack", "tin",
        "ton", "tonne",
    }
)  # fmt: skip
"""General nouns of a measure that goods are sold by."""

_PER = r"\b(?:a|an|per|each|every)\s+((?:[\w-]+\s+){0,2}[\w-]+)"
_RATE = re.compile(rf"(?i){_PER}")
_AFTER = re.compile(rf"(?i)\s*{_PER}")
_BEFORE = re.compile(rf"(?i){_PER}\s+of\b")
"""A measure of something before its price ("A bag of the most popular rice costs K62")."""
_WORD = re.compile(r"[a-z]+(?:-hour)?")
REACH = 40
"""How many characters after a sum its measure is looked for ("a litre", "per 50 kg bag")."""


def _measures(words: str) -> frozenset[str]:
    """The measures named among a few words ("50-kg bag": bag, kg), singular."""
    found = set()
    for word in _WORD.findall(words.lower()):
        singular = word[:-1] if word.endswith("s") and word[:-1] in MEASURES else word
        if singular in MEASURES:
            found.add(singular)
    return frozenset(found)


def _own_measures(
    body: str, figure: Figure, start: int, sentence: Sequence[Figure]
) -> frozenset[str]:
    """The measures a sum names after it ("K7.80 a litre"), or, for the first sum of its
    quantity in its sentence, before it ("A bag of rice now costs K62")."""
    after = _AFTER.match(body[figure.end : figure.end + REACH])
    if after is not None:
        return _measures(after.group(1))
    if any(o.start < figure.start and o.quantity == figure.quantity for o in sentence):
        return frozenset()
    before = list(_BEFORE.finditer(body, start, figure.start))
    return _measures(before[-1].group(1)) if before else frozenset()


def measures_of(
    body: str, figure: Figure, start: int, sentence: Sequence[Figure]
) -> frozenset[str]:
    """The measures a sum is given per, in the body of its article, its sentence starting
    at ``start`` and holding the figures ``sentence``; when it names none, those of the
    nearest other sum of its quantity in the sentence (the other end of a change: "from
    K5.95 to K7.80 a litre", "costs K62, up from K48")."""
    own = _own_measures(body, figure, start, sentence)
    others = [o for o in sentence if o is not figure and o.quantity == figure.quantity]
    if own or not others:
        return own
    nearest = min(others, key=lambda o: abs(o.start - figure.start))
    return _own_measures(body, nearest, start, sentence)


def other_measure(measures: frozenset[str], subject: str) -> bool:
    """Whether a sum given per ``measures`` prices another measure than ``subject`` does
    ("price of a bag of rice" against a litre): both name one, and none is the same."""
    claimed = frozenset().union(*(_measures(m.group(1)) for m in _RATE.finditer(subject)))
    return bool(measures) and bool(claimed) and not measures & claimed
