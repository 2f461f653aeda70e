"""Calendar arithmetic for date mentions: each resolver turns a publication date into a date."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from sorabrief.partial_date import PartialDate

MONTH_NAMES = tuple(calendar.month_name)[1:]
WEEKDAYS = tuple(calendar.day_name)
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
"""The shortened month names, as alternatives of a pattern ("May" is never shortened)."""

Resolver = Callable[[PartialDate], PartialDate]


def month_number(name: str) -> int:
    """1 to 12 for a month name or abbreviation ("Sept.", "Feb", "March")."""
    name = name.rstrip(".")
    return next(i for i, full in enumerate(MONTH_NAMES, start=1) if full.startswith(name[:3]))


def weekday_number(name: str) -> int:
    """0 (Monday) to 6 for a weekday name or abbreviation ("Tues.", "Thu")."""
    name = name.rstrip(".").casefold()
    return next(i for i, full in enumerate(WEEKDAYS) if full.casefold().startswith(name[:3]))


def date_or_none(year: int, month: int, day: int | None = None) -> PartialDate | None:
    """The date, or None when there is no such day (31 February)."""
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def latest(month: int, day: int | None = None, weekday: int | None = None) -> Resolver:
    """The latest such month or day on or before publication, or a day at most
    ``NEAR_AHEAD_DAYS`` after it (an article of 17 November naming "23 November" means that
    week's, not a day eleven months back, which a writer would give with its year).

    With a weekday ("Tuesday 5 March"), a day that falls on that weekday the year after is
    taken instead when the latest one does not (an event announced ahead).
    """

    def resolve(published: PartialDate) -> PartialDate:
        year = published.year
        if (month, day or 1) > (published.month or 12, published.day or 31) and not _near_ahead(
            published, month, day
        ):
            year -= 1
        if day is not None and weekday is not None:
            for candidate in (year, year + 1):
                found = date_or_none(candidate, month, day)
                if found is not None and found.first_day.weekday() == weekday:
                    return found
        return PartialDate(year, month, day)

    return resolve


NEAR_AHEAD_DAYS = 31
"""How far after publication a day named without its year is still read as the coming one."""


def _near_ahead(published: PartialDate, month: int, day: int | None) -> bool:
    """Whether ``day`` of ``month`` in the publication's year falls soon after publication."""
    if day is None or published.day is None:
        return False
    ahead = date_or_none(published.year, month, day)
    return ahead is not None and (ahead.first_day - published.first_day).days <= NEAR_AHEAD_DAYS


def coming(month: int, day: int | None = None) -> Resolver:
    """The first such month or day on or after publication (a date an article looks ahead to)."""

    def resolve(published: PartialDate) -> PartialDate:
        year = published.year
        if (month, day or 31) < (published.month or 1, published.day or 1):
            year += 1
        return PartialDate(year, month, day)

    return resolve


def days_from(offset: int) -> Resolver:
    """The day ``offset`` days from publication."""
    return lambda published: PartialDate.from_date(published.first_day + dt.timedelta(days=offset))


def weekday_near(weekday: int, direction: str) -> Resolver:
    """The weekday on or before publication ("on"), strictly before ("last"), strictly after
    ("next") or on or after ("coming")."""

    def resolve(published: PartialDate) -> PartialDate:
        day = published.first_day
        if direction in ("next", "coming"):
            ahead = (weekday - day.weekday()) % 7 or (7 if direction == "next" else 0)
            return PartialDate.from_date(day + dt.timedelta(days=ahead))
        back = (day.weekday() - weekday) % 7
        if back == 0 and direction == "last":
            back = 7
        return PartialDate.from_date(day - dt.timedelta(days=back))

    return resolve


def period_from(period: str, step: int) -> Resolver:
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


def last_weekend(published: PartialDate) -> PartialDate:
    """ "over the weekend": the week (its Monday) of the latest Saturday on or before
    publication."""
    day = published.first_day
    saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    return PartialDate.from_date(saturday - dt.timedelta(days=5))


def month_before(month: int) -> Resolver:
    """ "last March": the latest March strictly before the month of publication."""

    def resolve(published: PartialDate) -> PartialDate:
        year = published.year
        if month >= (published.month or 13):
            year -= 1
        return PartialDate(year, month)

    return resolve
