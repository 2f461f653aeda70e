"""Dates: absolute, partial and relative, resolved against the publication date.

- absolute: "November 26, 2024", "26 November 2024", "5th March 2024",
  "Oct. 12, 2024", "2024-11-26", "14/02/2024", "In December 2024", "in 2023",
  "between 2019 and 2021", "dating back to 2018", a year used as an adjective
  ("the firm's 2024 profit") and the years joined to
  a year mention ("in 2015 and 2019");
- partial: "3 March", "March 3", "Feb. 14", "Sept 3", "the 5th of March",
  "in February", "between December and February", "on 3/3", "Friday 10/7", "13. 7.",
  "last March", "the March
  order" — a month or day without a
  year is the most recent such date on or before publication, but a day at most a
  month after publication is the coming one, and so is a month alone in a clause that
  looks ahead or the month right after publication's;
- relative: "on Tuesday", "last Tuesday", "next Tuesday", "on Monday night" (the
  latest such day on or before publication, but publication's day or the next one after
  it when a plan's verb phrase runs on to it: "will reopen on Monday", "is due to report
  on Friday", "said the money would be paid on Monday", "would decide later on Tuesday";
  a plan told on an earlier weekday of the same sentence counts from the day of the
  saying: "On Friday the governor announced … a supply from Saturday"),
  "yesterday", "last night", "this morning", "earlier this week", "last weekend", "last month",
  "three days ago", "a fortnight ago" — counted from the publication date ("two weeks
  ago" and "a fortnight ago" are the day fourteen days back).

A weekday written before a date ("Tuesday 5 March", "Tue., March 5, 2024") is
part of that mention; a dated mention wins over a relative one it overlaps.
Numeric dates are read day first ("14/02/2024") unless the second number cannot
be a month ("02/14/2024"). When both could be ("03/04/2024") the order is the
one the article's written dates use ("3 March" or "March 3"); when it uses
neither, or both equally, the date is kept unresolved. After a weekday ("Friday 10/7")
the reading that falls on that weekday is taken. A day and month written with points and a
space ("13. 7.", as central Europe writes) is day first.

Whatever cannot be resolved (an undated article, a publication date that is too
coarse) is kept with precision "unresolved" and no value. A month, weekday or
year mention keeps its preposition ("in February", "on Tuesday") as part of its
text; full dates do not.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator

from text_to_num import text2num

from sorabrief.extract.calendar_math import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAYS,
    Resolver,
    coming,
    date_or_none,
    days_from,
    last_weekend,
    latest,
    month_before,
    month_number,
    period_from,
    weekday_near,
    weekday_number,
)
from sorabrief.extract.date_order import numeric_order
from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.openings import found, tried_at, words_of
from sorabrief.findings import DateMention, DatePrecision
from sorabrief.partial_date import PartialDate, Precision

_MONTH = rf"(?P<month>{'|'.join(MONTH_NAMES)}|(?:{MONTH_ABBREVIATIONS})\.?)"
_FULL_MONTH = rf"(?P<month>{'|'.join(MONTH_NAMES)})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY_NAME = rf"(?:{'|'.join(WEEKDAYS)}|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?)"
_ON_WEEKDAY = rf"(?:(?P<weekday>{_WEEKDAY_NAME}),?\s+(?:the\s+)?)?"
_LEAD = (
    r"(?P<lead>(?i:in|since|by|until|from|during|early|late|mid|earlier\s+in|later\s+in|of"
    r"|between|after|before|through|back\s+to|(?:as\s+far\s+)?back\s+as|as\s+early\s+as|as\s+late\s+as))"
)
_NOT_A_PLACE = r"(?!\s+(?:City|Street|Bridge|Square|Avenue|Road|Park|Stadium|Boulevard|Station)\b)"
"""No place named after a date after it ("6th of October City", "9 July Avenue")."""
_NOT_A_YEAR = r"(?!\s+\d(?!\d?[:.]\d\d\b))(?!,\s*\d{4})(?![\d:.]\d)" + _NOT_A_PLACE
"""No year or other number right after the day, but a time of day may follow ("Sept. 28,
11:40"), and so may a count after a comma ("On 5 March, 41 patients were moved"); no
place named after the date ("6th of October City")."""

# The patterns made by ``with_first_char`` are searched over the whole text: a one-character
# check skips where none can start.
_MONTH_DAY_YEAR = with_first_char(rf"\b{_ON_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")
_DAY_MONTH_YEAR = with_first_char(rf"\b{_ON_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d/-]|\.\d)"
)
_NUMERIC_DAY_MONTH = with_first_char(
    r"(?<![\d/.,-])(?P<first>\d{2})/(?P<second>\d{2})(?![\d/]|[.,]\d)"
)
"""A day and month in two-digit numbers with no year ("15/02"); one digit ("24/7") is a
ratio or a fraction, not a date."""
_ON_NUMERIC_DAY_MONTH = re.compile(
    r"(?<=\b[Oo]n )(?P<first>\d{1,2})/(?P<second>\d{1,2})(?![\d/]|[.,]\d)(?<!\b24/7)"
)
"""A day and month with one digit or two after "on" ("on 3/3", "on 9/11"): after "on"
it is a day, not a ratio; "24/7" stays round the clock."""
_LISTED_NUMERIC_DAY_MONTH = re.compile(
    r"(?m:^|(?<=^[-•*] ))(?P<first>\d{1,2})/(?P<second>\d{1,2})(?=[ \t]*(?::|[–—-][ \t]))"
)
"""A day and month with one digit or two opening a line of a timeline ("3/8: Ship runs
aground", "- 12/4 – Talks fail"): a date, not a ratio."""
_WEEKDAY_NUMERIC = with_first_char(
    rf"\b(?P<weekday>{_WEEKDAY_NAME}),?\s+(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})"
    r"(?![\d/]|[.,]\d)"
)
"""A day and month after a weekday ("Friday 10/7"): the weekday settles which number is
the day when the article's order does not."""
_DOTTED_DAY_MONTH = with_first_char(
    r"(?<![\w.,])(?P<day>[0-3]?\d)\.[ \u00a0](?P<month>1[0-2]|0?[1-9])\.(?![ \u00a0]?\d)"
)
"""A day and month written with points and a space, as central Europe writes them
("13. 7."): day first everywhere."""
_MONTH_YEAR = with_first_char(rf"\b(?:{_LEAD}[\s-]+)?{_MONTH},?\s+{_YEAR}\b")
_MONTH_DAY = with_first_char(rf"\b{_ON_WEEKDAY}{_MONTH}\s+{_DAY}\b{_NOT_A_YEAR}")
_DAY_MONTH = with_first_char(
    rf"\b{_ON_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?!\w){_NOT_A_YEAR}"
)
_NOT_MAY = r"(?!May\b)"
""""May" is also the modal and a surname: after a preposition that is not one of time alone
("for", "into") it is left out."""
_MONTH_LEAD = (
    rf"(?:{_LEAD}|(?i:to|through|till|before|after)"
    rf"|(?i:for|into|throughout|as\s+recently\s+as)(?=[\s-]+{_NOT_MAY}))"
)
_MONTH_ALONE = with_first_char(rf"\b{_MONTH_LEAD}[\s-]+{_FULL_MONTH}\b(?!\s+\d){_NOT_A_PLACE}")
"""A month named alone after a preposition of time: "in February", "the six months to March",
"the bill for December", "a waiting list into February", "as recently as August"."""
_VERB_AFTER_NAME = (
    r"said|says|told|tells|was|is|has|had|have|will|would|could|can|did|does|wrote|added"
    r"|asked|and|or|but"
)
_MONTH_MODIFIER = with_first_char(
    rf"(?<=[a-z,][ \t]){_NOT_MAY}{_FULL_MONTH}(?:['’]s)?"
    rf"(?=[ \t]+(?!(?:{_VERB_AFTER_NAME})\b)[a-z]+\b(?<!ed))"
)
"""A month named alone before the noun it dates, inside a sentence ("the disputed December
bills", "credited against February consumption", "withhold November's payment"): a
capital after a word in lower case is a name, and a name before a noun is the month's
("May", also a surname, and a name before a verb, "when June said", are left out)."""
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_ORDINALS = {word: n for n, word in enumerate(_ORDINAL_WORDS.split(), start=1)} | {"thirtieth": 30}
_WORD_DAY = (
    r"(?P<tens>(?i:twenty|thirty)[\s-])?(?P<ordinal>(?i:"
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + r"))"
)
_WORD_DAY_MONTH = with_first_char(
    rf"\b{_ON_WEEKDAY}(?i:the\s+){_WORD_DAY}\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?\b"
)
"""A day written as an ordinal word before its month ("the twelfth of January", "the
twenty-first of March 2025")."""
_NEXT_MONTH = re.compile(rf"(?:,\s*|,?\s+(?:and|or|&)\s+){_FULL_MONTH}\b(?!\s+\d)")
"""Another month joined to a month named alone: "between December and February"."""
_LAST_MONTH_NAME = with_first_char(rf"\b(?i:last)\s+{_FULL_MONTH}\b(?!\s+\d)")
_A_YEAR = r"(?:1[89]|20)\d\d\b"
_NO_COUNTED_NOUN = r"(?!\s+[a-z]+s\b)"
"""No plural right after a number that could be a year: "for 2000 tickets" is a count."""
_YEAR_ALONE = with_first_char(
    rf"\b(?:{_LEAD}(?:\s+at\s+least)?[\s-]+|(?i:for|into)\s+(?={_A_YEAR}{_NO_COUNTED_NOUN}))"
    rf"{_YEAR}\b(?![\d-])"
)
"""A year after a preposition of time: "in 2023", "mid-2028", "since at least 2024",
"planned for 2027", "would push commissioning into 2029"."""
_DETERMINERS = r"[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ww]hose"
_DETERMINER = rf"(?:{_DETERMINERS}|\w+['’]s)"
_ADJECTIVE_YEAR = with_first_char(
    rf"\b{_DETERMINER}\s+{_YEAR}(?=\s+[a-z]|\s+[A-Z][a-z]+\s+[A-Z]|-[a-z]+\s+[A-Za-z])"
)
"""A year used as an adjective: "a 2022 wind event", "the firm's 2024 profit", "the 2022
General Procurement Law" (a name in capitals), or joined to a participle: "a 2008-built
barge", "the 1998-built Kyma Thalassa"."""
_QUALIFIED_YEAR = with_first_char(
    rf"\b{_DETERMINER}\s+(?!(?:additional|total|potential|original|initial|final|actual|nominal"
    rf"|approximately|nearly|roughly|exactly|only)\b)[a-z]+(?:ly|ful|ous|ic|al)\s+{_YEAR}"
    r"(?=\s+[a-z]+(?<!s)\b)"
)
"""A year used as an adjective after an adjective ("a costly 2025 edition"), before a
singular noun and not after a word of amount, so "an additional 2000 staff" or "a total
1980 votes" is no year."""
_ADJECTIVE_MONTH = with_first_char(rf"\b{_DETERMINER}\s+{_FULL_MONTH}(?=\s+[a-z])")
"""A month used as an adjective: "the March order"."""
_DETERMINED = re.compile(
    rf"(?=\b(?:{_DETERMINERS}|\w++['’]s)\s+(?:(?:1[89]|20)\d\d|(?:{'|'.join(MONTH_NAMES)})"
    r"|[a-z]+(?:ly|ful|ous|ic|al)\s+(?:1[89]|20)\d\d))"
)
"""Every place where the three patterns above can start: a determiner before a year, a
month, or an adjective and a year. Found in one pass (their determiner may be any word
with "'s", so ``re`` would try each of them at every word) and tried there only. It can
only hold where a word (a run of ``\\w``) starts, one to three words before a word that
begins as a year or a month does (a determiner is one word, or two with "'s"; an
adjective one more), so it is tried there only; the word before "'s" is taken whole
(``\\w++``), as no apostrophe is a word character."""
_DETERMINED_FOLLOWED = frozenset({"18", "19", "20", *(m.lower() for m in MONTH_NAMES)})
"""How the words ``_DETERMINED`` looks for after a determiner begin (in lower case)."""
_NEXT_YEAR = re.compile(
    rf"(?:,\s*|,?\s+(?:and|or|&)\s+|\s+(?:to|through|until|till)\s+(?={_A_YEAR}{_NO_COUNTED_NOUN}))"
    rf"{_YEAR}\b(?![\d-])"
)
"""Another year joined to a year mention: "in 2015 and 2019", "in 2019, 2021 and 2023",
"from 2024 to 2027"."""
_WEEKDAY = with_first_char(
    rf"\b(?:(?P<lead>(?i:on|last|next))\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})\b"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)
_NEARBY_DAY = with_first_char(
    r"\b(?P<word>(?i:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)))\b"
)
_PERIOD = with_first_char(
    r"\b(?P<when>(?i:earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the|this|last|next))"
    r"\s+(?P<period>week(?:end)?|month|year)\b"
)
"""A period near publication: "last week", "earlier this month"; a weekend is the week it
falls in ("last weekend" is the week before publication's)."""
_PART_OF_PERIOD = with_first_char(
    r"\b(?i:by|before|since|from)\s+(?i:the\s+)?(?i:start|end|beginning|middle|close|turn)"
    r"\s+of\s+the\s+(?P<period>(?i:month|year))\b(?!\s+(?:before|after|of|in|when)\b)"
)
"""A part of the month or year of publication after a word setting a bound ("since the
start of the month", "by the end of the year"); "at the end of the month" is as often
every month's ("at the end of the month there is nothing")."""
_THE_WEEKEND = with_first_char(r"\b(?i:over|at)\s+the\s+weekend\b")
"""The weekend just past, in a clause that does not look ahead: "escaped over the weekend",
"came at the weekend" (not "rain is expected over the weekend")."""
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
_AGO = with_first_char(
    rf"(?i:\b(?P<amount>\d{{1,4}}|{_UNIT_WORDS}|an?)\s+(?P<period>day|week|fortnight|month|year)s?\s+ago\b)"
)

_DAYS_IN = {"week": 7, "fortnight": 14}
_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
_PERIOD_PRECISION = {
    "week": DatePrecision.WEEK,
    "month": DatePrecision.MONTH,
    "year": DatePrecision.YEAR,
}
_NEEDS = {
    DatePrecision.DAY: Precision.DAY,
    DatePrecision.WEEK: Precision.DAY,
    DatePrecision.MONTH: Precision.MONTH,
    DatePrecision.YEAR: Precision.YEAR,
}
_PRECISION_ORDER = (Precision.YEAR, Precision.MONTH, Precision.DAY)
Order = Callable[[], "str | None"]
"""The order of day and month of an article's numeric dates ("day", "month" or None when
unsettled): the countries it names (``numeric_order``), else its written dates. Asked
only when a numeric date could be read either way, which most articles never write, so
the scan for country names is left out of them."""


def find_dates(text: str, published: PartialDate | None) -> tuple[DateMention, ...]:
    """Every date mention in the kept ``text`` (the masked body), in order, without overlaps."""
    days = _Days(text)
    order = functools.cache(lambda: numeric_order(text) or days.order())
    dated = [
        *_absolute(text, days),
        *_numeric(text, order),
        *_numeric_day_month(text, order, published),
        *_partial(text, days, published),
    ]
    overlaps = _Overlaps(dated)
    relative = [m for m in _relative(text, published) if not overlaps.any(m)]
    chosen: list[DateMention] = []
    for mention in sorted([*dated, *relative], key=lambda d: (d.start, -(d.end - d.start))):
        if not chosen or mention.start >= chosen[-1].end:
            chosen.append(mention)
    return tuple(chosen)


class _Overlaps:
    """Mentions, sorted, so that whether another overlaps one of them is a binary search."""

    def __init__(self, mentions: list[DateMention]) -> None:
        spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [start for start, _ in spans]
        self.reach = list(itertools.accumulate((end for _, end in spans), max))

    def any(self, mention: DateMention) -> bool:
        i = bisect.bisect_left(self.starts, mention.end)  # the mentions that start before its end
        return i > 0 and self.reach[i - 1] > mention.start


class _Days:
    """The matches of the four patterns of a written day ("26 November 2024", "November 26"),
    found once for the dates and for the order of day and month the article writes. They
    are kept by name, not in a dictionary by pattern: a compiled pattern's hash reads all
    of its code."""

    def __init__(self, text: str) -> None:
        self.month_day_year = list(found(_MONTH_DAY_YEAR, text))
        self.day_month_year = list(found(_DAY_MONTH_YEAR, text))
        self.month_day = list(found(_MONTH_DAY, text))
        self.day_month = list(found(_DAY_MONTH, text))

    def order(self) -> str | None:
        """ "day" or "month": which comes first in the article's written dates, or None if
        unclear."""
        day_first = len(self.day_month_year) + len(self.day_month)
        month_first = len(self.month_day_year) + len(self.month_day)
        if day_first == month_first:
            return None
        return "day" if day_first > month_first else "month"


def _absolute(text: str, days: _Days) -> Iterator[DateMention]:
    for m in itertools.chain(days.month_day_year, days.day_month_year, found(_ISO, text)):
        month = int(m["month"]) if m["month"].isdigit() else month_number(m["month"])
        date = date_or_none(int(m["year"]), month, int(m["day"]))
        if date:
            yield DateMention(m.group(), m.start(), m.end(), date, DatePrecision.DAY)
    for m in found(_MONTH_YEAR, text):
        date = date_or_none(int(m["year"]), month_number(m["month"]))
        if date:
            yield DateMention(m.group(), m.start(), m.end(), date, DatePrecision.MONTH)
    for m in found(_YEAR_ALONE, text):
        yield from _years(m, m.start())
    starts = _determined(text)
    for m in itertools.chain(
        tried_at(_ADJECTIVE_YEAR, text, starts), tried_at(_QUALIFIED_YEAR, text, starts)
    ):
        yield from _years(m, m.start("year"))


@functools.lru_cache(maxsize=1)
def _determined(text: str) -> list[int]:
    """Where ``_ADJECTIVE_YEAR``, ``_QUALIFIED_YEAR`` and ``_ADJECTIVE_MONTH`` can start."""
    words = words_of(text)
    if words is None:
        return [m.start() for m in _DETERMINED.finditer(text)]
    starts, near = words.starts, set()
    for target in words.starting(_DETERMINED_FOLLOWED):
        i = bisect.bisect_left(starts, target)
        near.update(starts[max(0, i - 3) : i])
    return [at for at in sorted(near) if _DETERMINED.match(text, at)]


def _years(m: re.Match[str], start: int) -> Iterator[DateMention]:
    """A year mention from ``start`` on, and every year joined to it ("2015 and 2019")."""
    while True:
        yield DateMention(
            m.string[start : m.end()],
            start,
            m.end(),
            PartialDate(int(m["year"])),
            DatePrecision.YEAR,
        )
        following = _NEXT_YEAR.match(m.string, m.end())
        if following is None:
            return
        m, start = following, following.start("year")


def _numeric(text: str, order: Order) -> Iterator[DateMention]:
    """``14/02/2024``: day first unless the second number cannot be a month."""
    for m in found(_NUMERIC, text):
        first, second = int(m["first"]), int(m["second"])
        year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
        if first > 12 or second > 12 or first == second:
            day, month = (second, first) if second > 12 else (first, second)
        elif order() is None:
            yield DateMention(m.group(), m.start(), m.end(), None, DatePrecision.UNRESOLVED)
            continue
        else:
            day, month = (first, second) if order() == "day" else (second, first)
        date = date_or_none(year, month, day) if month <= 12 else None
        if date:
            yield DateMention(m.group(), m.start(), m.end(), date, DatePrecision.DAY)


def _numeric_day_month(
    text: str, order: Order, published: PartialDate | None
) -> Iterator[DateMention]:
    """``15/02``: a day and month without a year, read like ``15/02/2024`` and resolved like
    "15 February" (the latest such day on or before publication)."""
    for m in itertools.chain(
        found(_NUMERIC_DAY_MONTH, text),
        found(_ON_NUMERIC_DAY_MONTH, text),
        found(_LISTED_NUMERIC_DAY_MONTH, text),
    ):
        first, second = int(m["first"]), int(m["second"])
        if first > 12 or second > 12 or first == second:
            day, month = (second, first) if second > 12 else (first, second)
        elif order() is None:
            yield DateMention(m.group(), m.start(), m.end(), None, DatePrecision.UNRESOLVED)
            continue
        else:
            day, month = (first, second) if order() == "day" else (second, first)
        if month <= 12 and date_or_none(2000, month, day):
            yield _resolved(m, published, DatePrecision.DAY, latest(month, day), relative=False)
    for m in found(_WEEKDAY_NUMERIC, text):
        first, second = int(m["first"]), int(m["second"])
        readings = [(first, second), (second, first)]
        if order() == "month":
            readings.reverse()
        weekday = weekday_number(m["weekday"])
        resolve = _on_weekday(readings, weekday, settled=order() is not None)
        yield _resolved(m, published, DatePrecision.DAY, resolve, relative=False)
    for m in found(_DOTTED_DAY_MONTH, text):
        day, month = int(m["day"]), int(m["month"])
        if date_or_none(2000, month, day):
            yield _resolved(m, published, DatePrecision.DAY, latest(month, day), relative=False)


def _on_weekday(readings: list[tuple[int, int]], weekday: int, settled: bool) -> Resolver:
    """The first (day, month) reading whose latest date falls on ``weekday``; else the first
    reading when the article's order is ``settled``, else none."""

    def resolve(published: PartialDate) -> PartialDate:
        dates = [
            latest(month, day, weekday)(published) if date_or_none(2000, month, day) else None
            for day, month in readings
        ]
        for found_date in dates:
            if found_date is not None and found_date.first_day.weekday() == weekday:
                return found_date
        if settled and dates[0] is not None:
            return dates[0]
        raise ValueError("no reading falls on the weekday")

    return resolve


def _partial(text: str, days: _Days, published: PartialDate | None) -> Iterator[DateMention]:
    """A month, or a month and day, without a year: the latest such date on or before
    publication, or a day soon after it (``calendar_math.latest``)."""
    for m in itertools.chain(days.month_day, days.day_month):
        month, day = month_number(m["month"]), int(m["day"])
        weekday = weekday_number(m["weekday"]) if m["weekday"] else None
        if 1 <= day <= 31:
            resolve = latest(month, day, weekday)
            yield _resolved(m, published, DatePrecision.DAY, resolve, relative=False)
    for m in found(_MONTH_ALONE, text):
        following: re.Match[str] | None = m
        ahead = _looks_ahead(text, m.start())
        while following is not None:
            resolve = _month_alone(month_number(following["month"]), ahead)
            group: int | str = "month" if following is not m else 0
            yield _resolved(following, published, DatePrecision.MONTH, resolve, False, group=group)
            following = _NEXT_MONTH.match(text, following.end())
    for m in itertools.chain(
        tried_at(_ADJECTIVE_MONTH, text, _determined(text)), found(_MONTH_MODIFIER, text)
    ):
        following = m
        while following is not None:
            resolve = _month_alone(month_number(following["month"]), ahead=False)
            yield _resolved(following, published, DatePrecision.MONTH, resolve, False, "month")
            following = _NEXT_MONTH.match(text, following.end())
    for m in found(_WORD_DAY_MONTH, text):
        yield _word_day(m, published)
    for m in found(_LAST_MONTH_NAME, text):
        resolve = month_before(month_number(m["month"]))
        yield _resolved(m, published, DatePrecision.MONTH, resolve, relative=True)


def _word_day(m: re.Match[str], published: PartialDate | None) -> DateMention:
    """A day written as an ordinal word ("the twelfth of January"), with its year or resolved
    like "12 January"."""
    day = _ORDINALS[m["ordinal"].lower()] + (
        20 if (m["tens"] or "").lower().startswith("tw") else 30 if m["tens"] else 0
    )
    month = month_number(m["month"])
    if m["year"]:
        date = date_or_none(int(m["year"]), month, day)
        if date is not None:
            return DateMention(m.group(), m.start(), m.end(), date, DatePrecision.DAY)
        return DateMention(m.group(), m.start(), m.end(), None, DatePrecision.UNRESOLVED)
    weekday = weekday_number(m["weekday"]) if m["weekday"] else None
    return _resolved(m, published, DatePrecision.DAY, latest(month, day, weekday), relative=False)


_PAST_BETWEEN = (
    r"(?:(?!\b(?:was|were|had|did|which|who|whose|after|since|because|when)\b)"
    r"[^.;!?“”\"]){0,110}$"
)
"""The words from a word looking ahead to a month in its clause: no verb in the past, nor
a relative word or conjunction that opens another clause ("will say the line was
inspected in May", "will review the order, which came in May")."""
_AHEAD = re.compile(
    r"(?:\b(?:will|shall|expects?|plans?|intends?|aims?|(?:is|are)\s+(?:due|expected|scheduled|set))"
    rf"\b|['’]ll\b){_PAST_BETWEEN}"
)
"""A clause that looks ahead ("expects findings by early December", "is due to reopen in
March", "will be covering the safety of cranes at its summit in Antwerp in June"): a
month named in it without a year is the coming one."""
_MAYBE_AHEAD = re.compile(
    rf"\b(?:would|could|might|may|should|expected|planned|intended|aimed){_PAST_BETWEEN}"
)
"""A modal, or a verb of intent in the past (reported speech: "said it expected to publish
in June"): it looks ahead from the day it was said, or tells what was to happen long ago
("said it would examine the reply residents got in November")."""
NEAR_MONTHS = 6
"""How many months after publication's a month after a modal is still read as the coming
one; further on, the latest one before publication is nearer."""


def _looks_ahead(text: str, at: int) -> bool | None:
    """True for a clause that looks ahead, None for one that may (a modal), else False."""
    if _AHEAD.search(text, max(0, at - 120), at) is not None:
        return True
    return None if _MAYBE_AHEAD.search(text, max(0, at - 120), at) is not None else False


_PLANNED_FOR = re.compile(
    r"(?:\b(?:will|shall|would)|['’]ll|\b(?:is|are)\s+(?:due|expected|scheduled|set)"
    r"(?:\s+to)?)\s+(?:not\s+)?(?!have\b)(?:[\w’'-]+\s+){0,6}$"
)
"""A plan whose verb phrase runs on to a weekday, with no comma or other verb's clause
between ("will reopen on Monday", "said the money would be released on Monday", "no
trains would run on the line before Friday", "a ruling is due on Tuesday"); not a past
possibility ("would have been seen on Monday"), a plan of the past ("was due to see a
doctor on Tuesday"), nor a weekday of a later clause ("will pay from a fund it set up on
Friday")."""


def _weekday_planned(text: str, at: int) -> bool:
    """Whether a weekday at ``at`` ends a plan's verb phrase (``_PLANNED_FOR``)."""
    return _PLANNED_FOR.search(text, max(0, at - 80), at) is not None


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“‘']")


def _same_sentence(text: str, start: int, end: int) -> bool:
    """Whether no sentence ends between ``start`` and ``end``."""
    return _SENTENCE_END.search(text, start, end) is None


def _planned_after(said: int, weekday: int) -> Resolver:
    """A planned weekday told on an earlier weekday of the same sentence ("On Friday the
    governor announced … a supply from Saturday"): that weekday on or after the day of the
    saying, which is the latest such day on or before publication."""

    def resolve(published: PartialDate) -> PartialDate:
        return weekday_near(weekday, "coming")(weekday_near(said, "on")(published))

    return resolve


def _month_alone(month: int, ahead: bool | None) -> Resolver:
    """A month named without a year: the coming one in a clause that looks ahead, or in one
    that may when it is at most ``NEAR_MONTHS`` after publication's, or when it is the month
    after publication's ("in December" in an article of 20 November); else the latest on or
    before publication."""

    def resolve(published: PartialDate) -> PartialDate:
        after = (month - (published.month or month)) % 12
        near = after == 1 or (ahead is None and 0 < after <= NEAR_MONTHS)
        return (coming if ahead or near else latest)(month)(published)

    return resolve


def _relative(text: str, published: PartialDate | None) -> Iterator[DateMention]:
    for m in found(_NEARBY_DAY, text):
        word = " ".join(m["word"].lower().split())
        offset = _OFFSETS.get(word, 0)
        yield _resolved(m, published, DatePrecision.DAY, days_from(offset))
    said_on: re.Match[str] | None = None
    for m in found(_WEEKDAY, text):
        direction = (m["lead"] or "on").lower()
        planned = direction == "on" and _weekday_planned(text, m.start())
        weekday = weekday_number(m["weekday"])
        if planned and said_on is not None and _same_sentence(text, said_on.end(), m.start()):
            resolve = _planned_after(weekday_number(said_on["weekday"]), weekday)
        else:  # "will reopen on Monday": that day or the next Monday
            resolve = weekday_near(weekday, "coming" if planned else direction)
        if direction == "on" and not planned:
            said_on = m
        yield _resolved(m, published, DatePrecision.DAY, resolve)
    for m in found(_PERIOD, text):
        step = {"last": -1, "next": 1}.get(m["when"].lower(), 0)
        period = m["period"].lower().removesuffix("end")
        yield _resolved(m, published, _PERIOD_PRECISION[period], period_from(period, step))
    for m in found(_PART_OF_PERIOD, text):
        period = m["period"].lower()
        yield _resolved(m, published, _PERIOD_PRECISION[period], period_from(period, 0))
    for m in found(_THE_WEEKEND, text):
        if _looks_ahead(text, m.start()) is False:
            yield _resolved(m, published, DatePrecision.WEEK, last_weekend)
    for m in found(_AGO, text):
        amount = m["amount"].lower()
        count = (
            int(amount)
            if amount.isdigit()
            else 1
            if amount in ("a", "an")
            else text2num(amount, "en")
        )
        period = m["period"].lower()
        if period in _DAYS_IN:  # "a week ago" is the same weekday, seven days back
            period, count = "day", count * _DAYS_IN[period]
        precision = DatePrecision.DAY if period == "day" else _PERIOD_PRECISION[period]
        yield _resolved(m, published, precision, period_from(period, -count))


def _resolved(
    m: re.Match[str],
    published: PartialDate | None,
    precision: DatePrecision,
    resolve: Resolver,
    relative: bool = True,
    group: int | str = 0,
) -> DateMention:
    """The mention (the match, or one ``group`` of it) resolved against ``published``, or
    unresolved when it is missing or too coarse."""
    text, start, end = m.group(group), m.start(group), m.end(group)
    value = None
    if published is not None and _PRECISION_ORDER.index(
        published.precision
    ) >= _PRECISION_ORDER.index(_NEEDS[precision]):
        try:
            value = resolve(published)
        except (ValueError, OverflowError):
            value = None
    if value is None:
        return DateMention(text, start, end, None, DatePrecision.UNRESOLVED, relative)
    return DateMention(text, start, end, value, precision, relative)
