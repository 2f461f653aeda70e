"""pysbd's English segmenter with the same sentences, without compiling regexes per call.

pysbd 0.3 passes pattern strings to the ``re`` module's functions, and builds some of
them per call (one per abbreviation found in the text, one per sentence to locate it).
Its rules use more distinct patterns than ``re``'s cache of 512 holds, so the cache
churns and most calls compile their pattern again: that was over half of pysbd's time.
Four changes, none of which alters a sentence:

- the ``re`` name inside pysbd's modules is bound to :data:`COMPILED_ONCE`, which hands
  every call to a pattern from a larger cache, compiled the first time only;
- :func:`segment` locates pysbd's sentences in the text with ``str.find``, where pysbd
  compiles ``re.escape(sentence) + r"\\s*"`` for each and searches from the start;
- English's abbreviation replacer makes each of its replacements once per line, where
  pysbd repeats it for every occurrence of the abbreviation, and only for abbreviations
  written before a full stop (:class:`_AbbreviationsOnce`);
- the other steps run through ``pysbd_steps.Processor``, which skips each step that
  cannot change the text.

``tests/test_sentences.py`` checks :func:`segment` against pysbd's own ``segment``.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import ahocorasick_rs
from pysbd.lang.english import English
from pysbd.utils import Text

from sorabrief.extract.pysbd_steps import Processor, stops

_MODULES = (
    "pysbd.abbreviation_replacer",
    "pysbd.between_punctuation",
    "pysbd.exclamation_words",
    "pysbd.lists_item_replacer",
    "pysbd.processor",
    "pysbd.punctuation_replacer",
    "pysbd.utils",
)
"""pysbd's modules that call ``re`` functions with pattern strings."""


