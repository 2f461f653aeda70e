"""Minimal rewrites of a sentence into a claim's statement: only words taken away, never added.

- ``reported_clause``: "X said (on Tuesday) (that) CLAUSE" (after "In a statement," or
  "Speaking to reporters,", too), "According to X, CLAUSE",
  "X's position is that CLAUSE" or "X has gone further, saying (that) CLAUSE" -> CLAUSE, for "X alleges that …" and "X says …" (the
  briefing adds the party's name); ``reported`` also gives where X's part ends;
- ``without_attribution_tail``: "…, the company said." -> "….", when the tail is short and
  plain (no quotation marks, commas or clauses in it);
- ``without_dateline`` (``extract/dateline.py``): a wire story's place, date and agency
  before a dash taken off;
- ``as_sentence``: a list item or clause written as a sentence ("- piped supply resumed;"
  -> "Piped supply resumed.").

``has_relative_time`` tells a sentence that dates itself by the day it was written
("today", "yesterday"), which reads wrongly in a briefing written later; ``reads_as_report``
tells a sentence a briefing can state in its own voice from one that addresses the
reader, speaks for the writer, asks, lists or counts people named before (``"you should
…"``, ``"I think …"``, ``"Why?"``, ``"- Check …"``, ``"Many are still …"``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set

import attrs

from sorabrief.extract.calendar_math import MONTH_NAMES, WEEKDAYS

_WHOM_END = r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\bthis)"
"""Whom "told" names ends with a noun, not a determiner ("told the meeting it had …")."""
SPEECH = (
    rf"(?:said|says|told\s+[\w ]{{1,30}}?{_WHOM_END}|added|insisted|insists|argued|argues|claimed|claims"
    r"|alleged|alleges|warned|stated|wrote|writes"
    r"|(?:say|allege|claim|argue|insist|warn|repeated|reiterated)(?=\s+that\b))"
)
"""Verbs of saying; a plural subject's ("X and Y allege that …") and a repetition's ("X
repeated that …") before "that" only."""
_WHEN = r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
"""A day written right after the speech verb ("said Tuesday it had …")."""
_LINKING = r"(?:Meanwhile|However|Separately|Elsewhere|Still|Instead|Earlier|Later|Overall)"
"""A sentence adverb linking to what came before ("Meanwhile, X said …")."""
_TOLD_THAT = r"told\s+[\w ]{1,40}?\s+that"
""""told", whom and when, then "that": the reported clause starts after "that"."""
_CLAUSE = re.compile(
    rf"^(?:(?:In|In\s+a|In\s+its|In\s+their)\s+(?:written\s+)?statements?,\s*"
    rf"|Speaking\s+(?:to|at|on|after)\s+[^,“”\"]{{2,60}},\s*"
    rf"|{_LINKING},\s*)?"
    rf"(?P<who>[^,“”\"]{{2,80}}?)(?:,\s*[^,“”\"]{{2,90}},)?\s+(?P<verb>{_TOLD_THAT}|{SPEECH})\s+"
    rf"(?:{_WHEN}\s+)?(?:in\s+a\s+(?:written\s+)?statement\s+)?"
    rf"(?:(?:on|last|this|earlier)\s+\w+\s+that\s+|that\s+)?"
    rf"(?P<clause>[^“”\"\s].{{10,}})$",
    re.DOTALL,
)
_POSITION = re.compile(
    r"^(?P<who>[^,“”\"]{2,60}?)[’']s\s+(?:position|view|case|argument|contention)\s+is\s+that\s+"
    r"(?P<clause>[^“”\"\s].{10,})$",
    re.DOTALL,
)
_ACCORDING = re.compile(
    r"^According\s+to\s+(?P<who>[A-Z][^,“”\"]{1,60}?),\s+(?P<clause>[^“”\"\s].{10,})$", re.DOTALL
)
_SAYING = re.compile(
    r"^(?P<who>[A-Z][^,“”\"]{1,60}?)\s+(?:has|have|had)\s+[^,“”\"]{2,40}?,\s+saying\s+(?:that\s+)?"
    r"(?P<clause>[^“”\"\s].{10,})$",
    re.DOTALL,
)
_TAIL = re.compile(
    rf",\s+(?:according\s+to\s+[^,“”\"]{{2,60}}|(?:he|she|they|it|[^,“”\"]{{2,60}}?)\s+{SPEECH}"
    r"(?:\s+(?:on|last|this|earlier)\s+\w+)?)\s*(?P<end>[.!?])$"
)
_NOT_A_SPEAKER = re.compile(
    r"\b(?:has|have|had|is|was|were|are|will|would|[a-z]\w*ed|[a-z]\w*ing)\b"
    r"(?<!\bmanaging)|^(?:\S+\s+){7,}"
)
"""A speaker is a short noun phrase: no verb ("has denied claims that …" reports no
clause; "managing director" is a role), and fewer than eight words, a name counting as one; a capitalised word is part
of a name ("Brackley Building Services")."""
_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'-]*)*")
_QUOTED_START = re.compile(r"^\s*(?:[“\"‘]|'(?=[A-Z]))")
"""A quote mark first; a straight single one before a capital too ("'Nobody warned us'")."""
_RELATIVE_TIME = re.compile(
    r"(?i)\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening|week)"
    r"|last\s+night|earlier\s+today)\b"
)
_PERSONAL = re.compile(
    r"\b(?:I|I[’']\w+|[Mm]e|[Mm]y|[Ww]e|[Ww]e[’']\w+|[Uu]s|[Oo]ur|[Yy]ou|[Yy]ou[’']\w+|[Yy]our)\b"
)
"""The writer or the reader as a person ("I", "we", "you"); "US" is a country."""
_DEFINITE = re.compile(r"^(?:The|This|That|These|Those|Such|Its|Their)\s+")
_EARLY_PRONOUN = re.compile(
    r"^(?:(?:It|They|He|She)\b|(?:(?:At|In|On|By|For|From|Under|With|After|Before|During)\s+)?"
    r"(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\b)"
)
"""A pronoun first, or a possessive after an opening preposition ("At its height, …")."""
_LOWER_RUN = re.compile(
    r"(?:(?!(?:the|a|an|of|in|at|for|from|near|on|to|by|with|who|which|whose|that)\b)"
    r"(?:[a-z][\w’'-]*|\d[\d.,]*\d|\d)\s+)*"
)
"""Lower-case words (and numbers) after a definite article: its noun phrase, and perhaps
a verb and what follows, up to a function word, a capital or a comma."""
_NAMING_LINK = re.compile(
    r"(?:(?:of|in|at|for|from|near|on|with)\s+(?:[a-z][\w’'-]*,?\s+){0,3}|"
    r"[a-z][\w’'-]*,\s+|,\s+)?(?P<name>[A-Z][\w.’'-]*)"
)
"""What names the noun phrase: a capital right after it ("The engineering firm Vogt"), or
after a preposition ("The chief executive of Kestrel") or a comma ("The firm's owner, Jo
Park")."""
_CALENDAR = frozenset((*WEEKDAYS, *MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), "Sept"))
_QUOTED_PASSAGE = re.compile(r"“[^”]*”|\"[^\"]*\"")
_LISTED = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])\s")
_BARE_QUANTIFIER = re.compile(
    r"^(?:Some|Many|Most|Others|Several|Few|A\s+few|Both|All|None|Each)"
    r"(?:\s+of\s+(?:them|those|these))?(?:\s*,|\s+(?:are|were|is|was|have|has|had|remain"
    r"|remained|still|say|said|told|will|would|could|can|now)\b)"
)
"""A quantifier with no noun as the subject ("Some are sleeping …", "All of them, including
…"): it counts people a sentence before named."""


