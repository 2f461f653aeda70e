"""Who speaks a sentence: the party a report gives as the one saying, accusing or answering.

English reports speech with the speaker as the subject of a verb of saying ("The union
said the company had ignored its warnings", "Councillor Ruiz has accused the firm of …")
or after it ("…, said Ana Ruiz, who chairs the group"). The speaker is the party named
nearest before the verb, since the verb before it (a sentence may report two speakers:
"…, say residents, while the councillor has accused it of …"), passing over one named
after a preposition when another is named ("Nurses at the hospital have told …"); failing
that, one named right after the first verb; a sentence opened by a pronoun ("He added
that …", "She said the company …") goes on with the speaker of the sentence before. A
sentence whose words a pronoun reports after a comma, with no party named before it
("Flows were down by a third, he said"), is not given a speaker so, but names the one
before (``pronoun_speaks``, read for the parties a sentence names). A quotation's
resolved speaker speaks the sentences it runs through.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

SPEECH = re.compile(
    r"(?i)\b(?:sa(?:y|ys|id)|t(?:old|ells?)|add(?:s|ed)|argu(?:es?|ed)|claim(?:s|ed)|"
    r"insist(?:s|ed)|maintain(?:s|ed)|warn(?:s|ed)|accus(?:es?|ed)|alleg(?:es?|ed)|"
    r"blam(?:es?|ed)|complain(?:s|ed)|critici[sz](?:es?|ed)|condemn(?:s|ed)|"
    r"den(?:ies|ied)|reject(?:s|ed)|disput(?:es?|ed)|demand(?:s|ed|ing)|repeat(?:s|ed)|"
    r"stat(?:es|ed)|wr(?:ote|ites)|contend(?:s|ed)|admit(?:s|ted)|acknowledg(?:es?|ed)|"
    r"conced(?:es?|ed)|respond(?:s|ed)|repl(?:y|ies|ied)|counter(?:s|ed)|"
    r"stress(?:es|ed)|urg(?:es?|ed)|call(?:s|ed)|charg(?:es?|ed)|"
    r"according\s+to)\b"
)
"""Verbs of saying, accusing and answering, in the forms that report speech."""
_PRONOUN = re.compile(r"\s*(?:He|She|It|They)\b")
"""A sentence opened by a personal pronoun: its subject is someone named before."""
_SAYS = "said|says|added|adds|told|argued|insisted|warned|stressed|noted|maintained"
"""Verbs of saying right after a pronoun."""
_OPENS_SAYING = re.compile(
    rf"(?:It|He|She|They)\s+(?:also\s+)?(?:{_SAYS}|denied|rejected|disputed)\b"
)
"""A sentence whose subject is a pronoun that says or answers something ("It said it
disagreed with the findings")."""
_SAID_BY_PRONOUN = re.compile(rf",\s*(?:he|she|it|they)\s+(?:also\s+)?(?:{_SAYS})\b")
"""A pronoun reporting the words before it (", he said", ", she added", ", it said")."""
_GOVERNED = re.compile(r"(?i)\b(?:at|of|in|from|for|with|by|on|to|against)\s+(?:the\s+)?$")
"""A party named after a preposition ("nurses at the hospital said"): not the subject."""
_AFTER = 48
"""How far after the first verb (in characters) a speaker may be named: "…, said Ana
Ruiz"."""


def speaking(
    text: str, named_at: Sequence[tuple[int, frozenset[str]]], before: frozenset[str]
) -> frozenset[str]:
    """The parties a sentence gives as speaking it (each with the parties they speak for),
    from ``named_at``, where in the text each party is named (start, parties), and
    ``before``, the speakers of the sentence before."""
    found: set[str] = set()
    start = 0
    for number, verb in enumerate(SPEECH.finditer(text)):
        prior = [(at, parties) for at, parties in named_at if start <= at < verb.start()]
        prior = [e for e in prior if not _GOVERNED.search(text, 0, e[0])] or prior
        if prior:
            nearest = max(at for at, _ in prior)
            found.update(p for at, parties in prior if at == nearest for p in parties)
        elif number == 0 and _PRONOUN.match(text, start):
            found.update(before)
        elif number == 0:
            after = [
                (at, parties) for at, parties in named_at if verb.end() <= at <= verb.end() + _AFTER
            ]
            if after:
                first = min(at for at, _ in after)
                found.update(p for at, parties in after if at == first for p in parties)
        start = verb.end()
    return frozenset(found)


def goes_on(text: str, named_at: Sequence[tuple[int, frozenset[str]]]) -> bool:
    """Whether the sentence's speakers are those of the sentence before: it opens with a
    pronoun and names no party before its first verb of saying (``speaking``'s use of
    ``before``)."""
    verb = SPEECH.search(text)
    return (
        verb is not None
        and not any(0 <= at < verb.start() for at, _ in named_at)
        and _PRONOUN.match(text) is not None
    )


def pronoun_speaks(text: str, named_at: Sequence[tuple[int, frozenset[str]]]) -> bool:
    """Whether a pronoun gives the sentence as said, so its speaker is the one named before
    it: the sentence opens with the pronoun and a verb of saying (``_OPENS_SAYING``,
    ``goes_on``), or a pronoun reports its words after a comma with no party named before
    ("Flows were down by a third, he said")."""
    if _OPENS_SAYING.match(text) or goes_on(text, named_at):
        return True
    found = _SAID_BY_PRONOUN.search(text)
    return found is not None and not any(at < found.start() for at, _ in named_at)
