"""Write a drafted incident.yaml: every value a guess, with a comment saying why."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sorabrief.draft.claims import ProposedClaim
from sorabrief.draft.parties import ProposedParty
from sorabrief.intake import yaml_string
from sorabrief.model import ClaimKind

_COMMENT_WIDTH = 300
"""Longer quoted sentences are cut in comments (the article holds the whole of it)."""


def incident_yaml(
    case_id: str,
    title: str,
    header: Sequence[str],
    parties: Sequence[ProposedParty],
    claims: Sequence[ProposedClaim],
    notes: Mapping[str, str],
    footer: Sequence[str],
    summary: Sequence[str] = (),
) -> str:
    """The text of incident.yaml. ``notes`` adds a line to a claim's comment, by claim id."""
    lines = [*(_comment(h) for h in header), f"id: {yaml_string(case_id)}"]
    lines.append(f"title: {yaml_string(title)}")
    if summary:
        lines.append(f"summary: [{', '.join(yaml_string(s) for s in summary)}]")
    lines.append("parties:")
    for proposed in parties:
        party = proposed.party
        lines.append(f"  {_comment(proposed.why)}")
        lines.append(f"  - id: {yaml_string(party.id)}")
        lines.append(f"    name: {yaml_string(party.name)}")
        lines.append(f"    kind: {party.kind.value}")
        lines.append(f"    role: {yaml_string(party.role)}")
        if party.aliases:
            lines.append(f"    aliases: [{', '.join(yaml_string(a) for a in party.aliases)}]")
        if party.affiliation:
            lines.append(f"    affiliation: {yaml_string(party.affiliation)}")
    lines.append("claims:")
    for claim in claims:
        lines += _claim(claim, notes.get(claim.claim.id))
    lines += [_comment(f) for f in footer]
    return "\n".join(lines) + "\n"


def _claim(proposed: ProposedClaim, note: str | None) -> list[str]:
    claim = proposed.claim
    reports = len(proposed.reports)
    count = "said in 1 report" if reports == 1 else f"said alike in {reports} reports"
    said = " ".join(proposed.sentence.split())
    if len(said) > _COMMENT_WIDTH:
        said = said[: _COMMENT_WIDTH - 1] + "…"
    where = ", ".join(proposed.reports)
    lines = [
        "  " + _comment(f"{claim.kind.value}: {proposed.reason}"),
        "  " + _comment(f"{count} ({where}); from {proposed.source}: {said}"),
    ]
    if note:
        lines.append(f"  {_comment(note)}")
    lines.append(f"  - id: {yaml_string(claim.id)}")
    lines.append(f"    kind: {claim.kind.value}")
    if claim.kind == ClaimKind.FIGURE:
        lines.append(f"    subject: {yaml_string(claim.subject or '')}")
        lines.append(f"    quantity: {yaml_string(claim.quantity or '')}")
        lines.append(f"    unit: {yaml_string(claim.unit or '')}")
    else:
        lines.append(f"    statement: {yaml_string(claim.statement)}")
        if claim.subject:
            lines.append(f"    subject: {yaml_string(claim.subject)}")
    for key in ("by", "against"):
        if value := getattr(claim, key):
            lines.append(f"    {key}: {yaml_string(value)}")
    if claim.supersedes:
        lines.append(f"    supersedes: [{', '.join(yaml_string(s) for s in claim.supersedes)}]")
    if claim.answers:
        lines.append(f"    answers: [{', '.join(yaml_string(a) for a in claim.answers)}]")
    if claim.reported:
        lines.append("    reported: true")
    if claim.exclude:
        lines.append(
            "    " + _comment("sentences linked by meaning that do not state what this states")
        )
        lines.append(f"    exclude: [{', '.join(yaml_string(e) for e in claim.exclude)}]")
    if claim.evidence:
        lines.append("    evidence:")
        for pinned in claim.evidence:
            lines.append(f"      - source: {yaml_string(pinned.source)}")
            lines.append(f"        text: {yaml_string(pinned.text)}")
    return lines


def _comment(text: str) -> str:
    """A YAML comment line; line breaks and control characters in ``text`` become spaces."""
    flat = "".join(c if c.isprintable() else " " for c in text)
    return f"# {' '.join(flat.split())}"
