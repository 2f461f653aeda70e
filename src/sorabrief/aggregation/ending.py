"""Whether a sentence reports that a status's state ended, by the grammar of change.

A status is a **state** of a **subject**, read from its first clause ("No trains are
running between the towns; replacement buses …" is trains not running). A clause of a
sentence, about the subject, reports the state ended in one of four ways:

1. **the state's own word, affirmed**: a status denying an act or a state ("have not yet
   been signed", "no buses are running", "cannot sail", "is not available") ends when a
   clause states it, not negated, as done or going on ("were finally signed", "ran",
   "is available"); irregular verbs match through their principal parts;
2. **permission given back**: a status forbidding an act ("must not swim", "a do-not-swim
   order", "barred from landing") ends when a clause says the act may be done ("allowed
   to swim", "given the all-clear to swim") or is done again ("swimming again");
3. **return**: the subject's head noun followed by "back" or a word of change ("buses are
   back on the road"), as ``subject.names_change`` reads it, of the first clause's state;
4. **a stop undone**: a status whose state is a stop ("remains suspended", "stays
   closed") ends when a clause undoes a stop of the same family ("lifted the suspension",
   "the closure was lifted"), holding another stem of the state.

For the first two, the clause must also hold another stem of the status's first clause (a
verb alone is about anything). A clause that negates, is a condition, speaks of what may,
will or is due to happen, or looks back in the pluperfect reports nothing; nor does a
sentence with a clause naming the subject as still in its state ("bus services resumed
while fuel deliveries stay suspended").
"""

from __future__ import annotations

import functools
import re

import attrs

from sorabrief.aggregation.meaning import sentence_stems, state_words
from sorabrief.aggregation.mood import expected, scheduled
from sorabrief.aggregation.polarity import ONGOING_WORDS, STOPPED_WORDS, Aspect, polarity
from sorabrief.aggregation.subject import (
    ended_by_change,
    names_change,
    status_head,
    status_subject,
)
from sorabrief.model import Claim

_FIRST = re.compile(r";\s|,\s(?:and|but|while|whereas)\s|\s(?=(?:but|while|whereas)\s)")
"""Where a status's first clause, its state, ends."""
_SUBORDINATE = re.compile(
    r"(?i)\s(?=(?:because|since|after|before|as|when|while|which|who|whose|where|although|"
    r"though|until|unless|once|if|that)\s)"
)
"""Where the main clause of a status's state ends: what it denies is its own ("the road
remains closed because the bridge has not been inspected" denies nothing of the road)."""
_AND = re.compile(r"(?i)\s+and\s+")
"""A second state joined to the first ("the mine remains closed and has not been
inspected"): affirming what it denies ends only that one, so a denial counts in the first."""
_CLAUSE = re.compile(
    r"(?i);\s|,\s(?:and|but|while|though|although)\s|\s(?=(?:after|before|since|because|when|"
    r"while|which|who|whose|where|although|though|until|unless|once|if|whereas|but)\s)"
)
"""Where a clause of a newer sentence ends."""

_DENIED = re.compile(
    r"(?i)(?:\b(?:not|never|cannot|yet\s+to|still\s+to)|n[’']t)"
    r"(?:\s+(?:yet|fully|been|be|being|have|has))*\s+([a-z-]+)"
)
"""A word denied: an act still to happen or not going on ("have not yet been signed", "is
yet to be paid", "cannot sail"), or a state not holding ("is not available")."""
_NONE_DOING = re.compile(
    r"(?i)\bno\s+(?:[\w’'-]+\s+){1,4}?(?:is|are|was|were|has|have)\s+(?:been\s+)?([a-z]+ing)\b"
)
"""An activity denied of all its doers: "no buses are running"."""
_FORBIDDEN = re.compile(
    r"(?i)\b(?:must|should|may)\s+not\s+([a-z]+)|\bmustn[’']t\s+([a-z]+)|"
    r"\bdo-not-([a-z]+)|\b(?:banned|barred|forbidden|prohibited)\s+from\s+([a-z]+ing)\b|"
    r"\bnot\s+(?:allowed|permitted)\s+to\s+([a-z]+)|\btold\s+not\s+to\s+([a-z]+)"
)
"""An act forbidden: "must not swim", "a do-not-swim order", "barred from landing"."""
_PERMITTED = re.compile(
    r"(?i)(?<![\w-])(?:allowed|permitted|cleared|free|able|given\s+the\s+(?:all-clear|go-ahead|"
    r"green\s+light))\s+to\s+([a-z]+)"
)
"""A permission or clearance to do an act: "allowed to swim", "given the all-clear to swim"."""
_AGAIN = re.compile(r"(?i)\bagain\b")
_NOUN_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|no|any)\s+$")
"""A word after an article or possessive is a noun or names one ("the writing"), not a
verb stating the act."""
_LOOKED_BACK = re.compile(r"(?i)\b(?:had|to)\s+(?:\w+ly\s+)?(?:been\s+|be\s+)?$")
"""Before the act, a pluperfect ("had been signed") or an infinitive ("to sign")."""
_BE_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
"""A form of "be" right before a word, past any adverb ("are running", "is fully open")."""
_CONDITION = re.compile(r"(?i)\s*(?:before|until|unless|once|if)\b")
"""A clause opening with a condition or a time not yet reached ("before they are able to
swim again"): no state it tells has come."""
_PAST_PERIOD = re.compile(r"(?i)\b(?:in|since)\s+(?:19|20)\d\d\b")
"""A bare year as the time of the act ("has sailed for the line since 2011"): a look back
to a period before the incident, not its end."""
_BRIEF = re.compile(r"(?i)\b(?:briefly|temporarily|momentarily)\b")
"""An act said to have held briefly ("was briefly available"): it came and went."""
_SAYING = frozenset(sentence_stems("expect say know comment confirm rule clear"))
"""Words of saying or knowing denied ("not expected", "not said"): no act of the subject."""

