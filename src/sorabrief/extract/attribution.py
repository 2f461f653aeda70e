"""Who said a quotation, with which speech verb, and through which outlet.

The attribution is looked for after the quotation when it ends with a comma
(``"…," said the letter``, ``"…," they write``), otherwise before it in the same
sentence: the noun phrase before the last speech verb (``OpenAI rep Niko Felix
said:``). It resolves to the most specific party its words name; when none does,
the raw attribution ("they") is kept. A speech verb with no one named before it
(``, adding: "…"``) continues the previous quotation's speaker.
"""

from __future__ import annotations

import re

import attrs

from sorabrief.extract.mentions import PartyMatcher
from sorabrief.findings import Span

_VERBS = (
    r"(?:said|says|say|stated|states|state|told|tells|tell|wrote|writes|write|added|adds|add|adding"
    r"|explained|explains|argued|argues|argue|claimed|claims|noted|notes|reported|reports"
    r"|continued|continues|insisted|insists|asked|asks|announced|declared|declares|commented"
    r"|remarked|replied|responded|posted|tweeted|warned|warns|stressed|emphasi[sz]ed|acknowledged"
    r"|admitted|confirmed|confirms|alleged|alleges|allege|cautioned|concluded|recalled)"
)
_NAME_WORD = r"[^\W\d_][\w.'’&-]*"
_PHRASE = rf"(?:{_NAME_WORD}|\d+)(?:\s+(?:{_NAME_WORD}|\d+)){{0,7}}"
_VERB = re.compile(rf"\b{_VERBS}\b|\b[Aa]ccording\s+to\b")
_CLAUSE_BOUNDARY = re.compile(
    r"[,;:(—–]|\b(?:that|which|who|whom|where|when|because|and|but|while|as|after|before|if)\b",
    re.IGNORECASE,
)
_AFTER_QUOTE = re.compile(r"[\s,?!]*[”\"’][,?!]?\s*")
_CLAUSE_END = r"(?=\s*[,.;:!?)]|\s*$|\s+(?:in|on|at|during|adding|who|to)\b)"
_OBJECT = r"(?:\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})?"
_VERB_FIRST = re.compile(rf"(?P<verb>{_VERBS})\s+(?P<attr>{_PHRASE}?){_CLAUSE_END}")
_ATTRIBUTION_FIRST = re.compile(rf"(?P<attr>{_PHRASE}?)\s+(?P<verb>{_VERBS}){_OBJECT}{_CLAUSE_END}")
_INTERRUPTION = re.compile(
    rf"[\s,”\"’]*(?:(?P<attr>{_PHRASE}?)\s+(?P<verb>{_VERBS})(?:\s+{_PHRASE})?"
    rf"|(?P<verb2>{_VERBS})\s+(?P<attr2>{_PHRASE}?))\s*[.,]\s*[“\"‘]?\s*"
)
_INTRODUCED = re.compile(rf"\b{_VERBS}\s*:\s*[“\"‘]?$")
_ACCORDING_TO = re.compile(r"according\s+to\s+(?P<attr>[^,.;:“\"]+)", re.IGNORECASE)
_VIA = re.compile(
    r"\b(?i:(?:in|during)\s+(?:a|an|the)\s+(?:statement|comments?|interview|e-?mail|post)\s+(?:to|with)"
    r"|told|speaking\s+to)\s+(?P<via>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})"
)


@attrs.frozen
class Attribution:
    """Who a quotation is attributed to, as written and as resolved."""

    attribution: str | None = None
    verb: str | None = None
    speaker: str | None = None
    via: str | None = None
    via_party: str | None = None
    continues: bool = False
    """A speech verb with no one named: the previous quotation's speaker goes on."""


def attribute(
    text: str,
    start: int,
    end: int,
    sentence: Span,
    previous_end: int | None,
    parties: PartyMatcher,
) -> Attribution:
    """The attribution of the quotation ``text[start:end]`` in ``sentence``."""
    sentence_end = max(sentence.end, end)
    after = text[end:sentence_end]
    lead = _AFTER_QUOTE.match(after)
    found = None
    if lead and any(mark in lead.group() for mark in ",?!"):
        found = _after(after[lead.end() :])
    context_start = max(sentence.start, previous_end or sentence.start)
    if found is None:
        found = _before(text[context_start:start].rstrip('“"‘ \t'))
    if found is None:
        return Attribution()
    attribution, verb = found
    via, via_party = _outlet(parties, text[sentence.start : start], after)
    return Attribution(
        attribution=attribution or None,
        verb=verb,
        speaker=parties.most_specific(attribution) if attribution else None,
        via=via,
        via_party=via_party,
        continues=not attribution,
    )


def interrupting_attribution(between: str, parties: PartyMatcher) -> Attribution | None:
    """The attribution when ``between`` is nothing else (``," they write. "``), or None."""
    match = _INTERRUPTION.fullmatch(between)
    if match is None:
        return None
    attribution = (match.group("attr") or match.group("attr2")).rstrip(".")
    verb = match.group("verb") or match.group("verb2")
    via, via_party = _outlet(parties, between)
    return Attribution(attribution, verb, parties.most_specific(attribution), via, via_party)


def introduces_quotation(before: str, after: str) -> bool:
    """Whether a speech verb introduces (``said: "``) or follows (``," she said``) a quoted passage."""
    lead = _AFTER_QUOTE.match(after)
    if lead and "," in lead.group() and _after(after[lead.end() :]) is not None:
        return True
    return _INTRODUCED.search(before) is not None


def _outlet(parties: PartyMatcher, *texts: str) -> tuple[str | None, str | None]:
    """The outlet a quotation came through ("In a statement to Variety"), and its party."""
    for text in texts:
        match = _VIA.search(text)
        if match:
            via = match.group("via").rstrip(".’'")
            return via, parties.most_specific(via)
    return None, None


def _after(after: str) -> tuple[str, str] | None:
    """``said the letter`` or ``they write`` right after the closing quote mark."""
    for pattern in (_VERB_FIRST, _ATTRIBUTION_FIRST):
        match = pattern.match(after)
        if match:
            return match.group("attr").rstrip("."), match.group("verb")
    return None


def _before(before: str) -> tuple[str, str] | None:
    """The noun phrase before the last speech verb ahead of the quotation."""
    verbs = list(_VERB.finditer(before))
    if not verbs:
        return None
    verb = verbs[-1]
    if verb.group().lower().startswith("according"):
        according = _ACCORDING_TO.match(before, verb.start())
        return (according.group("attr").strip(), "according to") if according else None
    head = before[: verb.start()]
    boundaries = list(_CLAUSE_BOUNDARY.finditer(head))
    phrase = head[boundaries[-1].end() :] if boundaries else head
    words = [w for w in phrase.split() if any(c.isalnum() for c in w)][-8:]
    return " ".join(words), verb.group()
