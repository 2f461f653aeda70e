"""A one-character check in front of a regular expression, so a search skips where no match starts.

Python's ``re`` tries a pattern at every position of the text. A pattern that opens with
``\\b`` and a long alternation ("\\bJanuary|February|…", "\\b(?:about|around|…)") costs
a full attempt at each word boundary, though most positions cannot start a match at all.
``with_first_char`` reads the pattern (``re._parser``), collects every character a match
can start with, and puts a lookahead for them in front: ``(?=[JFMASOND])(?:…)``. The
check is a superset of the true starts, so the pattern finds exactly the same matches,
with the same groups; only faster. When the start cannot be pinned down (a match may be
empty, start with any character or a back-reference, or the pattern sets a global flag
such as ``(?i)`` inline), the pattern is returned as it was.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_NEUTRAL_FLAGS = re.IGNORECASE | re.VERBOSE | re.MULTILINE | re.DOTALL

Starts = list[tuple[str, bool]]
"""Character-class items a match can start with, each with whether it ignores case."""


class _Unknown(Exception):
    """The first character of a match cannot be pinned down."""


def with_first_char(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead for the characters its matches can start with."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        starts, empty = _sequence(parsed.data, bool(pattern.flags & re.IGNORECASE))
        if empty or not starts:
            return pattern
        check = _lookahead(starts, bool(pattern.flags & re.IGNORECASE))
        return re.compile(f"(?={check})(?:{pattern.pattern})", pattern.flags)
    except (_Unknown, re.error):
        return pattern


def _lookahead(starts: Starts, ignore_case: bool) -> str:
    exact = "".join(dict.fromkeys(item for item, folded in starts if not folded or ignore_case))
    folded = "".join(dict.fromkeys(item for item, f in starts if f and not ignore_case))
    classes = [*([f"[{exact}]"] if exact else []), *([f"(?i:[{folded}])"] if folded else [])]
    return "|".join(classes)


def _sequence(items: Any, ignore_case: bool) -> tuple[Starts, bool]:
    """The starts of a sequence of parsed items, and whether it can match the empty string."""
    starts: Starts = []
    for op, value in items:
        found, empty = _item(op, value, ignore_case)
        starts += found
        if not empty:
            return starts, False
    return starts, True


def _item(op: Any, value: Any, ignore_case: bool) -> tuple[Starts, bool]:
    if op is sre.LITERAL:
        return [(re.escape(chr(value)), ignore_case)], False
    if op is sre.IN:
        return [(_class_item(o, v), ignore_case) for o, v in value], False
    if op is sre.BRANCH:
        results = [_sequence(branch.data, ignore_case) for branch in value[1]]
        return [s for found, _ in results for s in found], any(e for _, e in results)
    if op is sre.SUBPATTERN:
        _, added, removed, inner = value
        if (added | removed) & ~_NEUTRAL_FLAGS:
            raise _Unknown
        case = (ignore_case or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE
        return _sequence(inner.data, case)
    if op is sre.ATOMIC_GROUP:
        return _sequence(value.data, ignore_case)
    if op in _REPEATS:
        low, _, inner = value
        found, empty = _sequence(inner.data, ignore_case)
        return found, empty or low == 0
    if op in _ZERO_WIDTH:
        return [], True
    raise _Unknown


def _class_item(op: Any, value: Any) -> str:
    if op is sre.LITERAL:
        return re.escape(chr(value))
    if op is sre.RANGE:
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if op is sre.CATEGORY and value in _CATEGORIES:
        return _CATEGORIES[value]
    raise _Unknown
