"""Whether a sentence says a state persists or has changed, and whether it negates.

"Evacuation orders remain in place" and "evacuation orders have been lifted" share most
of their words and say opposite things. Status claims are about exactly this, so a
status links only to sentences whose polarity agrees with its statement:

- **aspect**: *ongoing* (remain, still, continue, in place, not yet) against *changed*
  (restored, resumed, reopened, lifted, no longer, now, over; and, only in the past, as "crews are reconnecting homes" is a change under way
  and "a restart plan" none: restarted, reconnected, recommenced, reactivated, revoked,
  rescinded, unfrozen, unblocked; and an ending, by its aspect: called off, stood down,
  wound down, handed back, finished, completed). A change word right
  after a negation ("has not yet been restored") or in an infinitive ("unable to return",
  "expected to reopen"; but "allowed to return" is a change) says no change, and so does
  one in the pluperfect ("had reopened briefly in 2019"), a look back, unless a verb of
  saying comes before it ("said it had lifted the notice"). In a sentence with neither,
  "again" after its verb ("is paying out again") says a state came back, a change; a
  status's statement so worded ("trains are running again") names the state it links. A
  sentence with none of these is unmarked.
- **negation**: not, n't, cannot, unable, no (not "No." before a number: "Ward No. 4"),
  never, without, none, nor, and the negative
  pronouns nobody, nothing, nowhere ("nobody may go back" says no return); in a marked
  sentence, only in a clause holding a mark ("lifted the order after tests found no
  trace" says the change).

Two texts are opposite when both are marked with different aspects, when neither is
marked and exactly one negates, when an unmarked one negates ("cannot sail") and the
other says, without negating, that the state changed ("has lifted the notice"), or when
one says with a negation that the state goes on ("has not yet been restored") and the
other, unmarked, does not negate ("the storm cut power to the town"). A conditional
clause ("until the board lifts its notice", "unless", "before", "once", "if") states no
state and is left out, as is an open question ("whether the board lifts its notice"),
and so is what someone was ordered, urged or asked to do ("the
court ordered the crews to go back to work").

The patterns tried on every sentence carry a one-character check in front
(``extract/first_char.py``): the same matches, without a full attempt at every position.
"""

from __future__ import annotations

import enum
import re

import attrs

from sorabrief.extract.first_char import with_first_char


class Aspect(enum.Enum):
    ONGOING = "ongoing"
    CHANGED = "changed"
    UNMARKED = "unmarked"


