"""Helpers every briefing template gets: party names, citations, counts and dates."""

from __future__ import annotations

from typing import Any

from sorabrief.briefing import Briefing, SupportedClaim
from sorabrief.model import ClaimKind
from sorabrief.partial_date import PartialDate


def template_context(briefing: Briefing) -> dict[str, Any]:
    """The variables a briefing template is rendered with."""
    names = {p.id: p.name for p in briefing.parties}
    return {
        "b": briefing,
        "summary": [c for c in map(briefing.supported, briefing.summary) if c],
        "K": ClaimKind,
        "party_name": lambda party_id: names.get(party_id, party_id),
        "numbers": lambda source_ids: [briefing.number_of(s) for s in source_ids],
        "outlets_note": outlets_note,
        "date_text": date_text,
        "sentence": sentence,
    }


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
