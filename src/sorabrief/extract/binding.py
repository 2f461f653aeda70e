"""Bind each figure to its own words of the clause it stands in.

A clause ends at sentence punctuation, quote marks, a colon or semicolon, a dash or a
bracket. A figure alone in its clause is bound to the whole clause ("the interface was
taken down just three hours later"). Several figures share it out: the words between two
figures up to the first comma or conjunction (or else "with") belong to the figure before them ("$650.88
in damages"), the rest to the figure after them ("plus $36.14 …", "for a total of
$812.02"). So in a sentence with four amounts, each claim's words find its own amount.
"""

from __future__ import annotations

import re

import attrs

from sorabrief.extract.first_char import with_first_char
from sorabrief.findings import Figure, Span

_CLAUSE_END = with_first_char(r"[.!?](?=[\s”\"’']|$)|[;:“”«»\"()\[\]\n]|\s[—–-]\s|—")
_REACH = 400
"""How far back, in characters, a clause is looked for."""
_HAND_OVER = re.compile(r",|;|\b(?:and|plus|but|while|whereas|or|compared\s+with)\b")
_WITH = re.compile(r"\bwith\b")
""""with" hands over only where no comma or conjunction does: in "six were confirmed with
the illness and four admitted" it is the first figure's preposition."""


def bind_figures(text: str, figures: list[Figure]) -> tuple[Figure, ...]:
    """``figures`` (in order, not overlapping) with ``bound`` set."""
    bound: list[Figure] = []
    for index, figure in enumerate(figures):
        start, end = _clause(text, figure)
        previous = figures[index - 1] if index else None
        following = figures[index + 1] if index + 1 < len(figures) else None
        if previous is not None and _end(previous) > start:
            start = _hand_over(text, _end(previous), figure.start)
        if following is not None and following.start < end:
            end = _hand_over(text, _end(figure), following.start)
        bound.append(attrs.evolve(figure, bound=Span(start, max(end, _end(figure)))))
    return tuple(bound)


def _end(figure: Figure) -> int:
    return figure.converted.end if figure.converted else figure.end


def _clause(text: str, figure: Figure) -> tuple[int, int]:
    """The clause around a figure, its conversion included."""
    start = max(0, figure.start - _REACH)
    for m in _CLAUSE_END.finditer(text, start, figure.start):
        start = m.end()
    after = _CLAUSE_END.search(text, _end(figure))
    if figure.converted and after and after.group() == ")":
        after = _CLAUSE_END.search(text, after.end())
    end = after.start() if after else len(text)
    return start, end


def _hand_over(text: str, after: int, before: int) -> int:
    """Where the words between two figures stop belonging to the first one."""
    m = _HAND_OVER.search(text, after, before) or _WITH.search(text, after, before)
    return m.start() if m else before
