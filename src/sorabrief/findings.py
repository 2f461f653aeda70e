"""What extraction finds in one source, every item with character offsets into its body."""

from __future__ import annotations

import enum

import attrs

from sorabrief.partial_date import PartialDate


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of characters in a source body."""

    start: int
    end: int

    def slice(self, body: str) -> str:
        """The text this span covers."""
        return body[self.start : self.end]


@attrs.frozen
class Removed:
    """A span cleaning dropped, with the reason it was dropped."""

    start: int
    end: int
    reason: str


@attrs.frozen
class Sentence:
    """A sentence of the cleaned text."""

    start: int
    end: int
    text: str


@attrs.frozen
class Quote:
    """A quotation with its attribution.

    ``text`` is the quoted words; when an attribution interrupts the quotation
    (``"…," they write. "…"``) ``segments`` holds each quoted part and ``text``
    joins them with a single space, or with `` … `` where a part opens a new sentence
    that the part before did not end. ``start``/``end`` cover all segments.
    """

    text: str
    start: int
    end: int
    segments: tuple[Span, ...]
    speaker: str | None
    """The id of the speaking party, when an alias resolves."""
    attribution: str | None
    """The attribution as written ("OpenAI rep Niko Felix", "the letter", "they")."""
    verb: str | None
    """The speech verb ("said", "write", "stated")."""
    via: str | None
    """The outlet the quote came through ("Variety" in "told Variety"), as written."""
    via_party: str | None = None
    """The id of that outlet, when it resolves to a party."""


@attrs.frozen
class Term:
    """A short quoted phrase used as a label ("PR puppets"), not a quotation."""

    text: str
    start: int
    end: int


class Quantity(enum.StrEnum):
    """Kinds of figure."""

    MONEY = "money"
    COUNT = "count"
    DURATION = "duration"
    RESOLUTION = "resolution"
    LENGTH = "length"
    PERCENT = "percent"
    NUMBER = "number"


@attrs.frozen
class Conversion:
    """An amount printed beside a sum of money in another currency ("about US$483")."""

    text: str
    start: int
    end: int
    low: float
    high: float
    unit: str
    """The ISO 4217 code of the conversion's currency."""
    hedge: str | None = None


@attrs.frozen
class Figure:
    """A quantity as an outlet reports it.

    ``low`` and ``high`` are the amount as written, in ``unit``: exact amounts have
    ``low == high``; vague ones ("a few hours", "hundreds") keep their vagueness as a
    range. A hedge ("about", "more than") is kept as written; ``sorabrief.quantities``
    says what it allows when figures are compared.
    """

    text: str
    start: int
    end: int
    quantity: Quantity
    low: float
    high: float
    unit: str
    """Money: an ISO 4217 code. Duration and length: the time unit as written, singular
    ("hour", "day"). Count: the counted noun, singular ("artist"). Resolution: "p";
    percent: "%"."""
    counts: str | None = None
    """For counts: the counted words as written ("protesting artists")."""
    hedge: str | None = None
    """The hedge that made the amount vague or approximate ("about", "a few", "more than")."""
    converted: Conversion | None = None
    """Money: the same sum in another currency, printed beside it."""
    bound: Span | None = None
    """The words the figure belongs to: its stretch of the clause, shared with no other figure."""

    @property
    def value(self) -> float | None:
        """The exact value, or None for a range."""
        return self.low if self.low == self.high else None


class DatePrecision(enum.StrEnum):
    """How much a date mention pins down."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNRESOLVED = "unresolved"


@attrs.frozen
class DateMention:
    """A date as written, resolved against the publication date where possible."""

    text: str
    start: int
    end: int
    value: PartialDate | None
    """The resolved date; for a week, its first day. None when unresolved."""
    precision: DatePrecision
    relative: bool = False
    """Whether the text is relative to publication ("on Tuesday", "earlier this week")."""


@attrs.frozen
class Mention:
    """A party named through one of its aliases."""

    party: str
    text: str
    start: int
    end: int


@attrs.frozen
class Findings:
    """Everything extraction found in one source."""

    source: str
    removed: tuple[Removed, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    terms: tuple[Term, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    mentions: tuple[Mention, ...] = ()
