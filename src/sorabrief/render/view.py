"""The view model: one worded briefing, built once, that every format renders.

``build_view`` decides the sections and their order, the labels, the citations and every
count; the Markdown, HTML, email and PDF templates only lay it out. So all formats show the
same sections in the same order with the same facts.
"""

from __future__ import annotations

import attrs

from sorabrief.briefing import Briefing, SupportedClaim
from sorabrief.independence import independent_reports
from sorabrief.model import ClaimKind
from sorabrief.render import sections
from sorabrief.render.items import Cite, Cites, ClaimLine, Reference, Section
from sorabrief.render.urls import absolute_url
from sorabrief.render.words import capitalised, count, day, listing, sentence, smart

_QUOTE_MARKS = " \n“”\"‘’'"
SUMMARY_LIMIT = 8
"""In a summarised view (large cases in email), how many citations and outlets a line shows."""


@attrs.frozen
class View:
    """A briefing worded for readers."""

    title: str
    as_of: str
    dek: tuple[str, ...]
    """The parts of the line under the title: as-of date, articles, outlets."""
    howto: str
    sections: tuple[Section, ...]
    case_id: str
    summarised: tuple[str, ...] = ()
    """What a summarised view leaves out, in words; empty for the full briefing."""


class Wording:
    """The shared pieces every section is worded with: names, citations and outlet lists."""

    def __init__(self, briefing: Briefing, *, summarise: bool = False) -> None:
        self.briefing = briefing
        self.summarise = summarise
        self.parties = {p.id: p for p in briefing.parties}
        self.cite_of = {
            r.source.id: Cite(r.number, absolute_url(r.source.url)) for r in briefing.sources
        }
        self.publisher_of = {r.source.id: r.source.publisher for r in briefing.sources}
        self.outlet_of = {r.source.id: r.source.outlet for r in briefing.sources}
        self.copy_of = {r.source.id: r.copy_of for r in briefing.sources if r.copy_of}
        self._lines: dict[str, ClaimLine] = {}

    def name(self, party_id: str | None) -> str:
        party = self.parties.get(party_id or "")
        return party.name if party else (party_id or "")

    def cites(self, source_ids: tuple[str, ...] | list[str]) -> Cites:
        ids = list(dict.fromkeys(source_ids))
        shown = ids[:SUMMARY_LIMIT] if self.summarise else ids
        return Cites(tuple(self.cite_of[s] for s in shown), len(ids) - len(shown))

    def carried_by(self, source_ids: tuple[str, ...]) -> str:
        """Which outlets carry a claim: ``eWEEK, The Hindu and 2 articles with no stated publisher``."""
        named = list(dict.fromkeys(p for s in source_ids if (p := self.publisher_of[s])))
        unnamed = sum(1 for s in source_ids if not self.publisher_of[s])
        if len(named) + unnamed == 1:
            return f"1 outlet only: {named[0] if named else 'an article with no stated publisher'}"
        limit = SUMMARY_LIMIT if self.summarise else len(named)
        parts = named[:limit]
        if len(named) > limit:
            parts.append(count(len(named) - limit, "other named outlet"))
        if unnamed:
            parts.append(count(unnamed, "article", "articles") + " with no stated publisher")
        return listing(parts) + self.independence(source_ids)

    def independence(self, source_ids: tuple[str, ...]) -> str:
        """``; 4 outlets, 2 independent reports`` when copies make them fewer; else nothing."""
        outlets = len({self.outlet_of[s] for s in source_ids})
        independent = independent_reports(source_ids, self.outlet_of, self.copy_of)
        if independent == outlets:
            return ""
        return f"; {count(outlets, 'outlet')}, {count(independent, 'independent report')}"

    def claim_line(self, claim: SupportedClaim) -> ClaimLine:
        """A claim worded by its kind, with its citations and the outlets behind it; worded
        once, though several sections show it."""
        if claim.id not in self._lines:
            self._lines[claim.id] = self._claim_line(claim)
        return self._lines[claim.id]

    def _claim_line(self, claim: SupportedClaim) -> ClaimLine:
        return ClaimLine(
            id=claim.id,
            kind=claim.kind.value,
            text=self.claim_text(claim),
            cites=self.cites(claim.sources),
            outlets=self.carried_by(claim.sources),
            single=claim.single_source,
            corroboration=claim.corroboration,
        )

    def claim_text(self, claim: SupportedClaim) -> str:
        """Allegations and statements attributed to their party; figures stated from the data."""
        c = claim.claim
        if c.kind == ClaimKind.FIGURE:
            report = self.briefing.figure(c.id)
            if report:
                return sections.figure_statement(report, self)
            return sentence(capitalised(smart(c.subject or c.statement or c.id)))
        if c.kind == ClaimKind.GRIEVANCE and c.by and not c.reported:
            return sentence(smart(f"{self.name(c.by)} alleges that {c.statement}"))
        if c.kind == ClaimKind.RESPONSE and c.by and not c.reported:
            return sentence(smart(f"{self.name(c.by)} says {c.statement}"))
        if c.kind == ClaimKind.STATUS:
            return self.status_text(claim)
        return sentence(smart(c.statement))

    def status_text(self, claim: SupportedClaim) -> str:
        """A status with its "as of" date, and the newer source that reports a change."""
        text = sentence(smart(claim.claim.statement))
        if claim.date:
            text = f"As of {day(claim.date)}: {text}"
        changes = [c for c in self.briefing.status_changes if c.claim == claim.id]
        if changes:
            change = changes[0]
            number = self.briefing.number_of(change.source)
            quoted = " ".join(change.text.split())
            text += (
                f" A newer source ({day(change.published)}) reports a change: "
                f"“{smart(quoted)}” [{number}]."
            )
        return text


