"""The other count a count written as part of a whole gives ("310 of the bay's 460 boats").

In "N of the M boats", "hired N of the workers" or "hauling M wagons when N of them
derailed", both numbers count the same things: a claim's count bound to one of them may be
the other (the idle boats bound to the fleet's 460, the derailed wagons to the train's 26).
Such a figure then contradicts another outlet's value only when neither of its two numbers
can stand beside it: "11 of the workers" does not contradict "19 workers", nor "290 of the
fleet's 460 boats" "460 boats". So too a count of those still in a state ("two remain in
hospital") is part of all who were: it does not contradict "six were taken to hospital".
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
_PART_OF_THEM = re.compile(
    rf"(?i)(?<!,)\s(?:when|as|and|but|while|after|before)\s+(?P<part>{NUMBER})\s+of\s+"
    r"(?:them|these|those)\b"
)
"""A part that a later clause takes from the figure as a whole ("hauling 26 wagons when 11
of them derailed"); not an apposition ("41 patients, seven of them from intensive care"),
which tells a group among the whole."""


_STILL_AFTER = re.compile(
    r"(?i)(?:\s+[\w'’-]+){0,2}?\s+(?:remain(?:s|ed)?|(?:is|are|was|were)\s+still|still)\b"
)
"""A count of those still in a state when the article was written ("two remain in
hospital", "41,500 flats are still without heating"): the ones ever in it are at least as
many."""


def other_count(sentence: str, figure: Figure, at: int) -> tuple[float, float] | None:
    """The range, as written, of the other number of a part and its whole that a count at
    ``at`` in ``sentence`` is one of; None when it is neither. The whole a part is taken
    from without a number is at least the part."""
    if figure.quantity != Quantity.COUNT or figure.low != figure.high:
        return None
    number = _NUMBER.search(sentence, at, at + len(figure.text))
    if number is None:
        return None
    at, end = number.start(), number.end()
    before = _PART_BEFORE.search(sentence, 0, at)
    if before and (part := amount_range(before.group("part"))) and part[0] <= figure.low:
        return part
    after = _WHOLE_AFTER.match(sentence, end)
    if after and (whole := amount_range(after.group("whole"))) and whole[1] >= figure.low:
        return whole
    if _OF_AFTER.match(sentence, end):
        return figure.low, float("inf")
    if _STILL_AFTER.match(sentence, end):
        return figure.low, float("inf")
    later = _PART_OF_THEM.search(sentence, end)
    if later and (part := amount_range(later.group("part"))) and part[0] <= figure.low:
        return part
    return None
