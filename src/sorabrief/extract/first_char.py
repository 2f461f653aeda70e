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

The checked pattern is compiled from the pattern's own parse with the check put in front,
as ``re`` would parse ``(?=[JFMASOND])(?:…)`` (a group without flags is unpacked), so the
long pattern is parsed once, not twice; ``parsed`` hands that parse to ``openings.py``,
which reads the same pattern's first words.

A lookahead still costs a call of the engine's matcher at every position a search passes.
``re``'s own compiler lets a search skip to the next possible start in one tight loop,
but only for a pattern that opens with a character class or a literal, never behind a
lookahead; so the compiled code also gets the block ``re`` gives such a pattern (its
"info" block, with the set of first characters): a search runs the matcher only where a
character of the set stands, and the lookahead and the pattern decide there as before. The
set is the check's, written out for a matcher that does not fold case: the ASCII characters
the check accepts, and, when the check ignores case, every character beyond ASCII (so no
folding rule of the engine, such as "K" for the Kelvin sign, can be missed). A ``match``
at a given position does not read the block but for the pattern's least width.
"""

from __future__ import annotations

import _sre
import re
import re._compiler as sre_compile
import re._constants as sre
import re._parser as sre_parse
from typing import Any

from sorabrief.extract import compiled_patterns

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


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
"""A group of global flags, such as ``(?i)``: no longer at the start once a check is in front."""
_PARSED: dict[re.Pattern[str], Any] = {}
"""The parse of each checked pattern made here, by pattern, until ``parsed`` hands it over."""


def with_first_char(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """``pattern`` with a lookahead for the characters its matches can start with.

    Given as text (and ``flags``), the pattern itself is never compiled, only its checked
    form; when no check can be made, it is compiled as it is."""
    source, flags = (
        (pattern.pattern, pattern.flags)
        if isinstance(pattern, re.Pattern)
        else (
            pattern,
            flags,
        )
    )
    kept = compiled_patterns.checked(source, flags)
    if kept is not None:
        return kept
    checked = None if _GLOBAL_FLAGS.search(source) else _checked(source, flags)
    if checked is not None:
        return checked
    return pattern if isinstance(pattern, re.Pattern) else re.compile(source, flags)


def _checked(source: str, flags: int) -> re.Pattern[str] | None:
    try:
        parsed = sre_parse.parse(source, flags)
        starts, empty = _sequence(parsed.data, bool(flags & re.IGNORECASE))
        if empty or not starts:
            return None
        check = f"(?={_lookahead(starts, bool(flags & re.IGNORECASE))})"
        parsed.data[:0] = sre_parse.parse(check, flags).data
        checked = _compiled(f"{check}(?:{source})", flags, parsed, (source, flags), starts)
    except (_Unknown, re.error):
        return None
    _PARSED[checked] = parsed
    return checked


def parsed(pattern: re.Pattern[str]) -> Any:
    """What ``re``'s parser makes of ``pattern``: for a pattern checked here, the parse kept
    for it, handed over once and then let go (the largest patterns' parses hold megabytes)."""
    return _PARSED.pop(pattern, None) or sre_parse.parse(pattern.pattern, pattern.flags)


def _compiled(
    source: str, flags: int, parsed: Any, kept_as: tuple[str, int], starts: Starts
) -> re.Pattern[str]:
    """``re.compile(source, flags)``, given what the parser makes of ``source``, with the
    characters of ``starts`` in its info block; where the private steps of ``re._compiler``
    differ from CPython 3.11 to 3.13, ``re.compile`` itself. Kept, as the text and flags it
    was made from, with the compiled patterns."""
    try:
        args = compiled_patterns.arguments(source, flags, parsed)
        skip_to = _first_characters(starts, flags)
        args = (*args[:2], _skipping_to(args[2], skip_to), *args[3:])
        pattern: re.Pattern[str] = _sre.compile(*args)
    except (AttributeError, TypeError, ValueError, RuntimeError):  # another Python's internals
        return re.compile(source, flags)
    compiled_patterns.remember_checked(*kept_as, args)
    return pattern


def _first_characters(starts: Starts, flags: int) -> list[int]:
    """The compiled character set of an info block that holds every character the check
    ``(?=…)`` of ``starts`` accepts, as ``re`` compiles a pattern opening with a class."""
    ignore_case = bool(flags & re.IGNORECASE)
    check = re.compile(_lookahead(starts, ignore_case), flags)
    ascii_accepted = "".join(c for c in map(chr, range(128)) if check.match(c))
    if ignore_case or any(folded for _, folded in starts):
        beyond = r"\x80-\U0010ffff"
    else:
        beyond = "".join(dict.fromkeys(item for item, _ in starts))
    parsed = sre_parse.parse(f"[{re.escape(ascii_accepted)}{beyond}]", flags & re.ASCII)
    if parsed.data[0][0] is not sre.IN:  # one character: a literal, made a class again
        parsed.data[0] = (sre.IN, [parsed.data[0]])
    code = [int(word) for word in sre_compile._code(parsed, flags & re.ASCII)]
    if code[0] != sre.INFO or not code[2] & sre.SRE_INFO_CHARSET:
        raise ValueError("no character set")
    return code[5 : 1 + code[1]]


def _skipping_to(code: list[int], charset: list[int]) -> list[int]:
    """``code`` with ``charset`` in its info block, which had none: ``re``'s search then
    runs the matcher only at a character of the set."""
    info, has_set = int(sre.INFO), int(sre.SRE_INFO_CHARSET)  # plain ints, as ``marshal`` keeps
    if code[:3] != [info, 4, 0]:
        raise ValueError("an info block of another kind")
    return [info, 4 + len(charset), has_set, code[3], code[4], *charset, *code[5:]]


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
