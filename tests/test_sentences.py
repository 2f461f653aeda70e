"""Sentence splitting: pysbd's sentences, found without running pysbd where it cannot split."""

from __future__ import annotations

import itertools
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sorabrief.extract import sentences
from sorabrief.extract.sentences import WINDOW, split_sentences
from sorabrief.findings import Span

TRICKY = [
    "Ms. Murati left. Mr. Altman stayed. Nov. 26 was a Tuesday.",
    "It launched in the U.S. on Monday. The artists said no.",
    "“We are not your puppets. We want pay,” the artists wrote. OpenAI said nothing.",
    'He said "No. Not now." Then he left.',
    "Options: a) wait b) leave. They chose a).",
    "1. Read the letter. 2. Sign it. 3. Share it.",
    "The tool(s) leaked. The file(s) did not.",
    "Find all files under 'dir'. Unless dir is '.', return them.",
    'It ran setlocale(LC_ALL, "") once. Calling setlocale(LC_ALL, "") again works.',
    "Why? Because. Yahoo! Inc. rose. It fell at 3 p.m. Then it rose.",
    "It was over. World.”",
    "(See below.) The end. [Note. More.] «Bonjour. Salut.» -- a. b. --",
    "Prices rose 3.5% in 2024. Analysts etc. disagreed. Fig. 2 shows it.",
    'They called it "an insult." "Pay us," said Ana Ruiz.',
]


def _whole_line(line: str) -> list[str]:
    """What pysbd gives for one line, cut where one quotation ends its sentence and the
    next opens another: the reference the fast path must match."""
    found = sentences._pysbd_sentences(line, 0, len(line))
    return [piece.text for s in found for piece in sentences._at_quote_breaks(line, s)]


def _split(line: str) -> list[str]:
    return [s.text for s in split_sentences(line, (Span(0, len(line)),))]


def test_tricky_lines_split_as_pysbd_splits_them() -> None:
    for line in TRICKY:
        assert _split(line) == _whole_line(line), line


_tokens = st.sampled_from(
    [
        "The", "artists", "said.", "OpenAI", "it.", "Mr.", "Ms.", "Nov.", "26,", "2024.", "U.S.",
        "p.m.", "“We", "puppets,”", "“No.", "Yes.”", "(see", "below.)", "bad!", "Why?", "Inc.",
        "etc.", "e.g.", "1.", "2)", "(a)", "‘art", "washing’", "Sora’s", "artists’", "—",
        '"Hello.', 'World."', "left.", "$150B", "3.5", "hours.", "St.", "...", "…", "it's",
        "'quoted'", "[1]", "[note.", "more]", "«Bonjour.", "Salut.»", "--", "A.", "i.", "ii)",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_tokens, min_size=1, max_size=40).map(" ".join))
def test_any_line_splits_as_pysbd_splits_it(line: str) -> None:
    assert _split(line) == _whole_line(line)


@settings(max_examples=20, deadline=None)
@given(st.lists(_tokens, min_size=1, max_size=30).map(" ".join))
def test_long_lines_keep_every_character_and_exact_offsets(line: str) -> None:
    body = " ".join([line] * (2 * WINDOW // len(line) + 2))
    found = split_sentences(body, (Span(0, len(body)),))
    assert all(body[s.start : s.end] == s.text for s in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert "".join("".join(s.text.split()) for s in found) == "".join(body.split())


def test_plain_lines_never_reach_pysbd(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(body: str, start: int, end: int) -> None:
        raise AssertionError(f"pysbd called on {body[start:end]!r}")

    monkeypatch.setattr(sentences, "_pysbd_sentences", refuse)
    line = "The artists leaked Sora. OpenAI paused access! Was it fair? Nobody knows"
    assert _split(line) == [
        "The artists leaked Sora.",
        "OpenAI paused access!",
        "Was it fair?",
        "Nobody knows",
    ]


def test_a_quotation_that_opens_after_one_that_ended_its_sentence_starts_a_sentence() -> None:
    line = "The group called it “a sham.” “Pay us now,” said Ana Ruiz. Talks end Friday."
    assert _split(line) == ["The group called it “a sham.”", "“Pay us now,” said Ana Ruiz.", "Talks end Friday."]  # fmt: skip
    assert _split('He said "No." "Why?" she asked.') == ['He said "No."', '"Why?" she asked.']


_MAY_BREAK_IN_ONE = re.compile(
    r"[.!?。．！？…]"
    r"|[)」”\"'’]\s[A-Z]|）\s?[A-Z]"
    r"|(?<![^\W_])(?:[a-z]{1,4}|\d{1,2})\)\s|\([a-z]{1,4}\)"
)
"""Where pysbd may end a sentence, as one pattern: what ``_may_break`` searches in two."""


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(_tokens, st.text(alphabet="aZ9 .!)(）」”’\"'\n\t…", max_size=5)), max_size=12
    ).map("".join)
)
def test_may_break_finds_what_one_pattern_finds(text: str) -> None:
    assert sentences._may_break(text) == bool(_MAY_BREAK_IN_ONE.search(text))


_LIST_ITEM_IN_ONE = re.compile(
    r"(?<![^\s(])(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s|\([a-z]{1,4}\)"
)
"""A list item marker, as one pattern searched at every position: what ``_has_list_item``
finds by trying the numbered ones only before their ``.`` or ``)``."""


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_tokens, st.text(alphabet="aiIvxZ9 .)(\n\t", max_size=5)), max_size=12).map(
        "".join
    ),
    st.integers(0, 6),
    st.integers(0, 6),
)
def test_list_items_are_found_as_one_pattern_finds_them(text: str, cut: int, trim: int) -> None:
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    found = _LIST_ITEM_IN_ONE.search(text, start, end) is not None
    assert sentences._has_list_item(text, start, end) == found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_tokens, st.text(alphabet="aZé²Ⅻ_9 .!?\n", max_size=6)), max_size=12).map(
        "".join
    ),
    st.integers(0, 6),
    st.integers(0, 6),
)
@example("It is aⅫ. Zoe is ab². Yes.", 0, 0)  # numerals that re reads as letters
@example("snake_ab. Zoe", 0, 0)
def test_plain_breaks_are_what_the_pattern_finds_everywhere(text: str, cut: int, trim: int) -> None:
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    expected = [m.span() for m in sentences._PLAIN_BREAK.finditer(text, start, end)]
    assert [m.span() for m in sentences._plain_breaks(text, start, end)] == expected
