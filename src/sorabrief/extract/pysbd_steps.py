"""pysbd's English processing, skipping each step that cannot change the text.

pysbd rewrites a text through some sixty regular-expression rules before it cuts it
into sentences, and tries each rule at every position. In most stretches of prose most
rules find nothing: no list marker for the list rules, no full stop between two letters
for "U.S.", no two full stops for an ellipsis, no quotation mark for the quotation
rules. :class:`Processor` runs pysbd's steps in pysbd's order with pysbd's own code, but
first asks, cheaply, whether a step can match at all: whether a character its patterns
need is there, or whether a full stop or closing bracket stands where they need one.
When it cannot, the step would have returned the text unchanged, so it is skipped and
the sentences are pysbd's. ``tests/test_pysbd_fast.py`` compares them with pysbd's.
"""

from __future__ import annotations

import functools
import itertools
import re
import re._constants as sre
import re._parser as sre_parse
import string
from collections.abc import Callable, Iterable
from typing import Any

import pysbd.between_punctuation
import pysbd.exclamation_words
from pysbd.between_punctuation import BetweenPunctuation
from pysbd.exclamation_words import ExclamationWords
from pysbd.lang.english import English
from pysbd.lists_item_replacer import ListItemReplacer
from pysbd.processor import Processor as PysbdProcessor
from pysbd.punctuation_replacer import replace_punctuation
from pysbd.utils import Rule, Text

_PAIRS = ("!!", "!?", "?!", "??")
"""Two marks together: what pysbd's double and continuous punctuation rules need."""
_WORD_CHARACTERS = frozenset(string.ascii_letters + string.digits + "_")
_CHANGED_BY_REPLACE_PUNCTUATION = frozenset(".。．！!?？'\\")
"""The characters pysbd's ``replace_punctuation`` rewrites: punctuation and the straight
single quote, and a backslash, whose escapes its bracket rules may undo."""
_QUOTATION_MARKS = frozenset("\"'“”")
_ONE_WORD = re.compile(r"\A[a-zA-Z]*\Z")


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _any_at(text: str, mark: str, test: Callable[[str, int], bool]) -> bool:
    """Whether ``test(text, at)`` holds for some position ``at`` of ``mark`` in ``text``."""
    at = text.find(mark)
    while at >= 0:
        if test(text, at):
            return True
        at = text.find(mark, at + 1)
    return False


def _after_space(text: str, at: int) -> bool:
    """Whether ``text[at]`` starts the text or follows whitespace (pysbd's ``^`` or ``\\s``)."""
    return at == 0 or text[at - 1].isspace()


_LOWER = frozenset(string.ascii_lowercase)
_UPPER = frozenset(string.ascii_uppercase)
_LETTERS = frozenset(string.ascii_letters + "İıſ\u212a")
"""What ``[a-z]`` matches when case is ignored (U+212A is the Kelvin sign)."""


@functools.lru_cache(maxsize=16)
def stops(text: str) -> frozenset[str]:
    """What stands around the full stops of ``text``, read in one pass for all the rules
    that look for it:

    - "letter item": a lone lower-case letter before it ("a. first"), a list item;
    - "single capital": a lone capital before it ("J. Smith");
    - "after digit" and "before digit": a digit before it or after it ("3.", "end.12");
    - "before bracket": ``[`` after it ("end.[3]");
    - "after space": whitespace before it (" .pdf", " . . .");
    - "inside word": a letter, digit or ``_`` on either side ("example.com");
    - "between letters": a letter on either side when case is ignored ("U.S.").
    """
    found: set[str] = set()
    at = text.find(".")
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        alone = at < 2 or text[at - 2].isspace()
        if alone and before in _LOWER:
            found.add("letter item")
        if alone and before in _UPPER:
            found.add("single capital")
        if before.isdecimal():
            found.add("after digit")
        if after.isdecimal():
            found.add("before digit")
        if after == "[":
            found.add("before bracket")
        if before.isspace():
            found.add("after space")
        if before in _WORD_CHARACTERS and after in _WORD_CHARACTERS:
            found.add("inside word")
        if before in _LETTERS and after in _LETTERS:
            found.add("between letters")
        at = text.find(".", at + 1)
    return frozenset(found)


