"""The bundled case with every section populated, for renderer tests and visual checks.

Aggregation of figures, quotes, discrepancies and the timeline is built elsewhere;
this adds realistic values taken from the Sora articles so every template path runs.
"""

from __future__ import annotations

import attrs

from sorabrief.aggregation import aggregate
from sorabrief.briefing import (
    Agreement,
    Attribution,
    Briefing,
    Discrepancy,
    DiscrepancyKind,
    FigureReport,
    FigureVariant,
    MergedQuote,
    QuoteReport,
    TimelineEntry,
    Variant,
)
from sorabrief.casefile import load_case
from sorabrief.findings import DatePrecision, Removed
from sorabrief.partial_date import PartialDate

FELIX_000 = (
    "Hundreds of artists in our alpha have shaped Sora’s development, helping prioritize "
    "new features and safeguards,"
)
FELIX_003 = "Participation in the Sora preview is entirely voluntary."
THREE_HOURS = FigureVariant(3, 3, "hours", ("three hours",), ("000", "002"), quantity="duration")
A_FEW_HOURS = FigureVariant(2, 5, "hours", ("a few hours",), ("004",), quantity="duration")
LETTER = (
    "Hundreds of artists provide unpaid labor through bug testing, feedback and experimental work"
)


def _quote_report(
    briefing: Briefing, source: str, text: str, verb: str, via: str | None
) -> QuoteReport:
    body = briefing.source_report(source).source.body
    start = body.find(text)
    assert start >= 0, (source, text)
    return QuoteReport(source, start, start + len(text), verb, via)


def full_briefing() -> Briefing:
    """The aggregated Sora case plus figures, quotes, discrepancies, a timeline and cleaning."""
    briefing = aggregate(load_case())
    figures = (
        FigureReport(
            "valuation",
            "OpenAI's valuation",
            "USD",
            FigureVariant(150e9, 150e9, "USD", ("$150B",), ("004",), quantity="money"),
            (
                FigureVariant(
                    150e9, 150e9, "USD", ("$150B", "$150 billion"), ("000", "004"), quantity="money"
                ),
            ),
            Agreement.AGREE,
            Attribution("pr-puppets", "letter"),
        ),
        FigureReport(
            "access-duration",
            "how long the leaked access lasted",
            "hours",
            FigureVariant(3, 3, "hours", ("three hours",), ("000", "002")),
            (
                THREE_HOURS,
                A_FEW_HOURS,
                FigureVariant(0, 24, "hours", ("within hours",), ("001",), quantity="duration"),
            ),
            Agreement.SOFT,
        ),
        FigureReport(
            "group-size",
            "the size of the protesting group",
            "artists",
            FigureVariant(
                20, 20, "artists", ("around 20 artists", "about 20 artists"), ("000", "002"), True
            ),
            (
                FigureVariant(
                    20,
                    20,
                    "artists",
                    ("around 20 artists", "about 20 artists"),
                    ("000", "002"),
                    True,
                ),
            ),
            Agreement.AGREE,
        ),
        FigureReport(
            "clip-length",
            "the length of the clips the leak produced",
            "seconds",
            FigureVariant(10, 10, "seconds", ("10-second",), ("004",), quantity="length"),
            (FigureVariant(10, 10, "seconds", ("10-second",), ("004",), quantity="length"),),
            Agreement.SINGLE,
        ),
    )
    quotes = (
        MergedQuote(
            "pr-puppets",
            "the protesting artists, in their open letter",
            LETTER,
            (
                _quote_report(briefing, "000", LETTER, "stated", None),
                _quote_report(briefing, "004", LETTER, "wrote", None),
            ),
        ),
        MergedQuote(
            "niko-felix",
            "OpenAI spokesperson Niko Felix",
            FELIX_000.rstrip(","),
            (_quote_report(briefing, "000", FELIX_000, "said", "Variety"),),
        ),
        MergedQuote(
            "niko-felix",
            "OpenAI spokesperson Niko Felix",
            FELIX_003,
            (_quote_report(briefing, "003", FELIX_003, "stated", None),),
        ),
    )
    discrepancies = (
        Discrepancy(
            "how long the leaked access lasted",
            DiscrepancyKind.FIGURE,
            (
                Variant(3.0, ("000", "002"), figure=THREE_HOURS),
                Variant(None, ("004",), figure=A_FEW_HOURS),
            ),
            "access-duration",
        ),
        Discrepancy(
            "Niko Felix",
            DiscrepancyKind.WORDING,
            (
                Variant(
                    "Participation is voluntary, with no obligation to provide feedback or use the tool.",
                    ("000",),
                ),
                Variant(FELIX_003, ("003",)),
            ),
            "voluntary",
        ),
        Discrepancy(
            "when Mira Murati was criticised over Sora's training data",
            DiscrepancyKind.DATE,
            (
                Variant("2024-03", ("004",), precision=DatePrecision.MONTH),
                Variant("2024", ("002",), precision=DatePrecision.YEAR),
            ),
            "murati-questions",
        ),
    )
    timeline = (
        TimelineEntry(
            "sora-announced",
            "OpenAI announced Sora.",
            PartialDate(2024, 2),
            DatePrecision.MONTH,
            ("003",),
        ),
        TimelineEntry(
            "murati-questions",
            "Mira Murati was criticised for struggling to answer questions about Sora's training data.",
            PartialDate(2024, 3),
            DatePrecision.MONTH,
            ("004",),
        ),
        TimelineEntry(
            "leak",
            "Protesting early-access artists leaked public access to Sora through Hugging Face.",
            PartialDate(2024, 11, 26),
            DatePrecision.DAY,
            ("000", "001", "002", "003", "004"),
        ),
        TimelineEntry(
            "access-shut-down",
            "OpenAI shut the leaked public access down within hours.",
            PartialDate(2024, 11, 26),
            DatePrecision.DAY,
            ("000", "001", "002", "003"),
        ),
        TimelineEntry(
            "limited-testers",
            "Sora remains limited to selected testers.",
            PartialDate(2024, 12, 6),
            DatePrecision.DAY,
            ("001", "002", "003", "004"),
        ),
    )
    sources = tuple(
        attrs.evolve(r, findings=attrs.evolve(r.findings, removed=removed))
        for r, removed in zip(
            briefing.sources,
            (
                (Removed(0, 10, "deal promotion"),),
                (Removed(0, 10, "affiliate disclaimer"),),
                (),
                (
                    Removed(0, 10, "navigation"),
                    Removed(10, 20, "navigation"),
                    Removed(20, 30, "image placeholder"),
                ),
                (Removed(0, 10, "unrelated article"),),
            ),
            strict=True,
        )
    )
    return attrs.evolve(
        briefing,
        sources=sources,
        figures=figures,
        quotes=quotes,
        discrepancies=discrepancies,
        timeline=timeline,
        current_status=("access-revoked", "limited-testers"),
    )