@attrs.frozen
class Reported:
    """What "X said (that) CLAUSE" reports, and where X's part of the sentence ends (at the
    speech verb, so that "Its chief, Jo Park, said" holds Jo Park)."""

    who_end: int
    clause: str


def reported(sentence: str) -> Reported | None:
    """The clause a sentence reports someone as saying, with a small first letter; None
    for any other shape, or for a clause joined to a second verb of saying (``_SAID_AGAIN``). Offsets are those of the sentence with its spaces collapsed."""
    text = " ".join(sentence.split())
    for pattern in (_CLAUSE, _POSITION, _SAYING, _ACCORDING):
        match = pattern.match(text)
        if match is not None and not _NOT_A_SPEAKER.search(_NAME_RUN.sub("N", match.group("who"))):
            break
    else:
        return None
    clause = match.group("clause")
    if clause.count("“") != clause.count("”") or clause.count('"') % 2:
        return None
    if _SAID_AGAIN.search(clause):
        return None
    verb = match.groupdict().get("verb")
    return Reported(match.start("verb") if verb else match.end("who"), _lower_first(clause))


def reported_clause(sentence: str) -> str | None:
    """What "X said (that) …" reports, with a small first letter; None for any other shape."""
    found = reported(sentence)
    return found.clause if found else None


