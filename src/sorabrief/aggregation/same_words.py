"""Which quotations are the same words: a union of pairs, found without comparing every pair.

Two quotations are the same when their speakers are compatible (the same party; or
either unresolved; or, when both are unresolved, the same raw attribution) and their
folded texts are equal, one holds the other, or they are at least ``SAME_WORDS`` alike.

The cost grows with the number of *distinct* quotations, not with how often each is
reported: quotations are first grouped by folded text and speaker, and only those
distinct texts are compared. Comparisons stay inside a block of compatible speakers
(one party's quotations with the unresolved ones; the unresolved ones of one raw
attribution). Inside a block, containment is found with one Aho-Corasick pass, and
similarity with rapidfuzz, only between texts whose lengths allow the threshold.
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

    for block in _blocks(nodes):
        for a, b in _matching_pairs([nodes[i].folded for i in block]):
            first, second = block[a], block[b]
            if nodes[first].compatible(nodes[second]):
                parent[root(second)] = root(first)
    first_of: dict[int, int] = {}
    return [first_of.setdefault(root(node), index) for index, node in enumerate(node_of)]


def _blocks(nodes: Sequence[Said]) -> Iterator[list[int]]:
    """Groups of node indices that hold every compatible pair at least once."""
    resolved: dict[str, list[int]] = {}
    unresolved: dict[str, list[int]] = {}
    for index, node in enumerate(nodes):
        if not node.folded:
            continue
        if node.speaker:
            resolved.setdefault(node.speaker, []).append(index)
        else:
            unresolved.setdefault(node.raw, []).append(index)
    everyone_unresolved = [i for block in unresolved.values() for i in block]
    for block in resolved.values():
        yield block + everyone_unresolved
    yield from unresolved.values()


def _matching_pairs(texts: list[str]) -> Iterator[tuple[int, int]]:
    """Index pairs of texts where one holds the other or they are SAME_WORDS alike."""
    indices: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        indices.setdefault(text, []).append(index)
    distinct = list(indices)
    for same in indices.values():
        yield from itertools.combinations(same, 2)
    for one, other in _distinct_pairs(distinct):
        yield from itertools.product(indices[distinct[one]], indices[distinct[other]])


def _distinct_pairs(texts: list[str]) -> set[tuple[int, int]]:
    """Index pairs of different texts where one holds the other or they are SAME_WORDS alike."""
    pairs: set[tuple[int, int]] = set()
    automaton = ahocorasick_rs.AhoCorasick(texts, matchkind=ahocorasick_rs.MatchKind.Standard)
    for index, text in enumerate(texts):
        for pattern, _, _ in automaton.find_matches_as_indexes(text, overlapping=True):
            if pattern != index:
                pairs.add((min(pattern, index), max(pattern, index)))
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    lengths = [len(texts[i]) for i in order]
    for position, index in enumerate(order):
        stop = bisect.bisect_right(lengths, lengths[position] * _LONGEST_ALIKE)
        candidates = [texts[i] for i in order[position + 1 : stop]]
        for _, _, found in process.extract(
            texts[index], candidates, scorer=fuzz.ratio, score_cutoff=SAME_WORDS, limit=None
        ):
            other = order[position + 1 + found]
            pairs.add((min(index, other), max(index, other)))
    return pairs
