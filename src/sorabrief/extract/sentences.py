"""Split kept text into sentences with character offsets into the body.

Line breaks always end a sentence (headings, list items, paragraphs). Inside a
paragraph, pysbd's rule-based segmenter decides: it knows abbreviations such as
"Nov.", "p.m.", "U.S." and "Ms." and keeps a quotation that runs over several
sentences together with its attribution. See docs/extraction.md for how it
compared with blingfire and a plain regular expression.
"""

from __future__ import annotations

import functools
import re

import pysbd

from sorabrief.findings import Sentence, Span

LINE = re.compile(r"[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
"""A run of text between line breaks of any kind."""


@functools.lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(body: str, keep: tuple[Span, ...]) -> tuple[Sentence, ...]:
    """Sentences of the kept spans of ``body``, each trimmed of surrounding space."""
    sentences: list[Sentence] = []
    for span in keep:
        for line in LINE.finditer(body, span.start, span.end):
            if line.group().strip():
                sentences.extend(_paragraph_sentences(body, line.start(), line.end()))
    return tuple(sentences)


def _paragraph_sentences(body: str, start: int, end: int) -> list[Sentence]:
    """pysbd's sentences of one paragraph, located in the body one after another."""
    paragraph = body[start:end]
    found: list[Sentence] = []
    cursor = 0
    for piece in _segmenter().segment(paragraph):
        text = piece.strip()
        at = paragraph.find(text, cursor) if text else -1
        if at < 0:
            continue
        found.append(Sentence(start + at, start + at + len(text), text))
        cursor = at + len(text)
    rest = paragraph[cursor:]
    if rest.strip():
        at = cursor + len(rest) - len(rest.lstrip())
        text = rest.strip()
        found.append(Sentence(start + at, start + at + len(text), text))
    return found
