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
from sorabrief.extract.counts import counted_nouns, find_counts
from sorabrief.extract.elided_sums import sums_left_out
from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.money import find_money
from sorabrief.extract.numbers import (
    AMOUNT,
    AMOUNT_START,
    DIGITS,
    NUMBER_WORDS,
    YEAR,
    amount_range,
    hedge_before,
    normal_hedge,
    vague_hedge,
)
from sorabrief.extract.openings import found
from sorabrief.findings import Figure, Quantity

TIME_UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade")
_TIME_UNIT = rf"(?P<unit>{'|'.join(TIME_UNITS)})s?"
_RANGE = (
    rf"(?P<amount>{AMOUNT})(?:\s*(?P<joint>-|–|to|or|and|,(?=[ \t]*(?:{NUMBER_WORDS})\s))"
    rf"\s*(?P<upper>{AMOUNT}))?"
)
"""An amount or a range of two ("three to five", "2-3"; "two and three" after "between";
"six, seven hours" as speech gives two numbers in a row)."""
_BETWEEN = re.compile(r"(?i:\bbetween\s+)$")
_ARTICLE_AFTER = (
    r"(?:for|within|over|after|in|lasting|lasted|than|about|nearly|almost|just|only|barely"
    r"|be|been|take|takes|took|taken|taking|spend|spends|spent|wait|waited|last|lasts"
    r"|add|adds|added|adding|give|gives|gave|given|giving|grant|grants|granted|lose|loses|lost"
    r"|losing|waste|wastes|wasted|wasting)"
)
_OF_AFTER = re.compile(r"(?i:\s+of\b)")
"""After "be", "a day of …" names a kind of day, not a duration ("it will be a day of rest")."""

