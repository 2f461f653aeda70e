"""The one-character check in front of a pattern never changes what it finds."""

from __future__ import annotations

import _sre
import importlib
import pkgutil
import re
import re._compiler as sre_compile
import re._parser as sre_parse
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sorabrief.extract
from sorabrief.extract import first_char
from sorabrief.extract.first_char import with_first_char
from support import BUNDLED_CASE


def _patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern of the extraction rules."""
    found = []
    for info in pkgutil.iter_modules(sorabrief.extract.__path__):
        module = importlib.import_module(f"sorabrief.extract.{info.name}")
        found += [p for p in vars(module).values() if isinstance(p, re.Pattern)]
        found += [  # rules listed with their reasons: (("promotion", pattern), ...)
            p
            for rules in vars(module).values()
            if isinstance(rules, tuple)
            for rule in rules
            if isinstance(rule, tuple)
            for p in rule
            if isinstance(p, re.Pattern)
        ]
    return found


PATTERNS = _patterns()
ARTICLES = "\n".join(
    p.read_text(encoding="utf-8") for p in (BUNDLED_CASE / "articles").glob("*.md")
)
PIECES = sorted(set(re.findall(r"\S+\s*", ARTICLES)))
texts = st.lists(
    st.one_of(
        st.sampled_from(PIECES), st.text(alphabet="aAzZ09 .,-–$£“”\"'’()\n\t€%:;!?ſK", max_size=6)
    ),
    max_size=40,
).map("".join)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(texts)
def test_every_rule_finds_the_same_matches_with_the_check(text: str) -> None:
    for pattern in PATTERNS:
        assert _found(with_first_char(pattern), text) == _found(pattern, text), pattern.pattern


def test_the_articles_give_the_same_matches_with_the_check() -> None:
    for pattern in PATTERNS:
        assert _found(with_first_char(pattern), ARTICLES) == _found(pattern, ARTICLES)


def test_the_check_lists_the_characters_a_match_can_start_with() -> None:
    guarded = with_first_char(re.compile(r"\b(?:January|March)\s+\d|(?i:about)\s|\d+%"))
    assert guarded.pattern.startswith(r"(?=[JM\d]|(?i:[a]))")
    assert with_first_char(re.compile(r"(?:x|)y(a)\1")).pattern.startswith("(?=[xy])")


def test_a_pattern_whose_start_is_not_known_is_left_as_it_is() -> None:
    for text in (r"a*", r".b", r"(a)?\1", r"[^a]b", r"\bq?", r"(?i)\bsaid"):
        pattern = re.compile(text)
        assert with_first_char(pattern) is pattern


def test_a_checked_pattern_is_what_re_compiles_from_its_text_with_its_first_characters() -> None:
    for pattern in [*PATTERNS, re.compile(r"(?P<a>\d+)|(?i:x)(?P<b>y)", re.VERBOSE)]:
        checked = with_first_char(pattern)
        again = re.compile(checked.pattern, checked.flags)
        assert (checked.groups, checked.groupindex) == (again.groups, again.groupindex)
        if checked is pattern:
            continue
        source = sre_parse.parse(pattern.pattern, pattern.flags)
        starts, _ = first_char._sequence(source.data, bool(pattern.flags & re.IGNORECASE))
        code = sre_compile._code(sre_parse.parse(checked.pattern, checked.flags), checked.flags)
        code = first_char._skipping_to(
            [int(word) for word in code], first_char._first_characters(starts, pattern.flags)
        )
        indexgroup = [None] * (again.groups + 1)
        for name, index in again.groupindex.items():
            indexgroup[index] = name
        rebuilt = _sre.compile(
            checked.pattern,
            again.flags,
            code,
            again.groups,
            dict(again.groupindex),
            tuple(indexgroup),
        )
        assert checked == rebuilt, pattern.pattern  # the same compiled code


def test_a_search_skips_to_the_first_characters_and_finds_what_the_text_finds() -> None:
    checked = with_first_char(r"\b(?:kelvin|sun)\b", re.IGNORECASE)
    text = "\u212aelvin, SUN, \u017fun, Kelvin and a sundial"
    plain = re.compile(r"\b(?:kelvin|sun)\b", re.IGNORECASE)
    assert (
        checked.findall(text) == plain.findall(text) == ["\u212aelvin", "SUN", "\u017fun", "Kelvin"]
    )
    assert checked != re.compile(checked.pattern, checked.flags)  # its code has the set


def test_a_python_whose_compiler_steps_differ_compiles_the_checked_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object) -> None:
        raise TypeError("compile() takes other arguments")

    monkeypatch.setattr(first_char, "_sre", SimpleNamespace(compile=refuse))
    checked = with_first_char(r"\b(?:Monday|Friday)\b")
    assert checked.pattern == r"(?=[MF])(?:\b(?:Monday|Friday)\b)"
    assert checked.findall("on Friday, not Sunday") == ["Friday"]
