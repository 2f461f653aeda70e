"""Patterns tried only where a match can start find what they find tried everywhere."""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._parser as sre_parse
from collections.abc import Callable, Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

import sorabrief.extract
from sorabrief.extract import dates, openings, pronouns, speakers
from sorabrief.extract.digit_reach import digit_within
from sorabrief.extract.openings import tried_at
from support import BUNDLED_CASE

PATTERNS: list[tuple[re.Pattern[str], Callable[[str], list[int]]]] = [
    (pronouns._INTRODUCED_NAME, openings.capitals),
    (pronouns._COUPLE, openings.capitals),
    (pronouns._GROUP_OF_PEOPLE, pronouns.group_starts),
    (pronouns._DESCRIBED_PERSON, openings.sentence_starts),
    (pronouns._DESCRIBED_SPEAKER, openings.clause_starts),
    (pronouns._DESCRIBED_AGAIN, openings.mention_starts),
    (speakers._SPOKESPERSON_OPENING, openings.sentence_starts),
]
"""Every pattern tried through ``tried_at``, with the places it is tried."""
PIECES = [
    "Ana", "Ruiz", "Bo", "McRae", "O'Dell", "J.", "Dr", "Dr.", "Mr", "judge", "Judge",
    "steward", "chair", "chairman", "member", "rider", "riders", "nurses", "A", "An", "One",
    "one", "a", "the", "The", "said", "says", "unsaid", "told", "has", "had", "runs", "was",
    "opened", "and", "&", "of", "from", "Leeds", "who", "welder", "42,", ",", ".", "!", "?",
    "\n", "  ", "\t", "31-year-old", "the 52-year-old", "Mike and Rita Alvarez", "I", "İ",
    "\nA", "\nOne", "\nAna", "\nThe", ".\nAn", ",\tthe", "said\tthe", "\n\n\n", ". \n", ",\n\nthe",
    "spokeswoman", "spokesman for", "for Acme",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)


def _found(matches: Iterator[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 30), st.integers(0, 30))
def test_patterns_find_the_same_matches_where_they_can_start(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(len(text) - b, len(text))))
    for pattern, places in PATTERNS:
        expected = _found(pattern.finditer(text, start, end))
        assert _found(tried_at(pattern, text, places(text), start, end)) == expected, pattern


def test_the_articles_give_the_same_matches() -> None:
    articles = "\n".join(p.read_text(encoding="utf-8") for p in BUNDLED_CASE.glob("*/*.md"))
    for pattern, places in PATTERNS:
        found = _found(tried_at(pattern, articles, places(articles)))
        assert found == _found(pattern.finditer(articles))