def _letters_in_brackets(text: str, at: int) -> bool:
    """Lower-case letters before the bracket at ``at``, after a space, ``(`` or the start
    ("a) first", "(iv) fourth"): a list item."""
    start = at
    while start > 0 and text[start - 1] in _LOWER:
        start -= 1
    return start < at and (_after_space(text, start) or text[start - 1] == "(")


def _letter_items(text: str) -> bool:
    """Whether the text may hold a list item marked by a letter or a Roman numeral."""
    return "letter item" in stops(text) or _any_at(text, ")", _letters_in_brackets)


def _numbered_in_brackets(text: str) -> bool:
    """Whether pysbd may read items numbered "1)", "2)" as a list: two of them, one after
    the other, are numbered in sequence (or 9 and 0)."""
    if not _any_at(text, ")", _after_digit):
        return False
    numbers = [int(n) for n in _NUMBERED_IN_BRACKETS.findall(text)]
    return any(b == a + 1 or {a, b} == {0, 9} for a, b in itertools.pairwise(numbers))


_NUMBERED_IN_BRACKETS = re.compile(ListItemReplacer.NUMBERED_LIST_PARENS_REGEX)


def _after_digit(text: str, at: int) -> bool:
    return at > 0 and text[at - 1].isdecimal()


def _ellipsis(text: str) -> bool:
    """Whether pysbd's ellipsis rules may match: two full stops together, or a full stop
    after whitespace (" . . .")."""
    return ".." in text or "after space" in stops(text)


def _literal(pattern: str) -> str:
    """The text a pattern of plain characters matches."""
    items = sre_parse.parse(pattern).data
    if any(op is not sre.LITERAL for op, _ in items):
        raise ValueError(f"not a plain pattern: {pattern!r}")
    return "".join(chr(value) for _, value in items)


def _literal_rules(text: str, rules: Iterable[Rule]) -> str:
    """``Text(text).apply(*rules)`` for rules that replace plain text, skipping each one
    whose text is absent."""
    if _LITERAL_CHARACTERS.isdisjoint(text):
        return text
    for rule in rules:
        if _LITERALS[rule.pattern] in text:
            text = _compiled(rule.pattern).sub(rule.replacement, text)
    return text


_LITERALS = {
    rule.pattern: _literal(rule.pattern)
    for rule in (
        *English.SubSymbolsRules.All,
        *English.ReinsertEllipsisRules.All,
        English.SubSingleQuoteRule,
    )
}


_LITERAL_CHARACTERS = frozenset("".join(_LITERALS.values()))
"""Every character of those plain patterns: a text with none of them holds none of them."""


def guarded_replace_punctuation(match: re.Match[str], match_type: str | None = None) -> str:
    """pysbd's ``replace_punctuation``, which returns a quotation or bracket with no
    punctuation, quote mark or backslash in it as it is."""
    if _CHANGED_BY_REPLACE_PUNCTUATION.isdisjoint(match.group()):
        return match.group()
    result: str = replace_punctuation(match, match_type)
    return result


PUNCTUATION_MODULES = (pysbd.between_punctuation, pysbd.exclamation_words)
"""pysbd's modules whose ``replace_punctuation`` is :func:`guarded_replace_punctuation`."""
for _module in PUNCTUATION_MODULES:
    vars(_module)["replace_punctuation"] = guarded_replace_punctuation


class _BetweenPunctuation(BetweenPunctuation):  # type: ignore[misc]
    """pysbd's replacements inside quotations and brackets, each made only where its
    opening mark is written."""

    def sub_punctuation_between_quotes_and_parens(self, txt: str) -> str:
        steps: tuple[tuple[str, Callable[[str], str]], ...] = (
            ("'", self.sub_punctuation_between_single_quotes),
            ("‘", self.sub_punctuation_between_single_quote_slanted),
            ('"', self.sub_punctuation_between_double_quotes),
            ("[", self.sub_punctuation_between_square_brackets),
            ("(", self.sub_punctuation_between_parens),
            ("«", self.sub_punctuation_between_quotes_arrow),
            ("--", self.sub_punctuation_between_em_dashes),
            ("“", self.sub_punctuation_between_quotes_slanted),
        )
        for opening, step in steps:
            if opening in txt:
                txt = step(txt)
        return txt


