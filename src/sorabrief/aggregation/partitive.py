"""The bounds a count written as a part of a whole sets ("310 of the bay's 460 boats").

In "N of the M boats" or "hired N of the workers", both numbers count the same things and
the part is no more than the whole: whichever of the two a claim's count is bound to, the
claim's count lies between them (the part's, when the claim counts the part; the whole's,
when it counts the whole). Such a figure is then compared with other outlets' by that
range, not by its one number: "11 of the workers" does not contradict "19 workers", nor
"290 of the fleet's 460 boats" "460 boats".
"""

from __future__ import annotations

import re

from sorabrief.extract.numbers import NUMBER, amount_range
from sorabrief.findings import Figure, Quantity

_NUMBER = re.compile(rf"(?i)\b{NUMBER}\b")
_OF_WHOLE = r"\s+of\s+(?:the|its|their|his|her|our|these|those|them)\b"
""""of" and a determiner opening the whole a part is taken from."""
_PART_BEFORE = re.compile(rf"(?i)\b(?P<part>{NUMBER}){_OF_WHOLE}(?:\s+[\w'’-]+){{0,2}}?\s+$")
"""A part right before a figure, which is then the whole ("310 of the bay's ")."""
_WHOLE_AFTER = re.compile(rf"(?i){_OF_WHOLE}(?:\s+[\w'’-]+){{0,2}}?\s+(?P<whole>{NUMBER})\b")
"""The whole right after a figure, which is then the part (" of the fleet's 460")."""
_OF_AFTER = re.compile(rf"(?i){_OF_WHOLE}")
"""A figure taken from a whole whose number is not given (" of the workers")."""


def partitive_bounds(sentence: str, figure: Figure, at: int) -> tuple[float, float] | None:
    """The range, as written, that a count at ``at`` in ``sentence`` sets by being a part
    of a whole or the whole a part is taken from; None when it is neither. A part whose
    whole is not given sets only its floor."""
    if figure.quantity != Quantity.COUNT or figure.low != figure.high:
        return None
    number = _NUMBER.search(sentence, at, at + len(figure.text))
    if number is None:
        return None
    at, end = number.start(), number.end()
    before = _PART_BEFORE.search(sentence, 0, at)
    if before and (part := amount_range(before.group("part"))) and part[0] <= figure.low:
        return part[0], figure.low
    after = _WHOLE_AFTER.match(sentence, end)
    if after and (whole := amount_range(after.group("whole"))) and whole[1] >= figure.low:
        return figure.low, whole[1]
    if _OF_AFTER.match(sentence, end):
        return figure.low, float("inf")
    return None
