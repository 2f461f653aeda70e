"""What cleaning leaves of a body: the kept spans, and the body with removed text blanked.

Apart from the cleaning rules, so that code reading cached findings (merging, copies)
does not load them.
"""

from __future__ import annotations

from sorabrief.findings import Removed, Span


def kept_spans(length: int, removed: tuple[Removed, ...]) -> tuple[Span, ...]:
    """The complement of the removed spans in a body of ``length`` characters."""
    spans, start = [], 0
    for gone in removed:
        if gone.start > start:
            spans.append(Span(start, gone.start))
        start = max(start, gone.end)
    if start < length:
        spans.append(Span(start, length))
    return tuple(spans)


def masked(body: str, removed: tuple[Removed, ...]) -> str:
    """``body`` with every removed character turned into a line break, so offsets still hold."""
    parts, start = [], 0
    for gone in removed:
        parts.append(body[start : gone.start])
        parts.append("\n" * (gone.end - gone.start))
        start = gone.end
    parts.append(body[start:])
    return "".join(parts)
