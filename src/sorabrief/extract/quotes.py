"""Quotations and scare-quoted terms.

Quoted passages are paired within a paragraph: curly and straight double
quotes, and curly and straight single quotes (UK style). A single closing mark
followed by a letter is an apostrophe (``don't``); one that looks like a plural
possessive (``the workers’ union``) closes only if no later mark can. Quotes of
the other kind inside a passage belong to it, and short ones are also terms.

A passage that never closes, followed by a paragraph that opens with a quote
mark, runs on into it: the journalistic convention for a quotation over several
paragraphs, where each paragraph reopens the quotation and only the last closes
it. It is one quotation with a segment per paragraph.

A passage of at most ``TERM_MAX_WORDS`` words that is not a sentence is a term
("PR puppets") unless a speech verb introduces or follows it, or a reporting
verb earlier in its sentence makes it a partial quotation (``said most artists
were “excited about being involved”``, ``warned that a “serious failure” …``,
``branded the plan a “fiasco”``, ``insisting it was a “minor” fault``, ``said the team
regarded the pipe as “the likely cause”``); a
passage after "like", "as", "so-called" or a possessive or demonstrative stays a term. Two passages separated only by a
short attribution (``"…," they write. "…"``) are one quotation with two
segments. Speakers come from ``attribution.py``, pronouns from ``pronouns.py``.

A short passage is also a term when a name or title is given right before it ("known
locally as the “…”", "known to locals as “…”", "a memo headed “…”", "have a word for it:
“…”"), when it is a proper name given to something ("call the ridge path “the Needle”";
"called the plan “a shambles”" stays a partial quotation) or when its capitalised words stand between a
determiner and a noun ("under the “Fair Start” scheme"); a headline's quotation followed by a
colon and a party ("‘…’: union demands inquiry") is that party's. Words quoted again (a
headline, a pull quote) take the speaker of what they repeat: ``said_again.py``.
"""

from __future__ import annotations

import bisect
import itertools
import re

import attrs

from sorabrief.extract.attribution import (
    Attribution,
    headline_subject,
    interrupting_attribution,
    introduces_quotation,
)
from sorabrief.extract.mentions import PartyMatcher
from sorabrief.extract.said_again import said_again
from sorabrief.extract.sentences import LINE
from sorabrief.extract.speakers import Group, attribute_groups
from sorabrief.findings import Quote, Sentence, Span, Term

TERM_MAX_WORDS = 4
"""Quoted passages this short, without a sentence in them, are terms rather than quotations."""

