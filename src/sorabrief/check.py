"""``sorabrief check``: every error and warning in a case, each pointing at a file and line."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from pathlib import Path

import attrs

from sorabrief.aggregation import aggregate
from sorabrief.aggregation.claim_unit import as_claimed
from sorabrief.aggregation.link import compile_patterns
from sorabrief.aggregation.pinned import locate_pinned
from sorabrief.briefing import Briefing
from sorabrief.casefile import load_case
from sorabrief.casefile.files import read_case_file
from sorabrief.casefile.safe_yaml import parse_yaml
from sorabrief.casefile.unread import unread_pages
from sorabrief.copy_notes import copy_notes
from sorabrief.display import shown_path
from sorabrief.errors import CaseError, SorabriefError
from sorabrief.extract.language import language_warning
from sorabrief.findings_cache import FindingsCache
from sorabrief.limits import ReadLimits
from sorabrief.model import Case, Claim, ClaimKind
from sorabrief.resources import bundled_case_dir
from sorabrief.review_notes import (
    Note,
    linking_notes,
    one_outlet_notes,
    possible_conflict_notes,
    possible_support_notes,
    set_aside_notes,
    status_change_notes,
)


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    """Information for the editor (how each claim was linked); never a problem."""


@attrs.frozen
class Problem:
    """One finding of ``check``."""

    severity: Severity
    code: str
    message: str
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        file = shown_path(self.file) if self.file else ""
        where = f"{file}:{self.line}: " if file and self.line else f"{file}: " if file else ""
        return f"{self.severity.value}: {where}{self.message}"


@attrs.frozen
class CheckReport:
    """What ``check`` found in one case."""

    case: str | None
    sources: int
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> int:
        return sum(p.severity == Severity.ERROR for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == Severity.WARNING for p in self.problems)


def check_case(
    path: str | Path | None = None,
    jobs: int = 1,
    cache: FindingsCache | None = None,
    *,
    limits: ReadLimits | None = None,
) -> CheckReport:
    """Load and aggregate a case, collecting every problem instead of stopping at the first."""
    try:
        case = load_case(path, limits=limits)
    except SorabriefError as error:
        return CheckReport(None, 0, (Problem(Severity.ERROR, "invalid-case", str(error)),))
    unread = unread_pages(case.path) if case.path else []
    incident = (case.path or bundled_case_dir()) / "incident.yaml"
    lines = _ClaimLines(case, incident, limits or ReadLimits())
    pinned_problems, case = _drop_unverified_pinned(case, lines)
    briefing = aggregate(case, jobs=jobs, cache=cache)
    problems = [
        *pinned_problems,
        *_unsupported(briefing, lines),
        *_single_source(briefing, lines),
        *_stale_status(briefing),
        *_missing_metadata(case),
        *_not_english(case),
        *_as(Severity.WARNING, status_change_notes(briefing)),
        *_as(Severity.WARNING, possible_conflict_notes(briefing)),
        *_as(Severity.WARNING, one_outlet_notes(briefing)),
        *_as(Severity.WARNING, set_aside_notes(briefing)),
        *_as(Severity.WARNING, possible_support_notes(briefing)),
        *_unlinked(briefing),
        *(Problem(Severity.WARNING, "copy", note, file, 1) for file, note in copy_notes(briefing)),
        *_as(Severity.NOTE, linking_notes(briefing)),
        *(Problem(Severity.WARNING, "not-read", note, str(page)) for page, note in unread),
    ]
    return CheckReport(case.id, len(case.sources), tuple(problems))


def _as(severity: Severity, notes: Iterable[Note]) -> list[Problem]:
    return [Problem(severity, code, message, file, line) for code, message, file, line in notes]


class _ClaimLines:
    """Where each claim is in incident.yaml, from one parse of the file."""

    def __init__(self, case: Case, incident: Path, limits: ReadLimits) -> None:
        text = read_case_file(incident, incident.parent, limits.incident_mb, "", CaseError)
        self.file = str(incident)
        self.document = parse_yaml(text)
        self.index = {claim.id: index for index, claim in enumerate(case.claims)}

    def line(self, claim_id: str, field: str = "") -> int | None:
        return self.document.line_of(f"claims[{self.index[claim_id]}]{field}")


def _drop_unverified_pinned(case: Case, lines: _ClaimLines) -> tuple[list[Problem], Case]:
    """Errors for pinned excerpts not found verbatim, and the case without them."""
    problems: list[Problem] = []
    sources = {s.id: s for s in case.sources}
    claims: list[Claim] = []
    for claim in case.claims:
        kept = []
        for pin in range(len(claim.evidence)):
            located = locate_pinned(claim, pin, sources)
            if isinstance(located, str):
                line = lines.line(claim.id, f".evidence[{pin}]")
                problems.append(
                    Problem(Severity.ERROR, "pinned-not-found", located, lines.file, line)
                )
            else:
                kept.append(claim.evidence[pin])
        claims.append(attrs.evolve(claim, evidence=tuple(kept)))
    return problems, attrs.evolve(case, claims=tuple(claims))


def _unsupported(briefing: Briefing, lines: _ClaimLines) -> list[Problem]:
    return [
        Problem(
            Severity.ERROR,
            "unsupported-claim",
            f"claim '{c.id}': {_why_unsupported(c, briefing)}",
            lines.file,
            lines.line(c.id),
        )
        for c in briefing.unsupported
    ]


def _why_unsupported(claim: Claim, briefing: Briefing) -> str:
    """Why no article supports a claim, naming near misses for a figure claim."""
    advice = "no article supports it; widen its cues or pin an excerpt"
    if claim.kind != ClaimKind.FIGURE:
        return advice
    cues = compile_patterns(claim.cues, claim=claim.id)
    near = sorted(
        {
            f"{f.quantity.value} in {f.unit}"
            for report in briefing.sources
            for s in report.findings.sentences
            if any(c.search(s.text) for c in cues)
            for f in report.findings.figures
            if s.start <= f.start < s.end and as_claimed(f, claim) is None
        }
    )
    if not near:
        return f"no figure of {claim.quantity} in {claim.unit} where its cues match; {advice}"
    return (
        f"its cues match sentences with figures of {', '.join(near)}, "
        f"but the claim asks for {claim.quantity} in {claim.unit}; check its quantity and unit"
    )


def _single_source(briefing: Briefing, lines: _ClaimLines) -> list[Problem]:
    return [
        Problem(
            Severity.WARNING,
            "single-source",
            f"claim '{c.id}' is reported by one outlet only ({c.outlets[0]})",
            lines.file,
            lines.line(c.id),
        )
        for c in briefing.claims
        if c.single_source
    ]


def _stale_status(briefing: Briefing) -> list[Problem]:
    dated = [c.date for c in briefing.claims if c.id in briefing.current_status and c.date]
    if briefing.as_of is None or not dated:
        return []
    latest = max(dated, key=lambda d: d.last_day)
    if briefing.as_of.first_day <= latest.last_day:
        return []
    newest = [r.source for r in briefing.sources if r.source.published == briefing.as_of]
    files = ", ".join(str(s.path or s.id) for s in newest)
    return [
        Problem(
            Severity.WARNING,
            "stale-status",
            f"the status may be stale: the newest source ({briefing.as_of.display()}: {files}) "
            f"is later than the latest status ({latest.display()}); add or update a status claim",
        )
    ]


def _missing_metadata(case: Case) -> list[Problem]:
    problems = []
    for source in case.sources:
        missing = [f for f in ("title", "publisher", "published") if getattr(source, f) is None]
        if missing:
            problems.append(
                Problem(
                    Severity.WARNING,
                    "missing-metadata",
                    f"front matter does not state {', '.join(missing)}; add them if the article shows them",
                    str(source.path or source.id),
                    1,
                )
            )
    return problems


def _not_english(case: Case) -> list[Problem]:
    return [
        Problem(Severity.WARNING, "not-english", warning, str(source.path or source.id), 1)
        for source in case.sources
        if (warning := language_warning(source))
    ]


def _unlinked(briefing: Briefing) -> list[Problem]:
    """Sentences no claim uses, the ones with the most checkable material first; a sentence
    whose only reason is a party mention (a heading such as "OpenAI's Response") is left out."""

    def material(reasons: tuple[str, ...]) -> int:
        return sum(not r.startswith("mentions ") for r in reasons)

    ranked = sorted(
        (u for u in briefing.unlinked if material(u.reasons)),
        key=lambda u: (-material(u.reasons), briefing.number_of(u.source), u.start),
    )
    problems = []
    for item in ranked:
        source = briefing.source_report(item.source).source
        excerpt = " ".join(item.text.split())
        problems.append(
            Problem(
                Severity.WARNING,
                "unlinked",
                f"supports no claim ({'; '.join(item.reasons)}): “{excerpt}”",
                str(source.path or source.id),
                source.line_of(item.start),
            )
        )
    return problems
