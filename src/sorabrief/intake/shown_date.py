"""The publication date a page shows only to a reader, beside its byline.

Many small news sites state no date in their tags: the theme prints it under the headline,
in the byline's block ("By Ana Lee, Hilltop · Friday, 14 August 2026") or in a block of its
own. Only a whole date (day, month by name, year) is read there, never a date that the
block says was an update, and only when the page states no date for machines.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from sorabrief.extract.calendar_math import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAYS,
    month_number,
)
from sorabrief.intake.stated import blocks_below_headline, is_shown_byline

_MONTH = rf"(?P<month>{'|'.join(MONTH_NAMES)}|(?:{MONTH_ABBREVIATIONS})\.?)"
_WHOLE_DATE = re.compile(
    rf"(?:\b(?:{'|'.join(WEEKDAYS)}),?\s+)?"
    rf"(?:(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}"
    rf"|{_MONTH.replace('month', 'month_first')}\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?,?)"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
)
"""A whole date: its day, its month by name and its year, perhaps after a weekday
("Thursday, September 17, 2026", "14 Aug 2026")."""
_DATE_LINE = re.compile(
    r"^(?:(?i:published|posted)(?:\s+on)?:?\s+)?(?P<date>.+?)"
    r"(?:\s*(?:[,|·•–—-]|\bat\b)?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$"
)
"""A block that is only a date, perhaps after "Published" and before a time of day."""
_UPDATE = re.compile(r"(?i)\b(?:updated|modified|edited|last)\b")


def shown_date(tree: Any) -> str | None:
    """The ISO date shown under the headline, in the byline's block or a block that is only
    a date; None when no such block holds a whole date or when it speaks of an update."""
    for text in blocks_below_headline(tree):
        if _UPDATE.search(text):
            continue
        if is_shown_byline(text):
            found = _WHOLE_DATE.search(text)
        else:
            line = _DATE_LINE.match(text)
            found = _WHOLE_DATE.fullmatch(line["date"]) if line else None
        day = _as_date(found) if found else None
        if day is not None:
            return day.isoformat()
    return None


def _as_date(found: re.Match[str]) -> datetime.date | None:
    try:
        return datetime.date(
            int(found["year"]),
            month_number(found["month"] or found["month_first"]),
            int(found["day"] or found["day_after"]),
        )
    except ValueError:
        return None
