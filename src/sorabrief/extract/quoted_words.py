"""Whether a place in an article lies inside a quotation: the speaker's words, not the writer's."""

from __future__ import annotations

_OPENERS = "“«"
_CLOSERS = "”»"


def in_quotation(text: str, at: int) -> bool:
    """Whether ``at`` lies inside double quotation marks opened earlier in its paragraph
    (straight marks counted in pairs, curly and angled marks by opener and closer)."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    if before.count('"') % 2:
        return True
    opened = sum(before.count(c) for c in _OPENERS)
    return opened > sum(before.count(c) for c in _CLOSERS)
