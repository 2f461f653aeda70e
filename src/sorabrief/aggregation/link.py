"""The editor's side of linking: cues that link and exclusions that veto, and evidence.

Cues and exclusions are case-insensitive regular expressions, searched with a time limit.
Links are kept as indices into an article's findings (``linking.ClaimLinks``) and turned
into evidence by ``evidence_of``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sorabrief.aggregation.claim_unit import as_claimed
from sorabrief.briefing import Evidence
from sorabrief.cues import Cue, CueError, compile_cue
from sorabrief.findings import Figure, Findings, Sentence, Span
from sorabrief.model import Claim, ClaimKind

_CLAUSE_BREAK = re.compile(r"[“”\"]|[:;—–](?=\s)")
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
"""A back-reference or a conditional, whose group numbers an alternation would shift."""

if TYPE_CHECKING:
    from sorabrief.aggregation.linking import ClaimLinks, Link


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


def excluded(claim: Claim, text: str) -> bool:
    """Whether an exclusion of the claim matches the text, which then never supports it."""
    return bool(claim.exclude) and _tester(claim.exclude, claim.id, "exclude")(text)


def cue_in(claim: Claim, text: str) -> bool:
    """Whether a cue of the claim matches the text."""
    return bool(claim.cues) and _tester(claim.cues, claim.id, "cues")(text)


_REMEMBERED = 1 << 16
"""At most this many texts' answers kept per set of patterns (then forgotten at once)."""


def _searcher(patterns: tuple[str, ...], claim: str, field: str) -> Callable[[str], object]:
    """A search for any of the patterns, or for none when there are none."""
    return matches_any(patterns, claim, field) if patterns else _nothing


def _nothing(text: str) -> None:
    """The search of no patterns: it never matches."""
    return None


@functools.lru_cache(maxsize=1024)
def _tester(patterns: tuple[str, ...], claim: str, field: str) -> Callable[[str], bool]:
    """Whether any pattern matches a text, searched once per distinct text: a sentence
    that many articles print (a wire story's) is searched once. The answers are kept by
    text alone, so asking again costs one lookup, not hashing the patterns too."""
    search = matches_any(patterns, claim, field)
    known: dict[str, bool] = {}

    def test(text: str) -> bool:
        found = known.get(text)
        if found is None:
            if len(known) >= _REMEMBERED:
                known.clear()
            found = known[text] = bool(search(text))
        return found

    return test


def article_cue_links(
    claims: Sequence[Claim], findings: Findings, body: str, known: dict[str, tuple[str, ...]]
) -> dict[str, tuple[int, ...]]:
    """``cue_links`` of every claim in one article, by claim id in the claims' order (those
    linking none left out). ``known`` keeps, by sentence text, the claims other than figure
    claims whose cues link it: a dictionary shared by the articles of one set of claims,
    so each distinct sentence is tested against every claim once, not once per article."""
    plain = [
        (c.id, _searcher(c.exclude, c.id, "exclude"), _searcher(c.cues, c.id, "cues"))
        for c in claims
        if c.cues and c.kind != ClaimKind.FIGURE
    ]
    linked: dict[str, list[int]] = {c.id: [] for c in claims if c.cues}
    for index, sentence in enumerate(findings.sentences):
        text = sentence.text
        found = known.get(text)
        if found is None:
            found = known[text] = tuple(
                claim for claim, vetoed, cued in plain if not vetoed(text) and cued(text)
            )
        for claim_id in found:
            linked[claim_id].append(index)
    for claim in claims:
        if claim.cues and claim.kind == ClaimKind.FIGURE:
            linked[claim.id] = cue_links(claim, findings, body)
    return {c: tuple(found) for c, found in linked.items() if found}


def cue_links(claim: Claim, findings: Findings, body: str) -> list[int]:
    """The sentences of one article a cue links to a claim, exclusions applied.

    For a figure claim, the sentence must hold a figure of the claim's quantity and unit
    whose own words (``Figure.bound``) match a cue."""
    if not claim.cues:
        return []
    cued = _tester(claim.cues, claim.id, "cues")
    vetoed = _tester(claim.exclude, claim.id, "exclude") if claim.exclude else None
    if claim.kind == ClaimKind.FIGURE:
        return _figure_cue_links(claim, findings, body, cued, vetoed)
    return [
        index
        for index, sentence in enumerate(findings.sentences)
        if (vetoed is None or not vetoed(sentence.text)) and cued(sentence.text)
    ]


def _figure_cue_links(
    claim: Claim,
    findings: Findings,
    body: str,
    cued: Callable[[str], bool],
    vetoed: Callable[[str], bool] | None,
) -> list[int]:
    """``cue_links`` of a figure claim: only sentences holding a figure in its unit can
    link, so an article with none is not searched, nor a sentence without one."""
    in_unit = [f for _, f in _figures_in_unit(claim, findings.figures)]
    if not in_unit:
        return []
    linked = []
    for index, sentence in enumerate(findings.sentences):
        inside = [f for f in in_unit if sentence.start <= f.start and f.end <= sentence.end]
        if not inside or (vetoed is not None and vetoed(sentence.text)):
            continue
        if any(cued(bound_words(sentence, f, body)) for f in inside):
            linked.append(index)
    return linked


def bound_words(sentence: Sentence, figure: Figure, body: str) -> str:
    """The words a figure belongs to: ``Figure.bound``, or its clause of the sentence."""
    return (figure.bound or _clause_around(sentence, figure.start, body)).slice(body)


def evidence_of(
    findings: Findings, links: ClaimLinks
) -> tuple[tuple[Evidence, ...], tuple[Figure, ...]]:
    """The evidence and figures that ``links`` point at in one article's findings."""
    return (
        tuple(
            _evidence(findings.source, findings.sentences[x.sentence], x) for x in links.sentences
        ),
        tuple(findings.figures[i] for i in links.figures),
    )


def _evidence(source_id: str, sentence: Sentence, link: Link) -> Evidence:
    return Evidence(
        source_id, sentence.start, sentence.end, sentence.text, score=link.score, method=link.method
    )


def _figures_in_unit(claim: Claim, figures: tuple[Figure, ...]) -> list[tuple[int, Figure]]:
    """The figures, with their indices, of the claim's quantity and unit (or converted
    into its currency)."""
    return [(i, f) for i, f in enumerate(figures) if as_claimed(f, claim) is not None]


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
