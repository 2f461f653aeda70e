"""Statements that stand on their own: a pronoun opening a sentence replaced by the party
it stands for, and sentences whose "she" or "his" refers to no one they name told apart.

A claim's statement is read in a briefing far from the sentences around it, so "She
followed up twice" says nothing about who did. When the sentence opens with "He", "She",
"It", "They" or "Its" and the nearest party named before it, in the two sentences before, is of
a fitting kind (a person for "he" and "she"; an organisation,
platform or group for "it" and "they"), the pronoun is replaced by the party's name ("Its chief
executive" by "Harbour Trust’s chief executive"; for "Its", the organisation a person the
sentence names speaks for comes first). A person's bare surname opening it ("Okafor
rejected …") is replaced by the person's full name the same way. These are the only words
ever added to a statement: the name the pronoun or surname stands for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from sorabrief.draft.kinds import Named
from sorabrief.findings import Findings
from sorabrief.model import Party, PartyKind

LOOK_BACK = 2
"""How many sentences before a pronoun its party may be named in."""
_OPENING = re.compile(
    r"^(?:(?P<pronoun>He|She|They|Its)\b(?![’'])|(?P<it>It)(?=\s+(?:also\s+)?(?:said|says|"
    r"told|added|has|had|have|will|would|could|can|did|does|declined|denied|confirmed|"
    r"announced|apologi[sz]ed|admitted|agreed|refused|offered|warned|plans|expects)\b"
    r"(?!\s+been\b)))"
)
"""A pronoun opening a sentence; "It" only before what a party does ("It said", "It has
cancelled"); "It comes a day after" stands for no party, so it is left dangling, and "It
is unclear" for nothing, so it reads on its own."""
_IMPERSONAL_IT = re.compile(
    r"^It\s+(?:is|was|has\s+been|had\s+been|remains|remained|seems|seemed|appears|"
    r"appeared|will\s+be|would\s+be)\s+(?:(?:still|not|yet|also|now)\s+)*(?:unclear|"
    r"clear|known|unknown|understood|believed|thought|expected|likely|unlikely|possible|"
    r"impossible|hoped|feared|estimated|reported|alleged|said|claimed|important|"
    r"necessary|too\s+early|to\s+be\s+seen)\b"
)
"""An "It" that stands for nothing ("It is not yet known whether …", "It remains unclear
…"): such a sentence reads on its own."""
_IT = re.compile(r"It\s")
_DEMONSTRATIVE = re.compile(r"^(?:This|That|These|Those|Their)\s")
"""A sentence opening with a demonstrative or "Their" points back ("That left 900
islanders …", "These figures show …", "Their claims are being assessed": whose, the
sentence before says, and the nearest party named may not be it)."""
_POINTED_OBJECT = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|reject|disputed|disputes|dispute|dismissed|"
    r"dismisses|refuted|refutes|contested|contests|challenged|challenges|confirmed|confirms|"
    r"acknowledged|acknowledges|welcomed|welcomes|criticised|criticized|condemned|"
    r"questioned|questions)\s+(?:this|that|these|those)(?:\s+[a-z]+)?"
    r"(?:\s+(?:within|on|in|at|by|last|later|earlier|late|early)(?:\s+[\w-]+){1,2})?\s*[.!]?$"
)
"""A verb of answering whose object is only a demonstrative ("X has rejected that account.",
"Y disputed that within hours."): what it answers is told in another sentence."""
_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_FITS = {
    "he": (PartyKind.PERSON,),
    "she": (PartyKind.PERSON,),
    "it": (PartyKind.ORGANIZATION, PartyKind.PLATFORM, PartyKind.GROUP),
    "they": (PartyKind.ORGANIZATION, PartyKind.GROUP),
    "its": (PartyKind.ORGANIZATION, PartyKind.PLATFORM, PartyKind.GROUP),
}


@attrs.frozen
class Standalone:
    """A sentence's text as a statement, the parties it names, and whether a "he", "she" or
    "his" in it refers to no one it names (then it cannot stand on its own)."""

    text: str
    named: tuple[Named, ...]
    dangling: bool


