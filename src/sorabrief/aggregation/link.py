"""Link claims to the sentences and figures that support them."""

from __future__ import annotations

import functools
import re

from sorabrief.briefing import Evidence
from sorabrief.cues import Cue, compile_cue
from sorabrief.findings import Figure, Findings, Sentence, Span
from sorabrief.model import Claim, ClaimKind, Source
from sorabrief.quantities import in_claim_unit

_CLAUSE_BREAK = re.compile(r"[“”\"]|[:;—–](?=\s)")


@functools.lru_cache(maxsize=1024)
def compile_patterns(
    patterns: tuple[str, ...], *, claim: str = "", field: str = "cues"
) -> tuple[Cue, ...]:
    """Case-insensitive compiled cue or exclusion patterns, compiled once per set.

    Each is searched with a time limit; ``claim`` and ``field`` name where the patterns
    come from in the messages of a CueError.
    """
    return tuple(
        compile_cue(p, f"claim '{claim}' {field}[{i}]" if claim else "")
        for i, p in enumerate(patterns)
    )


def claim_evidence(
    claim: Claim, findings: Findings, source: Source
) -> tuple[tuple[Evidence, ...], tuple[Figure, ...]]:
    """The sentences of one source that support a claim, and for figure claims the figures."""
    cues = compile_patterns(claim.cues, claim=claim.id)
    excludes = compile_patterns(claim.exclude, claim=claim.id, field="exclude")
    evidence: list[Evidence] = []
    figures: list[Figure] = []
    for sentence in findings.sentences:
        if any(x.search(sentence.text) for x in excludes):
            continue
        if claim.kind == ClaimKind.FIGURE:
            linked = _figures_in(claim, sentence, findings.figures, cues, source.body)
            if linked:
                figures.extend(linked)
                evidence.append(_evidence(findings.source, sentence))
        elif any(c.search(sentence.text) for c in cues):
            evidence.append(_evidence(findings.source, sentence))
    return tuple(evidence), tuple(figures)


def _evidence(source_id: str, sentence: Sentence) -> Evidence:
    return Evidence(source_id, sentence.start, sentence.end, sentence.text)


def _figures_in(
    claim: Claim,
    sentence: Sentence,
    figures: tuple[Figure, ...],
    cues: tuple[Cue, ...],
    body: str,
) -> list[Figure]:
    """Figures of the claim's quantity and unit whose own words (``Figure.bound``) match a cue."""
    linked = []
    for figure in figures:
        if not (sentence.start <= figure.start and figure.end <= sentence.end):
            continue
        if (
            in_claim_unit(figure.quantity, figure.unit, claim.quantity or "", claim.unit or "")
            is None
        ):
            continue
        words = figure.bound or _clause_around(sentence, figure.start, body)
        if any(c.search(words.slice(body)) for c in cues):
            linked.append(figure)
    return linked


def _clause_around(sentence: Sentence, offset: int, body: str) -> Span:
    """The stretch of the sentence between quote marks, colons or dashes holding ``offset``."""
    start, end = sentence.start, sentence.end
    for match in _CLAUSE_BREAK.finditer(body, sentence.start, sentence.end):
        if match.end() <= offset:
            start = match.end()
        elif match.start() >= offset:
            end = match.start()
            break
    return Span(start, end)
