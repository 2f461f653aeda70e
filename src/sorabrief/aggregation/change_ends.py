"""Whether a figure is the value a change started from, or the one it went to.

"Raised the fare from 800 to 1,200", "cut the price to K40 from K55", "set the fare at
1,000, up from 800": a change names two values, one before and one after. A claim whose
subject marks what stood before ("fare before the increase", "the old price", "usual
price") counts the first; any other subject ("fare the operators imposed", "the capped
price") counts a value the change went to or set, not the one it left.
"""

from __future__ import annotations

import re

from sorabrief.findings import Figure

_CHANGE = (
    r"(?:rais|rose|risen|ris(?:e|es|ing)|increas|hik|cut|lower|reduc|doubl|tripl|halv|"
    r"took|taken|tak(?:e|es|ing)|push|lift|jump|climb|fell|fall|drop|mov|chang"
    r"|(?:went|gone|go(?:es)?|up|down)\b)"
)
_FROM_AFTER_CHANGE = re.compile(
    rf"(?i)\b{_CHANGE}\w*\b[^.;:!?]{{0,80}}\bfrom\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:(?:old|previous|former|usual|normal|earlier)\s+)?$"
)
"""A verb of change, then "from" right before the figure ("raised the fare from ",
"up from ", "to 2 bolivianos from ")."""
_TO_AFTER_FROM = re.compile(
    rf"(?i)\b{_CHANGE}\w*\b[^.;:!?]{{0,80}}\bfrom\s+\S[^.;:!?]{{0,40}}\bto\s+$"
)
"""A change from one value, then "to" right before the figure ("from 800 to ")."""
_BEFORE_SUBJECT = re.compile(
    r"(?i)\b(?:before|old|previous|former|earlier|original|usual|normal|prior|pre-\w+|"
    r"until|used to)\b"
)
"""Words with which a subject marks what stood before a change."""
_REACH = 120
"""How far before a figure its change may begin, in characters."""


def other_end(body: str, figure: Figure, subject: str) -> bool:
    """Whether ``figure`` is the end of a change that the claim's ``subject`` does not
    count: the value it started from, for a subject that marks nothing as before; the
    value it went to, for one that does."""
    before = body[max(0, figure.start - _REACH) : figure.start]
    before = re.split(r"[.;:!?]\s", before)[-1]
    marks_before = _BEFORE_SUBJECT.search(subject) is not None
    if marks_before:
        return _TO_AFTER_FROM.search(before) is not None
    return _FROM_AFTER_CHANGE.search(before) is not None