DETERMINED = (dates._ADJECTIVE_YEAR, dates._QUALIFIED_YEAR, dates._ADJECTIVE_MONTH)
"""The date patterns that open with a determiner, tried where ``dates._determined`` says."""
determined_texts = st.lists(
    st.sampled_from(
        [
            "the",
            "The",
            "a",
            "An",
            "its",
            "Their",
            "whose",
            "firm's",
            "firm’s",
            "o's",
            "costly",
            "final",
            "additional",
            "global",
            "2024",
            "1899",
            "2100",
            "March",
            "May",
            "Mayor",
            "Septembers",
            "2020s",
            "19x",
            "Bo’s",
            "\n\n",
            "İ",
            "order",
            "edition",
            "-built",
            "staffs",
            "2008-built",
            " ",
            "\n",
            ",",
            "x",
            "in",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(determined_texts, st.integers(0, 30), st.integers(0, 30))
def test_a_determiner_pattern_is_tried_where_a_determiner_comes_before_a_date(
    text: str, a: int, b: int
) -> None:
    start, end = sorted((min(a, len(text)), min(len(text) - b, len(text))))
    for pattern in DETERMINED:
        expected = _found(pattern.finditer(text, start, end))
        assert _found(tried_at(pattern, text, dates._determined(text), start, end)) == expected


@settings(max_examples=300, deadline=None)
@given(determined_texts)
def test_the_determiner_places_are_those_a_scan_of_every_place_finds(text: str) -> None:
    assert dates._determined(text) == [m.start() for m in dates._DETERMINED.finditer(text)]


def test_the_articles_give_the_same_determiner_places() -> None:
    articles = "\n".join(p.read_text(encoding="utf-8") for p in BUNDLED_CASE.glob("*/*.md"))
    found = dates._determined(articles)
    assert found == [m.start() for m in dates._DETERMINED.finditer(articles)]


def test_a_determiner_place_is_found_one_to_three_words_before_the_date() -> None:
    text = "The firm’s costly 2019 repair came before the March order of\n\nits  1999 fleet."
    expected = [text.index("firm"), text.index("the March"), text.index("its")]
    assert dates._determined(text) == expected


def test_the_articles_give_the_same_determiner_dates() -> None:
    articles = "\n".join(p.read_text(encoding="utf-8") for p in BUNDLED_CASE.glob("*/*.md"))
    for pattern in DETERMINED:
        found = _found(tried_at(pattern, articles, dates._determined(articles)))
        assert found == _found(pattern.finditer(articles))


def test_a_group_is_tried_where_a_plural_noun_comes_soon_enough() -> None:
    text = "Four tired nurses at Kestrel Ward said no.\nLong shifts were hard for them all.\nStaff"
    assert pronouns.group_starts(text) == [0, text.index("Staff")]
    assert [g.name for g in pronouns.groups_of_people(text, 0, len(text))] == [
        "Four tired nurses at Kestrel Ward"
    ]


def test_capitals_hold_the_word_before_a_name() -> None:
    text = "met judge Ana and Dr. Bo,\tx"
    assert [text[i] for i in openings.capitals(text)] == ["j", "A", "a", "D", "B"]


def test_a_match_goes_on_from_the_end_of_the_last() -> None:
    pattern = re.compile(r"ab|b")
    assert [m.span() for m in tried_at(pattern, "abb", [0, 1, 2])] == [(0, 2), (2, 3)]


def test_a_pattern_is_tried_just_before_the_digits_its_matches_hold() -> None:
    def reach(text: str) -> int | None:
        return digit_within(sre_parse.parse(text))

    assert reach(r"(?:US\$|€|EUR)\s?\d+") == 4
    assert reach(r"(?<!\w)[0-3]?\d\.") == 1
    assert reach(r"(?:ab|\d)\d|x{2,3}\d") == 3
    assert reach(r"\$\s*\d") is None  # unbounded before the digit
    assert reach(r"\$?[\d.]") is None  # a point may come first
    text = "ab 12 cdefgh 3"
    assert openings.before_digits(text, 2) == [1, 2, 3, 4, 11, 12, 13]


def _every_pattern() -> list[re.Pattern[str]]:
    """Every compiled pattern of the extraction rules."""
    found = []
    for info in pkgutil.iter_modules(sorabrief.extract.__path__):
        module = importlib.import_module(f"sorabrief.extract.{info.name}")
        found += [p for p in vars(module).values() if isinstance(p, re.Pattern)]
    return found


EVERY_PATTERN = _every_pattern()
ARTICLES = "\n".join(p.read_text(encoding="utf-8") for p in BUNDLED_CASE.glob("*/*.md"))
WORDS = sorted(set(re.findall(r"\S+", ARTICLES)))
RULE_WORDS = [
    "in", "In", "IN", "last", "Tuesday", "Tue.", "March", "Sept.", "the", "a", "an", "one",
    "twenty-five", "hours", "ago", "2024", "14", "3rd", "5%", "1080p", "4K", "$5", "x12",
    "in2024", "lasted", "'s", "’s", "-", "–", ",", ".", "\n", "  ", "US$5", "EUR10", "£ 3",
    "C$", "٣", "on 3/8:", "13. 7.", "\n- 12/4 – ", "15/02/24", "24/7",
]  # fmt: skip
"""Words the rules start with, as the articles write them and otherwise."""
rule_texts = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(RULE_WORDS),
        st.text(alphabet="aAiInNtT09 .,-'’\n", max_size=5),
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(rule_texts)
def test_every_rule_finds_the_same_matches_tried_where_its_words_start(text: str) -> None:
    for pattern in EVERY_PATTERN:
        assert _found(openings.found(pattern, text)) == _found(pattern.finditer(text)), pattern


def test_the_articles_give_the_same_matches_for_every_rule() -> None:
    for pattern in EVERY_PATTERN:
        assert _found(openings.found(pattern, ARTICLES)) == _found(pattern.finditer(ARTICLES))


def test_the_words_a_pattern_starts_with_are_read_from_it() -> None:
    assert openings.word_openings(re.compile(r"\b(?:last|next)\s+(?:Mon|Tues)day")) == {
        "last ",
        "next ",
    }
    assert openings.word_openings(re.compile(r"\b(?:the\s+)?\d+(?:st|nd)")) == {"the ", "0"}
    assert openings.word_openings(re.compile(r"(?i:\bin)\s")) == {"in "}
    assert openings.word_openings(re.compile(r"\b(?:a|an)\b|\bab|\bsix(?:ty)?")) == {
        "a ",
        "an ",
        "ab",
        "six",
    }
    assert openings.word_openings(re.compile(r"\ba-|\bb[,;]|\bc[\s\W]|\bd\w|\beé")) == {
        "a ",
        "b ",
        "c ",
        "d",
        "e",
    }
    assert openings.word_openings(re.compile(r"\ba(?=\s+(?:dozen|few))(?:\s+\w+)*")) == {"a "}
    assert openings.word_openings(re.compile(r"\bsix(?=ty|teen)")) == {"sixty", "sixteen"}
    assert openings.word_openings(re.compile(r"\ban?\s")) == {"a ", "an "}
    assert openings.word_openings(re.compile(r"\bof\b", re.ASCII)) == {"of"}
    assert openings.word_openings(re.compile(r"(?ia:\bof\b)")) == {"of"}
    for unknown in (r"last", r"\b\w+'s", r"\b(?:x|)", r"(?<!\w)last", r"\b-5"):
        assert openings.word_openings(re.compile(unknown)) is None


def test_a_whole_word_is_not_taken_for_a_longer_one() -> None:
    text = "A banker, an analyst and Ab Tanager met at six; a sixth came."
    words = openings.words_of(text)
    assert words is not None
    whole = words.starting(frozenset({"a ", "an "}))
    assert [text[i : i + 3] for i in whole] == ["A b", "an ", "a s"]
    pattern = re.compile(r"\b(?:a|an)\s+\w+", re.IGNORECASE)
    assert [m.group() for m in openings.found(pattern, text)] == [
        "A banker",
        "an analyst",
        "a sixth",
    ]