def build_view(briefing: Briefing, *, summarise: bool = False) -> View:
    """The briefing worded for readers; ``summarise`` shortens it for large cases in email."""
    wording = Wording(briefing, summarise=summarise)
    as_of = day(briefing.as_of)
    left_out = _left_out(briefing) if summarise else ()
    built = (
        sections.claims_section(
            "summary",
            "Summary",
            "",
            [c for c in map(briefing.supported, briefing.summary) if c],
            wording,
        ),
        sections.parties(briefing, wording),
        sections.claims_section(
            "grievances",
            "Grievances",
            "What is alleged. These are allegations, attributed to those who make them; "
            "they are not established facts.",
            briefing.claims_of(ClaimKind.GRIEVANCE),
            wording,
        ),
        sections.claims_section(
            "responses", "Responses", "", briefing.claims_of(ClaimKind.RESPONSE), wording
        ),
        sections.claims_section(
            "status",
            f"Status as of {as_of}",
            "",
            _statuses(briefing),
            wording,
        ),
        sections.timeline(briefing, wording),
        sections.figures(briefing, wording),
        sections.quotes(briefing, wording),
        sections.discrepancies(briefing, wording),
        None if summarise else sections.coverage(briefing, wording),
        sections.method(briefing, left_out),
        Section("references", "References", "", tuple(_references(briefing, summarise))),
    )
    return View(
        title=smart(briefing.title),
        as_of=as_of,
        dek=(
            f"As of {as_of}",
            count(len(briefing.sources), "article"),
            sections.outlets_line(briefing),
            *sections.independence_line(briefing),
        ),
        howto="Every line cites its sources by number, as in the references, and names the "
        "outlets that carry it. Allegations are attributed to those who make them.",
        sections=tuple(s for s in built if s and (s.items or s.also or s.id == "discrepancies")),
        case_id=briefing.case_id,
        summarised=left_out,
    )


def _statuses(briefing: Briefing) -> list[SupportedClaim]:
    """The current statuses, then those a newer source contradicts; all statuses when none
    is current."""
    changed = {c.claim for c in briefing.status_changes}
    shown = [
        c
        for c in briefing.claims_of(ClaimKind.STATUS)
        if c.id in briefing.current_status or c.id in changed
    ]
    return sorted(shown, key=lambda c: c.id not in briefing.current_status) or list(
        briefing.claims_of(ClaimKind.STATUS)
    )


def _left_out(briefing: Briefing) -> tuple[str, ...]:
    """What a summarised view leaves out."""
    return (
        "the coverage matrix (each claim still names its outlets)",
        f"citations and outlet names beyond the first {SUMMARY_LIMIT} on a line",
        "quotations beyond the first three of each speaker",
        "what cleaning removed from each article",
    )


def _references(briefing: Briefing, summarise: bool) -> list[Reference]:
    references = []
    for report in briefing.sources:
        source, findings = report.source, report.findings
        begins = _excerpt(findings.sentences[0].text, 80) if findings.sentences else ""
        removed = tuple(
            f"{r.reason} (“{_excerpt(source.body[r.start : r.end].strip(_QUOTE_MARKS), 44)}”)"
            for r in findings.removed
        )
        references.append(
            Reference(
                number=report.number,
                title=source.title,
                begins=begins,
                publisher=source.publisher or "Publisher not stated",
                date=day(source.published) if source.published else "date not stated",
                kind="" if source.kind.value == "news" else source.kind.value,
                url=absolute_url(source.url),
                file=source.id,
                removed=() if summarise else removed,
            )
        )
    return references


def _excerpt(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3].rsplit(" ", 1)[0] + "…"