_IRREGULAR = {
    form: base
    for base, forms in {
        "be": "was were been",
        "begin": "began begun",
        "bring": "brought",
        "build": "built",
        "buy": "bought",
        "catch": "caught",
        "choose": "chose chosen",
        "come": "came",
        "deal": "dealt",
        "do": "did done",
        "draw": "drew drawn",
        "drink": "drank drunk",
        "drive": "drove driven",
        "eat": "ate eaten",
        "fall": "fell fallen",
        "feed": "fed",
        "fight": "fought",
        "find": "found",
        "fly": "flew flown",
        "freeze": "froze frozen",
        "get": "got gotten",
        "give": "gave given",
        "go": "went gone",
        "grow": "grew grown",
        "hold": "held",
        "keep": "kept",
        "know": "knew known",
        "lead": "led",
        "leave": "left",
        "lend": "lent",
        "lose": "lost",
        "make": "made",
        "meet": "met",
        "pay": "paid",
        "ride": "rode ridden",
        "rise": "rose risen",
        "run": "ran",
        "see": "saw seen",
        "sell": "sold",
        "send": "sent",
        "shake": "shook shaken",
        "shoot": "shot",
        "sing": "sang sung",
        "sit": "sat",
        "sleep": "slept",
        "speak": "spoke spoken",
        "spend": "spent",
        "stand": "stood",
        "steal": "stole stolen",
        "swim": "swam swum",
        "take": "took taken",
        "teach": "taught",
        "tell": "told",
        "think": "thought",
        "throw": "threw thrown",
        "wake": "woke woken",
        "wear": "wore worn",
        "win": "won",
        "write": "wrote written",
    }.items()
    for form in forms.split()
}
"""The past forms of common irregular English verbs, by their base."""


@functools.lru_cache(maxsize=1 << 14)
def _lemma(word: str) -> str:
    """The stem of a word, an irregular verb's past forms read as its base ("ran": run)."""
    word = word.lower()
    found = sentence_stems(_IRREGULAR.get(word, word))
    return found[0] if len(found) == 1 else ""


@attrs.frozen
class _State:
    """What a status's first clause denies or forbids, and what it is about."""

    denied: frozenset[str]
    forbidden: frozenset[str]
    stopped: frozenset[str]
    about: frozenset[str]
    head: tuple[str, ...]
    first: Claim | None


@functools.lru_cache(maxsize=1 << 10)
def _state(claim: Claim) -> _State:
    """What a status's first clause denies (in its main clause, before any "and") or
    forbids, its words, its subject's head, and itself as a status when it is one a change
    ends though the whole statement is not."""
    first = _FIRST.split(claim.statement, maxsplit=1)[0]
    main = _SUBORDINATE.split(first, maxsplit=1)[0]
    forbidden = {_lemma(w) for m in _FORBIDDEN.finditer(main) for w in m.groups() if w} - {""}
    one = _AND.split(main, maxsplit=1)[0]
    denied = {_lemma(m.group(1)) for m in _DENIED.finditer(one)}
    denied |= {_lemma(m.group(1)) for m in _NONE_DOING.finditer(one)}
    denied -= {"", *forbidden, *_SAYING}
    within = attrs.evolve(claim, statement=first)
    stopped = {t for m in STOPPED_WORDS.finditer(one) for t in sentence_stems(m.group())}
    return _State(
        frozenset(denied),
        frozenset(forbidden),
        frozenset(stopped),
        state_words(first),
        status_head(within),
        within if ended_by_change(first) and not ended_by_change(claim.statement) else None,
    )


