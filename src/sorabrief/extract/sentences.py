"""Split text into sentences with character offsets."""

from __future__ import annotations

import re

from sorabrief.findings import Sentence, Span

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")


def split_sentences(body: str, keep: tuple[Span, ...]) -> tuple[Sentence, ...]:
    """Sentences of the kept spans of ``body``, each trimmed of surrounding space."""
    sentences: list[Sentence] = []
    for span in keep:
        start = span.start
        for match in _BOUNDARY.finditer(body, span.start, span.end):
            sentences.extend(_trimmed(body, start, match.start()))
            start = match.end()
        sentences.extend(_trimmed(body, start, span.end))
    return tuple(sentences)


def _trimmed(body: str, start: int, end: int) -> list[Sentence]:
    text = body[start:end]
    stripped = text.strip()
    if not stripped:
        return []
    first = start + (len(text) - len(text.lstrip()))
    return [Sentence(first, first + len(stripped), stripped)]
