"""Figures: money, counts, durations, lengths, resolutions and percentages.

Each figure keeps the amount as written in its natural unit: money in its currency
(``money.py``), durations in the time unit written ("90 days" stays 90 day), counts in
the counted noun's singular ("about 20 protesting artists" -> 20 "artist"). Comparison
after conversion is ``sorabrief.quantities``' job. A count is any amount followed by a
noun phrase of up to three modifiers and a plural head noun. A bare vague count
("while hundreds contribute") counts the noun of the nearest count before it in its
paragraph. Every figure is then bound to its own words of the clause (``binding.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import attrs

from sorabrief.extract.binding import bind_figures
from sorabrief.extract.money import find_money
from sorabrief.extract.numbers import (
    AMOUNT,
    DIGITS,
    HEDGES,
    NUMBER_WORDS,
    amount_range,
    normal_hedge,
    vague_hedge,
)
from sorabrief.findings import Figure, Quantity
from sorabrief.nouns import looks_plural, singular

_HEDGE = rf"(?:(?P<hedge>{HEDGES})\s+)?"
TIME_UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade")
_TIME_UNIT = rf"(?P<unit>{'|'.join(TIME_UNITS)})s?"
_RANGE = (
    rf"(?:(?P<between>between)\s+)?(?P<amount>{AMOUNT})"
    rf"(?:\s*(?:-|–|to|or|(?(between)and|(?!)))\s*(?P<upper>{AMOUNT}))?"
)
_ARTICLE_AFTER = (
    r"(?:for|within|over|after|in|lasting|lasted|than|about|nearly|almost|just|only|barely)"
)

_RESOLUTION = re.compile(r"\b(?P<amount>1[0-9]{3}|[2-9][0-9]{2})p\b|\b(?P<k>[48])K\b")
_HYPHENATED = re.compile(
    rf"(?i:\b(?P<amount>{DIGITS}|{NUMBER_WORDS}|half)-{_TIME_UNIT}\b(?!-old)"
    r"(?P<media>(?:[-\s]+long)?\s+(?:[a-z]+\s+)?(?:clips?|videos?|films?|footage|recordings?"
    r"|trailers?|ads?|songs?|segments?|sequences?|animations?)\b)?)"
)
_DURATION = re.compile(
    rf"(?i:\b{_HEDGE}{_RANGE}(?P<half>\s+and\s+a\s+half)?\s+{_TIME_UNIT}\b"
    r"(?P<half_after>\s+and\s+a\s+half\b)?(?!\s+(?:ago|old)\b))"
)
_SINGLE_UNIT = rf"(?P<unit>{'|'.join(TIME_UNITS)})"
_ARTICLE_DURATIONS = (
    (re.compile(rf"(?i:\b(?P<x>an?\s+{_SINGLE_UNIT}\s+and\s+a\s+half)\b)"), 1.5),
    (re.compile(rf"(?i:\b(?P<x>half\s+an?\s+{_SINGLE_UNIT})\b)"), 0.5),
    (re.compile(rf"(?i:\b(?P<x>a\s+half[\s-]{_SINGLE_UNIT})\b)"), 0.5),
    (
        re.compile(
            rf"(?i:\b{_ARTICLE_AFTER}\s+(?P<x>an?\s+{_SINGLE_UNIT})\b(?!\s+(?:ago|old|and)\b))"
        ),
        1.0,
    ),
)
_WITHIN_HOURS = re.compile(r"(?i:\b(?P<hedge>within|in\s+a\s+matter\s+of)\s+hours\b)")
_PERCENT = re.compile(
    rf"(?i:\b{_HEDGE}(?P<amount>{DIGITS}|{NUMBER_WORDS})\s?(?:%|percent\b|per\s+cent\b))"
)
_COUNT_START = re.compile(rf"(?i:\b{_HEDGE}(?P<amount>{AMOUNT}))\b")
_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_][\w-]*(?:['’]s?)?)")
_BARE_VAGUE = re.compile(r"(?i:\b(?P<amount>hundreds|thousands|dozens|millions))\b(?!\s+of\b)")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NOT_COUNTED = frozenset(
    [
        "percent",
        "cent",
        "times",
        "others",
        "ones",
        "ago",
        "per",
        "points",
        "pounds",
        "dollars",
        "euros",
        "rupees",
        "yen",
        "pence",
        "crores",
        "lakhs",
    ]
    + [f"{u}s" for u in TIME_UNITS]
)
_NOT_MODIFIERS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "were",
        "was",
        "are",
        "is",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "said",
        "says",
        "say",
        "told",
        "more",
        "most",
        "less",
        "least",
        "some",
        "all",
        "any",
        "each",
        "every",
        "other",
        "such",
        "this",
        "these",
        "those",
        "their",
        "its",
        "his",
        "her",
        "our",
        "your",
        "my",
        "per",
        "over",
        "under",
        "about",
        "around",
        "into",
        "onto",
        "out",
        "up",
        "down",
        "off",
        "after",
        "before",
        "since",
        "until",
        "during",
        "while",
        "when",
        "where",
        "if",
        "so",
        "not",
        "no",
        "nor",
        "only",
        "also",
        "just",
        "still",
        "then",
        "there",
        "here",
        "it",
        "they",
        "we",
        "you",
        "he",
        "she",
        "them",
        "us",
        "him",
        "what",
        "how",
        "why",
        "later",
        "earlier",
        "ago",
        "last",
        "next",
        "first",
        "second",
        "third",
    ]
)
_MAX_MODIFIERS = 3


def find_figures(text: str) -> tuple[Figure, ...]:
    """Every figure in the kept ``text`` (the masked body), in order, without overlaps."""
    candidates = [*find_money(text)]
    for reader in _READERS:
        candidates.extend(reader(text))
    chosen: list[Figure] = []
    for figure in sorted(candidates, key=lambda f: (f.start, -(f.end - f.start))):
        if not chosen or figure.start >= _extent(chosen[-1]):
            chosen.append(figure)
    return bind_figures(text, list(_with_counted_nouns(text, chosen)))


def _extent(figure: Figure) -> int:
    return figure.converted.end if figure.converted else figure.end


def _resolutions(text: str) -> Iterator[Figure]:
    for m in _RESOLUTION.finditer(text):
        value = float(m.group("amount")) if m.group("amount") else 1080.0 * int(m.group("k")) / 2
        yield _figure(m, Quantity.RESOLUTION, (value, value), "p")


def _hyphenated(text: str) -> Iterator[Figure]:
    """ "a 48-hour strike" is a duration; "a 10-second clip" is a length of media."""
    for m in _HYPHENATED.finditer(text):
        word = m.group("amount").lower()
        amount = (0.5, 0.5) if word == "half" else amount_range(word)
        if amount is None:
            continue
        unit = m.group("unit").lower()
        if m.group("media"):
            end = m.start("media")
            yield _figure(m, Quantity.LENGTH, amount, unit, end=end)
        else:
            yield _figure(m, Quantity.DURATION, amount, unit)


def _durations(text: str) -> Iterator[Figure]:
    for m in _DURATION.finditer(text):
        amount = amount_range(m.group("amount"))
        if amount is None or _YEAR.fullmatch(m.group("amount")):
            continue
        upper = amount_range(m.group("upper")) if m.group("upper") else None
        low, high = amount[0], (upper[1] if upper else amount[1])
        if m.group("half") or m.group("half_after"):
            low, high = low + 0.5, high + 0.5
        hedge = m.group("hedge") or vague_hedge(m.group("amount"))
        yield _figure(m, Quantity.DURATION, (low, high), m.group("unit").lower(), hedge=hedge)
    for pattern, value in _ARTICLE_DURATIONS:
        for m in pattern.finditer(text):
            unit = m.group("unit").lower()
            yield _figure(m, Quantity.DURATION, (value, value), unit, start=m.start("x"))
    for m in _WITHIN_HOURS.finditer(text):
        yield _figure(m, Quantity.DURATION, (1, 24), "hour", hedge=m.group("hedge"))


def _percentages(text: str) -> Iterator[Figure]:
    for m in _PERCENT.finditer(text):
        amount = amount_range(m.group("amount"))
        if amount:
            yield _figure(m, Quantity.PERCENT, amount, "%", hedge=m.group("hedge"))


def _counts(text: str) -> Iterator[Figure]:
    for m in _COUNT_START.finditer(text):
        amount = amount_range(m.group("amount"))
        if amount is None or _YEAR.fullmatch(m.group("amount")):
            continue
        noun = _counted_noun(text, m.end())
        if noun is None:
            continue
        words, end, head = noun
        hedge = m.group("hedge") or vague_hedge(m.group("amount"))
        yield _figure(m, Quantity.COUNT, amount, singular(head), counts=words, hedge=hedge, end=end)
    for m in _BARE_VAGUE.finditer(text):
        amount = amount_range(m.group("amount"))
        if amount:
            yield _figure(m, Quantity.COUNT, amount, "", hedge=m.group("amount"))


def _counted_noun(text: str, at: int) -> tuple[str, int, str] | None:
    """The counted words after an amount, their end and their plural head noun, if any:
    up to three modifiers ("protesting", "riders'", "Sora") and then a plural noun."""
    start = at
    for _ in range(_MAX_MODIFIERS + 1):
        m = _WORD_AFTER.match(text, at)
        if m is None:
            return None
        word = m.group("word")
        lower = word.lower()
        if lower in _NOT_MODIFIERS or lower in _NOT_COUNTED:
            return None
        possessive = lower.endswith(("'", "’", "'s", "’s"))
        if not possessive and not word[0].isupper() and looks_plural(lower):
            return text[start : m.end()].strip(), m.end(), lower
        at = m.end()
    return None


_READERS: tuple[Callable[[str], Iterator[Figure]], ...] = (
    _resolutions,
    _hyphenated,
    _durations,
    _percentages,
    _counts,
)


def _figure(
    m: re.Match[str],
    quantity: Quantity,
    amount: tuple[float, float],
    unit: str,
    counts: str | None = None,
    hedge: str | None = None,
    start: int | None = None,
    end: int | None = None,
) -> Figure:
    start = m.start() if start is None else start
    end = m.end() if end is None else end
    low, high = float(amount[0]), float(amount[1])
    return Figure(
        m.string[start:end], start, end, quantity, low, high, unit, counts, normal_hedge(hedge)
    )


def _with_counted_nouns(text: str, figures: list[Figure]) -> Iterator[Figure]:
    """Give a bare vague count the noun of the last count before it in the same paragraph."""
    last_noun: tuple[int, str] | None = None
    for figure in figures:
        if figure.quantity is Quantity.COUNT and figure.unit:
            last_noun = (figure.end, figure.unit)
        elif figure.quantity is Quantity.COUNT:
            if last_noun is None or "\n" in text[last_noun[0] : figure.start]:
                continue
            yield attrs.evolve(figure, unit=last_noun[1])
            continue
        yield figure