_CLOSER = {"“": "”", "«": "»", '"': '"', "‘": "’", "'": "'"}
_QUOTE_MARK = re.compile("[“«\"‘']")
"""A mark that may open a quoted passage."""
_ENDS = {
    mark: re.compile(f"[{re.escape(closer)}{re.escape(mark) if mark in '“«' else ''}]")
    for mark, closer in _CLOSER.items()
}
"""For each opening mark, the marks that end its passage: its closing mark, and for “ and « a
second opening mark, before which the first one never closes."""
_SINGLE = frozenset("‘'")
_OPENING_CONTEXT = " \t([{—–-/:"
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S|[.!?]$")
_TRAILING = " \t,;"
_SENTENCE_END = (".", "?", "!", "\u2026", ":")
"""Marks that end a passage's last sentence."""
_REPORTING = re.compile(
    r"\b(?:said|says|say|saying|told|tells|wrote|writes|argued|argues|argue|claimed|claims"
    r"|claiming|insisted|insists|added|adds|explained|explains|reported|reports|stated|states"
    r"|warned|warns|stressed|noted|notes|believes|believed|described|describing|characteri[sz]ed"
    r"|dismissed|denounced|acknowledged|admitted|conceded|called|calling|describes|branded"
    r"|labell?ed|dubbed|insisting|arguing|adding|noting)\b"
)
_ACCUSING = re.compile(
    r"\b(?:accused|accuses|accusing|alleged|alleges|alleging|complained|complains|complaining)\b"
)
"""A reported charge: its sentence's short passages are the accuser's words ("accused the
firm of using netting that burned “like a torch”"), except the name of the charge itself."""
_CHARGE = re.compile(r"\b(?:of|about)\s+(?:[\w’'-]+,?\s+){0,3}$")
"""A passage that names what is charged ("accused the firm of greed and “art washing”")."""
_DESCRIBED_AS = re.compile(
    r"\b(?:described|describes|describing|characteri[sz]e[sd]|dismisse[sd]|denounce[sd]|advertised|marketed|billed"
    r"|touted|promoted|presented)\b[^.!?]{0,80}\bas(?:\s+(?:an?|the))?\s*$"
)
"""A speaker's own words after "described … as" are a quotation, not a label."""
_JUDGED_AS = re.compile(
    r"\b(?:regard|regards|regarded|view|views|viewed|consider|considers|considered|treat|treats"
    r"|treated|see|sees|saw)\b[^.!?]{0,80}\bas\s*$"
)
"""A judgement reported after a speech verb ("said the team regarded the pipe as “…”") is
the speaker's words."""
_NAMING_BEFORE = re.compile(
    r"\b(?:so-called|called|dubbed|named|titled|entitled|headed|captioned|termed|branded"
    r"|labell?ed|nicknamed"
    r"|known\s+(?:(?:to|by|among)\s+(?:[\w'’-]+\s+){1,3})?(?:\w+ly\s+)?as(?:\s+the)?"
    r"|slogan|motto|tagline|hashtag|headline|banner|catchphrase"
    r"|(?:a|the|their|its|our|his|her)\s+(?:own\s+)?(?:name|word|term|phrase|nickname)\s+for"
    r"(?:\s+(?:it|this|that|them|these|those))?\s*:)\s*$",
    re.IGNORECASE,
)
"""A name or title given right before a quoted passage ("branded “Flex Pay”", "the slogan
“…”", "known locally as the “…”", "known to locals as “…”", "a memo headed “…”", "have a
word for it: “…”"): a term, whatever follows."""
_CLAUSE_OPENING = re.compile(
    r"(?i:as|when|while|because|after|before|until|unless|if|since|once|in|on|at|by|with"
    r"|without|for|from|to)\b"
)
"""Quoted words that open with a conjunction or a preposition ("as soon as it was safe") are
a clause or a phrase, never the name given to something."""
_JUDGED_BY = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|[A-Z][\w’'-]+)\s+(?:called|dubbed|branded|labell?ed"
    r"|termed)\s*(?:it|them|this|that|him|her)?\s*$"
)
"""Someone named right before "called" ("a sum Ms Ruiz called “an insult”", "she branded it
“…”"): a judgement they spoke, not a name given, when the quoted words are lower case."""
_CALLED_SOMETHING = re.compile(
    r"\b(?:call|calls|called|calling|nickname[sd]?|dub|dubs|dubbed|christen(?:s|ed)?)"
    r"(?:\s+[\w'’-]+,?){1,5}\s*$",
    re.IGNORECASE,
)
"""A name given to something named between the verb and the passage ("call the ridge path
“the Needle”"); whether the passage is a name is decided by its capitals."""
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*|the|The|of|and|de|la|del")
"""A word of a proper name: capitalised, or an article or joining word inside one."""
_NAME_BEFORE_NOUN = re.compile(
    r"\s+(?!(?:for|to|of|in|on|at|and|or|but|nor|with|by|from|as|than|that|which|who|whose|was"
    r"|were|is|are|be|been|has|had|have|will|would|could|should|may|might|must|can|did|does|do"
    r"|said|says|after|before|because|if|when|while|so)\b)[a-z][a-z-]+\b"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|its|their|his|her|our)\s*$", re.IGNORECASE)
