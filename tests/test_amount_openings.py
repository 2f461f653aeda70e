"""The patterns that read an amount find, tried only where one can start, what they find tried
everywhere."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sorabrief.extract import counts, figures, money_amounts
from sorabrief.extract.openings import found
from support import BUNDLED_CASE

PATTERNS = [
    counts._COUNT_START,
    figures._DURATION,
    figures._HYPHENATED,
    figures._PERCENT,
    money_amounts._AFTER,
    money_amounts._VAGUE_SUM,
]
"""Every pattern that reads an amount."""
PIECES = [
    "a", "A", "an", "about", "one", "One", "ONE", "onerous", "twenty-five", "Twenty", "half",
    "half-hour", "a few", "A handful of", "dozens", "Dozens of", "scores", "tens of thousands",
    "hundreds of", "thousands", "millions of", "several", "ſeveral", "\u212aeys", "İt",
    "3", "12", "1,500", "2.5", "٣", "40%", "10-second", "$5", "£2.5m", "350m pesos",
    "five million euros", "hours", "days", "percent", "per cent", "artists", "-", "–", "to",
    "and", "between", "(", ")", "“", "”", "x1", "_2", "a1", "rooms", "\n", "the", "of",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)


def _found(matches: object) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_amount_patterns_find_the_same_matches_where_amounts_start(text: str) -> None:
    for pattern in PATTERNS:
        assert _found(found(pattern, text)) == _found(pattern.finditer(text)), pattern


def test_the_articles_give_the_same_matches() -> None:
    articles = "\n".join(p.read_text(encoding="utf-8") for p in BUNDLED_CASE.glob("*/*.md"))
    for pattern in PATTERNS:
        assert _found(found(pattern, articles)) == _found(pattern.finditer(articles))


def test_an_amount_inside_a_word_is_no_place_to_try() -> None:
    pattern = re.compile(r"(?i:\btwenty|\b\d+)")
    assert [m.group() for m in found(pattern, "Twenty x20 plenty 7")] == ["Twenty", "7"]
