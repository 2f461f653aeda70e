"""Helpers the HTML, print and email templates share on top of ``template_context``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import jinja2
from markupsafe import Markup

from sorabrief.briefing import Agreement, Briefing, DiscrepancyKind, FigureVariant
from sorabrief.findings import DatePrecision
from sorabrief.model import ClaimKind
from sorabrief.render.context import template_context
from sorabrief.render.urls import absolute_url

Cite = Callable[[tuple[str, ...]], Markup]

AGREEMENT_LABELS = {
    Agreement.SINGLE: "One outlet",
    Agreement.AGREE: "Outlets agree",
    Agreement.SOFT: "Broadly agree",
    Agreement.DISAGREE: "Outlets differ",
}
DISCREPANCY_LABELS = {
    DiscrepancyKind.FIGURE: "Figures differ",
    DiscrepancyKind.DATE: "Dates differ",
    DiscrepancyKind.WORDING: "Wording differs",
}
PRECISION_NOTES = {
    DatePrecision.DAY: "",
    DatePrecision.WEEK: "to the week",
    DatePrecision.MONTH: "to the month",
    DatePrecision.YEAR: "to the year",
    DatePrecision.UNRESOLVED: "date not resolved",
}


@attrs.frozen
class QuoteGroup:
    """The quotations of one speaker, in the order the briefing has them."""

    name: str
    role: str | None
    quotes: tuple[Any, ...]


def html_context(
    briefing: Briefing, environment: jinja2.Environment, cite: Cite, stylesheets: list[str]
) -> dict[str, Any]:
    """The variables every HTML template gets; ``stylesheets`` are template names to embed."""
    context = template_context(briefing)
    parties = {p.id: p for p in briefing.parties}
    loader = environment.loader
    assert loader is not None
    css = "\n".join(loader.get_source(environment, name)[0] for name in stylesheets)
    context.update(
        cite=cite,
        css=Markup(css.replace("</", "<\\/")),
        url=absolute_url,
        status=context["status_claims"] or briefing.claims_of(ClaimKind.STATUS),
        figure_text=figure_text,
        agreement_label=lambda a: AGREEMENT_LABELS[Agreement(a)],
        discrepancy_label=lambda k: DISCREPANCY_LABELS[DiscrepancyKind(k)],
        precision_note=lambda p: PRECISION_NOTES[DatePrecision(p)],
        quote_groups=_quote_groups(briefing, parties),
        removed_total=sum(len(r.findings.removed) for r in briefing.sources),
        keywords=_keywords(briefing),
    )
    return context


def no_widow(text: str) -> str:
    """``text`` with its last two words joined, so a headline never ends on a lone word."""
    head, space, last = text.strip().rpartition(" ")
    return f"{head}\u00a0{last}" if space and len(last) < 12 else text


def figure_text(variant: FigureVariant) -> str:
    """A figure's value as outlets wrote it: ``$150B / $150 billion``."""
    return " / ".join(variant.texts)


def _quote_groups(briefing: Briefing, parties: dict[str, Any]) -> list[QuoteGroup]:
    groups: dict[str, list[Any]] = {}
    for quote in briefing.quotes:
        groups.setdefault(quote.speaker or quote.attribution, []).append(quote)
    result = []
    for key, quotes in groups.items():
        party = parties.get(key)
        name = party.name if party else quotes[0].attribution
        result.append(QuoteGroup(name, party.role if party else None, tuple(quotes)))
    return result


def _keywords(briefing: Briefing) -> str:
    names = [p.name for p in briefing.parties if p.kind != "outlet"]
    return ", ".join(["briefing", briefing.case_id, *names])