"""A passage in capitalised words between a determiner and a noun ("the “Fair Start” scheme")
is a name used as a modifier: a term, not someone's words."""
_ARTICLE_BEFORE = re.compile(r"\ban?\s*$", re.IGNORECASE)
"""After "a", quoted words of any case before a noun name a kind of that noun ("a “pay as
you go” scheme"): a compound modifier, not someone's words."""
_NOUN_CLOSING = re.compile(
    r"\s+[a-z][a-z-]*(?<!ed)(?=\s*[,.;:)]|\s+(?:in|of|to|for|that|which|where|with|and|or)\b)"
)
"""One noun that closes its noun phrase ("a “pay as you go” scheme, which …"), not a verb
after a noun phrase the quotation holds whole ("a “loose setting” exposed it")."""
_MAX_NAME_WORDS = 10
_LABEL_BEFORE = re.compile(
    r"\b(?:(?:like|as|so-called|called|dubbed|named|titled|termed|branded|labell?ed|nicknamed)"
    r"(?:\s+(?:the|an?))?|their|its|his|her|our|my|your|this|these|those)\s*$",
    re.IGNORECASE,
)


@attrs.frozen
class _Passage:
    """The text between a pair of quote marks, trimmed."""

    opener: int
    start: int
    end: int
    text: str
    ends_with_comma: bool

    @property
    def is_short(self) -> bool:
        return self.at_most_words(TERM_MAX_WORDS) and not _SENTENCE_INSIDE.search(self.text)

    def at_most_words(self, most: int) -> bool:
        """Whether it has at most ``most`` words, not counting lone punctuation such as a
        dash; a long quotation's words are counted only as far as ``most`` and one more."""
        tokens = self.text.split()
        if len(tokens) <= most:
            return True
        words = (token for token in tokens if any(c.isalnum() for c in token))
        return next(itertools.islice(words, most, None), None) is None


@attrs.frozen
class _Paragraph:
    start: int
    end: int
    opens_at: int
    """Where its first character that is not white space is."""
    top: list[_Passage]
    nested: list[_Passage]
    tail: _Passage | None
    """A passage that does not close before the end of the paragraph."""


@attrs.frozen
class _Group:
    """The passages of one quotation, and the paragraphs (by index) it starts and ends in."""

    passages: list[_Passage]
    first: int
    last: int


def find_quotes(
    text: str, sentences: tuple[Sentence, ...], parties: PartyMatcher
) -> tuple[tuple[Quote, ...], tuple[Term, ...]]:
    """The quotations and terms of the kept ``text`` (the masked body)."""
    paragraphs = [
        _paragraph(text, m.start(), m.end()) for m in LINE.finditer(text) if m.group().strip()
    ]
    groups: list[_Group] = []
    terms: list[_Passage] = []
    pending: list[_Passage] = []
    pending_from = 0
    for index, paragraph in enumerate(paragraphs):
        top = list(paragraph.top)
        continued: _Group | None = None
        if pending:
            if top and top[0].opener == paragraph.opens_at:
                continued = _Group([*pending, top.pop(0)], pending_from, index)
            elif not top and paragraph.tail and paragraph.tail.opener == paragraph.opens_at:
                pending.append(paragraph.tail)
                terms.extend(p for p in paragraph.nested if p.is_short)
                continue
            pending = []
        terms.extend(p for p in paragraph.nested if p.is_short)
        spoken = []
        for passage in top:
            if _is_term(text, passage, sentences, paragraph) and not headline_subject(
                text, passage.start, passage.end, parties
            ):
                terms.append(passage)
            else:
                spoken.append(passage)
        joined = _joined(text, continued, spoken, index, parties)
        if paragraph.tail is not None:
            pending, pending_from = [paragraph.tail], index
            if joined and _interrupts(text, joined[-1].passages[-1], paragraph.tail, parties):
                last = joined.pop()
                pending, pending_from = [*last.passages, paragraph.tail], last.first
        groups.extend(joined)
    quoted = [Span(p.opener, p.end) for g in groups for p in g.passages]
    quoted += [Span(p.opener, p.end) for p in terms]
    spans = [Span(p.start, p.end) for p in paragraphs]
    found = [
        Group(tuple(Span(p.start, p.end) for p in g.passages), g.first, g.last) for g in groups
    ]
    who = attribute_groups(text, found, sentences, spans, quoted, parties)
    quotes = [_quote(group, w) for group, w in zip(groups, who, strict=True)]
    found_terms = sorted({(p.start, p.end, p.text) for p in terms})
    return said_again(text, quotes, [Term(t, s, e) for s, e, t in found_terms])


