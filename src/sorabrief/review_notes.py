"""What ``check`` puts before the editor about linking: how each claim was linked, possible
support and conflicts, status changes, and one outlet giving values that cannot agree.

Each function yields ``(code, message, file, line)``; ``check`` turns them into problems.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from sorabrief.briefing import Briefing

Note = tuple[str, str, str | None, int | None]


def _where(briefing: Briefing, source_id: str, offset: int) -> tuple[str, int]:
    source = briefing.source_report(source_id).source
    return str(source.path or source.id), source.line_of(offset)


def _excerpt(text: str) -> str:
    return " ".join(text.split())


def linking_notes(briefing: Briefing) -> Iterator[Note]:
    """One line per supported claim: how many excerpts, by which method, and the lowest score."""
    for claim in briefing.claims:
        methods = Counter(e.method.value for e in claim.evidence)
        scores = [e.score for e in claim.evidence if e.score is not None and e.method == "meaning"]
        parts = [f"{n} by {m}" for m, n in sorted(methods.items())]
        lowest = f"; lowest meaning score {min(scores):.2f}" if scores else ""
        yield "linked", f"claim '{claim.id}': {', '.join(parts)}{lowest}", None, None


def _located(briefing: Briefing, code: str, message: str, source_id: str, offset: int) -> Note:
    """A note pointing at the line of a source that holds ``offset``."""
    file, line = _where(briefing, source_id, offset)
    return code, message, file, line


def possible_support_notes(briefing: Briefing) -> Iterator[Note]:
    for item in briefing.possible_support:
        message = (
            f"possible support for '{item.claim}' (score {item.score:.3f}), below the "
            f"threshold: “{_excerpt(item.text)}”; pin it to confirm, or ignore"
        )
        yield _located(briefing, "possible-support", message, item.source, item.start)


def possible_conflict_notes(briefing: Briefing) -> Iterator[Note]:
    for item in briefing.possible_conflicts:
        message = (
            f"possible conflict with '{item.claim}': {item.value} differs from the linked "
            f"sources: “{_excerpt(item.text)}”"
        )
        yield _located(briefing, "possible-conflict", message, item.source, item.start)


def status_change_notes(briefing: Briefing) -> Iterator[Note]:
    for change in briefing.status_changes:
        claim = briefing.supported(change.claim)
        as_of = claim.date.display() if claim and claim.date else "unknown"
        replacing = [c.id for c in briefing.claims if change.claim in c.claim.supersedes]
        advice = (
            f"status '{replacing[0]}' replaces it"
            if replacing
            else "add a status claim for the change, with supersedes"
        )
        message = (
            f"status '{change.claim}' (as of {as_of}) is contradicted by a newer source "
            f"({change.published.display()}): “{_excerpt(change.text)}”; {advice}"
        )
        yield _located(briefing, "status-change", message, change.source, change.start)


def set_aside_notes(briefing: Briefing) -> Iterator[Note]:
    """Figures linked to a claim but far off the value most outlets give."""
    for report in briefing.figures:
        for source_id, text in report.set_aside:
            source = briefing.source_report(source_id).source
            yield (
                "figure-set-aside",
                f"claim '{report.claim}': {text} is far off the value most outlets give, so "
                "it is read as another quantity, not a disagreement; exclude the sentence, "
                "or pin it if it is the claim's",
                str(source.path or source.id),
                None,
            )


def one_outlet_notes(briefing: Briefing) -> Iterator[Note]:
    """One outlet giving several values for a figure, or dates for an event, that cannot agree."""
    for report in briefing.figures:
        for outlet in report.conflicting:
            yield (
                "one-outlet-values",
                f"claim '{report.claim}': {outlet} gives values that cannot all be true; "
                "not listed as a disagreement between outlets",
                None,
                None,
            )
    for entry in briefing.timeline:
        if entry.conflicting:
            yield (
                "one-outlet-values",
                f"claim '{entry.claim}': one outlet gives dates that cannot agree; "
                "not listed as a disagreement between outlets",
                None,
                None,
            )
