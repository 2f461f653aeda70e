"""Whether a sentence says that a stop a status is about was lifted or ended.

A newer report often ends a stopped state by naming the stop, not the state: "the
inspectorate lifted its suspension", "the ban was lifted on Saturday", against "the
line is closed" or "production is stopped while the licence suspension runs". So:

- A **stop** is a noun of stopping (suspension, closure, ban, halt, shutdown, stoppage,
  freeze, moratorium, embargo, lockdown). A clause **lifts** it when a verb of lifting or
  ending acts on it within a few words ("lifted its suspension", "ended the closure") or
  it is said to be lifted ("the ban was lifted"), without negating and not as what may,
  will or would happen (``mood.py``), nor in the pluperfect of a look back ("a ban had
  been lifted in 2019").
- The stop counts for a status only when the status's own words, or a sentence linked to
  it, name a stop of the same kind ("suspended", "suspension"; "closed", "closure"): a
  stop of something else lifted ("the fishing ban was lifted" for "the school is
  closed") says nothing of this status.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sorabrief.aggregation.mood import expected
from sorabrief.aggregation.polarity import polarity

_KINDS = {
    "suspension": r"suspen\w*",
    "closure": r"clos(?:ed|ure|ures|ing)",
    "ban": r"ban(?:s|ned)?",
    "halt": r"halt(?:s|ed)?",
    "shutdown": r"shut(?:down|downs)?",
    "stoppage": r"stop(?:s|ped|page|pages)?",
    "freeze": r"(?:freezes?|frozen)",
    "moratorium": r"moratori(?:um|a)",
    "embargo": r"embargo(?:es)?",
    "lockdown": r"lockdowns?",
}
"""Each kind of stop with the words that name it, as a noun or a stopped state."""

_STOP = (
    r"(?:suspensions?|closures?|bans?|halts?|shutdowns?|stoppages?|freezes?|"
    r"moratori(?:um|a)|embargo(?:es)?|lockdowns?)"
)
_LIFT = r"(?:lift(?:s|ed)?|end(?:s|ed)|revok(?:es|ed)|rescind(?:s|ed)|scrapp(?:ed)|called off)"
_LIFTED = re.compile(
    rf"(?i)(?<!\bto )(?<!\bnot )(?<!\bhad )\b{_LIFT}\s+(?:[\w’'-]+\s+){{0,3}}?(?P<a>{_STOP})\b|"
    rf"\b(?P<b>{_STOP}),?\s+(?:[\w’'-]+,?\s+){{0,4}}?(?:(?:has been|have been|was|were|is|are)\s+"
    r"(?:\w+ly\s+)?(?:lifted|ended|revoked|rescinded|scrapped|called off)|ended|expired)\b"
)
_CONDITION = re.compile(r"(?i)\s*(?:if|unless|until|once|when|before)\b")
"""A clause opened as a condition ("If the council lifts the ban, …") states no change."""
_CLAUSE = re.compile(
    r"(?i);\s|,\s(?:and|but|while)\s|\s(?=(?:after|before|since|because|when|while|which|"
    r"although|though|until|unless|once|if)\s)"
)


def stops_named(texts: Iterable[str]) -> frozenset[str]:
    """The kinds of stop the texts (a status's statement and linked sentences) name."""
    joined = " ".join(texts)
    return frozenset(
        kind for kind, words in _KINDS.items() if re.search(rf"(?i)\b{words}\b", joined)
    )


def lifts_stop(text: str, kinds: frozenset[str]) -> bool:
    """Whether a clause of ``text`` says, without negating and not as a forecast, that a
    stop of one of ``kinds`` was lifted or ended."""
    if not kinds:
        return False
    starts = [0, *(m.end() for m in _CLAUSE.finditer(text))]
    ends = [*(m.start() for m in _CLAUSE.finditer(text)), len(text)]
    for start, end in zip(starts, ends, strict=True):
        clause = text[start:end]
        if _CONDITION.match(clause):
            continue
        for m in _LIFTED.finditer(clause):
            noun = (m.group("a") or m.group("b")).lower()
            if not any(re.fullmatch(_KINDS[k], noun) for k in kinds):
                continue
            if polarity(clause[: m.start()]).negated or expected(text, start, end):
                continue
            if re.search(r"(?i)\bhad\b", clause[m.start() : m.end()]):
                continue
            return True
    return False
