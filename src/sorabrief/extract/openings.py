"""Patterns tried only where a match can start.

Python's ``re`` tries a pattern at every position of a text in turn. Many rules can only
match at a few kinds of place: where a sentence starts, at a capital letter, at a word
from a short list ("last", a month, a number word). :func:`tried_at` gives exactly what
``pattern.finditer(text, start, end)`` gives when it is handed every position where a
match can start: it tries them in order and, as ``finditer`` does, goes on from the end
of each match.

:func:`found` does this for any pattern whose matches start, after ``\\b``, with one of a
few words: :func:`word_openings` reads those words from the pattern itself (``re``'s
parser), and the places where they start come from an index of the text's words, built
once per text and shared by every such pattern. A pattern whose start cannot be read that
way is searched as it is.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import re._constants as sre
from collections.abc import Iterable, Iterator
from typing import Any

from sorabrief.extract import compiled_patterns
from sorabrief.extract.digit_reach import digit_within
from sorabrief.extract.first_char import parsed as parsed_pattern
from sorabrief.extract.first_char import with_first_char

_SENTENCE_END = re.compile(r"(?:[.!?]\s|\n)(?=\S)")
_AFTER_COMMA = re.compile(r",\s(?=\S)")
_AFTER_SAID = re.compile(r"(?:said|says)\s(?=\S)")
_CAPITAL = re.compile(r"[A-Z]")
_DIGITS = re.compile(r"\d\d*")
"""A run of digits, written so the engine skips to each first digit."""
_WORD_BEFORE_CAPITAL = re.compile(r"\b\w++\.?\s+(?=[A-Z])")
"""A whole word, a full stop or none, and the white space before a capital. The word is
taken whole (``++``): a word character given back could be followed by neither a full stop
nor white space, so trying it was wasted."""


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
    match = pattern.match
    for at in starts:
        if after <= at <= end and (m := match(text, at, end)) is not None:
            yield m
            after = m.end()


@functools.lru_cache(maxsize=1)
def sentence_starts(text: str) -> list[int]:
    """Where ``(?<=^)|(?<=[.!?]\\s)|(?<=\\n)`` holds and a word can start: the start of
    the text, and after a line break or a sentence's last mark and one white space, where
    no white space follows. The patterns tried there start with a word, and a masked text
    has long runs of line breaks where removed text was."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


@functools.lru_cache(maxsize=1)
def clause_starts(text: str) -> list[int]:
    """Sentence starts, and where ``(?<=,\\s)`` holds before no white space: after a comma
    and one white space."""
    return sorted({*sentence_starts(text), *(m.end() for m in _AFTER_COMMA.finditer(text))})


@functools.lru_cache(maxsize=1)
def mention_starts(text: str) -> list[int]:
    """Clause starts, and where ``(?<=said\\s)|(?<=says\\s)`` holds before no white space."""
    return sorted({*clause_starts(text), *(m.end() for m in _AFTER_SAID.finditer(text))})


@functools.lru_cache(maxsize=1)
def capitals(text: str) -> list[int]:
    """Every capital letter (``[A-Z]``), and the start of each word that stands, with at
    most a full stop after it, before the white space before a capital ("judge" and "Dr"
    in "judge Ana Ruiz", "Dr. Ana Ruiz")."""
    found = {m.start() for m in _CAPITAL.finditer(text)}
    found.update(m.start() for m in _WORD_BEFORE_CAPITAL.finditer(text))
    return sorted(found)


DIGIT = "0"
"""The opening of a pattern that starts with a digit (``\\d``): any word that starts with one."""
WHOLE = " "
"""Ends an opening that is a whole word: no word character may follow it."""
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_STOP = (None, None)
"""Where a repeated group ends: what follows it may be another round of it."""
_WORDS = with_first_char(r"(\w+)")
_LAST = chr(0x10FFFF)
"""Sorts after every character of a word, so ``prefix + _LAST`` bounds the words that
begin with ``prefix``."""
_ASCII_GROUP = re.compile(r"\(\?[a-zA-Z-]*a")
"""Inline flags that make a group's ``\\b`` and ``\\W`` read ASCII only: ``(?a:``, ``(?ia:``."""
_FOLDING = frozenset("İıſ\u212a")
"""The characters that case-insensitive matching reads as an ASCII letter although
``lower()`` does not make them one (U+212A is the Kelvin sign)."""


class _Unknown(Exception):
    """Where a match starts cannot be pinned down to the start of a listed word."""