def standalone(
    findings: Findings,
    index: int,
    named: Sequence[Named],
    parties: Mapping[str, Party],
) -> Standalone:
    """Sentence ``index`` of ``findings`` with an opening pronoun resolved where it can be."""
    sentence = findings.sentences[index]
    text, found = sentence.text, tuple(named)
    opening = _OPENING.match(text)
    if opening is not None:
        pronoun = (opening.group("pronoun") or opening.group("it")).lower()
        party = _speaks_for(found, parties) if pronoun == "its" else None
        party = party or _referent(findings, index, pronoun, parties)
        if party is None:
            return Standalone(text, found, True)
        name = party.name
        if pronoun == "its":
            name += "’" if name.endswith("s") else "’s"
        text, found = _opening_replaced(text, opening.end(), name, found)
        found = (Named(party.id, 0), *found)
    else:
        text, found = _full_name(findings, index, text, found, parties)
    return Standalone(text, found, _dangling(text, found, parties))


def _full_name(
    findings: Findings,
    index: int,
    text: str,
    named: tuple[Named, ...],
    parties: Mapping[str, Party],
) -> tuple[str, tuple[Named, ...]]:
    """``text`` with a person's bare surname opening it replaced by the person's full name."""
    start = findings.sentences[index].start
    mention = next((m for m in findings.mentions if m.start == start), None)
    party = parties.get(mention.party) if mention is not None else None
    if mention is None or party is None or party.kind != PartyKind.PERSON:
        return text, named
    surname = text[: mention.end - start]
    if " " in surname or surname == party.name or surname not in party.name.split():
        return text, named
    return _opening_replaced(text, len(surname), party.name, named)


def _opening_replaced(
    text: str, end: int, name: str, named: tuple[Named, ...]
) -> tuple[str, tuple[Named, ...]]:
    """``text`` with its first ``end`` characters replaced by ``name``, and the names it
    gives moved with the words after them."""
    shift = len(name) - end
    moved = tuple(Named(n.party, n.at + shift if n.at >= end else n.at) for n in named)
    return name + text[end:], moved


def _speaks_for(named: Sequence[Named], parties: Mapping[str, Party]) -> Party | None:
    """The organisation a person the sentence names speaks for ("Its chair, Jo Park, said"
    is Jo Park's organisation, whatever was named before)."""
    for n in named:
        affiliation = parties[n.party].affiliation if n.party in parties else None
        if affiliation is not None and affiliation in parties:
            return parties[affiliation]
    return None


def _referent(
    findings: Findings, index: int, pronoun: str, parties: Mapping[str, Party]
) -> Party | None:
    """The party named last before sentence ``index`` (within ``LOOK_BACK`` sentences), if
    it is of a kind the pronoun can stand for (for "he" and "she", the person named last:
    an organisation the person's words name after them is no one "he" stands for); for
    "it", "its" and "they", only when the
    sentence right before names it or opens with a pronoun too (a sentence naming no
    party tells of a thing, which the pronoun stands for)."""
    start = findings.sentences[max(0, index - LOOK_BACK)].start
    end = findings.sentences[index].start
    before = [m for m in findings.mentions if start <= m.start < end and m.party in parties]
    if not before:
        return None
    if pronoun != "he" and pronoun != "she" and index > 0:
        last = findings.sentences[index - 1]
        if not _OPENING.match(last.text) and max(m.start for m in before) < last.start:
            return None  # "Four units were delivered. They were due …": the units, no party
    if pronoun in ("he", "she"):  # "Jo Park said the company had … He said": Jo Park
        before = [m for m in before if parties[m.party].kind == PartyKind.PERSON] or before
    party = parties[max(before, key=lambda m: m.start).party]
    return party if party.kind in _FITS[pronoun] else None


def _dangling(text: str, named: Sequence[Named], parties: Mapping[str, Party]) -> bool:
    """Whether a "he", "she" or "his" outside quotation marks comes before any person the
    sentence names, or a demonstrative or an "It" that stands for something opens it
    ("This was the third failure", "That left …", "Their claims …", "It comes a day
    after …"), or a
    demonstrative is all it answers ("X rejected that account.")."""
    if _DEMONSTRATIVE.match(text) or _POINTED_OBJECT.search(text):
        return True
    if _IT.match(text) and not _IMPERSONAL_IT.match(text):
        return True
    match = _PERSONAL.search(_QUOTED.sub(lambda m: " " * len(m.group()), text))
    if match is None:
        return False
    return not any(
        n.at < match.start() and n.party in parties and parties[n.party].kind == PartyKind.PERSON
        for n in named
    )
