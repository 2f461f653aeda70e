"""Whether a sentence states what a drafted claim states, not only who says it.

The linker links by meaning, and a drafted statement names its speaker ("The chairman,
Jo Park, said the members would vote on Friday"): every sentence in which that speaker
says anything shares the name, the role and the verb of saying with it, and another
outlet's sentence linked that way teaches the linker more of the same. What a sentence
states is what is left without those: the words of the parties' names, of roles ("chair",
"spokesperson") and of attribution ("said", "speaking on behalf of", "in a statement").
A sentence states the claim's proposition when it shares at least ``SHARED`` of those
stems with the statement, or ``SHARE`` of the fewer that either has; a claim's own
sentence always does.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

import attrs

from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.briefing import LinkMethod
from sorabrief.draft.spokespeople import OFFICE_WORDS, ROLE_WORDS
from sorabrief.draft.verify import Verified, verified
from sorabrief.draft.wording import SPEECH
from sorabrief.model import ClaimKind

SHARED = 3
"""Stems of what is stated that a sentence shares with the statement, at which it states it."""
SHARE = 0.5
"""Or the share of the fewer stems either states, with at least two shared."""
_ROLE = re.compile(rf"(?i)\b(?:{ROLE_WORDS}|{OFFICE_WORDS})s?\b")
_SAYING = re.compile(
    rf"\b(?:{SPEECH}|say|tell|speak|spoke|speaking|according\s+to|on\s+(?:his|her|their|its)"
    r"\s+behalf|on\s+behalf\s+of|in\s+a\s+(?:written\s+)?statement|statements?|told"
    r"|interview|comments?|commented|noted|stressed|explained|confirmed|announced|describ\w*)\b",
    re.IGNORECASE,
)
"""Words that attribute what is said rather than say it. "Confirmed" and "announced" pass
news on, and belong here as well: what is confirmed is the proposition."""


def stated_stems(text: str, names: Collection[str]) -> frozenset[str]:
    """The stems of what ``text`` states: its words but those of attribution, of roles and
    of ``names`` (the stems of the parties' names)."""
    plain = _SAYING.sub(" ", _ROLE.sub(" ", text))
    return frozenset(sentence_stems(plain)) - frozenset(names)


def states_same(statement: str, sentence: str, names: Collection[str]) -> bool:
    """Whether ``sentence`` states what ``statement`` states, not only who says it."""
    if " ".join(statement.split()) == " ".join(sentence.split()):
        return True
    mine, theirs = stated_stems(statement, names), stated_stems(sentence, names)
    shared = len(mine & theirs)
    fewer = min(len(mine), len(theirs))
    return shared >= SHARED or (shared >= 2 and shared >= SHARE * fewer)


EXCLUDED_WORDS = 10
"""An exclusion matches the first this many words of the sentence it leaves out."""
ROUNDS = 3
"""At most this many rounds of linking again: an exclusion changes what the linker learns
from other outlets, which may link a new sentence."""


def exclusion(sentence: str) -> str:
    """A pattern that matches ``sentence`` (its first ``EXCLUDED_WORDS`` words, as written)."""
    words = sentence.split()[:EXCLUDED_WORDS]
    return r"\s+".join(re.escape(w) for w in words)


def narrowed(checked: Verified, names: Collection[str], worded_from: Mapping[str, str]) -> Verified:
    """``checked`` with, on each claim but figures, an exclusion for every sentence linked by
    meaning that does not state what the claim states (never the sentence it is worded
    from, ``worded_from`` by claim id); linked again, and claims left unsupported dropped."""
    own = {i: " ".join(s.split()) for i, s in worded_from.items()}
    for _ in range(ROUNDS):
        added: dict[str, list[str]] = {}
        for supported in checked.briefing.claims:
            claim = supported.claim
            if claim.kind == ClaimKind.FIGURE:
                continue
            for evidence in supported.evidence:
                if evidence.method != LinkMethod.MEANING:
                    continue
                if " ".join(evidence.text.split()) == own.get(claim.id):
                    continue
                if not states_same(claim.statement, evidence.text, names):
                    pattern = exclusion(evidence.text)
                    if pattern not in claim.exclude and pattern not in added.get(claim.id, []):
                        added.setdefault(claim.id, []).append(pattern)
        if not added:
            break
        claims = tuple(
            attrs.evolve(c, exclude=(*c.exclude, *added.get(c.id, ()))) for c in checked.case.claims
        )
        again = verified(attrs.evolve(checked.case, claims=claims))
        checked = attrs.evolve(again, dropped=(*checked.dropped, *again.dropped))
    return checked