def word_openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case beginnings of the word every match of ``pattern`` starts with, right
    after a ``\\b`` (``DIGIT`` for a digit), or None when the pattern may start otherwise.
    A beginning that is the whole word ends in ``WHOLE`` ("a " for ``\\ba\\s``)."""
    return _reach(pattern)[0]


_Reach = tuple[frozenset[str] | None, int | None]
_REACHES: dict[int, tuple[re.Pattern[str], _Reach]] = {}
"""Each pattern's reach by its identity, kept with the pattern so the identity is not
reused: a compiled pattern's own hash reads all of its code, thousands of instructions
for the long ones, at every call."""


def _reach(pattern: re.Pattern[str]) -> _Reach:
    """The pattern's ``word_openings``, or else how many characters before a digit its
    matches start at most (``digit_within``), from one parse of it (kept with the compiled
    patterns)."""
    if (known := _REACHES.get(id(pattern))) is not None:
        return known[1]
    kept: _Reach | None = compiled_patterns.reach(pattern)
    if kept is None:
        kept = _read_reach(pattern)
        compiled_patterns.remember_reach(pattern, kept)
    _REACHES[id(pattern)] = pattern, kept
    return kept


def _read_reach(pattern: re.Pattern[str]) -> _Reach:
    try:
        tree = parsed_pattern(pattern)
    except re.error:
        return None, None
    try:
        found = _Openings().of(list(tree.data), "", False)
    except _Unknown:
        return None, digit_within(tree)
    if pattern.flags & re.ASCII or _ASCII_GROUP.search(pattern.pattern):  # \b, \W not ours
        found = {opening.rstrip(WHOLE) for opening in found}
    return frozenset(_shortest(found)), None


class _Openings:
    """Reads the beginnings of what parsed items match.

    Once something is written before them, what the same items add to it does not depend
    on what was written: each such run of items is read once per pattern (an alternation
    of number words followed by optional groups would otherwise be read again after each
    word, tens of thousands of times for one pattern)."""

    def __init__(self) -> None:
        self._tails: dict[tuple[tuple[int, ...], bool], tuple[list[Any], set[str]]] = {}
        """By the identities of a run of items and ``bounded``: the run itself (kept so no
        identity is reused while it is remembered) and what it adds to a beginning."""

    def of(self, items: list[Any], prefix: str, bounded: bool) -> set[str]:
        """The beginnings of what ``items`` match, ``prefix`` written before them; ``bounded``
        when a ``\\b`` stands before the first character."""
        if not prefix:
            return self._read(items, prefix, bounded)
        key = (tuple(map(id, items)), bounded)
        if key not in self._tails:
            found = self._read(items, prefix, bounded)
            self._tails[key] = items, _shortest({opening[len(prefix) :] for opening in found})
        return {prefix + tail for tail in self._tails[key][1]}

    def _read(self, items: list[Any], prefix: str, bounded: bool) -> set[str]:
        if not items or items[0] is _STOP:
            return _ended(prefix)
        (op, value), rest = items[0], items[1:]
        if op is sre.LITERAL:
            char = chr(value)
            if not (char.isascii() and (char.isalnum() or char == "_")):
                return _ended(prefix, whole=_no_word(op, value))  # the word ends before it
            if not (prefix or bounded):
                raise _Unknown
            return self.of(rest, prefix + char.lower(), bounded)
        if op is sre.IN:
            if not prefix and bounded and all(_digits(o, v) for o, v in value):
                return {DIGIT}
            if len(value) <= 8 and all(o is sre.LITERAL for o, _ in value):
                return set().union(
                    *(self.of([(sre.LITERAL, v), *rest], prefix, bounded) for _, v in value)
                )
            return _ended(prefix, whole=all(_no_word(o, v) for o, v in value))
        if op is sre.SUBPATTERN:
            return self.of([*value[3].data, *rest], prefix, bounded)
        if op is sre.ATOMIC_GROUP:
            return self.of([*value.data, *rest], prefix, bounded)
        if op is sre.BRANCH:
            return set().union(*(self.of([*b.data, *rest], prefix, bounded) for b in value[1]))
        if op in _REPEATS:
            least, most, inner = value
            once = self.of(
                [*inner.data, *rest] if most == 1 else [*inner.data, _STOP], prefix, bounded
            )
            return once if least else once | self.of(rest, prefix, bounded)
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) and not prefix:
            return self.of(rest, prefix, bounded or (op is sre.AT and value is sre.AT_BOUNDARY))
        if op is sre.ASSERT and value[0] == 1:  # what follows must begin as the lookahead says
            return self.of([*value[1].data, _STOP], prefix, bounded)
        return _ended(prefix, whole=op is sre.AT and value is sre.AT_BOUNDARY)


def _shortest(openings: Iterable[str]) -> set[str]:
    """The openings that begin with no other: "dozens" stands for "dozens of" and
    "dozensand" too (keeping only these at every step gives the same openings at the end)."""
    kept: list[str] = []
    for opening in sorted(openings, key=len):
        if not opening.startswith(tuple(kept)):
            kept.append(opening)
    return set(kept)


def _ended(prefix: str, whole: bool = False) -> set[str]:
    """``prefix`` as a beginning, or as the whole word when what follows is no word character."""
    if not prefix:
        raise _Unknown
    return {prefix + WHOLE if whole else prefix}


def _no_word(op: Any, value: Any) -> bool:
    """Whether a class item matches no word character (``\\w``)."""
    if op is sre.LITERAL:
        return not (chr(value).isalnum() or chr(value) == "_")
    return op is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD)


def _digits(op: Any, value: Any) -> bool:
    """Whether a class item holds only decimal digits."""
    if op is sre.CATEGORY:
        return value is sre.CATEGORY_DIGIT
    if op is sre.LITERAL:
        return chr(value) in "0123456789"
    return op is sre.RANGE and "0" <= chr(value[0]) <= chr(value[1]) <= "9"


class Words:
    """The words (runs of ``\\w``) of a text by their lower-case form, with where each starts."""

    def __init__(self, text: str) -> None:
        ascii_only = text.isascii()  # then the text is lower-cased in one call, word by word else
        parts = _WORDS.split(text.lower() if ascii_only else text)
        starts = list(itertools.accumulate(map(len, parts), initial=0))[1:-1:2]
        at: dict[str, list[int]] = {}
        for word, start in zip(
            parts[1::2] if ascii_only else map(str.lower, parts[1::2]), starts, strict=True
        ):
            if (places := at.get(word)) is None:
                at[word] = [start]
            else:
                places.append(start)
        self.starts = starts
        """Where every word starts, in order."""
        self._at = at
        self._sorted = ordered = sorted(at)
        """The distinct words in order, so the words with one beginning are found by bisection."""
        self._numbers = (
            ordered[bisect.bisect_left(ordered, "0") : bisect.bisect_left(ordered, ":")]
            if ascii_only
            else [word for word in ordered if word[0].isdecimal()]
        )
        self._starting: dict[frozenset[str], list[int]] = {}

    def holds_any(self, words: frozenset[str]) -> bool:
        """Whether one of ``words`` (lower case) is a word of the text."""
        return not self._at.keys().isdisjoint(words)

    def starting(self, openings: frozenset[str]) -> list[int]:
        """Where a word starts that begins with one of ``openings`` (or a digit, for
        ``DIGIT``), in order."""
        if openings not in self._starting:
            ordered, left = self._sorted, bisect.bisect_left
            prefixes, whole = _bounds(openings)
            words = self._at.keys() & whole
            for prefix, bound in prefixes:  # most begin no word: one bisection tells
                first = left(ordered, prefix)
                if first < len(ordered) and ordered[first].startswith(prefix):
                    words.update(ordered[first : left(ordered, bound, first)])
            if DIGIT in openings:
                words.update(self._numbers)
            self._starting[openings] = sorted(
                itertools.chain.from_iterable(map(self._at.__getitem__, words))
            )
        return self._starting[openings]


@functools.lru_cache(maxsize=256)
def _bounds(openings: frozenset[str]) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """The word beginnings of ``openings`` (not ``DIGIT``), each with the first string that
    sorts after every word that begins so, and its whole words."""
    whole = frozenset(o.removesuffix(WHOLE) for o in openings if o.endswith(WHOLE))
    prefixes = openings - {DIGIT} - {w + WHOLE for w in whole}
    return tuple((prefix, prefix + _LAST) for prefix in prefixes), whole


@functools.lru_cache(maxsize=2)
def words_of(text: str) -> Words | None:
    """The words of ``text``, or None when it holds a character that ``lower()`` does not
    match as case-insensitive matching does. The last two are kept: figures read the
    article's place (its title and section lines) between two reads of its text."""
    return None if not _FOLDING.isdisjoint(text) else Words(text)


def found(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where a match can start when that can be read
    from the pattern: at its first words (see :func:`word_openings`), or just before the
    digits every match holds near its start (see ``digit_reach``)."""
    openings, within = _reach(pattern)
    if within is not None:
        return tried_at(pattern, text, before_digits(text, within))
    words = words_of(text) if openings is not None else None
    if openings is None or words is None:
        return pattern.finditer(text)
    return tried_at(pattern, text, words.starting(openings))


@functools.lru_cache(maxsize=4)
def before_digits(text: str, within: int) -> list[int]:
    """Every position at most ``within`` characters before a digit (``\\d``), in order."""
    places: list[int] = []
    for start, end in _digit_runs(text):
        places.extend(range(max(start - within, places[-1] + 1 if places else 0), end))
    return places


@functools.lru_cache(maxsize=2)
def _digit_runs(text: str) -> list[tuple[int, int]]:
    """Where each run of digits starts and ends: one scan, whatever the reaches asked for."""
    return [m.span() for m in _DIGITS.finditer(text)]
