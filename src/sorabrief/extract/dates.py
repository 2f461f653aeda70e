"""Dates: absolute, partial and relative, resolved against the publication date.

- absolute: "November 26, 2024", "26 November 2024", "2024-11-26", "In December 2024";
- partial: "in February", "Nov. 26" — a month or day without a year is the most
  recent such date on or before publication;
- relative: "on Tuesday", "yesterday", "earlier this week", "last month",
  "three days ago" — counted from the publication date.

Whatever cannot be resolved (an undated article, a publication date that is too
coarse) is kept with precision "unresolved" and no value. A month, weekday or
year mention keeps its preposition ("in February", "on Tuesday") as part of
its text; full dates do not.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator

from sorabrief.extract.numbers import AMOUNT, amount_range
from sorabrief.findings import DateMention, DatePrecision
from sorabrief.partial_date import PartialDate, Precision

_MONTH_NAMES = tuple(calendar.month_name)[1:]
_MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
_MONTH = rf"(?P<month>{'|'.join(_MONTH_NAMES)}|(?:{'|'.join(_MONTH_ABBREVIATIONS)})\.?)"
_FULL_MONTH = rf"(?P<month>{'|'.join(_MONTH_NAMES)})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_LEAD = r"(?P<lead>(?i:in|since|by|until|from|during|early|late|mid|earlier\s+in|later\s+in|of))"
_WEEKDAYS = tuple(calendar.day_name)

_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_MONTH_YEAR = re.compile(rf"\b(?:{_LEAD}[\s-]+)?{_MONTH}\s+{_YEAR}\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+\d)")
_MONTH_ALONE = re.compile(rf"\b{_LEAD}[\s-]+{_FULL_MONTH}\b(?!\s+\d)")
_YEAR_ALONE = re.compile(rf"\b{_LEAD}\s+{_YEAR}\b(?![\d-])")
_WEEKDAY = re.compile(rf"\b(?:(?P<lead>(?i:on|last))\s+)?(?P<weekday>{'|'.join(_WEEKDAYS)})\b")
_NEARBY_DAY = re.compile(r"\b(?P<word>(?i:today|yesterday|tomorrow))\b")
_PERIOD = re.compile(
    r"\b(?P<when>(?i:earlier\s+this|later\s+this|this|last|next|past))\s+(?P<period>week|month|year)\b"
)
_AGO = re.compile(rf"(?i:\b(?P<amount>{AMOUNT}|an?)\s+(?P<period>day|week|month|year)s?\s+ago\b)")

_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1}
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

Resolver = Callable[[PartialDate], PartialDate]


def find_dates(text: str, published: PartialDate | None) -> tuple[DateMention, ...]:
    """Every date mention in the kept ``text`` (the masked body), in order, without overlaps."""
    candidates = [mention for reader in _READERS for mention in reader(text, published)]
    chosen: list[DateMention] = []
    for mention in sorted(candidates, key=lambda d: (d.start, -(d.end - d.start))):
        if not chosen or mention.start >= chosen[-1].end:
            chosen.append(mention)
    return tuple(chosen)


def _absolute(text: str, published: PartialDate | None) -> Iterator[DateMention]:
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR, _ISO):
        for m in pattern.finditer(text):
            day = int(m.group("day"))
            date = _date(int(m.group("year")), _month_number(m.group("month")), day)
            if date:
                yield DateMention(m.group(), m.start(), m.end(), date, DatePrecision.DAY)
    for m in _MONTH_YEAR.finditer(text):
        date = _date(int(m.group("year")), _month_number(m.group("month")))
        if date:
            yield DateMention(m.group(), m.start(), m.end(), date, DatePrecision.MONTH)
    for m in _YEAR_ALONE.finditer(text):
        yield DateMention(
            m.group(), m.start(), m.end(), PartialDate(int(m.group("year"))), DatePrecision.YEAR
        )


def _partial(text: str, published: PartialDate | None) -> Iterator[DateMention]:
    """A month, or a month and day, without a year: the latest such date on or before publication."""
    for m in _MONTH_DAY.finditer(text):
        month, day = _month_number(m.group("month")), int(m.group("day"))
        if 1 <= day <= 31:
            yield _resolved(m, published, DatePrecision.DAY, _latest(month, day), relative=False)
    for m in _MONTH_ALONE.finditer(text):
        month = _month_number(m.group("month"))
        yield _resolved(m, published, DatePrecision.MONTH, _latest(month), relative=False)


def _relative(text: str, published: PartialDate | None) -> Iterator[DateMention]:
    for m in _NEARBY_DAY.finditer(text):
        offset = _OFFSETS[m.group("word").lower()]
        yield _resolved(m, published, DatePrecision.DAY, _days_from(offset))
    for m in _WEEKDAY.finditer(text):
        weekday = _WEEKDAYS.index(m.group("weekday"))
        strictly_before = (m.group("lead") or "").lower() == "last"
        yield _resolved(m, published, DatePrecision.DAY, _weekday_before(weekday, strictly_before))
    for m in _PERIOD.finditer(text):
        step = {"last": -1, "past": -1, "next": 1}.get(m.group("when").lower(), 0)
        period = m.group("period").lower()
        yield _resolved(m, published, _PERIOD_PRECISION[period], _period_from(period, step))
    for m in _AGO.finditer(text):
        amount = amount_range(m.group("amount")) or (1.0, 1.0)
        if amount[0] == amount[1] and amount[0] < 10_000:
            period = m.group("period").lower()
            precision = DatePrecision.DAY if period == "day" else _PERIOD_PRECISION[period]
            yield _resolved(m, published, precision, _period_from(period, -int(amount[0])))


_READERS: tuple[Callable[[str, PartialDate | None], Iterator[DateMention]], ...] = (
    _absolute,
    _partial,
    _relative,
)


def _resolved(
    m: re.Match[str],
    published: PartialDate | None,
    precision: DatePrecision,
    resolve: Resolver,
    relative: bool = True,
) -> DateMention:
    """The mention resolved against ``published``, or unresolved when it is missing or too coarse."""
    value = None
    if published is not None and _PRECISION_ORDER.index(
        published.precision
    ) >= _PRECISION_ORDER.index(_NEEDS[precision]):
        try:
            value = resolve(published)
        except (ValueError, OverflowError):
            value = None
    if value is None:
        return DateMention(m.group(), m.start(), m.end(), None, DatePrecision.UNRESOLVED, relative)
    return DateMention(m.group(), m.start(), m.end(), value, precision, relative)


def _latest(month: int, day: int | None = None) -> Resolver:
    def resolve(published: PartialDate) -> PartialDate:
        year = published.year
        if (month, day or 1) > (published.month or 12, published.day or 31):
            year -= 1
        return PartialDate(year, month, day)

    return resolve


def _days_from(offset: int) -> Resolver:
    return lambda published: PartialDate.from_date(published.first_day + dt.timedelta(days=offset))


def _weekday_before(weekday: int, strictly_before: bool) -> Resolver:
    def resolve(published: PartialDate) -> PartialDate:
        back = (published.first_day.weekday() - weekday) % 7
        if back == 0 and strictly_before:
            back = 7
        return PartialDate.from_date(published.first_day - dt.timedelta(days=back))

    return resolve


def _period_from(period: str, step: int) -> Resolver:
    """The week (its Monday), month or year ``step`` periods from publication; days for "day"."""

    def resolve(published: PartialDate) -> PartialDate:
        day = published.first_day
        if period == "day":
            return PartialDate.from_date(day + dt.timedelta(days=step))
        if period == "week":
            monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=step)
            return PartialDate.from_date(monday)
        if period == "month":
            index = day.year * 12 + day.month - 1 + step
            return PartialDate(index // 12, index % 12 + 1)
        return PartialDate(day.year + step)

    return resolve


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    if name.isdigit():
        return int(name)
    return next(i for i, full in enumerate(_MONTH_NAMES, start=1) if full.startswith(name[:3]))


def _date(year: int, month: int, day: int | None = None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None
