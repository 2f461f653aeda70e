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
- A clause also names the subject when the head is what it is about: a few words before
  the clause's first verb of being or having, right before that verb or a preposition,
  not as an owner ("Production is running again at the works", "The Orla ferry from the
  mainland is back in service"; not "the ferry company is running buses again").
- A status that says its subject is **in force** ("The levy remains in force", "still
  stands", "is payable"; ``in_force``) is ended by a clause in which a verb of suspending
  or undoing acts on the head ("has suspended enforcement of the levy", "quashed the
  levy"), not after a negation, a condition or a pluperfect ("refused to suspend", "if
  the court suspends", "had suspended a similar levy in 2019").
- A clause that names the subject as still in its state ("The pier remains closed,
  although the wider harbour reopened on Monday"; "remains", "still", or a stopped state
  such as "closed") says it did not change, whatever another clause of the sentence says.
- A subject of one stem ("The company") names too little to tell by share: it counts
  only through its head as above ("the gondola is carrying passengers again").
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
    change_polarity,
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
_OWNER = re.compile(r"[’']s?$")
"""A word written as an owner ("the ferry's", "the ferries'")."""
_AUXILIARY = re.compile(
    r"(?i)has|have|had|was|were|is|are|be|been|being|now|finally|fully|all|also|partly|"
    r"largely|mostly|gradually|again"
)
"""Words that may come between a noun and the verb saying it changed."""

_BEGUN = re.compile(r"(?i)start(?:s|ed)?|beg(?:an|un|ins)")
"""A verb of beginning: said of what a status says is stopped ("payouts are frozen"),
"payouts finally started" ends the stop."""

_SUSPENDING = re.compile(
    r"(?i)(?<!\bto )(?<!\bnot )\b(?:suspend(?:s|ed)?|halt(?:s|ed)?|quash(?:es|ed)?|"
    r"overturn(?:s|ed)?|annul(?:s|led)?|set aside|struck down|strikes down)\s+([^,.;:()]*)"
)
"""A verb of suspending or undoing, with the words after it ("suspended enforcement of the
fines", "quashed the fine"): said of what a status says is in force, the state ends."""
_IN_FORCE = re.compile(
    r"(?i)\b(?:in (?:force|effect|place)|valid|binding|payable|stands|upheld|appl(?:y|ies))\b"
)
"""A state in force ("remains in force", "stands", "is payable"), which suspending ends."""
_NOT_SO = re.compile(r"(?i)\b(?:if|unless|until|once|when)\b|\bhad\s+(?:\w+ly\s+)?$")
"""Before a verb of suspending, a condition ("if the court suspends the fine") or the
pluperfect of a look back ("a court had suspended a similar levy in 2019")."""
_OBJECT_ENDS = re.compile(
    r"(?i)\s(?:and|but|or|while|until|after|before|since|pending|which|that)\s"
)
"""Where what a verb of suspending acts on ends ("suspended the hearing, and the fine …")."""

_NOW = re.compile(r"(?i)\bnow\b")
"""Alone, "now" dates a state rather than saying it changed ("are now closed until May")."""

_SUBJECT_SPAN = 5
"""How many words before its first verb a clause's subject may name the head noun."""


def ended_by_change(statement: str) -> bool:
    """Whether a status is one that a plain change ends: it says a state goes on or does
    not hold ("remains in force", "cannot sail"; ``polarity.py``), or names a stopped state
    ("production is suspended"). "The review is under way" is not: a sentence saying it
    was launched changes nothing; nor is one whose first clause says its subject changed
    ("Trains were running again by Wednesday, but ticket sales are still off")."""
    stated = stated_polarity(statement)
    first = _CLAUSE.split(statement, maxsplit=1)[0]
    if Aspect.CHANGED in (stated.aspect, stated_polarity(first, True).aspect):
        return False
    return stated.opposes(Polarity(Aspect.CHANGED, False)) or bool(STOPPED_WORDS.search(statement))


def stopped_subject(claim: Claim) -> bool:
    """Whether a status says its subject is stopped ("Payouts to savers are frozen"),
    so that the subject's beginning again ends it; not when the subject is the stop
    itself ("The fishing ban remains in force")."""
    subject = claim.subject or subject_text(claim.statement)
    return bool(STOPPED_WORDS.search(claim.statement.replace(subject, " ", 1)))


def status_subject(claim: Claim) -> frozenset[str]:
    """The stems of what a status is about."""
    if claim.subject:
        return frozenset(sentence_stems(claim.subject))
    return frozenset(sentence_stems(subject_text(claim.statement)))


def status_head(claim: Claim) -> tuple[str, ...]:
    """The stems of the noun a status is about, the head of its subject, with the word
    before it when one comes after any possessive ("Most of Orlo Ferries' sailings":
    sailings; "Production on the fab's two lines": production; "Freight sailings from the
    quay": freight sailings). The head is the last word before a preposition."""
    words = _QUANTIFIER.sub("", claim.subject or subject_text(claim.statement))
    words = _PREPOSITION.split(words, maxsplit=1)[0]
    words = _POSSESSIVE.split(words)[-1]
    return sentence_stems(words)[-2:]


def in_force(statement: str) -> bool:
    """Whether a status says a state goes on in force ("The fine remains in force", "the
    order still stands"), naming no stop: suspending or quashing what it is about ends it.
    "Sessions remain on hold" is no such state."""
    stated = stated_polarity(statement)
    return (
        stated.aspect == Aspect.ONGOING
        and not stated.negated
        and _IN_FORCE.search(statement) is not None
        and not STOPPED_WORDS.search(statement)
    )


def subject_text(statement: str) -> str:
    """A status statement's words before its first verb of being, staying or having."""
    verb = _VERB.search(statement)
    return statement[: verb.start()] if verb else ""


def _says_change(after_head: Sequence[str]) -> bool:
    """Whether a word after the head noun (``_after_head``) says a change ("normal
    sailings resumed", "production has resumed", "Ortiz no longer chairs the board")."""
    return any(change_polarity(w).aspect == Aspect.CHANGED for w in after_head)


def _says_begun(after_head: Sequence[str]) -> bool:
    """Whether a word after the head noun (``_after_head``) is a verb of beginning
    ("payouts finally started")."""
    return any(_BEGUN.fullmatch(w) for w in after_head)


def _suspends_head(clause: str, held: Set[str], head: Sequence[str]) -> bool:
    """Whether the clause says, without negating, a condition or a look back before the
    verb, that the head noun was suspended or undone ("has suspended enforcement of the
    fines", "quashed the fine"); the head must be among the six words after the verb,
    before any conjunction."""
    if not set(head[:-1]) <= held:
        return False
    for m in _SUSPENDING.finditer(clause):
        acted = _OBJECT_ENDS.split(m.group(1), maxsplit=1)[0]
        words = _WORD.findall(acted)[:6]
        if head[-1] not in sentence_stems(" ".join(words)):
            continue
        before = clause[: m.start()]
        if not (_NOT_SO.search(before) or polarity(before).negated):
            return True
    return False


def _head_is_subject(clause: str, held: Set[str], head: Sequence[str]) -> bool:
    """Whether the head noun is what the clause is about: it comes a few words before the
    clause's first verb of being or having, right before that verb or a preposition, and
    not as an owner ("Production is running again", "The Lakeside ferry from the island
    was back in service"; not "the ferry company is running buses again")."""
    if not set(head[:-1]) <= held:
        return False
    words = _WORD.findall(clause)
    verb = next((at for at, w in enumerate(words) if _VERB.fullmatch(w)), None)
    if verb is None:
        return False
    return any(
        sentence_stems(w) == (head[-1],)
        and not _OWNER.search(w)
        and (at + 1 == verb or _PREPOSITION.fullmatch(f" {words[at + 1]} ") is not None)
        for at, w in enumerate(words[:verb])
        if at >= verb - _SUBJECT_SPAN
    )


def _after_head(clause: str, held: Set[str], head: Sequence[str]) -> list[str]:
    """The first word after each mention of the head noun in the clause, past auxiliaries
    and adverbs and, after a name, the rest of the name ("Ana Ortiz Vela"); "no longer"
    counts as one word (none when a word the head has before its noun is missing)."""
    if not set(head[:-1]) <= held:
        return []
    words = _WORD.findall(clause)
    found: list[str] = []
    for at, word in enumerate(words[:-1]):
        if sentence_stems(word) != (head[-1],):
            continue
        after = _name_end(words, at)
        rest = [w for w in words[after : after + 4] if not _AUXILIARY.fullmatch(w)]
        found += [" ".join(rest[:2])] if rest[:2] == ["no", "longer"] else rest[:1]
    return found


def _name_end(words: Sequence[str], at: int) -> int:
    """Where the words after ``words[at]`` begin: past the rest of a name, when that word
    is capitalised ("Ana Ortiz Vela"), stopping at a capitalised word that says a change or
    negates ("Ferry Back in Service")."""
    after = at + 1
    if words[at][:1].isupper():
        while (
            after < len(words) - 1
            and words[after][:1].isupper()
            and polarity(words[after]) == Polarity(Aspect.UNMARKED, False)
        ):
            after += 1
    return after


def names_change(
    text: str,
    subject: Iterable[str],
    weight: Callable[[str], float],
    head: Sequence[str] = (),
    begun: bool = False,
    force: bool = False,
) -> bool:
    """Whether a clause of ``text`` says, without negating, that ``subject`` changed, and
    no clause naming it says it stays as it was. With ``begun`` (the status says its
    subject is stopped), the head noun followed by a verb of beginning says a change; with
    ``force`` (the status says its subject is in force, ``in_force``), the head noun
    suspended or quashed does."""
    weights = {t: weight(t) for t in subject}
    total = sum(weights.values())
    if not weights or total <= 0:
        return False
    changed = kept = False
    breaks = list(_CLAUSE.finditer(text))
    starts = [0, *(m.end() for m in breaks)]
    ends = [*(m.start() for m in breaks), len(text)]
    for start, end in zip(starts, ends, strict=True):
        clause = text[start:end]
        held = set(sentence_stems(clause))
        named = (
            len(weights) > 1 and sum(v for t, v in weights.items() if t in held) >= NAMES * total
        )
        after_head = _after_head(clause, held, head) if head else []
        began = begun and _says_begun(after_head)
        undone = force and bool(head) and _suspends_head(clause, held, head)
        about = bool(head) and _head_is_subject(clause, held, head)
        if not (named or began or undone or about or _says_change(after_head)):
            continue
        said = change_polarity(_NOW.sub(" ", clause))
        if began and said.aspect == Aspect.UNMARKED and not said.negated:
            said = Polarity(Aspect.CHANGED, False)
        if undone:
            said = Polarity(Aspect.CHANGED, False)
        if said.aspect == Aspect.CHANGED:
            changed = changed or not (said.negated or expected(text, start, end))
        elif said.aspect == Aspect.ONGOING or STOPPED_WORDS.search(clause):
            kept = True
    return changed and not kept
