"""The pieces of the view model: worded lines, rows and sections that templates lay out."""

from __future__ import annotations

import attrs


@attrs.frozen
class Cite:
    """A reference number, and the article's URL when it is a safe absolute link."""

    number: int
    url: str | None


@attrs.frozen
class Cites:
    """The citations of one line; ``more`` counts those a summary leaves out."""

    shown: tuple[Cite, ...]
    more: int = 0


@attrs.frozen
class ClaimLine:
    """A claim as a line of the briefing."""

    id: str
    kind: str
    text: str
    cites: Cites
    outlets: str
    """Which outlets carry it: ``eWEEK and 2 articles with no stated publisher``."""
    single: bool
    corroboration: int


@attrs.frozen
class PartyRow:
    name: str
    kind: str
    role: str


@attrs.frozen
class Reported:
    """One value or wording and the sources that give it."""

    words: str
    cites: Cites
    quoted: bool = False
    """Whether ``words`` are an article's own words, to be shown in quotation marks."""


@attrs.frozen
class FigureRow:
    """A key figure: what is measured, the consensus, how the outlets agree, and each wording."""

    subject: str
    value: str
    agreement: str
    agreement_key: str
    """``single``, ``agree``, ``soft``, ``disagree``, ``updated`` or ``attributed``, for
    styling."""
    reported: tuple[Reported, ...]


@attrs.frozen
class QuoteCite:
    """One source of a quotation, with what it printed: ``[1] (in part; as reported by Variety)``."""

    cite: Cites
    notes: str


@attrs.frozen
class QuoteView:
    text: str
    by: str
    sources: tuple[QuoteCite, ...]
    more: int = 0


@attrs.frozen
class SpeakerGroup:
    name: str
    role: str
    quotes: tuple[QuoteView, ...]
    more: int = 0
    """Quotations a summary leaves out."""


@attrs.frozen
class DiscrepancyView:
    label: str
    subject: str
    variants: tuple[Reported, ...]


@attrs.frozen
class TimelineRow:
    date: str
    """The date at its precision, or the words the article used (“in February”)."""
    note: str
    """How precise the date is, or why it could not be placed."""
    date_cites: Cites
    event: str
    cites: Cites
    outlets: str
    single: bool


@attrs.frozen
class TimelineGroup:
    heading: str
    """Empty for dated events; "Date not given in the sources" for the rest."""
    rows: tuple[TimelineRow, ...]


@attrs.frozen
class CoverageRow:
    label: str
    marks: tuple[bool, ...]
    """One per reference, in reference order: whether that source supports the claim."""
    outlets: str
    """``5`` or ``1 only``."""
    single: bool
    cites: Cites


@attrs.frozen
class Reference:
    number: int
    title: str | None
    begins: str
    """How an untitled article begins; empty when it has a title or no kept sentence."""
    publisher: str
    date: str
    kind: str
    """The article's genre when it is not news ("opinion")."""
    url: str | None
    file: str
    removed: tuple[str, ...]


@attrs.frozen
class Section:
    """One section: an id for anchors and styling, its heading, a note, and its items.

    What ``items`` hold depends on the id: claim lines, party rows, timeline groups, figure
    rows, speaker groups, discrepancies, coverage rows, paragraphs or references.
    """

    id: str
    title: str
    note: str
    items: tuple[object, ...]
    also: tuple[ClaimLine, ...] = ()
    """Where sources disagree: the claims only one outlet reports."""
    also_title: str = ""
    columns: tuple[int, ...] = ()
    """Coverage: the reference numbers heading the columns."""
    capped: bool = False
    """Coverage: too many sources for a matrix on paper, so rows cite the first few."""
