"""Speakers found in what the text reports around a quotation, not in its attribution.

- A "he" or "she" after a quotation that opens its paragraph is the person the paragraph
  before reports as speaking ("Jo Bell, who runs the shop, said …"), not someone named
  inside what they said ("… would take it to the ombudsman").
- A subject with its noun left out ("The first, sent on Sunday, read “…”") stands for the
  messages its paragraph just said someone sent ("three texts from the council").
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from sorabrief.extract.attribution import DOCUMENT, Attribution, reported_speaker
from sorabrief.extract.mentions import PartyMatcher
from sorabrief.extract.pronouns import Referents, full_name, looks_like_a_name
from sorabrief.findings import Span
from sorabrief.model import PartyKind

PERSONAL = frozenset({"he", "she"})
ELLIPTICAL = re.compile(
    r"(?i:(?:the\s+)?(?:first|second|third|last|latest|most\s+recent|newest|earliest|next|final)"
    r"|another|one)"
)
"""A subject with its noun left out ("The first", "The most recent")."""
_SENT_FROM = re.compile(
    r"\b(?i:messages?|texts?|letters?|e-?mails?|notices?|statements?|alerts?|updates?|posts?"
    r"|notes?|warnings?|notifications?)\s+from\s+"
    r"(?P<who>(?:the\s+)?[\w’'&.-]+(?:\s+[A-Z][\w’'&.-]*){0,4})"
)
"""Messages someone sent ("three text messages from the council")."""
_SENT_FROM_REACH = 600
"""How far back, in characters, the messages a left-out noun stands for are looked for."""

_DESCRIBED = re.compile(r"(?i:an?|one)\s+[\w’'-]+(?:\s+[\w’'-]+){0,7}")
"""Someone described instead of named ("a dispatcher", "One nurse at the clinic"): a "he" or
"she" after their report is them."""
PronounResolver = Callable[[Attribution, str, int, int], Attribution]
"""Resolves a pronoun attribution written at a place, in a paragraph (by index)."""


def reporter_before(
    text: str,
    index: int,
    paragraphs: list[Span],
    parties: PartyMatcher,
    last: Attribution | None,
    resolve: PronounResolver,
) -> Attribution | None:
    """The person the paragraph before paragraph ``index`` reports as speaking: the previous
    quotation's speaker when its attribution is written there and is a person, else the
    subject of that paragraph's last speech verb when it is a person; else None."""
    if index == 0:
        return None
    before = paragraphs[index - 1]
    candidates = [reported_speaker(text[before.start : before.end], before.start, parties)]
    if last is not None and last.at is not None and before.start <= last.at < before.end:
        candidates.insert(0, last)
    for reported in candidates:
        person = _person(reported, index - 1, parties, resolve)
        if person is not None:
            return person
    return None


def _person(
    reported: Attribution | None, index: int, parties: PartyMatcher, resolve: PronounResolver
) -> Attribution | None:
    """``reported`` when it is a person, named or described (a "he" or "she" resolved
    first), else None."""
    if reported is None or reported.at is None:
        return None
    if reported.pronoun and reported.speaker is None:
        if reported.pronoun not in PERSONAL:
            return None
        reported = resolve(reported, reported.pronoun, reported.at, index)
        if reported.speaker is None and reported.pronoun:
            return None
    if reported.speaker is not None:
        return reported if parties.kind(reported.speaker) is PartyKind.PERSON else None
    attribution = reported.attribution or ""
    if looks_like_a_name(attribution) or (
        _DESCRIBED.fullmatch(attribution) and not DOCUMENT.search(attribution)
    ):
        return reported
    return None


def as_reporter(who: Attribution, reporter: Attribution, referents: Referents) -> Attribution:
    """A pronoun attribution resolved to the reporter: a party keeps the pronoun as written,
    a person who is not a party gives their name."""
    if reporter.speaker is not None:
        return attrs.evolve(who, speaker=reporter.speaker)
    name = full_name(reporter.attribution or "", reporter.at or 0, referents)
    return attrs.evolve(who, attribution=name)


def reported_in(
    text: str, paragraph: Span, parties: PartyMatcher, last: Attribution | None
) -> Attribution | None:
    """Who a paragraph reports as speaking: the previous quotation's speaker, already
    resolved, when its attribution is written there; else the subject of its last speech verb."""
    if last is not None and last.at is not None and paragraph.start <= last.at < paragraph.end:
        return last
    return reported_speaker(text[paragraph.start : paragraph.end], paragraph.start, parties)


def one_of_the_messages(
    text: str, who: Attribution, paragraph: Span, parties: PartyMatcher
) -> Attribution:
    """A subject with its noun left out ("The first, sent on Sunday, read …") that stands for
    messages the paragraph said someone sent ("three texts from the council"): the sender's
    words."""
    if who.at is None:
        return who
    start = max(paragraph.start, who.at - _SENT_FROM_REACH)
    sent = list(_SENT_FROM.finditer(text, start, who.at))
    sender = parties.most_specific(sent[-1].group("who")) if sent else None
    return attrs.evolve(who, speaker=sender) if sender else who