_RESOLUTION = re.compile(r"\b(?P<amount>1[0-9]{3}|[2-9][0-9]{2})p\b|\b(?P<k>[48])K\b")
_HYPHENATED = with_first_char(
    rf"(?i:\b(?P<amount>{DIGITS}|{NUMBER_WORDS}|half)-{_TIME_UNIT}\b(?!-old)"
    r"(?P<media>(?:[-\s]+long)?\s+(?:[a-z]+\s+)?(?:clips?|videos?|films?|footage|recordings?"
    r"|trailers?|ads?|songs?|segments?|sequences?|animations?)\b)?)"
)
_LONG = with_first_char(
    rf"(?i:\b(?P<unit>{'|'.join(u for u in TIME_UNITS if u != 'fortnight')})-?long\b)"
)
"""A time unit made an adjective by "long", with or without a hyphen: "a week-long strike",
"a yearlong inquiry" last one week, one year."""
_FURTHER = r"(?:more|further|additional|extra|other|straight|consecutive|full|whole|solid)"
"""A word between an amount and its time unit that adds to or stresses a duration ("three
more days", "eight straight days")."""
_KIND = r"(?:working|business|calendar|school|trading|overtime)"
"""A word naming which days or weeks a duration counts ("ten working days")."""
_DURATION = re.compile(
    rf"{AMOUNT_START}(?i:\b{_RANGE}(?P<half>\s+and\s+a\s+half)?(?:\s+{_FURTHER})?"
    rf"(?:\s+{_KIND})?\s+{_TIME_UNIT}\b"
    r"(?P<half_after>\s+and\s+a\s+half\b)?(?!\s+(?:ago|old)\b))"
)
_SINGLE_UNIT = rf"(?P<unit>{'|'.join(TIME_UNITS)})"
_ARTICLE_DURATION = re.compile(
    rf"(?=[HhAaSsMmDdWwFfYyOoTt])(?i:\b(?P<x>(?P<half_of>half\s+)?"
    r"(?P<quarter>(?P<quarters>a|one|three)[\s-]+quarters?\s+of\s+)?(?P<article>an?\s+|another\s+)?"
    rf"(?P<full>(?:full|whole|entire|(?P<single>single))\s+)?(?P<half_a>half[\s-])?"
    rf"{_SINGLE_UNIT}(?!-)(?![’']s\b)(?P<and_half>\s+and\s+a\s+half)?(?:\s+or\s+(?P<or_upper>two|three|2|3))?)\b"
    r"(?!\s+(?:ago|old)\b)"
    r"(?P<then>\s+(?:after|before|later|earlier|late|early)\b)?"
    r"(?P<filled>(?=\s+(?:without|with|in\s+which)\b))?)"
)
_RATE_BEFORE = re.compile(
    rf"(?i:(?:\b(?:{DIGITS}|{NUMBER_WORDS}|once|twice)(?:[ \t]+[\w-]+){{0,2}}"
    r"|\b(?:is|was|are|were|be|been|being))[ \t]+)$"
)
"""An amount and up to two words before "a day", which make it a rate ("twelve hours a day
with no break", "40 trips a day with air conditioning"), or a form of "be", which makes it
a kind of day ("every day here is a day with no pay")."""
_LEAD = re.compile(rf"(?i:\b(?P<lead>{_ARTICLE_AFTER}|the\s+(?:next|last|past))\s+)$")
_GRANTED = re.compile(
    r"(?i:\b(?P<lead>give|gives|gave|given|giving|grant|grants|granted|allow|allows|allowed)"
    r"(?:\s+(?!(?:an?|to|and|or)\s)[\w’'-]+){1,4}\s+)$"
)
"""A verb that grants time and whom it grants it to, before a duration with an article and
"to" ("gave the board a month to rewrite the rules", "has given it a week to answer")."""
_TO_VERB = re.compile(r"\s+to\s+[a-z]+\b")
"""A duration with an article ("for a week", "half an hour", "a day and a half", "a full
week" or "a single day" wherever it stands; never one before a possessive: "a single
month's bill", "lost a month's pay"), or "another" ("idle for another fortnight"), after a
word that spends, loses, waits or grants it ("has been given a year to reply", "lost a
day"), or one granted to someone for a task ("gave the board a month to rewrite the
rules"); a quarter of one ("in a
quarter of an hour", "three quarters of an hour"); one with a small number after "or" is
a range from one ("a year or two" is 1–2 years)."""
_ORDINAL_SECOND = re.compile(
    r"[ \t]+(?!(?:and|or|but|to|of|in|on|at|for|from|with|without|before|after|later|earlier"
    r"|then|as|while|when|so|until|longer|more|less|too|only|just)\b)[a-z]+\b"
)
"""A word after "a second" that it qualifies ("for a second day", "a second round of talks"):
"second" is then the ordinal, no duration ("for a second and then" is one)."""
_WITHIN_HOURS = re.compile(r"(?i:\b(?P<hedge>within|in\s+a\s+matter\s+of)\s+hours\b)")
_PERCENT = re.compile(
    rf"{AMOUNT_START}(?i:\b(?P<amount>{DIGITS}|{NUMBER_WORDS})"
    rf"(?:\s?(?:%|percent|per\s+cent))?(?:\s*(?P<joint>-|–|to|and)\s*"
    rf"(?P<upper>{DIGITS}|{NUMBER_WORDS}))?\s?(?:%|percent\b|per\s+cent\b))"
)
_MEASURES = (
    r"metre|meter|km|kilometre|kilometer|mile|foot|feet|ft|inch|yard|cm|mm|m|kg|gram|g|tonne|ton"
    r"|lb|pound|ounce|litre|liter|gallon|acre|hectare|degree|mph|kph|watt|kw|mw|gw|volt|point"
    r"|percent|per|fold|odd|something|plus|strong|old|year|star|bit|byte|gb|mb|tb|time|way"
    r"|half|halves|third|quarter|fifth|tenth"
)
_SIZE_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
"""Small numbers in words that size a group ("a seven-member panel")."""
_SIZED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s(?P<amount>{DIGITS}|{_SIZE_WORDS})"
    rf"-(?!(?:{_MEASURES}|{'|'.join(TIME_UNITS)})s?\b)(?P<noun>[a-z]{{3,}})(?=\s+[A-Za-z])"
)
"""A number joined to a noun to size what follows: "a 40-bed ward" counts 40 beds, "a
seven-member panel" 7 members; not a fraction ("a two-thirds majority"), not a
measure ("a 5-metre wall") or a time ("a 48-hour strike")."""


