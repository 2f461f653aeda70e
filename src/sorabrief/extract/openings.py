"""Patterns tried only where a match can start.

Python's ``re`` tries a pattern at every position of a text in turn. Many rules can only
match at a few kinds of place: where a sentence starts, where an amount starts, at a
capital letter. :func:`tried_at` gives exactly what ``pattern.finditer(text, start, end)``
gives when it is handed every position where a match can start: it tries them in order
and, as ``finditer`` does, goes on from the end of each match. Those positions are found
once per text by a scan that the regular expression engine runs fast (a class of
characters first), and shared by every pattern that starts there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_AFTER_COMMA = re.compile(r",\s")
_AFTER_SAID = re.compile(r"said\s|says\s")
_CAPITAL = re.compile(r"[A-Z]")


def tried_at(
    pattern: re.Pattern[str],
    text: str,
    starts: Iterable[int],
    start: int = 0,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, given every position where a match can
    start (in order; more is harmless) and no pattern that can match the empty string."""
    end = len(text) if end is None else end
    after = start
    for at in starts:
        if after <= at <= end and (m := pattern.match(text, at, end)) is not None:
            yield m
            after = m.end()


@functools.lru_cache(maxsize=1)
def sentence_starts(text: str) -> list[int]:
    """Where ``(?<=^)|(?<=[.!?]\\s)|(?<=\\n)`` holds: the start of the text, and after a
    line break or a sentence's last mark and one white space."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


@functools.lru_cache(maxsize=1)
def clause_starts(text: str) -> list[int]:
    """Sentence starts, and where ``(?<=,\\s)`` holds: after a comma and one white space."""
    return sorted({*sentence_starts(text), *(m.end() for m in _AFTER_COMMA.finditer(text))})


@functools.lru_cache(maxsize=1)
def mention_starts(text: str) -> list[int]:
    """Clause starts, and where ``(?<=said\\s)|(?<=says\\s)`` holds."""
    return sorted({*clause_starts(text), *(m.end() for m in _AFTER_SAID.finditer(text))})


@functools.lru_cache(maxsize=1)
def capitals(text: str) -> list[int]:
    """Every capital letter (``[A-Z]``), and the start of each word that stands, with at
    most a full stop after it, before the white space before a capital ("judge" and "Dr"
    in "judge Ana Ruiz", "Dr. Ana Ruiz")."""
    found: set[int] = set()
    for m in _CAPITAL.finditer(text):
        found.add(m.start())
        i = m.start() - 1
        if i < 0 or not text[i].isspace():
            continue
        while i >= 0 and text[i].isspace():
            i -= 1
        if i >= 0 and text[i] == ".":
            i -= 1
        word = i
        while word >= 0 and (text[word].isalnum() or text[word] == "_"):
            word -= 1
        if word < i:
            found.add(word + 1)
    return sorted(found)