ONGOING_WORDS = with_first_char(
    r"\b(?:remain(?:s|ed|ing)?|still|continu(?:e|es|ed|ing)|ongoing|persist(?:s|ed|ing)?|"
    r"in (?:place|force|effect)|yet to|not yet|for now|for the time being|until further notice|"
    r"carr(?:y|ies) on)\b",
    re.IGNORECASE,
)
_CHANGED = with_first_char(
    r"\b(?:restor(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|reopen(?:s|ed|ing)?|"
    r"lift(?:s|ed|ing)?|reinstat(?:e|es|ed|ing)|no longer|(?<!for )(?<!until )now|ended|back|"
    r"re-?(?:started|connected|commenced|activated)|revoked|rescinded|unfrozen|unblocked|"
    r"return(?:s|ed|ing)?|recovered|released|launched|rolled out|withdrawn|taken (?:off|down)|"
    r"(?:called|stood|wound) (?:off|down)|handed back|finished|completed)\b|"
    r"\b(?:is|are|was|were|be|been)\s+over\b(?!\s+\d)|\bover(?=\s*(?:[.,;:!?”\"’)]|$)|\s+(?:as|but|and)\b)",
    re.IGNORECASE,
)
"""Also "over" said of a state ("the strike is over", "declared the outbreak over."), never
"over" before what it governs ("over 300 people", "over the weekend")."""
CHANGE_WORDS = _CHANGED
"""The words saying that a state changed or ended, wherever they stand."""
_CONDITION = with_first_char(
    r"\b(?:until|unless|before|once|if|whether)\b(?! further notice)[^,.;:()]*", re.IGNORECASE
)
"""A clause that states a condition ("until the board lifts its notice") or asks an open
question ("whether the board lifts its notice"), not the state."""
_DIRECTIVE = with_first_char(
    r"(?:\b(?:order|urg|instruct|ask|compel|forc|requir|call(?:s|ed|ing)?\s+on)\w*"
    r"(?:\s+[\w’'-]+){0,4}?|\b(?:told|advised|warned)(?:\s+not)?)"
    r"\s+to\s+(?!(?:a|an|the|this|that|its|their|his|her)\b)[^,.;:()]*",
    re.IGNORECASE,
)
"""What someone was ordered, urged or asked to do ("ordered by the court to go back to
work", "urging staff to return", "are told not to drink it"): a demand, not a state."""
_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+ly\s+)?(?!been\b)(\w+(?:ed|en))\b(?!\s+that\b)")
"""A present perfect ("has suspended", "have shut down"): a change just made. One that
reports speech or thought ("has warned that", "have agreed that") changes nothing itself."""
STOPPED_WORDS = with_first_char(
    r"\b(?:suspended|halted|stopped|closed|shut|frozen|banned|barred|blocked|detained|grounded|"
    r"evacuated|offline|cut off|out of (?:service|action|use|order)|off the air)\b",
    re.IGNORECASE,
)
"""A state that a change ends ("is suspended", "is out of service")."""
_AGAIN = re.compile(
    r"(?i)(?<=\w)\s+again(?=\s*(?:[.,;:!?”\"’)]|$)|\s+(?:on|at|in|from|after|since|for|this|last|by|and|but)\b)"
)
""""Again" after its verb ("is paying out again", "were running again on Monday"): a state
back after a break. Before its verb it repeats an act ("again declined to comment"), and
said of a stopped state it says the stop came back ("the road was closed again")."""
_LOOK_BACK = re.compile(r"(?i)\bhad\s+(?:\w+ly\s+)?(?:been\s+)?(?=\w+$)")
"""A change word in the pluperfect ("had reopened briefly", "had been lifted"): what
happened before the time a report looks back to, not a change it reports."""
_REPORTED = re.compile(
    r"(?i)\b(?:said|says|say|told|confirmed|announced|reported|stated|added|explained|"
    r"insisted|noted|acknowledged|admitted)\b"
)
"""A verb of saying before a pluperfect: "the board said it had lifted the notice" reports
the change in reported speech."""
_SCOPE = re.compile(
    r"(?i);|,\s+(?=(?:and|but|while|whereas)\s)|"
    r"\s(?=(?:but|although|though|whereas|after|because|since|when|while)\s)"
)
"""Where a clause ends for negation: "the order was lifted after tests found nothing"."""
_NEGATION = with_first_char(
    r"\b(?:not|no(?!\.\s?\d)|never|without|none|nor|nobody|nothing|nowhere|cannot|unable)\b|"
    r"n[’']t\b",
    re.IGNORECASE,
)
"""A negation; not "No." before a number, which numbers a thing ("Hangar No. 7")."""
_UNCHANGED = with_first_char(
    r"(?:\b(?:not|never)|n[’']t|"
    r"(?<!allowed )(?<!permitted )(?<!cleared )(?<!\bable )(?<!free )(?<!began )(?<!started )\bto)"
    r"(?:\s+(?:yet|been|be|being|fully|all))*\s+(?=\w+$)",
    re.IGNORECASE,
)
"""A change word right after a negation ("has not yet been restored", "hasn't reopened",
"is yet to be lifted") says the change has not happened: the state goes on. So does one
in an infinitive ("unable to return", "expected to reopen", "no date for it to resume"),
unless a permission or a start comes before it ("allowed to return", "began to reopen")."""


@attrs.frozen
class Polarity:
    aspect: Aspect
    negated: bool

    def opposes(self, other: Polarity) -> bool:
        """Whether the two say opposite things about a state. A change denied ("no resident
        may return") says the state goes on, as "the building stays sealed" does."""
        if {self, other} == {DENIED_CHANGE, Polarity(Aspect.ONGOING, False)}:
            return False
        if Aspect.UNMARKED not in (self.aspect, other.aspect):
            return self.aspect != other.aspect
        if self.aspect == other.aspect == Aspect.UNMARKED:
            return self.negated != other.negated
        unmarked, marked = (self, other) if self.aspect == Aspect.UNMARKED else (other, self)
        if marked.aspect == Aspect.ONGOING:
            return marked.negated and not unmarked.negated
        return unmarked.negated and not marked.negated


