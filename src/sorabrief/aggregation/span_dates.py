"""Dates of an event told as a span from another's: "on Friday, twelve days after the dam
failed" dates the failure twelve days before that Friday."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sorabrief.extract.numbers import NUMBER, amount_range
from sorabrief.findings import DateMention, DatePrecision
from sorabrief.partial_date import PartialDate

_SPAN = re.compile(
    rf"(?i)\s*[,—–-]?\s*(?:(?P<amount>{NUMBER})[\s-]+(?P<units>day|week|fortnight)s?"
    r"|(?:an?|the)[\s-]+(?P<unit>day|week|fortnight))"
    r"(?P<exact>\s+to\s+the\s+day)?\s+(?P<way>after|before)\b(?!\s+(?:which|that)\b)"
)
"""A span right after a date, and the word opening the other event's clause ("…, twelve
days after", "- three weeks after", ", the day before"). A plural unit needs a number
("the days after a storm" is no span of one), and "after which" or "before that" is
followed by the first event itself, not another. A hedged span ("about a week after") is
not read: its other end is not a day."""

_DAYS = {"day": 1, "week": 7, "fortnight": 14}
WEEK_REACH = 3
"""Days either way that a span counted in weeks allows: "a week after" a Sunday may be the
Monday before it, as a span in weeks is a rounding. The seven days need not be a calendar
week: they start on any weekday."""
LONGEST_SPAN = 3660
"""The most days a span may count: a longer one is told in years, and a number beyond it
("9999999 days after") is no date of news."""


def spanned_dates(text: str, offset: int, mentions: Sequence[DateMention]) -> list[DateMention]:
    """For each day in ``text`` (an excerpt starting at ``offset``) followed by a span and
    "after" or "before", the date of the other end of the span, as a mention of that word
    alone, so it lies in the clause telling the event it dates and takes nothing of the
    day's own words ("by Friday, a week after"). A span in days, or "to the day", gives a
    day; a span in weeks, the days within ``WEEK_REACH`` of its end (a week's range)."""
    found = []
    for mention in mentions:
        value = mention.value
        if value is None or mention.precision != DatePrecision.DAY:
            continue
        span = _SPAN.match(text, mention.end - offset)
        if span is None:
            continue
        unit = (span["units"] or span["unit"]).lower()
        amount = (amount_range(span["amount"]) or (0.0, 0.0))[0] if span["amount"] else 1.0
        if not 0 < amount * _DAYS[unit] <= LONGEST_SPAN or amount != int(amount):
            continue
        sign = -1 if span["way"].lower() == "after" else 1
        precision = DatePrecision.DAY if unit == "day" or span["exact"] else DatePrecision.WEEK
        reach = WEEK_REACH if precision == DatePrecision.WEEK else 0
        try:
            day = value.first_day + dt.timedelta(days=sign * int(amount) * _DAYS[unit] - reach)
        except (ValueError, OverflowError):
            continue  # beyond the calendar: a span from a day near year 1 or 9999
        found.append(
            DateMention(
                text=span["way"],
                start=offset + span.start("way"),
                end=offset + span.end("way"),
                value=PartialDate.from_date(day),
                precision=precision,
                relative=mention.relative,
            )
        )
    return found
