"""Speech verbs in the passive ("was told", "were warned"): their subject heard the words.

The words are those of the agent after "by" ("were told by the council"); without one, of the
organisation or group the clause names before the verb ("spent an hour on hold to Acme's
helpline, only to be told …" is Acme's), else of no one known.
"""

from __future__ import annotations

import re

_PASSIVE_VERBS = frozenset({"told", "asked", "warned", "urged", "promised", "accused"})
_AUXILIARY = re.compile(
    r"\b(?:be|been|being|was|were|is|are|am|get|gets|got|getting)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_AUXILIARY_REACH = 24
"""Characters before the verb searched for its auxiliary and an adverb."""
_AGENT = re.compile(r"\s+by\s+(?P<agent>[^,.;:!?“”«»\"‘]+?)(?=\s*(?:[,.;:!?]|\bthat\b|$))")


def is_passive(text: str, verb: re.Match[str]) -> bool:
    """Whether the speech verb ``verb`` of ``text`` is in the passive ("were told")."""
    return (
        verb.group().lower() in _PASSIVE_VERBS
        and _AUXILIARY.search(text, max(0, verb.start() - _AUXILIARY_REACH), verb.start())
        is not None
    )


def in_passive(text: str, verb: re.Match[str]) -> bool:
    """Whether the speech verb ``verb`` of ``text`` is any past participle after an auxiliary
    ("before the levy was announced", "were reported"): its subject is what was said, so it
    attributes nothing to that subject."""
    return (
        verb.group().lower().endswith(("ed", "told", "said"))
        and _AUXILIARY.search(text, max(0, verb.start() - _AUXILIARY_REACH), verb.start())
        is not None
    )


def passive_agent(text: str, verb: re.Match[str]) -> re.Match[str] | None:
    """The agent written right after a passive verb ("told by the council"), as group "agent"."""
    return _AGENT.match(text, verb.end())
