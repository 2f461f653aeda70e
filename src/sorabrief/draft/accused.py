"""Which parties the coverage accuses, read from the grammar of its sentences.

A party is accused when some sentence of the case

- names it after a verb that acts against someone ("accused X", "blamed X", "fined X",
  "sued X", "an investigation into X", "ordered X"), or
- names it as the one doing a wrong ("X failed to", "X ignored", "X breached"): the party
  named last before the verb, in the same clause.

``claims.py`` makes the words of an accused party ("X said (that) …") its responses, and
"Y said (that) …" naming an accused party and wording a wrong Y's allegation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from sorabrief.draft.kinds import Named

AGAINST = re.compile(
    r"(?i)\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing)|"
    r"condemn(?:s|ed|ing)?|fin(?:e|es|ed|ing)|su(?:e|es|ed|ing)|ordered|orders|"
    r"(?:investigation|inquiry|probe|complaint|case|lawsuit|action)\s+(?:into|against)|"
    r"charg(?:e|es|ed|ing)|penali[sz](?:e|es|ed|ing)|sanction(?:s|ed|ing)?)\b"
)
"""Verbs (and nouns) whose object is the party accused."""
WRONG = re.compile(
    r"(?i)\b(?:fail(?:s|ed|ing)?\s+to|ignor(?:e|es|ed|ing)|neglect(?:s|ed|ing)?|misled|"
    r"mislead(?:s|ing)?|breach(?:es|ed)?|broke|violat(?:e|es|ed|ing)|withh[eo]ld(?:s|ing)?|"
    r"covered\s+up|did\s+not\s+(?:warn|tell|report|inform|consult)|"
    r"(?:never|without)\s+(?:warn|tell|told|report|inform|consult)\w*)\b"
)
"""Verbs whose subject is the party accused of a wrong."""
_ACCUSES = re.compile(r"(?i)accus|blam|critici|condemn")
"""Verbs whose subject accuses even when the accused is no party ("X accused the board")."""
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:and|but|while|after|because|that)\b")
_BEYOND_OBJECT = re.compile(r"(?i)\b(?:to|in|at|along|from|near|within|across|around|through)\b")
"""Words after which a name is no longer the object of a verb that accuses: an infinitive
or a place ("ordered the company to clear the mud in the Tarrow district": the district
is not the one ordered)."""


def accused_parties(
    sentences: Iterable[tuple[str, Sequence[Named]]], affiliation: Mapping[str, str]
) -> set[str]:
    """The parties accused in any of ``sentences`` (each with the parties it names), as
    the party they speak for when they speak for one."""
    return accusations(sentences, affiliation)[0]


def accusations(
    sentences: Iterable[tuple[str, Sequence[Named]]], affiliation: Mapping[str, str]
) -> tuple[set[str], set[str]]:
    """The parties accused in any of ``sentences``, and those accusing them: the party
    named last before a verb that acts against a party ("X fined Y", "X opened an
    inquiry into Y"), in the same clause; each as the party they speak for."""
    found: set[str] = set()
    accusers: set[str] = set()
    for text, named in sentences:
        verbs = list(AGAINST.finditer(text))
        for match in verbs:
            after = [n for n in named if n.at >= match.end()]
            accuser = _subject(text, named, match.start())
            if after and _object(text, match.end(), after[0].at):
                found.add(affiliation.get(after[0].party, after[0].party))
            elif not _ACCUSES.match(match.group()):
                continue
            if accuser:
                accusers.add(affiliation.get(accuser, accuser))
        for match in WRONG.finditer(text):
            accused = _subject(text, named, match.start())
            if accused and not _accusing_between(text, named, accused, verbs, match.start()):
                found.add(affiliation.get(accused, accused))
    return found, accusers


def critics(
    sentences: Iterable[tuple[str, Sequence[Named]]], affiliation: Mapping[str, str]
) -> set[str]:
    """The parties that accuse in some sentence ("X accused the board of …", "X blamed
    …"), each as the party they speak for: what they say about the dispute is an
    allegation, not an answer."""
    found: set[str] = set()
    for text, named in sentences:
        for match in AGAINST.finditer(text):
            accuser = _subject(text, named, match.start())
            if accuser and _ACCUSES.match(match.group()):
                found.add(affiliation.get(accuser, accuser))
    return found


def _object(text: str, end: int, at: int) -> bool:
    """Whether a name at ``at`` is the object of the verb ending at ``end``: no clause
    break, infinitive or phrase of place between them."""
    between = text[end:at]
    return not _CLAUSE_BREAK.search(between) and not _BEYOND_OBJECT.search(between)


def _accusing_between(
    text: str, named: Sequence[Named], party: str, verbs: Sequence[re.Match[str]], at: int
) -> bool:
    """Whether a verb that accuses stands between ``party`` and a wrong at ``at``: "X
    accused the board of ignoring …" says the board ignored, not X."""
    start = max((n.at for n in named if n.party == party and n.at < at), default=at)
    return any(start < v.start() and v.end() <= at for v in verbs)


def _subject(text: str, named: Sequence[Named], at: int) -> str | None:
    """The party named last before offset ``at`` of ``text``, in the same clause."""
    before = [n for n in named if n.at < at]
    if before and not _CLAUSE_BREAK.search(text, before[-1].at, at):
        return before[-1].party
    return None
