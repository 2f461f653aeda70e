"""The aggregated briefing: the only thing renderers see."""

from __future__ import annotations

import enum
import functools

import attrs

from sorabrief.findings import DatePrecision, Findings
from sorabrief.model import Claim, ClaimKind, Party, Source
from sorabrief.partial_date import PartialDate


@attrs.frozen
class Evidence:
    """A verbatim excerpt of one source that supports a claim."""

    source: str
    start: int
    end: int
    text: str
    pinned: bool = False
    """Whether the editor pinned it, rather than a cue finding it."""


@attrs.frozen
class SourceReport:
    """A source, its reference number and what extraction found in it."""

    number: int
    source: Source
    findings: Findings


@attrs.frozen
class SupportedClaim:
    """A claim with the evidence that supports it."""

    claim: Claim
    evidence: tuple[Evidence, ...]
    sources: tuple[str, ...]
    """Ids of the supporting sources, in reference order."""
    outlets: tuple[str, ...]
    """Distinct outlets behind those sources."""
    date: PartialDate | None = None
    """Events and statuses: the date the evidence gives, or for a status the newest source date."""

    @functools.cached_property
    def source_set(self) -> frozenset[str]:
        """The supporting source ids, for lookups such as the coverage matrix."""
        return frozenset(self.sources)

    @property
    def corroboration(self) -> int:
        """How many distinct outlets support the claim."""
        return len(self.outlets)

    @property
    def single_source(self) -> bool:
        """Whether only one outlet supports the claim."""
        return self.corroboration == 1

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def kind(self) -> ClaimKind:
        return self.claim.kind


class Agreement(enum.StrEnum):
    """How the outlets' values for one figure relate."""

    SINGLE = "single"
    """Only one outlet reports it."""
    AGREE = "agree"
    """Every value is the same amount."""
    SOFT = "soft"
    """Values overlap but some are vague ("a few hours" and "three hours")."""
    DISAGREE = "disagree"
    """Some values cannot both be true."""


@attrs.frozen
class FigureVariant:
    """One value of a figure and who reported it."""

    low: float
    high: float
    unit: str
    texts: tuple[str, ...]
    """The wordings used for this value, as written."""
    sources: tuple[str, ...]
    approximate: bool = False
    """Whether every outlet hedged this value ("about 20 artists")."""
    quantity: str = ""
    """The claim's kind of quantity (money, count, duration, ...)."""


@attrs.frozen
class FigureReport:
    """A figure claim reconciled across sources."""

    claim: str
    subject: str
    unit: str
    consensus: FigureVariant | None
    """The value most outlets support (ties broken by precision), if any."""
    variants: tuple[FigureVariant, ...]
    agreement: Agreement


@attrs.frozen
class QuoteReport:
    """One outlet's report of a quotation."""

    source: str
    start: int
    end: int
    verb: str | None
    via: str | None
    partial: bool = False
    """Whether this outlet reported only part of the merged quotation."""


@attrs.frozen
class MergedQuote:
    """A quotation, merged across every outlet that reported the same words."""

    speaker: str | None
    """The speaking party's id, when the attribution resolves."""
    attribution: str
    """Who said it, as the briefing names them."""
    text: str
    reports: tuple[QuoteReport, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.source for r in self.reports))


class DiscrepancyKind(enum.StrEnum):
    FIGURE = "figure"
    DATE = "date"
    WORDING = "wording"


@attrs.frozen
class Variant:
    """One side of a discrepancy."""

    value: str
    sources: tuple[str, ...]


@attrs.frozen
class Discrepancy:
    """Outlets that disagree on a figure, a date or a quote's wording."""

    subject: str
    kind: DiscrepancyKind
    variants: tuple[Variant, ...]
    claim: str | None = None


@attrs.frozen
class TimelineEntry:
    """A dated event or status on the timeline."""

    claim: str
    statement: str
    date: PartialDate | None
    precision: DatePrecision
    date_text: str
    """The date as the timeline shows it ("February 2024", "26 November 2024")."""
    sources: tuple[str, ...]
    """The sources that report the event."""
    date_sources: tuple[str, ...] = ()
    """The sources that give its date."""


@attrs.frozen
class UnlinkedSentence:
    """A sentence with a quote, figure, date or party mention that supports no claim."""

    source: str
    start: int
    end: int
    text: str
    reasons: tuple[str, ...]


@attrs.frozen
class Briefing:
    """A whole case, aggregated and ready to render."""

    case_id: str
    title: str
    as_of: PartialDate | None
    """The newest source's publication date."""
    parties: tuple[Party, ...]
    sources: tuple[SourceReport, ...]
    claims: tuple[SupportedClaim, ...]
    """Every claim with support, in case order."""
    unsupported: tuple[Claim, ...] = ()
    """Claims no source supports; never rendered as fact."""
    summary: tuple[str, ...] = ()
    """Ids of the claims that open the briefing."""
    current_status: tuple[str, ...] = ()
    """Ids of the supported statuses no later status supersedes."""
    figures: tuple[FigureReport, ...] = ()
    quotes: tuple[MergedQuote, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    unlinked: tuple[UnlinkedSentence, ...] = ()

    def claims_of(self, kind: ClaimKind) -> tuple[SupportedClaim, ...]:
        """The supported claims of one kind, in case order."""
        return tuple(c for c in self.claims if c.kind == kind)

    def supported(self, claim_id: str) -> SupportedClaim | None:
        """The supported claim with this id, if it has support."""
        return self._claims_by_id.get(claim_id)

    def source_report(self, source_id: str) -> SourceReport:
        """The report for one source."""
        return self._reports_by_id[source_id]

    def number_of(self, source_id: str) -> int:
        """The reference number of a source."""
        return self._reports_by_id[source_id].number

    @functools.cached_property
    def _reports_by_id(self) -> dict[str, SourceReport]:
        return {r.source.id: r for r in self.sources}

    @functools.cached_property
    def _claims_by_id(self) -> dict[str, SupportedClaim]:
        return {c.id: c for c in self.claims}

    @property
    def outlets(self) -> tuple[str, ...]:
        """Every distinct outlet, in reference order."""
        return tuple(dict.fromkeys(s.source.outlet for s in self.sources))
