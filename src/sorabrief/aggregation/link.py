"""Link claims to the sentences and figures that support them.

Links are found one article at a time (``article_links``) and kept as indices into that
article's findings, so they can be cached beside the findings and turned back into
evidence (``evidence_of``) without searching again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from sorabrief.briefing import Evidence
from sorabrief.cues import Cue, CueError, compile_cue
from sorabrief.findings import Figure, Findings, Sentence, Span
from sorabrief.model import Claim, ClaimKind, Source
from sorabrief.quantities import in_claim_unit

_CLAUSE_BREAK = re.compile(r"[“”\"]|[:;—–](?=\s)")
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
"""A back-reference or a conditional, whose group numbers an alternation would shift."""

ClaimLinks = tuple[tuple[int, ...], tuple[int, ...]]
"""Where one article supports a claim: indices of its evidence sentences in
``Findings.sentences`` and, for figure claims, of its linked figures in ``Findings.figures``."""


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


@functools.lru_cache(maxsize=1024)
def matches_any(
    patterns: tuple[str, ...], claim: str = "", field: str = "cues"
) -> Callable[[str], object]:
    """A test of whether any of the patterns matches a text (case-insensitively).

    The patterns are searched as one alternation, ``(?:a)|(?:b)``, which matches exactly
    when one of them does, in one pass instead of one per pattern. Patterns with
    back-references or conditionals, or that cannot be joined (an inline global flag,
    a group name used twice), are searched one by one.
    """
    compiled = compile_patterns(patterns, claim=claim, field=field)
    if len(compiled) == 1:
        return compiled[0].search
    if compiled and not any(_GROUP_REFERENCE.search(p) for p in patterns):
        try:
            joined = compile_cue("|".join(f"(?:{p})" for p in patterns))
        except CueError:
            pass
        else:
            return functools.partial(_search_joined, joined, compiled)
    return lambda text: any(p.search(text) for p in compiled)


def _search_joined(joined: Cue, each: tuple[Cue, ...], text: str) -> object:
    """Search the joined cues; if that runs too long, search each one, so the error names
    the cue that does."""
    try:
        return joined.search(text)
    except CueError:
        return any(p.search(text) for p in each)


def article_links(claims: Iterable[Claim], findings: Findings, body: str) -> dict[str, ClaimLinks]:
    """The links of every claim that one article supports, keyed by claim id."""
    links = {}
    for claim in claims:
        sentences, figures = claim_links(claim, findings, body)
        if sentences:
            links[claim.id] = (sentences, figures)
    return links


def claim_links(claim: Claim, findings: Findings, body: str) -> ClaimLinks:
    """The sentences of one article that support a claim, and for figure claims the figures."""
    cue = matches_any(claim.cues, claim.id)
    excluded = matches_any(claim.exclude, claim.id, "exclude")
    in_unit = _figures_in_unit(claim, findings.figures) if claim.kind == ClaimKind.FIGURE else []
    sentences: list[int] = []
    figures: list[int] = []
    for index, sentence in enumerate(findings.sentences):
        if excluded(sentence.text):
            continue
        if claim.kind == ClaimKind.FIGURE:
            linked = _figures_in(sentence, in_unit, cue, body)
            if linked:
                figures.extend(linked)
                sentences.append(index)
        elif cue(sentence.text):
            sentences.append(index)
    return tuple(sentences), tuple(figures)


def evidence_of(
    findings: Findings, links: ClaimLinks
) -> tuple[tuple[Evidence, ...], tuple[Figure, ...]]:
    """The evidence and figures that ``links`` point at in one article's findings."""
    sentences, figures = links
    return (
        tuple(_evidence(findings.source, findings.sentences[i]) for i in sentences),
        tuple(findings.figures[i] for i in figures),
    )


def claim_evidence(
    claim: Claim, findings: Findings, source: Source
) -> tuple[tuple[Evidence, ...], tuple[Figure, ...]]:
    """The sentences of one source that support a claim, and for figure claims the figures."""
    return evidence_of(findings, claim_links(claim, findings, source.body))


def _evidence(source_id: str, sentence: Sentence) -> Evidence:
    return Evidence(source_id, sentence.start, sentence.end, sentence.text)


def _figures_in_unit(claim: Claim, figures: tuple[Figure, ...]) -> list[tuple[int, Figure]]:
    """The figures, with their indices, of the claim's quantity and unit."""
    quantity, unit = claim.quantity or "", claim.unit or ""
    return [
        (i, f)
        for i, f in enumerate(figures)
        if in_claim_unit(f.quantity, f.unit, quantity, unit) is not None
    ]


def _figures_in(
    sentence: Sentence,
    figures: list[tuple[int, Figure]],
    cue: Callable[[str], object],
    body: str,
) -> list[int]:
    """Figures inside the sentence whose own words (``Figure.bound``) match a cue."""
    linked = []
    for index, figure in figures:
        if not (sentence.start <= figure.start and figure.end <= sentence.end):
            continue
        words = figure.bound or _clause_around(sentence, figure.start, body)
        if cue(words.slice(body)):
            linked.append(index)
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