@functools.lru_cache(maxsize=8192)
def _compiled(pattern: str | re.Pattern[str], flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


class _CompiledOnce:
    """The ``re`` functions pysbd calls, each on a pattern compiled once; the rest of
    ``re`` (flags, ``escape``) as it is."""

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    def sub(
        self,
        pattern: str,
        repl: str | Callable[..., str],
        string: str,
        count: int = 0,
        flags: int = 0,
    ) -> str:
        return _compiled(pattern, flags).sub(repl, string, count)

    def findall(self, pattern: str, string: str, flags: int = 0) -> list[Any]:
        return _compiled(pattern, flags).findall(string)

    def search(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        return _compiled(pattern, flags).search(string)

    def match(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        return _compiled(pattern, flags).match(string)

    def split(self, pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
        return _compiled(pattern, flags).split(string, maxsplit)

    def finditer(self, pattern: str, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
        return _compiled(pattern, flags).finditer(string)


COMPILED_ONCE = _CompiledOnce()
"""Stands for ``re`` inside pysbd's modules."""

for _name in _MODULES:
    vars(importlib.import_module(_name))["re"] = COMPILED_ONCE


class _AbbreviationsOnce(English.AbbreviationReplacer):  # type: ignore[misc]
    """pysbd's English abbreviation replacer, without its repeated and futile searches.

    For every abbreviation in a line ("a", "no", "Nov"), pysbd finds its occurrences, then
    the character after ``{abbreviation}`` and a space (a pattern that looks for the braces
    themselves, so it only matches where they are written), and for each occurrence it
    substitutes ``∯`` for every full stop its pattern finds after the abbreviation anywhere
    in the line. Here the braces are looked for only when the line holds them, and each
    substitution is made once per line: it depends only on the abbreviation as written and
    on whether the next character is a capital, each pattern matches a full stop, and
    turning full stops into ``∯`` never makes one match that did not, so the same
    substitution made again changes nothing. Every substitution needs the abbreviation
    written as a word that a full stop follows ("Ms." in "Ms. Ruiz"), so an abbreviation
    written only otherwise ("ms" in "claims", "no" without a stop) is not searched for.
    The rules before and after the abbreviations run only where what they need is written.
    """

    text: str

    def replace(self) -> str:
        text = self.text
        if ".'s" in text or "Co." in text or "single capital" in stops(text):
            text = Text(text).apply(
                self.lang.PossessiveAbbreviationRule,
                self.lang.KommanditgesellschaftRule,
                *self.lang.SingleLetterAbbreviationRules.All,
            )
        self.text = "".join(map(self.search_for_abbreviations_in_string, text.splitlines(True)))
        if "between letters" in stops(self.text):
            self.replace_multi_period_abbreviations()
        if "∯" in self.text:
            self.text = Text(self.text).apply(*self.lang.AmPmRules.All)
            self.text = self.replace_abbreviation_as_sentence_boundary()
        return self.text

    def search_for_abbreviations_in_string(self, text: str) -> str:
        made: set[tuple[str, bool]] = set()
        lowered = text.lower()
        for stripped in _abbreviations_before_a_stop(text, lowered):
            found = _compiled(rf"(?:^|\s|\r|\n){stripped}", re.IGNORECASE).findall(text)
            if not found:
                continue
            braced = "{" + stripped + "} "
            after_braces = rf"(?<={{{re.escape(stripped)}}} ).{{1}}"
            after = _compiled(after_braces, 0).findall(text) if braced in text else []
            for index, occurrence in enumerate(found):
                upper = index < len(after) and str(after[index]).isupper()
                if (occurrence.strip(), upper) not in made:
                    made.add((occurrence.strip(), upper))
                    text = self.scan_for_replacements(text, occurrence, index, after)
        return text


English.AbbreviationReplacer = _AbbreviationsOnce

_ABBREVIATIONS = tuple(a.strip() for a in English.Abbreviation.ABBREVIATIONS)
"""pysbd's English abbreviations, in the order it tries them."""
_ABBREVIATION_FINDER = ahocorasick_rs.AhoCorasick(sorted(set(_ABBREVIATIONS)))


_LITERAL = frozenset(a for a in _ABBREVIATIONS if re.escape(a) == a)
"""The abbreviations that pysbd's pattern matches as written (no ``.`` standing for any
character), ignoring case."""
_PATTERNED = frozenset(_ABBREVIATIONS) - _LITERAL
_ORDER = {a: _ABBREVIATIONS.index(a) for a in _ABBREVIATIONS}
"""Each abbreviation's place in pysbd's order, in which they are searched for."""
_FOLDED_APART = frozenset("İıſ")
"""The characters that ``re.IGNORECASE`` matches with an ASCII letter although their
``lower()`` is not that letter."""


def _words_before_a_stop(text: str) -> set[str]:
    """Each word (a run of characters between whitespace) that holds a full stop, in lower
    case, up to its first full stop: "ms" for "Ms.", "u" for "U.S."."""
    words: set[str] = set()
    at = text.find(".")
    word_end = -1
    while at >= 0:
        if at > word_end:
            start = at
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            words.add(text[start:at].lower())
            word_end = at
            while word_end < len(text) and not text[word_end].isspace():
                word_end += 1
        at = text.find(".", at + 1)
    return words


def _abbreviations_before_a_stop(text: str, lowered: str) -> list[str]:
    """The abbreviations pysbd must search ``text`` for, in its order: those written as a
    word before a full stop, and those it matches with a pattern (``e.g``, where ``.`` is
    any character) that occur in the text. With a character whose case folding ``lower()``
    hides, every abbreviation that occurs."""
    if not _FOLDED_APART.isdisjoint(text):
        return _abbreviations_in(lowered)
    found = (_words_before_a_stop(text) & _LITERAL) | {a for a in _PATTERNED if a in lowered}
    return sorted(found, key=_ORDER.__getitem__)


def _abbreviations_in(lowered: str) -> list[str]:
    """The abbreviations that occur in ``lowered``, in pysbd's order."""
    try:
        present = set(_ABBREVIATION_FINDER.find_matches_as_strings(lowered, overlapping=True))
    except UnicodeEncodeError:  # a lone surrogate, which has no UTF-8 form
        return [a for a in _ABBREVIATIONS if a in lowered]
    return [a for a in _ABBREVIATIONS if a in present]


def segment(text: str) -> list[str]:
    """pysbd's ``Segmenter(language="en", clean=False).segment(text)``: its sentences,
    each with the space that follows it, in order."""
    if not text:
        return []
    return list(_located(Processor(text).process(), text))


def _located(sentences: list[str], text: str) -> Iterator[str]:
    """What pysbd's ``sentences_with_char_spans`` keeps: for each sentence, the first of
    its occurrences that ends after the previous sentence kept, with the space after it."""
    prior_end = 0
    for sentence in sentences:
        found = next((s for s in _occurrences(sentence, text) if s[1] > prior_end), None)
        if found is not None:
            yield text[found[0] : found[1]]
            prior_end = found[1]


def _occurrences(sentence: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``re.finditer(re.escape(sentence) + r"\\s*", text)`` matches, as (start, end)."""
    if not sentence:
        yield from (m.span() for m in re.finditer(r"\s*", text))
        return
    at = text.find(sentence)
    while at >= 0:
        end = at + len(sentence)
        while end < len(text) and text[end].isspace():
            end += 1
        yield at, end
        at = text.find(sentence, end)
