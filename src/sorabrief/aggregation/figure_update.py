"""Whether a count that differs between outlets grew with the date of their reports.

A toll, a count of people ill or a tally of claims rises while the story runs: "four
people have fallen ill" on Monday, "the number of cases rose to six by Wednesday" on
Thursday. Each outlet is right on its day, so the later, higher count is an update, not
a disagreement. It is read so only when every two values that cannot both be true
(``apart``) come from outlets published on different days, the later one gives the
higher value, and its sentence gives the count its own time ("by Wednesday", "as of
Tuesday evening", "so far", "to date", "rose to", "has climbed to"). A bare "now" is not
enough: an agency that "now says" a recall covered more packs revised its count of one
past act.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from sorabrief.partial_date import PartialDate

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last night"
    rf"|this (?:morning|afternoon|evening)|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}|{_MONTH} \d{{1,2}})"
)
OWN_TIME = re.compile(
    rf"(?i)\b(?:so far|to date|as (?:of|at) (?:late |early )?{_DAY}|by (?:late |early )?{_DAY}"
    r"|(?:rose|risen|climbed|grown|grew|increased|jumped) to"
    r"|ha(?:s|d|ve) (?:now |since )?(?:risen|climbed|grown|reached))\b"
)
"""Words with which an outlet dates a count to its own day or says it grew."""

Standing = TypeVar("Standing")


def grew_by_date(
    reports: Sequence[tuple[PartialDate | None, float, Standing, str]],
    apart: Callable[[Standing, Standing], bool],
) -> bool:
    """Whether counts that cannot both be true (``apart``) grew with their reports' dates.

    ``reports``: each report's publication date, its value, what ``apart`` compares and
    the text of its sentence. Every two reports apart must have known, different dates,
    the later one the higher value and a sentence dating the count (``OWN_TIME``); and
    at least two must be apart. Dates known only to the month or year order nothing."""
    found = False
    for i, (date_a, value_a, standing_a, _) in enumerate(reports):
        for date_b, value_b, standing_b, text_b in reports[i + 1 :]:
            if not apart(standing_a, standing_b):
                continue
            found = True
            if not (date_a and date_b and date_a.day and date_b.day) or date_a == date_b:
                return False
            later, text = (value_b, text_b) if date_b > date_a else (value_a, reports[i][3])
            earlier = value_a if date_b > date_a else value_b
            if later <= earlier or not OWN_TIME.search(text):
                return False
    return found