def find_figures(
    text: str, place: str = "", url: str = "", ours: frozenset[str] = frozenset()
) -> tuple[Figure, ...]:
    """Every figure in the kept ``text`` (the masked body), in order, without overlaps;
    ``place`` may name the article's country for a bare "$", the ``url``'s country
    domain settles a shared currency noun such as "kr" (``whose_currency.py``), and ``ours``
    holds the currencies of the case's money claims, for a shared sign nothing else settles.
    Of readings that start together the sum of money is taken: an amount before a
    currency's name is a sum, not the modifier of a counted noun ("5 million tenge applies";
    a note's or coin's denomination is no sum, ``money_amounts.py``), else the longest. An
    amount that leaves out the currency its sentence has just named is a sum in it
    (``elided_sums.py``)."""
    candidates = [*find_money(text, place, url, ours)]
    for reader in _READERS:
        candidates.extend(reader(text))
    chosen: list[Figure] = []
    for figure in sorted(candidates, key=_first_reading):
        if not chosen or figure.start >= _extent(chosen[-1]):
            chosen.append(figure)
    counted = sums_left_out(list(counted_nouns(text, chosen)))
    return bind_figures(text, [_hedged_after(text, f) for f in counted])


_HEDGE_AFTER = re.compile(
    r"[ \t]+(?P<hedge>or[ \t]+(?:more|less|fewer|longer|so|over|under|above|below))\b(?![ \t]+than)",
    re.IGNORECASE,
)
"""A hedge written after the amount ("ten days or more", "$500 or less", "a week or so")."""


def _hedged_after(text: str, figure: Figure) -> Figure:
    """``figure`` with the hedge written right after it, when none is written before."""
    if figure.hedge is not None:
        return figure
    m = _HEDGE_AFTER.match(text, _extent(figure))
    return attrs.evolve(figure, hedge=normal_hedge(m.group("hedge"))) if m else figure


def _first_reading(figure: Figure) -> tuple[int, bool, int]:
    """Readings in order of where they start, a sum of money first, then the longest."""
    return figure.start, figure.quantity != Quantity.MONEY, figure.start - figure.end


def _extent(figure: Figure) -> int:
    return figure.converted.end if figure.converted else figure.end


def _resolutions(text: str) -> Iterator[Figure]:
    for m in found(_RESOLUTION, text):
        value = float(m.group("amount")) if m.group("amount") else 1080.0 * int(m.group("k")) / 2
        yield _figure(m, Quantity.RESOLUTION, (value, value), "p")


def _hyphenated(text: str) -> Iterator[Figure]:
    """ "a 48-hour strike" is a duration; "a 10-second clip" is a length of media."""
    for m in found(_HYPHENATED, text):
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


def _long(text: str) -> Iterator[Figure]:
    for m in found(_LONG, text):
        yield _figure(m, Quantity.DURATION, (1, 1), m.group("unit").lower())


def _durations(text: str) -> Iterator[Figure]:
    for m in found(_DURATION, text):
        if m.group("joint") == "," and _ranged(m) is None:
            m = _DURATION.match(text, m.start("upper")) or m
        amount = _ranged(m)
        if amount is None or YEAR.fullmatch(m.group("amount")):
            continue
        low, high = amount
        if m.group("half") or m.group("half_after"):
            low, high = low + 0.5, high + 0.5
        yield _hedged(m, Quantity.DURATION, (low, high), m.group("unit").lower())
    for m in found(_ARTICLE_DURATION, text):
        hedge = hedge_before(text, m.start("x"))
        lead = None if hedge else _LEAD.search(text, max(0, m.start() - 16), m.start())
        if lead is None and hedge is None and _TO_VERB.match(text, m.end("x")):
            lead = _GRANTED.search(text, max(0, m.start() - 60), m.start())
        if lead and lead.group("lead").lower().startswith("be") and _OF_AFTER.match(text, m.end()):
            continue
        if m.group("unit").lower() == "second" and _ORDINAL_SECOND.match(text, m.end("x")):
            continue
        value = _article_duration(m, hedge is not None, lead.group("lead") if lead else "")
        if value is not None:
            start = hedge.start() if hedge else m.start("x")
            upper = amount_range(m.group("or_upper")) if m.group("or_upper") else None
            yield _figure(
                m, Quantity.DURATION, (value, upper[1] if upper else value), m.group("unit").lower(),
                hedge=hedge.group("hedge") if hedge else None, start=start, end=m.end("x"),
            )  # fmt: skip
    for m in found(_WITHIN_HOURS, text):
        yield _figure(m, Quantity.DURATION, (1, 24), "hour", hedge=m.group("hedge"))