def reports_ending(text: str, claim: Claim) -> bool:
    """Whether a sentence reports that a status's state ended: its own word affirmed, a
    permission given back, or its subject back (module docstring)."""
    state = _state(claim)
    if not (state.denied or state.forbidden or state.stopped or state.first):
        return False
    spans = _clauses(text)
    if _kept(text, spans, state):
        return False
    if state.first is not None and names_change(
        text, status_subject(state.first), lambda _: 1.0, state.head
    ):
        return True
    return any(_affirmed(text, start, end, state) for start, end in spans)


def _clauses(text: str) -> list[tuple[int, int]]:
    breaks = list(_CLAUSE.finditer(text))
    starts = [0, *(m.end() for m in breaks)]
    ends = [*(m.start() for m in breaks), len(text)]
    return list(zip(starts, ends, strict=True))


def _kept(text: str, spans: list[tuple[int, int]], state: _State) -> bool:
    """Whether a clause naming the subject's head says it is still in its state."""
    if not state.head:
        return False
    for start, end in spans:
        clause = text[start:end]
        if state.head[-1] in sentence_stems(clause) and (
            ONGOING_WORDS.search(clause) or STOPPED_WORDS.search(clause)
        ):
            return True
    return False


_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def _affirmed(text: str, start: int, end: int, state: _State) -> bool:
    """Whether the clause ``text[start:end]`` states a denied word of the status, or says a
    forbidden act may be done or is done again, with another stem of the state."""
    clause = text[start:end]
    said = polarity(clause)
    if said.negated or said.aspect == Aspect.ONGOING or scheduled(clause):
        return False
    if _PAST_PERIOD.search(clause) or _BRIEF.search(clause) or _CONDITION.match(clause):
        return False
    if expected(text, start, end):
        return False
    held = set(sentence_stems(clause))
    if state.stopped and _stop_lifted(clause, state.stopped, held & state.about):
        return True
    for m in _WORD.finditer(clause):
        act = _lemma(m.group())
        denied = (
            act in state.denied
            and _stated(m.group(), clause[: m.start()])
            and bool(state.head)
            and state.head[-1] in held
        )
        allowed = (
            act in state.forbidden
            and bool(_AGAIN.search(clause, m.end()) or _permitted(clause, m.start()))
            and bool(held & (state.about - {act}))
        )
        if denied or allowed:
            return True
    return False


_UNDOING = r"(?:lifted|revoked|rescinded|overturned|quashed|ended)"
"""Past forms of the verbs that undo a stop."""
_LIFTED = re.compile(
    rf"(?i)\b{_UNDOING}\b"
    r"(?:\s+(?:the|its|their|his|her|a|an|all))*((?:\s+[\w’'-]+){1,2})"
)
"""A verb in the past undoing a stop, with the two words it acts on ("lifted the
suspension"); not the present, which tells what would be ("whether the council lifts its
ban")."""
_LIFTED_PASSIVE = re.compile(rf"(?i)\b(?:was|were|has\s+been|have\s+been)\s+{_UNDOING}\b")
"""A stop said undone in the passive ("the suspension on the quarry was lifted"): its
subject is the words before it."""


def _stop_lifted(clause: str, stopped: frozenset[str], shared: set[str]) -> bool:
    """Whether a clause says a stop like the status's was undone: a verb undoing it acts on
    a noun of the stopped word's family ("lifted the suspension" for "remains
    suspended", "the closure was lifted" for "stays closed"), and the clause holds another
    stem of the status's state ("the ministry", "the plant")."""
    acted = [m.group(1) for m in _LIFTED.finditer(clause)]
    acted += [clause[: m.start()] for m in _LIFTED_PASSIVE.finditer(clause)]
    family = {t for words in acted for t in sentence_stems(words) if _kin(t, stopped)}
    return bool(family) and bool(shared - family - stopped)


def _kin(stem: str, stopped: frozenset[str]) -> bool:
    """Whether a stem is of the family of a stopped word's ("suspens" of "suspend",
    "closur" of "close"): they share all but the last letter of the shorter, at least
    three letters."""
    for word in stopped:
        shorter = min(len(stem), len(word))
        common = next(
            (i for i, (a, b) in enumerate(zip(stem, word, strict=False)) if a != b), shorter
        )
        if common >= max(3, shorter - 1):
            return True
    return False


def _stated(word: str, before: str) -> bool:
    """Whether a word states the act or state as done or going on: a past form ("signed",
    "ran") or a word after a form of "be" ("are running", "is available"), not after an
    article, a pluperfect or "to" ("the pumps", "had been signed", "to sign")."""
    if _NOUN_BEFORE.search(before) or _LOOKED_BACK.search(before):
        return False
    past = word.lower() in _IRREGULAR or word.lower().endswith("ed")
    return past or _BE_BEFORE.search(before) is not None


def _permitted(clause: str, at: int) -> bool:
    """Whether the word at ``at`` follows a permission ("allowed to", "cleared to")."""
    return any(m.start(1) == at for m in _PERMITTED.finditer(clause))
