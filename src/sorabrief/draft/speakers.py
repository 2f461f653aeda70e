"""The parties a sentence names, as a claim's speaker may be read from them: a surname
that another person's forename precedes ("his father, Kyle Ashby," is not "Ashby") and a
person written as someone else's possessor ("Rowan Ashby’s father said") name no speaker,
so they are left out; the sentence then says nothing of who speaks unless its quotation
does, and its claim stays a reported event rather than a guess."""

from __future__ import annotations

import re
from collections.abc import Set

from sorabrief.draft.kinds import Named, first_speech
from sorabrief.draft.names import OPENERS, TITLES
from sorabrief.findings import Findings, Mention, Sentence

_WORD_BEFORE = re.compile(r"(?P<w>[A-Z][\w’'-]*)\s+$")
_OWNER = re.compile(r"[’']s?\s+[a-z]")


def named_in(findings: Findings, sentence: Sentence, people: Set[str]) -> list[Named]:
    """The parties ``sentence`` names (``people`` the ids of persons), where, in order."""
    return [
        Named(m.party, m.start - sentence.start)
        for m in findings.mentions
        if sentence.start <= m.start < sentence.end
        and not (m.party in people and _someone_else(sentence.text, m.start - sentence.start, m))
    ]


def _someone_else(text: str, at: int, mention: Mention) -> bool:
    """Whether a person's mention names someone else: a one-word mention after another
    capitalised word, or a possessor of the noun after it."""
    end = at + len(mention.text)
    if _OWNER.match(text, end):
        return True
    if " " in mention.text:
        return False
    before = _WORD_BEFORE.search(text[:at])
    return before is not None and before["w"] not in OPENERS and before["w"] not in TITLES


_DESCRIBED = re.compile(r"\bthe\s+(?:company|firm|operator)\b")
"""A company written by what it is ("the company stripped back staffing")."""


def described_in(
    findings: Findings,
    sentence: Sentence,
    public: Set[str],
    organisations: Set[str],
    accused: str | None = None,
) -> list[Named]:
    """The companies ``sentence`` writes as "the company", "the firm" or "the operator":
    each the organisation (of ``organisations``, not one of the ``public`` bodies: an
    authority, a council, a court) its article named last before it, but not the speaker
    of a verb of saying before it in the sentence ("X say the company failed …" speaks of
    another); when the article named none before it (a lede), the one company the
    coverage ``accused``, if any."""
    found = []
    for match in _DESCRIBED.finditer(sentence.text):
        at = sentence.start + match.start()
        if any(m.start <= at < m.end for m in findings.mentions):
            continue
        before = [
            m
            for m in findings.mentions
            if m.end <= at
            and m.party in organisations
            and m.party not in public
            and not (
                m.start >= sentence.start
                and first_speech(sentence.text[m.end - sentence.start : match.start()])
            )
        ]
        if before:
            found.append(Named(max(before, key=lambda m: m.start).party, match.start()))
        elif accused is not None:
            found.append(Named(accused, match.start()))
    return found


_THE_SPOKESPERSON = re.compile(r"\b[Tt]he\s+spokes(?:person|man|woman)\b")
_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:person|man|woman)\s+(?:for|of|at)\s+(?:the\s+)?$")
_SPOKESPERSON_AFTER = re.compile(r"^(?:[’']s)?\s+spokes(?:person|man|woman)\b")


def spokesperson_in(findings: Findings, sentence: Sentence, organisations: Set[str]) -> list[Named]:
    """The organisation "the spokesperson" of ``sentence`` speaks for: the one its article
    last wrote a spokesperson of, before it ("A spokesperson for X said …. The spokesperson
    said …"); none when the article wrote no one's."""
    match = _THE_SPOKESPERSON.search(sentence.text)
    if match is None:
        return []
    at = sentence.start + match.start()
    text = {s.start: s.text for s in findings.sentences if s.start < at}
    for mention in sorted(findings.mentions, key=lambda m: -m.start):
        if mention.start >= at or mention.party not in organisations:
            continue
        holder = max((st for st in text if st <= mention.start), default=None)
        if holder is None:
            continue
        before = text[holder][: mention.start - holder]
        after = text[holder][mention.end - holder :]
        if _SPOKESPERSON_FOR.search(before) or _SPOKESPERSON_AFTER.match(after):
            return [Named(mention.party, match.start())]
    return []
