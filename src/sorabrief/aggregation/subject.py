"""Whether a sentence says that a status's subject changed, however little else it shares.

"Withdrawals from the fund remain frozen" and "the fund's withdrawals resumed on Thursday,
two days after the board met and three weeks after savers marched" share few words by
cosine, as the second says much more; but its clause that says a change names everything
the status is about. So:

- A status's **subject** is its ``subject`` when given, else its statement up to the
  first verb of being, staying or having ("The ferry to the islands | remains docked").
  Its stems count by rarity in the case (IDF).
- A clause **says the subject changed** when it states a change without negating
  ("reopened", "lifted", "were allowed back"; ``polarity.py``; "now" alone says none)
  and not as what may, will or would happen ("could be lifted next month", "will celebrate
  when sailings resume"; ``mood.py``),
  and holds at least ``NAMES`` of the subject's weight. Clauses are split at semicolons, ", and", ", but",
  ", while" and before a subordinate clause ("after …", "since …", "which …"), so a change
  said of something else ("the road reopened after the landslide at the quarry") does not
  name what a later clause mentions.
- A clause also names the subject when it holds the subject's **head** noun (the last
  word before a preposition, after any possessive: "Most of Orlo Ferries' *sailings*",
  "*Production* on the fab's two lines"; with the word before it when the subject has
  one, "*Freight sailings* from the quay") followed, past auxiliaries and adverbs, by a
  word saying a change: "normal sailings resumed", "production has resumed at the plant".
  The owner is often not named again, or named another way ("the company"); "sailings
  from Brora resumed" or "sailings staff returned" name another thing. When the status
  says its subject is stopped ("Payouts to savers are frozen"), the head followed
  by a verb of beginning says the change too ("as payouts finally start").
- A clause that names the subject as still in its state ("The pier remains closed,
  although the wider harbour reopened on Monday"; "remains", "still", or a stopped state
  such as "closed") says it did not change, whatever another clause of the sentence says.
- A subject of one stem ("The company") names too little to tell: it never counts.
- Only a status that a change ends counts this way: one saying a state goes on or does
  not hold ("remain suspended", "cannot sail"), or naming a stopped state ("is closed",
  "is out of service"). "The inquiry is under way" is not ended by "the inquiry was
  launched".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence, Set

from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.aggregation.mood import expected
from sorabrief.aggregation.polarity import (
    STOPPED_WORDS,
    Aspect,
    Polarity,
    polarity,
    stated_polarity,
)
from sorabrief.model import Claim

NAMES = 0.7
"""The share of a status's subject (by stem rarity) a changed clause must hold."""

_VERB = re.compile(
    r"(?i)\b(?:remain(?:s|ed)?|stay(?:s|ed)?|is|are|was|were|has|have|had|still|"
    r"continu(?:e|es|ed)|can|cannot|could|will|would|may)\b"
)
_CLAUSE = re.compile(
    r"(?i);\s|,\s(?:and|but|while)\s|\s(?=(?:after|before|since|because|when|while|which|"
    r"who|whose|where|although|though|until|unless|once|if)\s)"
)

_QUANTIFIER = re.compile(r"(?i)^\s*(?:most|some|all|many|much|part|half|none|several)\s+of\s+")
_PREPOSITION = re.compile(r"(?i)\s(?:of|from|on|at|in|to|for|under|with|by|near)\s")
_POSSESSIVE = re.compile(r"[’']s?\s")
_WORD = re.compile(r"[\w’'-]+")
_AUXILIARY = re.compile(
    r"(?i)has|have|had|was|were|is|are|be|been|being|now|finally|fully|all|also|partly|"
    r"largely|mostly|gradually|again"
)
"""Words that may come between a noun and the verb saying it changed."""

_BEGUN = re.compile(r"(?i)start(?:s|ed)?|beg(?:an|un|ins)")
"""A verb of beginning: said of what a status says is stopped ("payouts are frozen"),
"payouts finally started" ends the stop."""

_NOW = re.compile(r"(?i)\bnow\b")
"""Alone, "now" dates a state rather than saying it changed ("are now closed until May")."""


def ended_by_change(statement: str) -> bool:
    """Whether a status is one that a plain change ends: it says a state goes on or does
    not hold ("remains in force", "cannot sail"; ``polarity.py``), or names a stopped state
    ("production is suspended"). "The review is under way" is not: a sentence saying it
    was launched changes nothing."""
    stated = stated_polarity(statement)
    if stated.aspect == Aspect.CHANGED:
        return False
    return stated.opposes(Polarity(Aspect.CHANGED, False)) or bool(STOPPED_WORDS.search(statement))