PLAIN_CHANGE = Polarity(Aspect.CHANGED, False)
"""A text saying, without negating, that a state changed."""
DENIED_CHANGE = Polarity(Aspect.CHANGED, True)
"""A text saying, in a negated clause, that a state changed ("could not be moved home")."""


def polarity(text: str, returned: bool = True) -> Polarity:
    """The aspect and negation of a text; conditional clauses ("until …") and what someone
    was ordered or urged to do ("urged staff to return") do not count. Without
    ``returned``, "again" marks nothing (a statement naming a state). A marked text negates
    only when a clause holding its mark, or a change said not to have happened, does ("the
    order was lifted after tests found nothing" says the change; "the ward has not
    reopened, although its lifts were restored" negates)."""
    text = _DIRECTIVE.sub(" ", _CONDITION.sub(" ", text))
    ongoing = [m.start() for m in ONGOING_WORDS.finditer(text)]
    changed, unchanged = [], []
    for m in _CHANGED.finditer(text):
        if _UNCHANGED.search(text, 0, m.end()):
            unchanged.append(m.start())
        elif not _LOOK_BACK.search(text, 0, m.end()) or _REPORTED.search(text, 0, m.start()):
            changed.append(m.start())
    if not (ongoing or changed) and returned and not STOPPED_WORDS.search(text):
        changed = [m.start() for m in _AGAIN.finditer(text)]
    if ongoing and not changed:
        return Polarity(Aspect.ONGOING, _negated_at(text, ongoing + unchanged))
    if changed and not ongoing:
        return Polarity(Aspect.CHANGED, _negated_at(text, changed + unchanged))
    return Polarity(Aspect.UNMARKED, _NEGATION.search(text) is not None)


_NO_LONGER = re.compile(r"(?i)\bno longer\b")


def change_polarity(text: str) -> Polarity:
    """As ``polarity``, with "no longer" read as the change it says: its "no" denies the
    state that ended, not the change ("the mayor no longer runs the port" says a change,
    as "the mayor has stepped down" does)."""
    return polarity(_NO_LONGER.sub("ended", text))


def _negated_at(text: str, marks: list[int]) -> bool:
    """Whether a clause of ``text`` holding one of the ``marks`` (offsets) negates."""
    start = 0
    for split in (*(m.start() for m in _SCOPE.finditer(text)), len(text)):
        if any(start <= mark < split for mark in marks) and _NEGATION.search(text, start, split):
            return True
        start = split
    return False


def stated_polarity(statement: str, returned: bool = False) -> Polarity:
    """The polarity of a status's statement: as ``polarity`` (with ``returned``, "again"
    after a verb says a change), and an unmarked statement in the present perfect ("the
    firm has suspended sales") says a change was made."""
    found = polarity(statement, returned)
    unmarked = found.aspect == Aspect.UNMARKED and not found.negated
    if unmarked and _PERFECT.search(_CONDITION.sub(" ", statement)):
        return Polarity(Aspect.CHANGED, False)
    return found


_CAUSE = re.compile(r"(?i)\b(?:now that|after|since|because)\b[^,.;:()]*")
"""A clause telling why or after what a change was made ("now that pumping has resumed"),
not the change."""


def perfect_verb(statement: str) -> str | None:
    """The verb of a status's present perfect ("has cancelled the levy": "cancelled") when
    that tense is what says its change: no word of the statement but its clause of cause
    says one plainly ("has declared the outbreak over" says it by "over"). A sentence telling that act in the
    past ("cancelled the levy on Saturday") reports the change."""
    found = polarity(_CAUSE.sub(" ", statement))
    if found.aspect == Aspect.CHANGED and not found.negated:
        return None
    perfect = _PERFECT.search(_CONDITION.sub(" ", statement))
    return perfect.group(1) if perfect else None
