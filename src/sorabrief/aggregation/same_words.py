"""Which quotations are the same words: a union of pairs, found without comparing every pair.

Two quotations are the same when their speakers are compatible (the same party; or
either unresolved; or, when both are unresolved, the same raw attribution) and their
folded texts are equal, one holds the other, or they are at least ``SAME_WORDS`` alike.

The cost grows with the number of *distinct* quotations, not with how often each is
reported: quotations are first grouped by folded text and speaker, and only those
distinct texts are compared. Containment is found with one Aho-Corasick pass over every
distinct text. Similarity is measured with rapidfuzz, only between texts whose lengths
allow the threshold and only where the speakers may match: one party's quotations with
each other and with the unresolved ones, and the unresolved ones of one raw attribution
with each other. Unresolved quotations are never compared with each other once per
party.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence

import ahocorasick_rs
import attrs
from rapidfuzz import fuzz, process

SAME_WORDS = 92
"""Similarity (0–100) above which two quotations are the same words, up to typography."""
_LONGEST_ALIKE = (200 - SAME_WORDS) / SAME_WORDS * 1.0001
"""How many times longer than the shorter text the longer may be and still be SAME_WORDS
alike: the ratio is 2·common / (sum of lengths), and common is at most the shorter length.
The factor carries a margin for rounding."""


@attrs.frozen
class Said:
    """What decides whether two quotations are the same: folded text and speaker."""

    folded: str
    speaker: str | None
    raw: str = ""
    """The raw attribution, casefolded, when the speaker is unresolved; empty otherwise."""

    def compatible(self, other: Said) -> bool:
        """Whether the two speakers may have said the same words."""
        if self.speaker and other.speaker:
            return self.speaker == other.speaker
        return bool(self.speaker or other.speaker) or self.raw == other.raw


def same_words_groups(said: Sequence[Said]) -> list[int]:
    """For each quotation, the index of the first quotation of its group."""
    distinct: dict[object, int] = {}
    nodes: list[Said] = []
    node_of = []
    for index, one in enumerate(said):
        key = one if one.folded else index  # an empty text is the same as nothing
        if key not in distinct:
            distinct[key] = len(nodes)
            nodes.append(one)
        node_of.append(distinct[key])
    parent = list(range(len(nodes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    texts: dict[str, list[int]] = {}
    for index, node in enumerate(nodes):
        if node.folded:
            texts.setdefault(node.folded, []).append(index)
    for text, alike in _alike_texts(nodes, list(texts)):
        for first, second in itertools.product(texts[text], texts[alike]):
            if first != second and nodes[first].compatible(nodes[second]):
                parent[root(second)] = root(first)
    first_of: dict[int, int] = {}
    return [first_of.setdefault(root(node), index) for index, node in enumerate(node_of)]


def _alike_texts(nodes: Sequence[Said], texts: list[str]) -> Iterator[tuple[str, str]]:
    """Pairs of distinct texts (each text also with itself) that are equal, where one holds
    the other, or that are SAME_WORDS alike, where some of their speakers may match."""
    yield from ((text, text) for text in texts)
    yield from _containing(texts)
    resolved: dict[str, set[str]] = {}
    unresolved: dict[str, set[str]] = {}
    for node in nodes:
        if node.folded:
            owner = resolved if node.speaker else unresolved
            owner.setdefault(node.speaker or node.raw, set()).add(node.folded)
    everyone_unresolved = _ByLength({t for block in unresolved.values() for t in block})
    for block in (*resolved.values(), *unresolved.values()):
        yield from _alike_within(_ByLength(block))
    for block in resolved.values():
        yield from _alike_across(_ByLength(block), everyone_unresolved)


def _containing(texts: list[str]) -> Iterator[tuple[str, str]]:
    """Pairs of different texts where the second holds the first."""
    automaton = ahocorasick_rs.AhoCorasick(texts, matchkind=ahocorasick_rs.MatchKind.Standard)
    for index, text in enumerate(texts):
        for pattern, _, _ in automaton.find_matches_as_indexes(text, overlapping=True):
            if pattern != index:
                yield texts[pattern], text


class _ByLength:
    """Texts sorted by length, to compare each only with texts of a length that allows the
    threshold."""

    def __init__(self, texts: set[str]) -> None:
        self.texts = sorted(texts, key=lambda t: (len(t), t))
        self.lengths = [len(t) for t in self.texts]


def _alike_within(block: _ByLength) -> Iterator[tuple[str, str]]:
    """Pairs of texts of one block that are SAME_WORDS alike."""
    for position, text in enumerate(block.texts):
        stop = bisect.bisect_right(block.lengths, block.lengths[position] * _LONGEST_ALIKE)
        yield from _alike(text, block.texts[position + 1 : stop])


def _alike_across(block: _ByLength, others: _ByLength) -> Iterator[tuple[str, str]]:
    """Pairs of a text of ``block`` and a text of ``others`` that are SAME_WORDS alike."""
    for text in block.texts:
        start = bisect.bisect_left(others.lengths, len(text) / _LONGEST_ALIKE)
        stop = bisect.bisect_right(others.lengths, len(text) * _LONGEST_ALIKE)
        yield from _alike(text, others.texts[start:stop])


def _alike(text: str, candidates: list[str]) -> Iterator[tuple[str, str]]:
    for _, _, found in process.extract(
        text, candidates, scorer=fuzz.ratio, score_cutoff=SAME_WORDS, limit=None
    ):
        yield text, candidates[found]
