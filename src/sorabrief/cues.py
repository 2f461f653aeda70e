"""Cue and exclusion patterns: compiled with the ``regex`` module, searched with a time limit.

A cue is a regular expression from the case's editor. A backtracking engine can take
forever on a cue such as ``(a|a)+$``, and the ``regex`` module can exhaust memory
compiling nested counted repeats such as ``((a{1000}){1000}){1000}``. So every search
stops after CUE_TIME_LIMIT seconds with an error naming the claim and the cue, and a
cue whose counted repeats would expand past MAX_EXPANSION is refused when the case is
read. ``regex`` rather than RE2: see docs/dependencies.md.
"""

from __future__ import annotations

import functools
import re

import attrs
import regex

from sorabrief.display import shortened
from sorabrief.errors import CaseError

CUE_TIME_LIMIT = 1.0
"""Seconds one cue may spend on one sentence; cues written for sentences take microseconds."""
MAX_EXPANSION = 100_000
"""How large counted repeats may make a compiled cue (``x{1000}`` counts 1,000)."""

_FLAGS = regex.IGNORECASE | regex.VERSION0
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]])*\]|\{(\d*)(?:,(\d*))?\}|[()|]|.", re.DOTALL)


class CueError(CaseError):
    """A cue that is not a valid pattern, too large, or too slow on an article."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where or 'a cue'}: {reason}")
        self.where = where
        self.reason = reason

    def __reduce__(self) -> tuple[type[CueError], tuple[str, str]]:
        return (CueError, (self.where, self.reason))


@attrs.frozen
class Cue:
    """One compiled cue or exclusion of a claim."""

    pattern: str
    compiled: regex.Pattern[str] = attrs.field(repr=False)
    where: str = ""
    """The claim and field it came from, for messages: ``claim 'leak' cues[2]``."""

    def search(self, text: str) -> regex.Match[str] | None:
        """The first match in ``text``; a CueError when it runs past CUE_TIME_LIMIT."""
        try:
            return self.compiled.search(text, timeout=CUE_TIME_LIMIT)
        except TimeoutError:
            raise CueError(
                f"{self.where or 'a cue'} '{shortened(self.pattern)}'",
                f"stopped after {CUE_TIME_LIMIT:g} s on one sentence ({len(text):,} characters); "
                "simplify it: nested or overlapping repeats such as (a+)+ or (a|a)+ "
                "backtrack without end",
            ) from None


@functools.lru_cache(maxsize=4096)
def compile_cue(pattern: str, where: str = "") -> Cue:
    """``pattern`` compiled case-insensitively; a CueError says why it cannot be."""
    size = expansion(pattern)
    if size > MAX_EXPANSION:
        raise CueError(
            where,
            f"its counted repeats expand to {size:,} steps, more than {MAX_EXPANSION:,}; "
            "use + or * instead of large {n}",
        )
    try:
        compiled = regex.compile(pattern, _FLAGS)
    except (regex.error, OverflowError) as error:
        raise CueError(where, f"not a valid regular expression ({error})") from None
    return Cue(pattern, compiled, where)


def expansion(pattern: str) -> int:
    """An upper bound on the size counted repeats give a pattern: nested bounds multiply."""
    stack: list[list[int]] = [[0, 0]]  # per open group: [size of alternatives so far, current]
    last = 0
    for token in _TOKEN.finditer(pattern):
        text = token.group()
        if text == "(":
            stack.append([0, 0])
            last = 0
        elif text == ")" and len(stack) > 1:
            done, current = stack.pop()
            last = done + current
            stack[-1][1] += last
        elif text == "|":
            stack[-1][0] += stack[-1][1]
            stack[-1][1] = 0
            last = 0
        elif text.startswith("{") and text.endswith("}") and (token[1] or token[2]):
            bound = max(int(token[1] or 0), int(token[2] or 0))
            stack[-1][1] += last * (bound - 1)
            last *= bound
        else:
            last = 1
            stack[-1][1] += 1
    return sum(sum(group) for group in stack)
