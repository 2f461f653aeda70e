"""Dates known to a day, a month or only a year."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re

import attrs

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision(enum.StrEnum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


def _unknown_first(part: int | None) -> int:
    """An order key for a month or day that may be unknown: unknown sorts before 1."""
    return 0 if part is None else part


@attrs.frozen(order=True)
class PartialDate:
    """A calendar date of day, month or year precision.

    Orders by its first day; of two dates starting on the same day, the broader comes first
    (2024 < 2024-01 < 2024-01-01).
    """

    year: int
    month: int | None = attrs.field(default=None, order=_unknown_first)
    day: int | None = attrs.field(default=None, order=_unknown_first)

    def __attrs_post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        dt.date(self.year, self.month or 1, self.day or 1)  # raises ValueError if impossible

    @property
    def precision(self) -> Precision:
        """Day, month or year."""
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    @property
    def first_day(self) -> dt.date:
        """The earliest day this date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        """The latest day this date can mean."""
        if self.day is not None:
            return self.first_day
        if self.month is None:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def isoformat(self) -> str:
        """``2024``, ``2024-11`` or ``2024-11-26``."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def display(self) -> str:
        """``2024``, ``February 2024`` or ``26 November 2024``."""
        if self.month is None:
            return str(self.year)
        month = _MONTHS[self.month - 1]
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
        match = _ISO.match(text.strip())
        if not match:
            raise ValueError(f"'{text}' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls(year, month, day)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """A day-precision date."""
        return cls(value.year, value.month, value.day)
