"""Helpers every briefing template gets: party names, citations, counts and dates."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sorabrief.aggregation.figures import variant_amount
from sorabrief.briefing import Briefing, SourceReport, SupportedClaim
from sorabrief.model import ClaimKind
from sorabrief.partial_date import PartialDate

COVERAGE_COLUMNS = 12
"""Up to this many sources, coverage is a matrix with one column per source."""
COVERAGE_CITED = 10
"""With more sources, each claim's row cites this many and says how many more."""


def template_context(briefing: Briefing) -> dict[str, Any]:
    """The variables a briefing template is rendered with."""
    names = {p.id: p.name for p in briefing.parties}
    roles = {p.id: p.role for p in briefing.parties}
    return {
        "b": briefing,
        "summary": [c for c in map(briefing.supported, briefing.summary) if c],
        "K": ClaimKind,
        "party_name": lambda party_id: names.get(party_id, party_id),
        "party_role": lambda party_id: roles.get(party_id, ""),
        "outlets_note": outlets_note,
        "date_text": date_text,
        "sentence": sentence,
        "amount": variant_amount,
        "label": claim_label,
        "worded": lambda claim: worded(claim, names),
        "status_claims": [c for c in map(briefing.supported, briefing.current_status) if c],
        "removed_reasons": removed_reasons(briefing),
        "begins": begins,
        "count": count,
        "removals": removals,
        "unnamed_outlets": sum(1 for r in briefing.sources if not r.source.publisher),
        "coverage_columns": COVERAGE_COLUMNS,
        "coverage_cited": COVERAGE_CITED,
    }


def worded(claim: SupportedClaim, names: dict[str, str]) -> str:
    """A claim as the briefing words it: allegations and statements attributed to their party."""
    c = claim.claim
    if c.kind == ClaimKind.GRIEVANCE and c.by:
        return sentence(f"{names.get(c.by, c.by)} alleges that {c.statement}")
    if c.kind == ClaimKind.RESPONSE and c.by and not c.reported:
        return sentence(f"{names.get(c.by, c.by)} says {c.statement}")
    return sentence(c.statement)


def claim_label(text: str, width: int = 72) -> str:
    """A worded claim cut to one short line, for tables."""
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def begins(report: SourceReport) -> str:
    """How an untitled article begins: its first kept sentence, cut short; empty if none was kept."""
    sentences = report.findings.sentences
    return _excerpt(sentences[0].text, 80) if sentences else ""


def removals(report: SourceReport) -> list[tuple[str, str]]:
    """What cleaning removed from a source: each reason with the start of the removed text."""
    body = report.source.body
    return [
        (r.reason, _excerpt(body[r.start : r.end].strip(" \n“”\"‘’'"), 44))
        for r in report.findings.removed
    ]


def count(number: int, noun: str) -> str:
    """``1 outlet``, ``5 outlets``."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _excerpt(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3].rsplit(" ", 1)[0] + "…"


def removed_reasons(briefing: Briefing) -> list[tuple[str, int]]:
    """Why passages were removed as noise, with how many, most frequent first."""
    counts = Counter(r.reason for s in briefing.sources for r in s.findings.removed)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def outlets_note(claim: SupportedClaim) -> str:
    """``reported by 1 outlet only`` or ``reported by 4 outlets``."""
    if claim.single_source:
        return "1 outlet only"
    return f"{claim.corroboration} outlets"


def date_text(value: PartialDate | None) -> str:
    """A date for readers, or ``date unknown``."""
    return value.display() if value else "date unknown"


def sentence(text: str) -> str:
    """``text`` with its first letter capitalised and a closing full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in '.!?"”' else text + "."
