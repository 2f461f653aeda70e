"""Whether a count's own words tell another act than the one a figure claim counts.

One report of a disaster gives many counts of the same people, each of an act: "two
people died and 11 were injured", "17 were treated and four admitted overnight", "seven
were rescued, two are missing". A count of people killed is no count of people injured,
and a claim of people hurt is told as much by "injured" as by "hurt". So each act has a
family of words (``ACTS``), being trapped and being missing one. A count whose own
words (its stretch of the clause, ``Figure.bound``) name acts only of families the
claim's subject names none of (nor counts, ``COUNTED_AS``: "31 workers taken to
hospital" counts workers injured), while the subject names one, counts another act: it
is not the claim's figure. Words of no family ("affected", "struck down") decide nothing,
nor do a noun of those who act ("rescuers"), the count's own words or a name.
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
sickened; but a count of people in hospital is no count of all who fell ill."""


_NAME_WORD = re.compile(r"(?<!^)\b[A-Z][\w'’-]*")
"""A capitalised word past the first: part of a name ("the Mountain Rescue Service")."""


def acts_named(text: str) -> frozenset[str]:
    """The families of act (``ACTS``) whose words a text holds, outside names."""
    text = _NAME_WORD.sub(" ", text)
    return frozenset(name for name, pattern in ACTS.items() if pattern.search(text))


def another_act(words: str, subject: str, counted: str = "") -> bool:
    """Whether a count's own ``words``, but for the count itself (``counted``: "60
    rescuers" names who acted), name acts only of families the claim's ``subject`` names
    none of, while the subject names one ("four people were admitted overnight" against
    "people killed in the crush")."""
    wanted = acts_named(subject)
    told = acts_named(words.replace(counted, "them") if counted else words)
    accepted = wanted.union(*(COUNTED_AS.get(name, frozenset()) for name in wanted))
    return bool(wanted) and bool(told) and not told & accepted
