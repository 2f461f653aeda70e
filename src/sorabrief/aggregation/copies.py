"""Syndicated copies: articles whose text is, for the most part, another article's.

Two articles are one report when most of the shorter one's word 5-grams ("shingles") are in
the other (containment, see docs/dependencies.md for how it was chosen). The original is the
earliest published of a group; on the same day, an article that credits another outlet
("This article originally appeared in …") comes after one that does not, and so does it
before an undated copy that credits none; remaining ties and undated articles are broken by
id, so the result never
depends on the order articles arrive in. Each copy points at its original, never at another
copy.

What is compared of each article, its ``Fingerprint``, depends on that article alone, so
it is kept in the findings cache (``fingerprints.py``). Shingles are numbered by a hash
that is the same in every run (unlike Python's hash of text): each word by BLAKE2b, a
run of five by the hash of their five numbers.
"""

from __future__ import annotations

import array
import functools
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence, Set

import attrs

from sorabrief.model import Source

SHINGLE_WORDS = 5
COPY_CONTAINMENT = 0.6
"""The share of the shorter text's shingles found in the other above which it is a copy."""
MIN_SHINGLES = 20
"""Texts with fewer shingles (about 25 words) are too short to call copies."""
_WORD = re.compile(r"\w+")
_CREDIT = re.compile(
    r"(?i)(?=[ofrs])(?:\b(?:originally|first)\s+(?:appeared|published|ran)\b|"
    r"\b(?:republished|reprinted|syndicated)\s+(?:from|with permission|by arrangement)\b)"
)
"""A republisher's credit line: the article is someone else's story. (The look-ahead for
the first letters lets the search skip every other position quickly.)"""
_CREDIT_OPENERS = ("originally", "first", "republished", "reprinted", "syndicated")
"""The words a credit line opens with, lower-cased: it is tried only where one is."""
_UNLOWERED = ("\u0130", "\u0131", "\u017f")
"""Letters that ``_CREDIT`` matches as "i" or "s" but that ``str.lower`` does not make
those letters (İ, ı, ſ): a body holding one is searched whole."""


def shingles(text: str) -> list[tuple[str, ...]]:
    """The text's overlapping runs of five lower-cased words, in order."""
    words = _WORD.findall(text.lower())
    return list(zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False))


@attrs.frozen
class Fingerprint:
    """What copy detection compares of one article."""

    numbers: bytes
    """Its distinct shingles, each as a number that is the same in every run, sorted and packed as
    8-byte integers: sets for every article of a large case at once would take hundreds of
    megabytes."""
    credits: bool
    """Whether its page credits another outlet (``_CREDIT``)."""


def fingerprint(source: Source, text: str) -> Fingerprint:
    """The fingerprint of an article, ``text`` being its body less what cleaning removed."""
    words = list(map(_word_number, _WORD.findall(text.lower())))
    runs = zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)
    numbers = array.array("q", sorted(set(map(hash, runs)))).tobytes()
    return Fingerprint(numbers, credits_another(source.body))


def credits_another(body: str) -> bool:
    """Whether a page holds a credit line (``_CREDIT``). The pattern is tried only where its
    first word is, found in the lower-cased page by ``str.find``: a third of the time of a
    search through every position."""
    if any(letter in body for letter in _UNLOWERED):
        return _CREDIT.search(body) is not None
    lowered = body.lower()
    for opener in _CREDIT_OPENERS:
        at = lowered.find(opener)
        while at >= 0:
            if _CREDIT.match(lowered, at):
                return True
            at = lowered.find(opener, at + 1)
    return False


@functools.lru_cache(maxsize=1 << 16)
def _word_number(word: str) -> int:
    """A word as a 64-bit number, the same in every run (a tuple of such numbers hashes
    the same in every run too, unlike a tuple of strings)."""
    digest = hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def find_copies(texts: Iterable[tuple[Source, str]]) -> dict[str, str]:
    """For each article that copies another: its id -> the id of the original.

    ``texts`` pairs each source with the text to compare (its body less what cleaning removed).
    """
    return copies_among((source, fingerprint(source, text)) for source, text in texts)


def copies_among(prints: Iterable[tuple[Source, Fingerprint]]) -> dict[str, str]:
    """``find_copies`` for articles whose fingerprints are known.

    Only originals are indexed and kept as sets; an article is compared as its packed
    numbers, which are distinct (``Fingerprint.numbers``)."""
    ordered = sorted(prints, key=lambda pair: _seniority(*pair))
    originals: list[tuple[str, Set[int]]] = []
    index: dict[int, list[int]] = {}
    copy_of: dict[str, str] = {}
    for source, print_ in ordered:
        numbers = array.array("q", print_.numbers)
        original = _best_original(numbers, originals, index)
        if original is not None:
            copy_of[source.id] = originals[original][0]
            continue
        mine = frozenset(numbers)
        for shingle in mine:
            index.setdefault(shingle, []).append(len(originals))
        originals.append((source.id, mine))
    return _uncredited_undated_first(copy_of, ordered)


def _uncredited_undated_first(
    copy_of: dict[str, str], ordered: Sequence[tuple[Source, Fingerprint]]
) -> dict[str, str]:
    """The groups whose original credits another outlet while an undated copy credits none
    led by that copy: a page that says where it first appeared is the copy, and an undated
    page gives no date to say otherwise (a local site that states no date for machines)."""
    credits = {source.id: print_.credits for source, print_ in ordered}
    undated = {source.id for source, _ in ordered if source.published is None}
    groups: dict[str, list[str]] = {}
    for source, _ in ordered:
        if source.id in copy_of:
            groups.setdefault(copy_of[source.id], []).append(source.id)
    regrouped = dict(copy_of)
    for original, group in groups.items():
        leader = next((c for c in group if c in undated and not credits[c]), None)
        if not credits[original] or leader is None:
            continue
        del regrouped[leader]
        for member in (original, *group):
            if member != leader:
                regrouped[member] = leader
    return regrouped


def _seniority(source: Source, print_: Fingerprint) -> tuple[int, str, bool, str]:
    """Earliest published first, undated articles after every dated one; on one day, an
    article crediting another outlet (anywhere in its page, credit lines are often page
    furniture) after one that does not; then by id."""
    credits = print_.credits
    if source.published is None:
        return (1, "", credits, source.id)
    return (0, source.published.first_day.isoformat(), credits, source.id)


def _best_original(
    mine: Sequence[int],
    originals: list[tuple[str, Set[int]]],
    index: dict[int, list[int]],
) -> int | None:
    """The earlier original this text copies, if any: the most contained, then the oldest.
    ``mine`` holds each of the text's shingles once."""
    if len(mine) < MIN_SHINGLES:
        return None
    shared = Counter(itertools.chain.from_iterable(filter(None, map(index.get, mine))))
    best: tuple[float, int] | None = None
    for candidate, count in shared.items():
        other = originals[candidate][1]
        if len(other) < MIN_SHINGLES:
            continue
        score = count / min(len(mine), len(other))
        if score >= COPY_CONTAINMENT and (best is None or (score, -candidate) > best):
            best = (score, -candidate)
    return None if best is None else -best[1]
