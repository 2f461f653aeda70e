"""The wire dateline opening a story's first sentence ("RIVERTON, May 2 (Wire Service) – ")."""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2}(?=,|\s*[(–—-]))?"
    r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}|,\s*\d{1,2}\s+[A-Z][a-z]{2,9})?"
    r"(?:\s*\([^()]{1,40}\))?\s*[–—-]{1,2}\s+(?=[A-Z“\"‘])"
)
"""A wire dateline: a place in capitals, perhaps its region or country ("LINZ, Austria"), a
date and an agency in brackets, then a dash."""


def dateline_length(sentence: str) -> int:
    """How many characters of the sentence's start are a wire dateline (0 for none)."""
    match = _DATELINE.match(sentence)
    return match.end() if match else 0


def without_dateline(sentence: str) -> str:
    """The sentence without a wire dateline at its start, the rest as written."""
    return sentence[dateline_length(sentence) :]
