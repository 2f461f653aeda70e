"""Whether the articles, over all their mentions of a name, write it as an organisation's
rather than a person's: English puts an article before a body's name ("the Harbour Labs
board", "at Harbour Labs") and writes "which" after it ("Harbour Labs, which runs …") or
its parts ("Harbour Labs's board", "… spokesperson"), but a title before a person's name
("Ms Park") and their age or "who" after it ("Jo Park, 54,", "Jo Park, who …").
``parties.py`` decides a party's kind by these, not by one mention alone."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sorabrief.draft.spokespeople import PERSON_ROLE

_BODY_NOUNS = (
    r"group|firm|company|agency|authority|association|organi[sz]ation|union|body|charity"
    r"|platform|crew|consultancy|regulator|watchdog|cooperative|co-operative|council|ministry"
    r"|department|bank|insurer|utility|airline|carrier|network|coalition|alliance|campaign"
)
"""Nouns of what a body is, which no person is."""
_THING_BEFORE = re.compile(
    rf"(?:\b(?:[Tt]he|at)|\b(?:{_BODY_NOUNS})|\bcall(?:s|ed|ing)\s+(?:itself|themselves))"
    r"[^\S\n]+$"
)
"""Before a body's name on its line: "the X board", "at X", "the shipping agency X", "calls
itself X" (not a headline's last word: "City stands firm" above "Jo Park, …")."""
_PARTS = (
    r"board|spokes(?:person|man|woman)|staff|employees|workforce|customers|shareholders"
    r"|headquarters|offices?|website|management|budget|directors|chief\s+executive"
    r"|members|accounts|managers|annual\s+report"
)
_THING_AFTER = re.compile(
    rf"^(?:,\s+which\b|[’']s?\s+(?:own\s+)?(?:{_PARTS})\b"
    rf"|,\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|with|from|in)\b)[\w-]+\s+){{0,4}}?"
    rf"(?:{_BODY_NOUNS})(?![’'\w-])(?!\s+(?:{PERSON_ROLE})\b))"
)
"""After a body's name: "X, which", "X's board", "X's spokesperson", "X, a consumer
group" (not "X, a union official")."""
HONORIFIC = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame)\.?\s+$")
"""A personal title right before a name: the name is a person's."""
_PERSON_AFTER = re.compile(r"^,\s+(?:\d{1,3},|who\b|aged\s+\d)")
"""After a person's name: their age ("X, 54,", "X, aged 54") or "who"."""
_CONTINUED = re.compile(r"^\s*[A-Z]|^[’']?s?\s+[A-Z]")
"""A capitalised word right after: the name is part of a longer one ("the X Trust")."""


def written_as_organisation(name: str, texts: Iterable[str]) -> bool:
    """Whether the texts write ``name`` (or, after a title, its last word) more often as
    an organisation's than as a person's, and at least once so."""
    whole = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])")
    surname = name.split()[-1]
    titled = re.compile(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])")
    body = person = 0
    for text in texts:
        for match in whole.finditer(text):
            before, after = text[: match.start()], text[match.end() :]
            if re.search(r"[A-Z][\w’'-]*\s+$", before) and not HONORIFIC.search(before):
                continue  # inside a longer name ("the Port of X Authority")
            if HONORIFIC.search(before) or _PERSON_AFTER.match(after):
                person += 1
            elif not _CONTINUED.match(after) and (
                _THING_BEFORE.search(before[-60:]) or _THING_AFTER.match(after)
            ):
                body += 1
        if " " in name:
            person += sum(1 for m in titled.finditer(text) if HONORIFIC.search(text[: m.start()]))
    return body > person
