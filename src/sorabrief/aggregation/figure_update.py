"""Whether a count that differs between outlets grew with the date of their reports.

A toll, a count of people ill or a tally of claims rises while the story runs: "four
people have fallen ill" on Monday, "the number of cases rose to six by Wednesday" on
Thursday. Each outlet is right on its day, so the later, higher count is an update, not
a disagreement. It is read so only when every two values that cannot both be true
(``apart``) come from outlets published on different days, the later one gives the
higher value, and one of the two sentences marks its count as a running one
(``OWN_TIME``: "by Wednesday", "as of Tuesday evening", "so far", "rose to", "has now
killed", "bringing the toll to", "up from"). When only the earlier count is so marked
("as of Monday night, four guests were ill"), it was a tally on its day, and a
later outlet's higher count updates it, unless the later sentence tells a day no later
than the earlier count's own (then both speak of one moment). A bare "now" is not
enough: an agency that "now says" a recall covered more packs revised its count of one
past act, and so did one that "has now confirmed" it; "has now" marks a running count
only before a verb of harm, illness or care ("has now killed", "have now been treated").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Generic, NamedTuple, TypeVar

from sorabrief.partial_date import PartialDate

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last night"
    rf"|this (?:morning|afternoon|evening)|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}|{_MONTH} \d{{1,2}})"
)
_BY = (
    r"by (?:(?:the )?(?:close|end) of (?:business|play|(?:the )?day),? (?:on )?)?(?:late |early )?"
)
OWN_TIME = re.compile(
    rf"(?i)\b(?:so far|to date|as (?:of|at) (?:late |early )?{_DAY}|{_BY}{_DAY}"
    r"|(?:rose|risen|climbed|grown|grew|increased|jumped) to|up from"
    r"|ha(?:s|d|ve) (?:now |since )?(?:risen|climbed|grown|reached)"
    r"|ha(?:s|ve) now (?:died|killed|sickened|infected|claimed"
    r"|been (?:killed|injured|hurt|treated|admitted|infected|sickened|evacuated|displaced))"
    r"|(?:now )?stands at"
    r"|bring(?:s|ing)? (?:the|its|their) (?:[a-z]+ ){0,3}(?:toll|total|number|count|tally)"
    r"(?: of (?:[a-z]+ ){0,2}[a-z]+)? to)\b"
)
"""Words with which an outlet dates a count to its own day or says it grew."""

Standing = TypeVar("Standing")


class CountReport(NamedTuple, Generic[Standing]):
    """One outlet's count, as ``grew_by_date`` weighs it."""

    published: PartialDate | None
    value: float
    standing: Standing
    """What ``apart`` compares."""
    text: str
    """The count's sentence."""
    days: tuple[PartialDate, ...] = ()
    """The days the sentence tells, to the day, but for a start ("since Monday")."""


def grew_by_date(
    reports: Sequence[CountReport[Standing]], apart: Callable[[Standing, Standing], bool]
) -> bool:
    """Whether counts that cannot both be true (``apart``) grew with their reports' dates.

    Every two reports apart must have known, different dates and the later one the
    higher value, with either its sentence marking a running count (``OWN_TIME``) or the
    earlier one's doing so while the later tells no day up to the earlier count's; and
    at least two must be apart. Dates known only to the month or year order nothing."""
    found = False
    for i, first in enumerate(reports):
        for second in reports[i + 1 :]:
            if not apart(first.standing, second.standing):
                continue
            found = True
            if not _updates(*sorted((first, second), key=_published)):
                return False
    return found


def _published(report: CountReport[Standing]) -> PartialDate:
    return report.published or PartialDate(1)


def _updates(earlier: CountReport[Standing], later: CountReport[Standing]) -> bool:
    """Whether a later report's count updates an earlier one's."""
    if not (earlier.published and later.published):
        return False
    if not (earlier.published.day and later.published.day) or earlier.published == later.published:
        return False
    if later.value <= earlier.value:
        return False
    if OWN_TIME.search(later.text):
        return True
    counted_on = max(earlier.days, default=earlier.published)
    return bool(OWN_TIME.search(earlier.text)) and all(day > counted_on for day in later.days)