def stopped_subject(claim: Claim) -> bool:
    """Whether a status says its subject is stopped ("Payouts to savers are frozen"),
    so that the subject's beginning again ends it; not when the subject is the stop
    itself ("The fishing ban remains in force")."""
    subject = claim.subject or _subject_text(claim.statement)
    return bool(STOPPED_WORDS.search(claim.statement.replace(subject, " ", 1)))


def status_subject(claim: Claim) -> frozenset[str]:
    """The stems of what a status is about."""
    if claim.subject:
        return frozenset(sentence_stems(claim.subject))
    return frozenset(sentence_stems(_subject_text(claim.statement)))


def status_head(claim: Claim) -> tuple[str, ...]:
    """The stems of the noun a status is about, the head of its subject, with the word
    before it when one comes after any possessive ("Most of Orlo Ferries' sailings":
    sailings; "Production on the fab's two lines": production; "Freight sailings from the
    quay": freight sailings). The head is the last word before a preposition."""
    words = _QUANTIFIER.sub("", claim.subject or _subject_text(claim.statement))
    words = _PREPOSITION.split(words, maxsplit=1)[0]
    words = _POSSESSIVE.split(words)[-1]
    return sentence_stems(words)[-2:]


def _subject_text(statement: str) -> str:
    verb = _VERB.search(statement)
    return statement[: verb.start()] if verb else ""


def _head_then_change(clause: str, held: Set[str], head: Sequence[str]) -> bool:
    """Whether the clause names the head noun (``head``'s last stem; any word before it
    too), followed, past auxiliaries and adverbs, by a word saying a change ("normal
    sailings resumed", "production has resumed")."""
    return any(polarity(w).aspect == Aspect.CHANGED for w in _after_head(clause, held, head))


def _head_then_begun(clause: str, held: Set[str], head: Sequence[str]) -> bool:
    """Whether the clause names the head noun followed, past auxiliaries and adverbs, by a
    verb of beginning ("payouts finally started")."""
    return any(_BEGUN.fullmatch(w) for w in _after_head(clause, held, head))


def _after_head(clause: str, held: Set[str], head: Sequence[str]) -> list[str]:
    """The first word after each mention of the head noun in the clause, past auxiliaries
    and adverbs (none when a word the head has before its noun is missing)."""
    if not set(head[:-1]) <= held:
        return []
    words = _WORD.findall(clause)
    found = []
    for at, word in enumerate(words[:-1]):
        if sentence_stems(word) != (head[-1],):
            continue
        rest = [w for w in words[at + 1 : at + 5] if not _AUXILIARY.fullmatch(w)]
        found += rest[:1]
    return found


def names_change(
    text: str,
    subject: Iterable[str],
    weight: Callable[[str], float],
    head: Sequence[str] = (),
    begun: bool = False,
) -> bool:
    """Whether a clause of ``text`` says, without negating, that ``subject`` changed, and
    no clause naming it says it stays as it was. With ``begun`` (the status says its
    subject is stopped), the head noun followed by a verb of beginning says a change."""
    weights = {t: weight(t) for t in subject}
    total = sum(weights.values())
    if len(weights) < 2 or total <= 0:
        return False
    changed = kept = False
    starts = [0, *(m.end() for m in _CLAUSE.finditer(text))]
    ends = [*(m.start() for m in _CLAUSE.finditer(text)), len(text)]
    for start, end in zip(starts, ends, strict=True):
        clause = text[start:end]
        held = set(sentence_stems(clause))
        named = sum(v for t, v in weights.items() if t in held) >= NAMES * total
        began = bool(head) and begun and _head_then_begun(clause, held, head)
        if not (named or began or (head and _head_then_change(clause, held, head))):
            continue
        said = polarity(_NOW.sub(" ", clause))
        if began and said.aspect == Aspect.UNMARKED and not said.negated:
            said = Polarity(Aspect.CHANGED, False)
        if said.aspect == Aspect.CHANGED:
            changed = changed or not (said.negated or expected(text, start, end))
        elif said.aspect == Aspect.ONGOING or STOPPED_WORDS.search(clause):
            kept = True
    return changed and not kept
