"""Grouping quotations by distinct text gives exactly the groups of comparing every pair."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from sorabrief.aggregation.same_words import SAME_WORDS, Said, same_words_groups

BASE = [
    "participation is voluntary with no obligation to provide feedback or use the tool",
    "hundreds of artists provide unpaid labor through bug testing and feedback",
    "we are not your pr puppets",
    "sora is a useful tool for artists",
    "",
]


def _pairwise_groups(said: list[Said]) -> list[int]:
    """The reference: union every pair the rule accepts, comparing all pairs."""
    parent = list(range(len(said)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, one in enumerate(said):
        for j in range(i + 1, len(said)):
            other = said[j]
            shorter, longer = sorted((one.folded, other.folded), key=len)
            alike = bool(shorter) and (
                shorter in longer or fuzz.ratio(one.folded, other.folded) >= SAME_WORDS
            )
            if alike and one.compatible(other):
                parent[root(j)] = root(i)
    first_of: dict[int, int] = {}
    return [first_of.setdefault(root(i), i) for i in range(len(said))]


def _variant(base: str, cut: int, drop: int) -> str:
    words = base.split()
    if drop and len(words) > 2:
        del words[drop % len(words)]
    return " ".join(words[: len(words) - cut % 3])


_said = st.builds(
    lambda base, cut, drop, speaker, raw: Said(
        _variant(base, cut, drop), speaker, "" if speaker else raw
    ),
    st.sampled_from(BASE),
    st.integers(0, 5),
    st.integers(0, 12),
    st.sampled_from([None, None, "felix", "group"]),
    st.sampled_from(["they", "the letter", ""]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_said, max_size=40))
def test_groups_equal_the_pairwise_union(said: list[Said]) -> None:
    assert same_words_groups(said) == _pairwise_groups(said)


def test_an_unresolved_quotation_joins_a_resolved_one_but_two_speakers_never_do() -> None:
    text = "participation is voluntary"
    said = [Said(text, "felix"), Said(text, "group"), Said(text, None, "they")]
    assert same_words_groups(said) == [0, 0, 0]
    assert same_words_groups(said[:2]) == [0, 1]