def _ranged(m: re.Match[str]) -> tuple[float, float] | None:
    """The amount or range a match reads; "two and three" only after "between"."""
    amount = amount_range(m.group("amount"))
    if amount is None or not m.group("upper"):
        return amount
    if m.group("joint").lower() == "and" and not _between(m):
        return None
    upper = amount_range(m.group("upper"))
    if m.group("joint") == "," and not (
        upper and upper[0] == amount[1] + 1 and m.group("amount").isalpha()
    ):
        return None  # a list ("five, seven hours"), not two numbers in a row in words
    return (amount[0], upper[1]) if upper else None


def _between(m: re.Match[str]) -> re.Match[str] | None:
    return _BETWEEN.search(m.string, max(0, m.start() - 8), m.start())


def _hedged(m: re.Match[str], quantity: Quantity, amount: tuple[float, float], unit: str) -> Figure:
    """A figure with the hedge, or the "between" of a range, written before it."""
    between = _between(m) if m.group("upper") else None
    start = between.start() if between else m.start()
    hedge = hedge_before(m.string, start)
    word = hedge.group("hedge") if hedge else vague_hedge(m.group("amount"))
    return _figure(m, quantity, amount, unit, hedge=word, start=hedge.start() if hedge else start)


def _article_duration(m: re.Match[str], hedged: bool, lead: str) -> float | None:
    """The amount of a duration written with an article, or None when the words are no
    duration ("a day" in "twelve hours a day"); "full", "whole" or "entire" after the article
    always makes one ("missed a full week of classes"), and so does "without", "with" or "in
    which" after it, but for a rate or after "be" ("a week without bread cards", "a week in
    which crews …"; "a week of protests" may name an event, and stays out)."""
    if m.group("quarter") and m.group("article"):  # "in a quarter of an hour"
        return 0.75 if m.group("quarters").lower() == "three" else 0.25
    halved = m.group("half_of") or m.group("half_a")
    if halved and (m.group("half_of") is None or m.group("article")):
        return 0.5
    lead = lead.lower()
    if m.group("and_half") and (m.group("article") or lead.startswith("the")):
        return 1.5
    if not m.group("article"):
        return None
    if hedged or lead or m.group("then") or m.group("full") or (m.group("or_upper") and not halved):
        return 1.0
    before = max(0, m.start() - 40)
    if m.group("filled") is not None and not _RATE_BEFORE.search(m.string, before, m.start()):
        return 1.0
    return None


def _percentages(text: str) -> Iterator[Figure]:
    for m in found(_PERCENT, text):
        amount = _ranged(m)
        if amount is not None:
            yield _hedged(m, Quantity.PERCENT, amount, "%")


def _sized(text: str) -> Iterator[Figure]:
    for m in found(_SIZED, text):
        amount = amount_range(m.group("amount"))
        if amount is not None and not YEAR.fullmatch(m.group("amount")):
            noun = m.group("noun")
            yield _figure(m, Quantity.COUNT, amount, noun, counts=noun, start=m.start("amount"))


_READERS: tuple[Callable[[str], Iterator[Figure]], ...] = (
    _resolutions,
    _hyphenated,
    _long,
    _durations,
    _percentages,
    _sized,
    find_counts,
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
