"""Whether a count's own words tell another act than the one a figure claim counts.

One report of a disaster gives many counts of the same people, each of an act: "two
people died and 11 were injured", "17 were treated and four admitted overnight", "seven
were rescued, two are missing". A count of people killed is no count of people injured,
and a claim of people hurt is told as much by "injured" as by "hurt". So each act has a
family of words (``ACTS``): being hurt and being treated or taken to hospital for it are
one ("31 workers taken to hospital" against "workers injured"), as are being trapped and
being missing; falling ill is another, as is dying. A count whose own words (its stretch
of the clause, ``Figure.bound``) name acts only of families the claim's subject names
none of, while the subject names one, counts another act: it is not the claim's figure.
Words of no family ("affected", "struck down") decide nothing.
"""

from __future__ import annotations

import re

ACTS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"(?i)\b(?:{words})")
    for name, words in {
        "death": r"di(?:ed|e|es|ing)\b|dead\b|deaths?\b|kill|fatal|lost (?:their|his|her) lives"
        r"|death toll",
        "injury": r"injur|hurt|wound|maim|hospitali[sz]|admitted\b|treated\b"
        r"|(?:in|to) (?:the |a )?hospital|in (?:a )?(?:serious|critical|stable) condition",
        "illness": r"ill\b|illness|sick|infect|poison",
        "rescue": r"rescu|pulled (?:out|free|alive)|brought (?:\w+ ){0,3}out|freed\b|saved\b",
        "trapped": r"trapp|missing\b|unaccounted|buried\b",
        "evacuation": r"evacua|displaced|fled\b|moved out",
        "arrest": r"arrest|detain|custody",
    }.items()
}
"""Families of acts a count of people tells, each by its words."""


def acts_named(text: str) -> frozenset[str]:
    """The families of act (``ACTS``) whose words a text holds."""
    return frozenset(name for name, pattern in ACTS.items() if pattern.search(text))


def another_act(words: str, subject: str) -> bool:
    """Whether a count's own ``words`` name acts only of families the claim's ``subject``
    names none of, while the subject names one ("four people were admitted overnight"
    against "people killed in the crush")."""
    wanted = acts_named(subject)
    told = acts_named(words)
    return bool(wanted) and bool(told) and not told & wanted