def _list_items(text: str) -> str:
    """``ListItemReplacer(text).add_line_break()``, each of its four steps only where the
    text holds a list marker of its kind."""
    items = ListItemReplacer(text)
    if _letter_items(items.text):
        items.format_alphabetical_lists()
    if _letter_items(items.text):
        items.format_roman_numeral_lists()
    if "♨" in items.text or "after digit" in stops(items.text):
        items.format_numbered_list_with_periods()
    if "☝" in items.text or _numbered_in_brackets(items.text):
        items.format_numbered_list_with_parens()
    return str(items.text)


class Processor(PysbdProcessor):  # type: ignore[misc]
    """pysbd's processor for English, skipping the steps that cannot change the text."""

    text: str

    def __init__(self, text: str) -> None:
        super().__init__(text, English)

    def process(self) -> Any:
        if not self.text:
            return self.text
        self.text = _list_items(self.text.replace("\n", "\r"))
        self.replace_abbreviations()
        if not stops(self.text).isdisjoint(("after digit", "before digit")):
            self.replace_numbers()
        if any(pair in self.text for pair in _PAIRS):
            self.replace_continuous_punctuation()
        if "∯" in self.text or not stops(self.text).isdisjoint(("before digit", "before bracket")):
            self.replace_periods_before_numeric_references()
        if "°" in self.text or not stops(self.text).isdisjoint(("inside word", "after space")):
            self.text = Text(self.text).apply(
                self.lang.Abbreviation.WithMultiplePeriodsAndEmailRule,
                self.lang.GeoLocationRule,
                self.lang.FileFormatRule,
            )
        return self.split_into_segments()

    def split_into_segments(self) -> list[str]:
        if "(" in self.text and ('"' in self.text or "”" in self.text):
            self.check_for_parens_between_quotes()
        sents = self.rm_none_flatten(self.text.split("\r"))
        sents = [
            Text(s).apply(self.lang.SingleNewLineRule, *self.lang.EllipsisRules.All)
            if "\n" in s or _ellipsis(s)
            else s
            for s in sents
        ]
        sents = self.rm_none_flatten([self.check_for_punctuation(s) for s in sents])
        found: list[str] = []
        for sent in sents:
            processed = self.post_process_segments(
                _literal_rules(sent, self.lang.SubSymbolsRules.All)
            )
            if processed and isinstance(processed, str):
                found.append(processed)
            elif isinstance(processed, list):
                found.extend(processed)
        return [_literal_rules(s, (self.lang.SubSingleQuoteRule,)) for s in found]

    def post_process_segments(self, txt: str) -> Any:
        if len(txt) > 2 and _ONE_WORD.search(txt):
            return txt
        txt = _literal_rules(txt, self.lang.ReinsertEllipsisRules.All)
        if not _QUOTATION_MARKS.isdisjoint(txt) and _compiled(
            self.lang.QUOTATION_AT_END_OF_SENTENCE_REGEX
        ).search(txt):
            return _compiled(self.lang.SPLIT_SPACE_QUOTATION_AT_END_OF_SENTENCE_REGEX).split(txt)
        return txt.replace("\n", "").strip()

    def process_text(self, txt: str) -> Any:
        if txt[-1] not in self.lang.Punctuations:
            txt += "ȸ"
        if "!" in txt or "ǃ" in txt:
            txt = ExclamationWords.apply_rules(txt)
        txt = self.between_punctuation(txt)
        if any(pair in txt for pair in _PAIRS) and not _compiled(
            self.lang.DoublePunctuationRules.DoublePunctuation
        ).match(txt):
            txt = Text(txt).apply(*self.lang.DoublePunctuationRules.All)
        if "?" in txt or "!" in txt:
            txt = Text(txt).apply(
                self.lang.QuestionMarkInQuotationRule, *self.lang.ExclamationPointRules.All
            )
        if "(" in txt:
            txt = ListItemReplacer(txt).replace_parens()
        return self.sentence_boundary_punctuation(txt)

    def between_punctuation_processor(self, txt: str) -> BetweenPunctuation:
        return _BetweenPunctuation(txt)