def _paragraph(text: str, start: int, end: int) -> _Paragraph:
    top, nested, tail = _passages(text, start, end)
    line = text[start:end]
    return _Paragraph(start, end, end - len(line.lstrip()), top, nested, tail)


def _joined(
    text: str, continued: _Group | None, spoken: list[_Passage], index: int, parties: PartyMatcher
) -> list[_Group]:
    """Passages of one paragraph grouped into quotations: an interrupted one is one group."""
    groups = [continued] if continued else []
    for passage in spoken:
        previous = groups[-1].passages[-1] if groups else None
        if previous is not None and _interrupts(text, previous, passage, parties):
            groups[-1] = _Group([*groups[-1].passages, passage], groups[-1].first, index)
        else:
            groups.append(_Group([passage], index, index))
    return groups


def _interrupts(text: str, previous: _Passage, passage: _Passage, parties: PartyMatcher) -> bool:
    """Whether only an attribution stands between two passages (``"…," she said. "…``)."""
    return (
        previous.ends_with_comma
        and interrupting_attribution(text[previous.end : passage.start], 0, parties) is not None
    )


def _is_term(
    text: str, passage: _Passage, sentences: tuple[Sentence, ...], paragraph: _Paragraph
) -> bool:
    """A short passage that no speech verb introduces, follows or reports, or a name given."""
    before = text[max(paragraph.start, passage.opener - 40) : passage.opener]
    if (
        _NAMING_BEFORE.search(before)
        and passage.at_most_words(_MAX_NAME_WORDS)
        and not _CLAUSE_OPENING.match(passage.text)
        and not (_JUDGED_BY.search(before) and passage.text[:1].islower())
    ):
        return True
    if _CALLED_SOMETHING.search(before) and _is_proper_name(passage.text):
        return True
    if not passage.is_short:
        return False
    after = text[passage.end : min(paragraph.end, passage.end + 80)]
    if _names_a_thing(passage, before, after):
        return True
    at = bisect.bisect_left(sentences, passage.opener + 1, key=lambda s: s.start) - 1
    sentence_start = sentences[at].start if at >= 0 else paragraph.start
    reported = text[max(sentence_start, paragraph.start) : passage.opener]
    if _DESCRIBED_AS.search(reported) or (
        _JUDGED_AS.search(reported) and _REPORTING.search(reported)
    ):
        return False
    if introduces_quotation(before, after):
        return False
    accusing = _ACCUSING.search(reported) and not _CHARGE.search(reported)
    judged = _JUDGED_BY.search(reported) is not None and passage.text[:1].islower()
    labelled = _LABEL_BEFORE.search(reported) is not None and not judged
    return not ((_REPORTING.search(reported) or accusing) and not labelled)


def _is_proper_name(text: str) -> bool:
    """Whether quoted words are a proper name ("the Needle", "Old Grey Mare"): short, with
    a capital, every word capitalised or joining, and no sentence inside (a closing full
    stop aside)."""
    words = text.rstrip(".,").split()
    return (
        0 < len(words) <= TERM_MAX_WORDS
        and any(w[:1].isupper() for w in words)
        and all(_NAME_WORD.fullmatch(w) for w in words)
    )


def _names_a_thing(passage: _Passage, before: str, after: str) -> bool:
    """Capitalised words set between a determiner and a lower-case noun ("under the “Fair
    Start” scheme"): the name of a thing, not a quotation."""
    words = passage.text.split()
    capitalised = all(w[:1].isupper() for w in words if w[:1].isalpha())
    return (
        len(words) >= 2
        and _DETERMINER_BEFORE.search(before) is not None
        and _NAME_BEFORE_NOUN.match(_after_mark(after)) is not None
        and (
            capitalised
            or (
                _ARTICLE_BEFORE.search(before) is not None
                and _NOUN_CLOSING.match(_after_mark(after)) is not None
            )
        )
    )


