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
    rf"(?i)\s*[,—–-]?\s*(?P<amount>{NUMBER}|an?|the)[\s-]+(?P<unit>day|week|fortnight)s?"
    r"(?P<exact>\s+to\s+the\s+day)?\s+(?P<way>after|before)\b"
)
"""A span right after a date, and the word opening the other event's clause ("…, twelve
days after", "- three weeks after", ", the day before"). A hedged span ("about a week
after") is not read: its other end is not a day."""

_DAYS = {"day": 1, "week": 7, "fortnight": 14}
WEEK_REACH = 3
"""Days either way that a span counted in weeks allows: "a week after" a Sunday may be the
Monday before it, as a span in weeks is a rounding."""


def spanned_dates(text: str, offset: int, mentions: Sequence[DateMention]) -> list[DateMention]:
    """For each day in ``text`` (an excerpt starting at ``offset``) followed by a span and
    "after" or "before", the date of the other end of the span, placed on that word, so it
    lies in the clause telling the event it dates. A span in days, or "to the day", gives a
    day; a span in weeks, the days within ``WEEK_REACH`` of its end (a week's range)."""
    found = []
    for mention in mentions:
        value = mention.value
        if value is None or mention.precision != DatePrecision.DAY:
            continue
        span = _SPAN.match(text, mention.end - offset)
        if span is None:
            continue
        amount = 1.0 if span["amount"].lower() in ("a", "an", "the") else None
        amount = amount or (amount_range(span["amount"]) or (0.0, 0.0))[0]
        if not amount or amount != int(amount):
            continue
        days = int(amount) * _DAYS[span["unit"].lower()]
        sign = -1 if span["way"].lower() == "after" else 1
        day = value.first_day + dt.timedelta(days=sign * days)
        precision = DatePrecision.DAY
        if span["unit"].lower() != "day" and not span["exact"]:
            day -= dt.timedelta(days=WEEK_REACH)
            precision = DatePrecision.WEEK
        start = offset + span.start("way")
        found.append(
            DateMention(
                text=text[mention.start - offset : span.end()],
                start=start,
                end=offset + span.end(),
                value=PartialDate(day.year, day.month, day.day),
                precision=precision,
                relative=mention.relative,
            )
        )
    return found