_SAID_AGAIN = re.compile(
    r"\b(?:but|and)\s+(?:also\s+)?(?:said|says|added|adds|insisted|insists|argued|claimed"
    r"|alleged|warned|warns|stated|wrote|repeated|reiterated|told)\b"
)
"""A second verb of saying that shares the speaker ("X said the repair was welcome but
insisted that …"): the clause is not one thing X says, so "X says CLAUSE" garbles it."""
_LIST_MARK = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])\s+")
_CLAUSE_END = re.compile(r"(?:\s*[;,:]|[;,:]?\s+(?:and|or|but))\s*$")


def as_sentence(text: str) -> str:
    """A list item or a clause written as a sentence: its list mark taken off ("- "),
    a clause's last comma, colon or semicolon (and a hanging "and") made a full stop,
    and a first small letter made a capital ("- piped supply resumed;" -> "Piped supply
    resumed.")."""
    text = _LIST_MARK.sub("", text.strip(), count=1)
    text = _CLAUSE_END.sub(".", text)
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def has_relative_time(sentence: str) -> bool:
    """Whether the sentence dates itself by the day it was written ("today", "yesterday")."""
    return _RELATIVE_TIME.search(sentence) is not None


def without_attribution_tail(sentence: str) -> str:
    """The sentence without a short attribution at its end ("…, he said.")."""
    text = " ".join(sentence.split())
    match = _TAIL.search(text)
    if match is None or match.start() < 20:
        return text
    return text[: match.start()] + match.group("end")


def reads_as_report(sentence: str) -> bool:
    """Whether a sentence can be stated in a briefing's own voice: not a question, not an
    item of a list, not one whose subject is a quantifier with no noun ("Some are …"), and,
    outside quotation marks, with no "I", "we" or "you"."""
    text = sentence.strip()
    if text.endswith("?") or _LISTED.match(text) or _BARE_QUANTIFIER.match(text):
        return False
    return _PERSONAL.search(_QUOTED_PASSAGE.sub(" ", text)) is None


def opens_anaphorically(sentence: str) -> bool:
    """Whether a sentence opens with a definite noun phrase that names no one ("The notice
    had been in place …", "The company issued …", "Its chief said …"): it refers back to
    something a reader has not been told. One with a name in it or linked to one ("The
    Harbour Authority …", "The chief executive of Kestrel Water …", "The firm's owner, Jo
    Park, …") introduces its subject; a day or a month is no name ("The storm hit on
    Monday"). A pronoun first refers back too ("It said …", "At its height, …")."""
    if _EARLY_PRONOUN.match(sentence):
        return True
    opening = _DEFINITE.match(sentence)
    if opening is None:
        return False
    run = _LOWER_RUN.match(sentence, opening.end())
    end = run.end() if run else opening.end()
    link = _NAMING_LINK.match(sentence, end)
    return link is None or link.group("name").rstrip(".") in _CALENDAR


def opens_with_quotation(sentence: str) -> bool:
    """Whether the sentence is a quotation (its first character a quote mark, a straight
    single one before a capital included)."""
    return _QUOTED_START.match(sentence) is not None


_SHOUTED = re.compile(r"^[“\"‘]?(?P<word>[A-Z]{2,})(?=\s+[a-z])")


def in_normal_case(sentence: str, acronyms: Set[str]) -> str:
    """The sentence with a first word in capitals written in normal case ("SOME planned
    operations …" -> "Some planned operations …"): a lede's style, not a word of its own;
    a word the articles write in capitals elsewhere too (an acronym, ``acronyms``) stays."""
    match = _SHOUTED.match(sentence)
    if match is None or match["word"] in acronyms:
        return sentence
    word = match["word"]
    return sentence[: match.start("word")] + word[0] + word[1:].lower() + sentence[match.end() :]


def capitalised_words(texts: Iterable[str]) -> set[str]:
    """Words written in capitals past the first word of a sentence: acronyms."""
    return {w for t in texts for w in re.findall(r"(?<=\s)[“\"‘(]?([A-Z]{2,})\b", t)}


def _lower_first(text: str) -> str:
    """A lower-case first letter, unless the first word is a name or an acronym."""
    first = text.split()[0]
    if first in ("The", "A", "An", "It", "They", "He", "She", "There", "This", "Its", "Their"):
        return text[0].lower() + text[1:]
    return text
