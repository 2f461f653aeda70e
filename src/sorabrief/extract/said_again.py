"""Words quoted again in one article: a headline or pull quote over the story.

An unattributed quotation whose words lie inside an attributed one takes its speaker; a
quotation standing in a headline or subheading takes it even when a sentence near it
seemed to attribute it, and also when an attributed quotation of three words or more
quotes part of it (a headline quoting a whole sentence the story quotes in part); and a
term that is a whole attributed quotation (``slam ‘fiasco’`` over ``branded the closure a
“fiasco”``) is that quotation once more; so is a headline's or subheading's quoted phrase of
three words or more found inside one, whole or shortened by a few words ("we got the figures
wrong" over "We got some of the figures wrong").
"""

from __future__ import annotations

import functools
import re

import attrs

from sorabrief.extract.headings import heading_line
from sorabrief.findings import Quote, Span, Term

_WORD = re.compile(r"\w+")
_REPEAT_KEY_WORDS = 3
"""How many opening words index a quotation that may be quoted again."""


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.casefold()))


def _said_elsewhere(text: str, quote: Quote) -> bool:
    """Whether a heading's quotation is attributed to someone its own line does not name
    (a sentence near it seemed to say it), so the story's quotation may settle who said it."""
    line = heading_line(text, quote.start, quote.end)
    said = quote.attribution or ""
    return line is not None and (not said or said not in text[line[0] : line[1]])


def _in_heading(text: str, term: Term | Quote) -> bool:
    """Whether a term stands in a short line that is no sentence: a headline or subheading."""
    return heading_line(text, term.start, term.end) is not None


def said_again(
    text: str, quotes: list[Quote], terms: list[Term]
) -> tuple[tuple[Quote, ...], tuple[Term, ...]]:
    """Words quoted again elsewhere in the article (a headline, a pull quote) are the words of
    whoever the article attributes them to: an unattributed quotation found inside an
    attributed one takes its speaker, and a term that is a whole attributed quotation, or
    a heading's quoted words found inside one, is that quotation once more."""
    attributed = [(_words(q.text), q) for q in quotes if q.speaker or q.attribution]
    whole: dict[tuple[str, ...], Quote] = {}
    for words, quote in attributed:
        whole.setdefault(words, quote)

    @functools.cache
    def inside() -> _Runs:
        return _runs(attributed)

    kept_terms = []
    for term in terms:
        words = _words(term.text)
        same = whole.get(words)
        if same is None and len(words) >= _REPEAT_KEY_WORDS and _in_heading(text, term):
            same = _shortened_from(words, inside())
        if same is None:
            kept_terms.append(term)
            continue
        span = (Span(term.start, term.end),)
        quotes.append(
            attrs.evolve(same, text=term.text, start=term.start, end=term.end, segments=span)
        )
    for i, quote in enumerate(quotes):
        words = _words(quote.text)
        heading = len(words) >= _REPEAT_KEY_WORDS and _in_heading(text, quote)
        attributed_here = quote.speaker or quote.attribution
        if not words or (attributed_here and not (heading and _said_elsewhere(text, quote))):
            continue
        candidates = inside().get(words[:_REPEAT_KEY_WORDS], [])
        source = next((q for w, q in candidates if q is not quote and _contains(w, words)), None)
        if source is None and heading:
            source = _shortened_from(words, inside(), quote) or _quoted_in_part(
                words, attributed, quote
            )
        if source is not None:
            quotes[i] = attrs.evolve(
                quote, speaker=source.speaker, attribution=source.attribution, verb=source.verb
            )
    return tuple(sorted(quotes, key=lambda q: q.start)), tuple(kept_terms)


_Runs = dict[tuple[str, ...], list[tuple[tuple[str, ...], Quote]]]
"""Attributed quotations by each run of one to ``_REPEAT_KEY_WORDS`` of their words."""


def _runs(attributed: list[tuple[tuple[str, ...], Quote]]) -> _Runs:
    """Index the attributed quotations (with their words) by their short runs of words;
    built only when an unattributed quotation or a heading's term is looked up."""
    inside: _Runs = {}
    for words, quote in attributed:
        for i in range(len(words)):
            for n in range(1, _REPEAT_KEY_WORDS + 1):
                if i + n <= len(words):
                    inside.setdefault(words[i : i + n], []).append((words, quote))
    return inside


def _shortened_from(
    words: tuple[str, ...], inside: _Runs, quote: Quote | None = None
) -> Quote | None:
    """The attributed quotation (other than ``quote``) a heading's quoted words come from,
    whole or shortened."""
    candidates = inside.get(words[:1], [])
    return next((q for w, q in candidates if q is not quote and _contains_loosely(w, words)), None)


def _quoted_in_part(
    words: tuple[str, ...], attributed: list[tuple[tuple[str, ...], Quote]], quote: Quote
) -> Quote | None:
    """The attributed quotation of three words or more that quotes part of a heading's
    quotation (a headline "We're down to pencils" over a story quoting "down to pencils")."""
    return next(
        (
            q
            for w, q in attributed
            if q is not quote and len(w) >= _REPEAT_KEY_WORDS and _contains(words, w)
        ),
        None,
    )


_HEADLINE_GAP = 3
"""How many words a headline may leave out of the quotation it shortens."""


def _contains_loosely(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` is in ``words`` in order, with at most ``_HEADLINE_GAP`` words of
    ``words`` left out between its first and last word (a headline shortening a quotation:
    "we got the figures wrong" over "We got some of the figures wrong")."""
    for start in (i for i, word in enumerate(words) if word == part[0]):
        at, found = start + 1, 1
        limit = start + len(part) + _HEADLINE_GAP
        while found < len(part) and at < min(limit, len(words)):
            if words[at] == part[found]:
                found += 1
            at += 1
        if found == len(part):
            return True
    return False


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` is a run of consecutive words of ``words``."""
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))
