"""The aggregated briefing: the only thing renderers see."""

from __future__ import annotations

import enum
import functools

import attrs

from sorabrief.findings import DatePrecision, Findings
from sorabrief.model import Claim, ClaimKind, Party, Source
from sorabrief.partial_date import PartialDate


class LinkMethod(enum.StrEnum):
    """How a piece of evidence was linked to its claim."""

    CUE = "cue"
    MEANING = "meaning"
    PINNED = "pinned"


@attrs.frozen
class Evidence:
    """A verbatim excerpt of one source that supports a claim."""

    source: str
    start: int
    end: int
    text: str
    pinned: bool = False
    """Whether the editor pinned it."""
    score: float | None = None
    """How likely the sentence supports the claim (0 to 1); None for a pinned excerpt."""
    method: LinkMethod = LinkMethod.CUE
    """How it was linked: by a cue, by meaning, or pinned by the editor."""

    @property
    def strength(self) -> float:
        """How firmly it is linked: its score, or 1 for a pinned excerpt."""
        return 1.0 if self.score is None else self.score


@attrs.frozen
class SourceReport:
    """A source, its reference number and what extraction found in it."""

    number: int
    source: Source
    findings: Findings
    copy_of: str | None = None
    """The id of the article this one is a syndicated copy of, when most of its text is that one's."""


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
    """Events: the date the evidence gives; statuses: the newest supporting source's date."""
    independent_reports: int = attrs.field(
        default=attrs.Factory(lambda claim: len(claim.outlets), takes_self=True)
    )
    """How many independent reports support it: its outlets, with syndicated copies counted
    with the article they copy."""

    @functools.cached_property
    def source_set(self) -> frozenset[str]:
        """The supporting source ids, for lookups such as the coverage matrix."""
        return frozenset(self.sources)

    @property
    def corroboration(self) -> int:
        """How many independent reports support the claim (distinct outlets, copies folded)."""
        return self.independent_reports

    @property
    def single_source(self) -> bool:
        """Whether only one outlet supports the claim."""
        return len(self.outlets) == 1

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
    UPDATED = "updated"
    """A count that grew with the dates of the reports, each later outlet dating its own
    ("rose to six by Wednesday"): the newest value is the consensus."""


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
class Attribution:
    """Whose figure it is, when every outlet carries it as a party's own words."""

    party: str
    """The id of the party the figure comes from."""
    document: str | None = None
    """What the sources call that party's words ("letter", "statement"), when they name it."""


@attrs.frozen
class FigureReport:
    """A figure claim reconciled across sources."""

    claim: str
    subject: str
    """What is measured, as the editor wrote it ("OpenAI's valuation")."""
    unit: str
    consensus: FigureVariant | None
    """The value most outlets support (ties broken by precision), if any."""
    variants: tuple[FigureVariant, ...]
    agreement: Agreement
    attribution: Attribution | None = None
    """Set when the figure is a party's claim that outlets repeat, not their own finding."""
    conflicting: tuple[str, ...] = ()
    """Outlets that each give values for it that cannot all be true (never a discrepancy)."""
    set_aside: tuple[tuple[str, str], ...] = ()
    """(source id, figure as written) linked to it but far off the value most outlets give:
    likely another quantity in the same unit, for the editor to check; never a variant."""


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

    value: str | float | None
    """Figure: the exact amount in the figure's unit (None for a range, see ``figure``);
    date: the ISO date (``2024-11``); wording: the quoted words."""
    sources: tuple[str, ...]
    figure: FigureVariant | None = None
    """Figure: the amount with its range, unit and hedge."""
    precision: DatePrecision | None = None
    """Date: how much of the date the sources give."""


@attrs.frozen
class Discrepancy:
    """Outlets that disagree on a figure, a date or a quote's wording."""

    subject: str
    """Figure: what is measured; date: the event's statement; wording: who is quoted."""
    kind: DiscrepancyKind
    variants: tuple[Variant, ...]
    claim: str | None = None


@attrs.frozen
class TimelineEntry:
    """A dated event or status on the timeline."""

    claim: str
    statement: str
    date: PartialDate | None
    """The date; for a week, its first day. None when no source gives a date."""
    precision: DatePrecision
    sources: tuple[str, ...]
    """The sources that report the event."""
    date_sources: tuple[str, ...] = ()
    """The sources that give its date."""
    words: str | None = None
    """An unresolved date as the article wrote it ("in February")."""
    undated_source: bool = False
    """Whether that article states no publication date, so its words could not be resolved."""
    offset: int = 0
    """Where the date is written in the first of ``date_sources``, so events one article
    dates to the same day keep its order."""
    conflicting: bool = False
    """Whether one outlet gives dates for it that cannot agree (never a discrepancy)."""


@attrs.frozen
class StatusChange:
    """A sentence of a newer source that contradicts a status: close in meaning, opposite
    in polarity."""

    claim: str
    """The id of the status it contradicts."""
    source: str
    start: int
    end: int
    text: str
    published: PartialDate
    """The contradicting source's publication date, after the status's "as of" date."""
    likeness: float
    """How close in meaning the sentence is to the status's words (a cosine, 0 to 1)."""


@attrs.frozen
class PossibleSupport:
    """A sentence just below the linking threshold of a claim, for the editor to review."""

    claim: str
    source: str
    start: int
    end: int
    text: str
    score: float


@attrs.frozen
class PossibleConflict:
    """A sentence about a claim's subject whose figure or date differs from what is linked."""

    claim: str
    source: str
    start: int
    end: int
    text: str
    value: str
    """The differing figure or date, as written."""


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
    """Ids of the supported statuses that no later status supersedes and no newer source
    contradicts."""
    status_changes: tuple[StatusChange, ...] = ()
    """Sentences of newer sources that contradict a status."""
    figures: tuple[FigureReport, ...] = ()
    quotes: tuple[MergedQuote, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    unlinked: tuple[UnlinkedSentence, ...] = ()
    possible_support: tuple[PossibleSupport, ...] = ()
    """Sentences just below the linking threshold, best first."""
    possible_conflicts: tuple[PossibleConflict, ...] = ()

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

    def figure(self, claim_id: str) -> FigureReport | None:
        """The figure report of a figure claim."""
        return self._figures_by_claim.get(claim_id)

    @functools.cached_property
    def _figures_by_claim(self) -> dict[str, FigureReport]:
        return {f.claim: f for f in self.figures}

    @property
    def outlets(self) -> tuple[str, ...]:
        """Every distinct outlet, in reference order (an article with no publisher is its own)."""
        return tuple(dict.fromkeys(s.source.outlet for s in self.sources))
