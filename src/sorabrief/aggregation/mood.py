"""Whether a sentence says that a claim's event happened, or only that it may, will or
would.

"Prosecutors filed a lawsuit" reports an event; "prosecutors said they were preparing a
lawsuit" and "the company said it would appeal" do not, though they share the claim's
words. The clause that holds most of the claim's words (``clauses.py``) decides: "said it had filed an
appeal and would ask the court to pause the order" reports the appeal. A clause is
*hypothetical* when it holds a modal verb (will, would, could, may, might, shall, 'll), an
intention (plans to, threatens to, is preparing) or a time to come (later this week,
tomorrow, next month). Modals are matched in lower case, so
the month May is not one. A decision still to come ("would decide whether to act") or an
open question ("Whether the meeting changes the duty") says the same of any act the
sentence does not name. An announcement or a decision of what will be done ("announced
that each family would receive …", "decided on Friday that no bus may charge more …") is
the decision itself, and reports the act it announces.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from sorabrief.aggregation.clauses import claim_clause, clause_spans
from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.aggregation.polarity import Aspect, polarity
from sorabrief.aggregation.speaking import SPEECH

_MODAL = re.compile(
    r"\b(?:will|would|could|may|might|shall|won[’']t|wouldn[’']t|couldn[’']t)\b|[’']ll\b|"
    r"\b(?:[Pp]lan|[Ii]ntend|[Tt]hreaten|[Pp]romise|[Vv]ow|[Ee]xpect|[Aa]im|[Hh]ope)"
    r"(?:s|ed|d|ing)? to\b|\b(?:preparing|going to)\b|"
    r"(?i:\b(?:later (?:today|this (?:week|month|year))|tomorrow|next (?:week|month|year)|"
    r"in the coming (?:days|weeks|months))\b)"
)


_SCHEDULED = re.compile(r"(?i)\b(?:due|scheduled|set|supposed|planned) to\b")


def scheduled(text: str) -> bool:
    """Whether the text speaks of what may, will or would happen, or of what was due,
    scheduled or set to happen ("were due to sit the papers on 10 June")."""
    return hypothetical(text) or _SCHEDULED.search(text) is not None


_WHEN = re.compile(r"(?i)\s*when\b")


def hypothetical(text: str) -> bool:
    """Whether the text speaks of what may, will or would happen (a modal or an intention)."""
    return _MODAL.search(text) is not None


_PRESENT = re.compile(r"\b(?:is|are)\b")
_PAST_BEFORE = re.compile(
    r"\b(?:was|were|had|has|have|did)\b|(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bits )"
    r"(?<!\btheir )\b[a-z]{3,}ed\b"
)
"""A verb in the past before the first "is" or "are"; a participle after an article or
possessive ("the affected doses") describes a noun."""


def standing(statement: str) -> bool:
    """Whether an event is stated in the present ("Children are offered free check-ups",
    "crews are cleaning the shore"): an arrangement in force, which a sentence announcing
    it ("the office said every child will be offered a check-up") reports, unlike an act
    done ("the agency fined the firm"), which "would fine" does not."""
    found = _PRESENT.search(statement)
    return found is not None and _PAST_BEFORE.search(statement, 0, found.start()) is None


_DONE_BEFORE_NOUN = re.compile(
    r"(?i)\b(?:the|its|their|his|her|these|those|[a-z]+['’]s)\s+([a-z]+ed)\s+[a-z]"
)
"""A past participle between a determiner or possessive and its noun ("Wednesday's
cancelled papers", "the suspended contract")."""


def presupposed(sentence: str, act: str | None) -> bool:
    """Whether a sentence takes an act as done, naming what it was done to by it ("for
    Wednesday's cancelled papers candidates will get a refund" takes the cancellation as
    done, whatever its modal says of the refund)."""
    return act is not None and any(
        sentence_stems(m.group(1)) == (act,) for m in _DONE_BEFORE_NOUN.finditer(sentence)
    )


_WORD = re.compile(r"[A-Za-z]+")


def asserted(sentence: str, act: str | None) -> bool:
    """Whether a sentence states an act as done in a clause of its own: a word of the act's
    stem with no modal or intention before it in its clause ("and that its contract / had
    been terminated", "it has opened a procedure that could end in a fine"), though the
    clause holding most of the claim's other words speaks of what would happen."""
    if act is None:
        return False
    for start, end in clause_spans(sentence):
        for word in _WORD.finditer(sentence, start, end):
            if sentence_stems(word.group()) == (act,) and not hypothetical(
                sentence[start : word.start()]
            ):
                return True
    return False


_ANNOUNCED = re.compile(
    r"\b(?:announc(?:ed|es)|decided|ruled)\b(?!\s+(?:out|against)\b)"
    r"(?:\s+(?!that\b)[\w’'-]+){0,3}\s+that\b"
)
"""A formal announcement or decision of what will be done, with at most a few words of
when between the verb and its "that" ("announced on Saturday that fishers would receive a
daily allowance", "announced yesterday that …", "decided on 16 May that no trader may
…")."""


def announced(sentence: str) -> bool:
    """Whether a sentence announces or decides what will be done ("The minister announced
    that each family would receive 5,000 rupees", "the councils decided on Friday that no
    bus may charge more"): the announcement is the decision, so it reports
    an act of granting or setting up stated as done ("the government granted each family
    5,000 rupees"), though its clause says "would"."""
    return _ANNOUNCED.search(sentence) is not None


_SPOKEN_ACTS = frozenset(
    sentence_stems("promised pledged vowed ordered offered instructed directed guaranteed")
)
"""Acts done by saying what will be done: a promise, a pledge, an order, an offer."""


def said_to_come(sentence: str, act: str | None) -> bool:
    """Whether a sentence reports the words of an act done by saying (``_SPOKEN_ACTS``:
    "promised each family a grant") telling what will be done ("each family will receive a
    grant, the council said"): the words are the act. Not when the act itself is what may
    or will happen ("said it would order an audit")."""
    if act not in _SPOKEN_ACTS or SPEECH.search(sentence) is None:
        return False
    return not any(
        sentence_stems(word.group()) == (act,)
        and hypothetical(sentence[max(0, word.start() - 30) : word.start()])
        for word in _WORD.finditer(sentence)
    )


_NEGATED = re.compile(r"(?i)(?:\b(?:not|never|no)|n[’']t)\s+(?:[a-z]+\s+)?$")
"""A negation just before a word, or one word before it ("had not opened", "never
formally opened", "hasn't been")."""


def denied(sentence: str, act: str | None) -> bool:
    """Whether a sentence names an act only as not done: every word of its stem follows a
    negation ("said it was studying the case but had not opened proceedings")."""
    if act is None:
        return False
    found = [w for w in _WORD.finditer(sentence) if sentence_stems(w.group()) == (act,)]
    return bool(found) and all(
        _NEGATED.search(sentence, max(0, w.start() - 30), w.start()) for w in found
    )


_UNDECIDED = re.compile(
    r"(?i)\b(?:(?:will|would|to|shall|could|(?-i:may)|might)\s+(?:[a-z]+\s+)?decide|"
    r"(?:is|are|be|been|still)\s+(?:[a-z]+\s+)?deciding)\b(?!-)|^\W*whether\b|:\s*whether\b"
)
"""A decision still to come, in any case ("Will decide later whether", "is deciding
whether"; "may" only in lower case, as "May" may be the month), or an open question
opening a sentence or after a colon ("- Whether …", "What to watch: whether …"). Not
"were deciding" (a moment past: "while the staff were deciding what to do") nor
"decides" (a general truth: "is not what decides whether a line is clean")."""


def undecided(sentence: str) -> bool:
    """Whether a sentence tells of a decision still to come ("would decide later whether to
    take further action", "will decide on further measures") or opens with an open question
    ("- Whether the meeting changes the duty", "What to watch: whether …"): what it speaks
    of has not been done yet."""
    return _UNDECIDED.search(sentence) is not None


def only_hypothetical(sentence: str, claim_stems: Collection[str]) -> bool:
    """Whether the clause of ``sentence`` holding most of ``claim_stems`` is hypothetical
    (the first such clause on a tie)."""
    if not hypothetical(sentence):
        return False
    start, end = claim_clause(sentence, claim_stems)
    return hypothetical(sentence[start:end])


def expected(text: str, start: int, end: int) -> bool:
    """Whether the clause ``text[start:end]`` speaks of what may, will or would happen, or
    opens with "when" after words that do ("the stock could fall 10% when it resumes
    trading": the time of a forecast, not a change)."""
    clause = text[start:end]
    if hypothetical(clause):
        return True
    return _WHEN.match(clause) is not None and hypothetical(text[:start])


def only_expected(text: str) -> bool:
    """Whether every clause of ``text`` saying a change is ``expected``: a forecast."""
    changes = [
        expected(text, start, end)
        for start, end in clause_spans(text)
        if polarity(text[start:end]).aspect == Aspect.CHANGED
    ]
    return bool(changes) and all(changes)
