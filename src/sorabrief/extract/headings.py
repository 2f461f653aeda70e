"""Headlines and subheadings: short lines that do not end like a sentence.

A line is looked for at most ``HEADING_REACH`` characters either side of a place, so finding
the line of every quotation stays linear even in a text with no line break.
"""

from __future__ import annotations

HEADING_MAX_WORDS = 20
HEADING_REACH = 400
"""Characters searched either side for the line's ends: more than any line of
``HEADING_MAX_WORDS`` words needs."""


def heading_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the line holding ``text[start:end]`` starts and ends, when that line is a
    headline or subheading (at most ``HEADING_MAX_WORDS`` words, no sentence end, closing
    quote marks aside), else None."""
    before = text.rfind("\n", max(0, start - HEADING_REACH), start)
    if before < 0 and start > HEADING_REACH:
        return None
    after = text.find("\n", end, end + HEADING_REACH)
    if after < 0 and len(text) - end > HEADING_REACH:
        return None
    line_start, line_end = before + 1, len(text) if after < 0 else after
    line = text[line_start:line_end].strip().rstrip("”’\"'»")
    words = line.split(None, HEADING_MAX_WORDS)
    if len(words) > HEADING_MAX_WORDS or line.endswith((".", "!", "?")):
        return None
    return line_start, line_end
