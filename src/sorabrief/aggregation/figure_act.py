"""Whether a count's own words tell another act than the one a figure claim counts.

One report of a disaster gives many counts of the same people, each of an act: "two
people died and 14 were injured", "22 were treated and six admitted for observation", "seven
were rescued, two are missing". A count of people killed is no count of people injured,
and a claim of people hurt is told as much by "injured" as by "hurt". So each act has a
family of words (``ACTS``), being trapped and being missing one. A count whose own
words (its stretch of the clause, ``Figure.bound``) name acts only of families the
claim's subject counts none of (nor counts, ``COUNTED_AS``: "18 miners taken to
hospital" counts miners injured), while the subject counts one, counts another act: it
is not the claim's figure. Acts named before the subject's first word of no act tell
who its people are, not what it counts ("injured people discharged from hospital"), and
a count of them alone is not the claim's. Words of no family ("affected", "struck
down") decide nothing, nor do a noun of those who act ("rescuers"), the count's own
words or a name.
"""

from __future__ import annotations

import re

ACTS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"(?i)\b(?:{words})")
    for name, words in {
        "death": r"di(?:ed|e|es|ing)\b|dead\b|deaths?\b|kill|fatal|lost (?:their|his|her) lives"
        r"|death toll",
        "injury": r"injur|hurt|wound|maim",
        "care": r"hospitali[sz]|admitted\b|treated\b|(?:in|to) (?:the |a )?hospital"
        r"|in (?:a )?(?:serious|critical|stable) condition",
        "illness": r"ill\b|illness|sick|infect|poison",
        "rescue": r"rescu(?!ers?\b)|pulled (?:out|free|alive)|brought\s+(?:\w+\s+){0,3}out|freed\b"
        r"|saved\b",
        "trapped": r"trapp|missing\b|unaccounted|buried\b",
        "evacuation": r"evacua|displaced|fled\b|moved out",
        "discharge": r"discharg|released from (?:the |a )?hospital|sent home",
        "arrest": r"arrest|detain|custody",
    }.items()
}
"""Families of acts a count of people tells, each by its words."""

COUNTED_AS: dict[str, frozenset[str]] = {
    "injury": frozenset({"care"}),
    "care": frozenset({"injury", "illness"}),
}
"""Families whose counts also count a claim's act: after an accident the injured are
counted by those treated or taken to hospital, and those treated by those hurt or
sickened; but a count of people in hospital is no count of all who fell ill. A family
the subject names to tell who its people are is not counted so: "injured people
treated for burns" are some of the injured, so a count of the injured is not theirs."""


_NAME_WORD = re.compile(r"(?<!^)\b[A-Z][\w'’-]*")
"""A capitalised word past the first: part of a name ("the Mountain Rescue Service")."""


def acts_named(text: str) -> frozenset[str]:
    """The families of act (``ACTS``) whose words a text holds, outside names."""
    text = _NAME_WORD.sub(" ", text)
    return frozenset(name for name, pattern in ACTS.items() if pattern.search(text))


_ARTICLE = frozenset({"a", "an", "the", "all", "those", "any", "and", "or", "&"})
"""Words passed over when looking for a subject's first word of no act: articles, and the
conjunctions of acts named together ("dead and injured", "killed or hurt")."""


def counted_acts(subject: str) -> tuple[frozenset[str], frozenset[str]]:
    """The families of act a claim's subject counts, and those it names only to tell who
    its people are: the acts named before its first word of no act. "injured people
    discharged from hospital" counts those discharged, of the injured; "injured workers
    in serious condition" those in care; with no act after that word ("injured people"),
    the acts named are those counted."""
    words = subject.split()
    first = next(
        (i for i, w in enumerate(words) if w.lower() not in _ARTICLE and not acts_named(w)),
        len(words),
    )
    counted = acts_named(" ".join(words[first:]))
    if not counted:
        return acts_named(subject), frozenset()
    return counted, acts_named(" ".join(words[:first])) - counted


def another_act(words: str, subject: str, counted: str = "") -> bool:
    """Whether a count's own ``words``, but for the count itself (``counted``: "60
    rescuers" names who acted), name acts only of families the claim's ``subject``
    counts none of (``counted_acts``, ``COUNTED_AS``), while it counts one ("six people
    were admitted for observation" against "people killed in the crush")."""
    wanted, _ = counted_acts(subject)
    told = acts_named(words.replace(counted, "them") if counted else words)
    return bool(wanted) and bool(told) and not told & _accepted(subject)


_PARTICIPLE = re.compile(r"(?i)(?<=\w )([a-z]{3,}ed)\b")
"""A past participle after a subject's first word ("shops sealed", "taxis impounded")."""


def tells_subjects_verb(words: str, subject: str) -> bool:
    """Whether a count's own ``words`` hold the verb the claim's ``subject`` counts by
    ("and closed four kiosks" for "kiosks closed by wardens"), so that of two counts
    told in one sentence ("warned six kiosks and closed four"), the one its verb governs
    is the claim's. A subject with no participle has no such verb."""
    stems = {_stem(m.lower()) for m in _PARTICIPLE.findall(subject)}
    lowered = words.lower()
    return any(re.search(rf"\b{stem}", lowered) for stem in stems if len(stem) >= 4)


def tells_counted_act(words: str, subject: str) -> bool:
    """Whether a count's own ``words`` name an act of a family (``ACTS``) the claim's
    ``subject`` counts, or one whose count counts it too (``COUNTED_AS``): "and 21 were
    hurt" for "people injured in the crash", where "let dozens of fans crowd the
    gate" names none."""
    return bool(_accepted(subject) & acts_named(words))


def _accepted(subject: str) -> frozenset[str]:
    """The families of act whose counts count what the claim's ``subject`` counts."""
    wanted, described = counted_acts(subject)
    return wanted.union(*(COUNTED_AS.get(name, frozenset()) for name in wanted)) - described


def _stem(participle: str) -> str:
    """What a participle's other forms start with: "seal" of "sealed", "fine" of "fined"."""
    root = participle[:-2]
    return root if len(root) >= 4 else participle[:-1]