def _after_mark(after: str) -> str:
    """What follows a passage once its closing quote mark is passed."""
    return after.lstrip("”»\"’'")


def _passages(
    text: str, start: int, end: int
) -> tuple[list[_Passage], list[_Passage], _Passage | None]:
    """Top-level quoted passages of one paragraph, passages nested in them, and an unclosed tail."""
    top: list[_Passage] = []
    nested: list[_Passage] = []
    i = start
    while (found := _QUOTE_MARK.search(text, i, end)) is not None:
        i = found.start()
        mark = text[i]
        if not _can_open(text, i, start):
            i += 1
            continue
        close = _closing(text, i, end)
        if close is None:
            return top, nested, _trimmed(text, i, end)
        passage = _trimmed(text, i, close)
        if passage is not None:
            top.append(passage)
            inner, _, _ = _passages(text, i + 1, close)
            nested.extend(p for p in inner if (text[p.opener] in _SINGLE) != (mark in _SINGLE))
        i = close + 1
    return top, nested, None


def _can_open(text: str, at: int, start: int) -> bool:
    if text[at] in "“«":
        return True
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if text[at] in _SINGLE and after.isdigit():
        return False
    return (before in _OPENING_CONTEXT or before.isspace()) and not after.isspace()


def _closing(text: str, at: int, end: int) -> int | None:
    """Where the mark opened at ``at`` closes within the paragraph, or None if it never does."""
    mark = text[at]
    possessive: int | None = None
    for found in _ENDS[mark].finditer(text, at + 1, end):
        j = found.start()
        if text[j] == mark and mark in "“«":
            return None
        if j == at + 1:
            continue
        if mark not in _SINGLE:
            return j
        if _letter_at(text, j + 1) or text[j - 1].isspace():
            continue
        if _looks_possessive(text, j, end):
            possessive = j if possessive is None else possessive
            continue
        return j
    return possessive


def _looks_possessive(text: str, at: int, end: int) -> bool:
    """``workers’ union``: an s, the mark, a space and a lower-case word."""
    follows = text[at + 1 : min(end, at + 3)]
    return text[at - 1] in "sS" and len(follows) == 2 and follows[0] == " " and follows[1].islower()


def _letter_at(text: str, at: int) -> bool:
    return at < len(text) and text[at].isalpha()


def _trimmed(text: str, opener: int, end: int) -> _Passage | None:
    start = opener + 1
    inner = text[start:end]
    left = len(inner) - len(inner.lstrip())
    right = len(inner.rstrip(_TRAILING))
    if right <= left:
        return None
    body = inner[left:right]
    if text[opener] in _SINGLE and sum(c.isalnum() for c in body) < 2:
        return None
    ends_with_comma = inner.rstrip().endswith(",") or text[end + 1 : end + 2] == ","
    return _Passage(opener, start + left, start + right, body, ends_with_comma)


def _quote(group: _Group, who: Attribution) -> Quote:
    return Quote(
        text=joined_passages([p.text for p in group.passages]),
        start=group.passages[0].start,
        end=group.passages[-1].end,
        segments=tuple(Span(p.start, p.end) for p in group.passages),
        speaker=who.speaker,
        attribution=who.attribution,
        verb=who.verb,
        via=who.via,
        via_party=who.via_party,
    )


ELIDED = " \u2026 "
"""Stands between two passages where the left-out attribution ended a sentence."""


def joined_passages(texts: list[str]) -> str:
    """The passages of one quotation as one text.

    A passage that opens a new sentence after one that did not end it (``"…trains," she
    said. "We will…"``) is joined by an ellipsis, so the sentences do not run on;
    otherwise a single space joins them.
    """
    joined = texts[0]
    for text in texts[1:]:
        opens_sentence = text[:1].isupper() and not joined.endswith(_SENTENCE_END)
        joined += (ELIDED if opens_sentence else " ") + text
    return joined
