"""Quotations and scare-quoted terms.

Quoted passages are paired within a paragraph: curly double quotes, straight
double quotes, and curly single quotes (a closing ``’`` followed by a letter is
an apostrophe, not a quote mark). Single quotes inside a double-quoted passage
belong to it. An unbalanced mark is skipped. A passage of at most
``TERM_MAX_WORDS`` words that is not a sentence is a term ("PR puppets");
anything longer is a quotation, attributed by ``attribution.py``. Two passages
separated only by a short attribution (``"…," they write. "…"``) are one
quotation with two segments.
"""

from __future__ import annotations

import re

import attrs

from sorabrief.extract.attribution import (
    Attribution,
    attribute,
    interrupting_attribution,
    introduces_quotation,
)
from sorabrief.extract.mentions import PartyMatcher
from sorabrief.extract.sentences import LINE
from sorabrief.findings import Quote, Sentence, Span, Term

TERM_MAX_WORDS = 4
"""Quoted passages this short, without a sentence in them, are terms rather than quotations."""

_CLOSER = {"“": "”", '"': '"', "‘": "’"}
_OPENING_CONTEXT = " \t([{—–-/:"
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S|[.!?]$")
_TRAILING = " \t,;"


@attrs.frozen
class _Passage:
    """The text between a pair of quote marks, trimmed."""

    start: int
    end: int
    text: str
    ends_with_comma: bool

    @property
    def is_short(self) -> bool:
        return len(self.text.split()) <= TERM_MAX_WORDS and not _SENTENCE_INSIDE.search(self.text)


def find_quotes(
    text: str, sentences: tuple[Sentence, ...], parties: PartyMatcher
) -> tuple[tuple[Quote, ...], tuple[Term, ...]]:
    """The quotations and terms of the kept ``text`` (the masked body)."""
    quotes: list[Quote] = []
    terms: list[Term] = []
    for paragraph in LINE.finditer(text):
        passages, nested = _passages(text, paragraph.start(), paragraph.end())
        labels = [p for p in passages if _is_term(text, p, paragraph.start(), paragraph.end())]
        terms.extend(Term(p.text, p.start, p.end) for p in [*nested, *labels] if p.is_short)
        spoken = [p for p in passages if p not in labels]
        quotes.extend(_quotations(text, spoken, sentences, parties))
    return tuple(quotes), tuple(sorted(terms, key=lambda t: t.start))


def _is_term(text: str, passage: _Passage, start: int, end: int) -> bool:
    """A short passage that no speech verb introduces or follows."""
    return passage.is_short and not introduces_quotation(
        text[max(start, passage.start - 40) : passage.start],
        text[passage.end : min(end, passage.end + 80)],
    )


def _passages(text: str, start: int, end: int) -> tuple[list[_Passage], list[_Passage]]:
    """Top-level quoted passages of one paragraph, and single-quoted passages nested in them."""
    top: list[_Passage] = []
    nested: list[_Passage] = []
    i = start
    while i < end:
        mark = text[i]
        close = _closing(text, i, end) if mark in _CLOSER and _can_open(text, i, start) else None
        if close is None:
            i += 1
            continue
        passage = _trimmed(text, i + 1, close)
        if passage is not None:
            top.append(passage)
            if mark != "‘":
                inner, _ = _passages(text, i + 1, close) if "‘" in text[i + 1 : close] else ([], [])
                nested.extend(p for p in inner if text[p.start - 1] == "‘")
        i = close + 1
    return top, nested


def _can_open(text: str, at: int, start: int) -> bool:
    if text[at] == "“":
        return True
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before in _OPENING_CONTEXT or before.isspace()) and not after.isspace()


def _closing(text: str, at: int, end: int) -> int | None:
    """Where the mark opened at ``at`` closes within the paragraph, or None if it never does."""
    mark, closer = text[at], _CLOSER[text[at]]
    j = at + 1
    while j < end:
        ch = text[j]
        if mark == "“" and ch == "“":
            return None
        if ch == closer and (mark != "‘" or not _letter_at(text, j + 1)):
            return j if j > at + 1 else None
        j += 1
    return None


def _letter_at(text: str, at: int) -> bool:
    return at < len(text) and text[at].isalpha()


def _trimmed(text: str, start: int, end: int) -> _Passage | None:
    inner = text[start:end]
    left = len(inner) - len(inner.lstrip())
    right = len(inner.rstrip(_TRAILING))
    if right <= left:
        return None
    ends_with_comma = inner.rstrip().endswith(",")
    return _Passage(start + left, start + right, inner[left:right], ends_with_comma)


_PERSONAL_PRONOUNS = ("he", "she")
_PRONOUN_REACH = 400
"""How far back, in characters, "he" or "she" may refer."""


def _quotations(
    text: str, spoken: list[_Passage], sentences: tuple[Sentence, ...], parties: PartyMatcher
) -> list[Quote]:
    """Join interrupted passages, then attribute each quotation."""
    groups: list[list[_Passage]] = []
    for passage in spoken:
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and previous.ends_with_comma
            and interrupting_attribution(text[previous.end : passage.start], parties) is not None
        ):
            groups[-1].append(passage)
        else:
            groups.append([passage])
    quotes: list[Quote] = []
    last: Attribution | None = None
    previous_end: int | None = None
    for group in groups:
        sentence = _sentence_at(sentences, group[0].start)
        who = attribute(text, group[0].start, group[-1].end, sentence, previous_end, parties)
        if len(group) > 1:
            between = text[group[0].end : group[1].start]
            who = interrupting_attribution(between, parties) or who
        if who.attribution is None and last is not None and who.continues:
            who = attrs.evolve(last, verb=who.verb or last.verb)
        if who.speaker is None:
            who = _speaker_from_context(text, group[0].start, sentence, who, parties)
        quotes.append(_quote(group, who))
        last, previous_end = who, group[-1].end
    return quotes


def _speaker_from_context(
    text: str, start: int, sentence: Span, who: Attribution, parties: PartyMatcher
) -> Attribution:
    """Resolve "he"/"she" to the person last named before the quote in its paragraph, and a
    quote with no attribution to the one person its sentence names before it."""
    if who.attribution and who.attribution.casefold() in _PERSONAL_PRONOUNS:
        paragraph_start = text.rfind("\n\n", 0, start) + 1
        window = text[max(paragraph_start, start - _PRONOUN_REACH) : start]
        return attrs.evolve(who, speaker=parties.last_person(window))
    if who.attribution is None:
        people = parties.people(text[sentence.start : start])
        if len(people) == 1:
            return attrs.evolve(who, speaker=people[0])
    return who


def _sentence_at(sentences: tuple[Sentence, ...], at: int) -> Span:
    for sentence in sentences:
        if sentence.start <= at < sentence.end:
            return Span(sentence.start, sentence.end)
    return Span(at, at)


def _quote(group: list[_Passage], who: Attribution) -> Quote:
    return Quote(
        text=" ".join(p.text for p in group),
        start=group[0].start,
        end=group[-1].end,
        segments=tuple(Span(p.start, p.end) for p in group),
        speaker=who.speaker,
        attribution=who.attribution,
        verb=who.verb,
        via=who.via,
        via_party=who.via_party,
    )
