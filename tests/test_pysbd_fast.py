"""pysbd's segmenter with patterns compiled once gives pysbd's own sentences."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pysbd
import pysbd.punctuation_replacer
from hypothesis import given, settings
from hypothesis import strategies as st
from pysbd.lang.english import English

from sorabrief.extract import pysbd_fast, pysbd_steps
from test_sentences import _tokens

LINES = [
    "Ms. Murati left. Mr. Altman stayed. Nov. 26 was a Tuesday.",
    "It launched in the U.S. on Monday. The artists said no.",
    "“We are not your puppets. We want pay,” the artists wrote. OpenAI said nothing.",
    "1. Read the letter. 2. Sign it. 3. Share it.",
    "Why? Because. Yahoo! Inc. rose. It fell at 3 p.m. Then it rose.",
    "It was over. World.” It was over. World.” It was over.",
    "  Spaces  before. And   after.   ",
    "a. b. a. b. -- a. b. --",
    "A. a. An apple. at a. No. 5 and no. 6. Art. 3. a.m. and A.M. at a. Ave. a.",
    "It was a. And a. a: a- a? a, a.. A. a (b). No. (5) art. 12 Gen. Smith met p. 4.",
    "A lone surrogate \udcff in no. 5 and Gen. Smith. Then a. b.",
    "Gen. Smith\u00a0Gen. Jones\u2009No. 5\u3000no. 6\tart. 3. Inside words: regen. Piano. Casino.",
    "GEN. SMITH met ſt. Paul and İnc. and ınc. Then \u212aen. left. Ok.",
    "Dr.phil. Weber and e.g. this i.e. that, then eXg. and U.S. law. Done.",
    "It is a.\u212a. The end.",
    "We met ſ.t. Then left.",
]
"""Texts pysbd must split as published; the last three test skipping abbreviations found only
inside words: other spaces, upper case, and characters whose case folding ``lower()`` hides."""


@contextmanager
def plain_pysbd() -> Iterator[pysbd.Segmenter]:
    """pysbd exactly as published: its modules call the ``re`` module and its own
    ``replace_punctuation``."""
    modules = [importlib.import_module(name) for name in pysbd_fast._MODULES]
    for module in modules:
        module.re = re
    for module in pysbd_steps.PUNCTUATION_MODULES:
        module.replace_punctuation = pysbd.punctuation_replacer.replace_punctuation
    English.AbbreviationReplacer = pysbd_fast._AbbreviationsOnce.__base__
    try:
        yield pysbd.Segmenter(language="en", clean=False)
    finally:
        for module in modules:
            module.re = pysbd_fast.COMPILED_ONCE
        for module in pysbd_steps.PUNCTUATION_MODULES:
            module.replace_punctuation = pysbd_steps.guarded_replace_punctuation
        English.AbbreviationReplacer = pysbd_fast._AbbreviationsOnce


def _same_as_pysbd(text: str) -> None:
    with plain_pysbd() as segmenter:
        expected = segmenter.segment(text)
    assert pysbd_fast.segment(text) == expected


def test_lines_segment_as_pysbd_segments_them() -> None:
    for line in LINES:
        _same_as_pysbd(line)


@settings(max_examples=100, deadline=None)
@given(st.lists(_tokens, min_size=0, max_size=60).map(" ".join))
def test_any_text_segments_as_pysbd_segments_it(text: str) -> None:
    _same_as_pysbd(text)


_abbreviation_tokens = st.sampled_from(
    [
        "a", "a.", "A.", "an", "at", "and", "no.", "No.", "art.", "Art.", "Gen.", "gen.", "p.",
        "Smith", "said", "it.", "5", "(5)", "12.", ":", "-", "?", ",", "..", "a..", "a:", "a-",
        "I", "I'm", "The", "\n", "a.m.", "Ave.", "ave.", "St.", "U.S.",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_abbreviation_tokens, min_size=1, max_size=50).map(" ".join))
def test_abbreviations_are_replaced_as_pysbd_replaces_them(text: str) -> None:
    _same_as_pysbd(text.replace("\\n", "\n"))


_step_tokens = st.sampled_from(
    [
        "(1)", "(2)", "(10)", "(11)", "1)", "2)", "a)", "b)", "(ii)", "(iv)", "a.", "b.", "i.",
        "1.", "2.", "“Quoted.”", "“Yes,”", "‘so.’", "'so.'", '"No."', "«Non.»", "[note.]",
        "(see p. 4.)", "--", "Co.", "KG", "It's.", ".'s", "40°.", "N.", "3.5", ".5", "end.12",
        "end.[2]", "example.com", ".pdf", "...", ". . .", "!!", "?!", "Why??", "Yahoo!", "ǃKung",
        "\\(", "J.", "U.S.", "a.m.", "P.M.", "I.", "word", "Word.", "The", "said.", "\n", "\r",
        "♨", "☝", "∯", "ȸ", "&ᓴ&", "ƪƪƪ", "&⎋&", "a.\u212a.", "ſ.t.", "x.İ.",
    ]
)  # fmt: skip
"""Tokens for each step of pysbd that ``pysbd_steps`` may skip: list markers, quotations and
brackets with punctuation in them, numbers, ellipses, double punctuation, pysbd's own
placeholder characters."""


@settings(max_examples=300, deadline=None)
@given(st.lists(_step_tokens, min_size=1, max_size=40).map(" ".join))
def test_steps_run_wherever_they_could_change_the_text(text: str) -> None:
    _same_as_pysbd(text)


def test_pysbd_modules_use_the_compiled_patterns_and_replacements_once() -> None:
    for name in pysbd_fast._MODULES:
        assert importlib.import_module(name).re is pysbd_fast.COMPILED_ONCE
    assert English.AbbreviationReplacer is pysbd_fast._AbbreviationsOnce
    for module in pysbd_steps.PUNCTUATION_MODULES:
        assert module.replace_punctuation is pysbd_steps.guarded_replace_punctuation
