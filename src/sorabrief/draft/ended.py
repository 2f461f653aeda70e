"""Whether a newer sentence ends a drafted status: its change is said of what the status
is about, not of anything else the sentence names.

A status is about its subject ("The audit of the payroll | is under way"; a status with
no verb of being or staying there, "Water bowsers supply the villages", is about all its
words). A sentence ends it when, without negating, it says a change (``status.py``) and
the change is said of a word of that subject: the change word acts on it ("lifted the
ban" for "the ban remains in force") or it is the subject of the change word in its
clause ("the bowsers were withdrawn", "piped supply resumed"). A change said of something
else ("ending a strike that had closed schools" for an audit) ends nothing, and nor does
a beginning ("launched", "rolled out"): a thing begun is no state ended. A newer count of
what a status counts, in the same state, replaces it too ("eight people still missing"
for "Sixteen people remain missing").
"""

from __future__ import annotations

import re

from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.aggregation.polarity import CHANGE_WORDS
from sorabrief.aggregation.status import changes_its_words, says_a_change
from sorabrief.aggregation.subject import status_subject, subject_text
from sorabrief.model import Claim

SUBJECT_WORDS = 4
"""How many words before a change word, within its clause, may name what changed."""
_CLAUSE_BREAK = re.compile(
    r"[,;:()“”\"]|\b(?:and|but|or|while|as|when|after|before|until|since|though|although|"
    r"because|which|who|that|where)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"(?i)\b(?:not|never|no|n[’']t|yet)\b")
_NOT_SAID_OF = frozenset({"now", "no longer", "launched", "rolled out"})
"""Change words that say nothing of the words before them: "now" dates, "no longer" is
read after its verb, and what is launched or rolled out begins."""


def subject_words(claim: Claim) -> str:
    """What a status is about: its subject, else all its statement."""
    if claim.subject:
        return claim.subject
    return subject_text(claim.statement) if status_subject(claim) else claim.statement


def ends_status(text: str, claim: Claim) -> bool:
    """Whether a sentence says, without negating, that what a status is about changed."""
    said = subject_words(claim)
    return changes_its_words(text, said) or _said_of(text, frozenset(sentence_stems(said)))


def names_subject(text: str, claim: Claim) -> bool:
    """Whether a sentence holds a word of what a status is about."""
    return not frozenset(sentence_stems(subject_words(claim))).isdisjoint(sentence_stems(text))


def _said_of(text: str, said: frozenset[str]) -> bool:
    """Whether a change word of a sentence saying a change has for its subject, within its
    clause, a word of ``said`` ("the bowsers were withdrawn", "piped supply resumed")."""
    if not said or not says_a_change(text):
        return False
    for match in CHANGE_WORDS.finditer(text):
        if match.group().lower() in _NOT_SAID_OF:
            continue
        clause = _CLAUSE_BREAK.split(text[: match.start()])[-1]
        words = clause.split()[-SUBJECT_WORDS:]
        if _NEGATED.search(" ".join(words)):
            continue
        if not said.isdisjoint(sentence_stems(" ".join(words))):
            return True
    return False


_COUNT = (
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"dozens|scores|hundreds|thousands"
)
_VERB = r"(?:are|were|is|was|remain\w*|still)\b"
_COUNTED_STATE = re.compile(
    rf"(?i)\b(?P<count>{_COUNT})\s+(?:(?!{_VERB})[a-z’'-]+\s+)?(?P<noun>(?!{_VERB})[a-z’'-]+)\s+"
    r"(?:remain(?:s|ed)?|(?:are|were|is|was)\s+still|still(?:\s+(?:in|at|on))?)\s+"
    r"(?:(?:in|at|on|under)\s+)?(?P<state>[a-z’'-]+)"
)
"""A count of something in a state that goes on: "sixteen people remain missing", "eight
people still missing", "four pupils are still in hospital"."""


def recounts(text: str, statement: str) -> bool:
    """Whether a sentence gives another count of what a status counts, in the same state
    ("eight people still missing" for "Sixteen people remain missing"): the newer count
    replaces the older."""
    counted = {_counted(m) for m in _COUNTED_STATE.finditer(statement)}
    return any(
        (key := _counted(m))[1:] in {c[1:] for c in counted} and key not in counted
        for m in _COUNTED_STATE.finditer(text)
    )


def _counted(match: re.Match[str]) -> tuple[str, str, str]:
    """The count, and the stems of the counted noun and of the state."""
    return (
        match["count"].lower(),
        " ".join(sentence_stems(match["noun"])),
        " ".join(sentence_stems(match["state"])),
    )
