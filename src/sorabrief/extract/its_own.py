"""A speaker who is an organisation's own voice, written with "its" or "their": its
leaders, an officer of it ("Its operations director", "A manager at its northern depot"),
or something it published ("A short notice on its website"). Such a speaker is the
organisation "its" refers to, as an unnamed spokesperson is. People the organisation only
serves or employs below its management ("its customers", "one of its drivers") are not.
"""

from __future__ import annotations

import re

_MODIFIERS = r"(?:[\w’'-]+\s+){0,3}?"
_ONE_OFFICER = (
    r"(?:leader|manager|director|executive|chief|head|boss|chair|chairman|chairwoman"
    r"|chairperson|president|official|officer|spokes(?:person|man|woman)|representative"
    r"|secretary)"
)
"""One person of an organisation's management or its spokesperson."""
_OWN_VOICE = (
    rf"(?:{_ONE_OFFICER}|leaders|leadership|management|managers|directors|executives|chiefs"
    r"|heads|bosses|officials|officers|spokespeople|representatives|board"
    r"|notice|statement|website|message|letter|release|post|note|memo|announcement|email"
    r"|e-mail|update|page|account|sign)"
)
"""Head nouns of an organisation's management, its spokespeople, and what it publishes."""
_ONE_OFFICER_WORD = re.compile(rf"\b{_ONE_OFFICER}\b", re.IGNORECASE)
_ITS = r"(?i:its|their)"
_THEIR = re.compile(r"\b(?i:their)\b")
OWN_VOICE = re.compile(
    rf"{_ITS}\s+{_MODIFIERS}{_OWN_VOICE}"
    rf"|(?i:an?|one|the)\s+{_MODIFIERS}{_OWN_VOICE}\s+(?:at|on|of|from|in|for)\s+{_ITS}\s+"
    rf"{_MODIFIERS}[\w’'-]+(?:\s+(?i:the)\s+[a-z][\w-]*)?"
    rf"|(?i:one|some|two|three)\s+of\s+{_ITS}\s+{_MODIFIERS}{_OWN_VOICE}",
)
"""An attribution that is an organisation's own voice through "its" or "their"; a channel
set before the subject without a comma ("a brief message on its website the company") is
the same voice."""


def owner_pronoun(attribution: str) -> str | None:
    """The pronoun ("it" or "they") whose party ``attribution`` is the own voice of, or None."""
    if OWN_VOICE.fullmatch(attribution) is None:
        return None
    return "they" if _THEIR.search(attribution) else "it"


def one_officer(attribution: str) -> bool:
    """Whether ``attribution`` is one person of an organisation's own voice ("Its operations
    director"), whom a later "he" or "she" may mean."""
    return (
        OWN_VOICE.fullmatch(attribution) is not None
        and _ONE_OFFICER_WORD.search(attribution) is not None
    )
