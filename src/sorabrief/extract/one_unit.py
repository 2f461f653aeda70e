"""A sum of one unit written with an indefinite article: "a dollar a litre", "a lari per trip".

"One euro" is read like any number; "a" before a currency's name is a sum only where it is
priced: before a rate ("a dollar a litre", "a euro each", "a lari per trip") or after a
word that prices ("costs a dollar", "rose by a euro", "for a rand", with a hedge between:
"for more than a dinar") or denies ("not a hryvnia has gone"), and at the end of its
phrase; so is a unit spent piece by piece ("a lari here, a lari there"). "Never cut a
dollar from", "a dollar store", "a euro summit" and "the value of a dollar" are no sums;
"a pound" is also a weight, so it is a sum only after a word that prices.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from sorabrief.extract.currency_patterns import WORD
from sorabrief.extract.currency_words import NAMES
from sorabrief.extract.openings import WHOLE, found, tried_at, words_of

_ARTICLE_SUM = re.compile(
    rf"(?<![\w-])\b(?P<article>[Aa]n?)\s+(?P<marker>{WORD})(?![\w-])"
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:a|an|per|each|apiece|for|to|in|on|at|and|or|but|more"
    r"|less|than|from|with|by|plus|extra|instead|now|then|today|when|while|because|since"
    r"|after|before|until|last|this|that|was|is|has|had|will|would|could|here|there)\b)"
)
"""A currency's name after "a" that ends its phrase: before punctuation or a function word,
never before a noun it qualifies ("a dollar store", "a euro summit", "a pound coin"), "of"
("a pound of rice") or more of the sum ("a dollar fifty"). Its ``\\b`` adds nothing to the
match, but lets ``openings.found`` try it only where the word "a" or "an" starts."""
_FIRST_WORDS = frozenset(
    first.group().lower() + WHOLE for name in NAMES if (first := re.match(r"\w+", name)) is not None
)
"""The first word of every currency's name, whole: a marker starts with one of them (``WORD``
ends a name's last word at ``\\b``), so "a" is tried only just before one."""
_RATE_AFTER = re.compile(r"\s+(?:a|an|per|each|apiece)\b")
_PRICED_BEFORE = re.compile(
    r"(?i:\b(?:costs?|costing|paid|pays?|paying|charges?|charged|charging|priced\s+at"
    r"|for|at|by|worth|fined|fare\s+is|fee\s+is|price\s+is|not|nor|never)\s+"
    r"(?:(?:more|less)\s+than\s+|over\s+|under\s+|about\s+|almost\s+|nearly\s+)?)$"
)
"""A word that prices the unit after it, or denies that any of it was paid or moved ("not
a hryvnia has gone"), with a hedge between them ("going for more than a dinar")."""
_PRICE_REACH = 30
_SPENT_AFTER = re.compile(r"\s+(?:here|there)\b")
"""A unit spent piece by piece: "a lari here, a lari there"."""


def article_sums(text: str) -> Iterator[re.Match[str]]:
    """Every currency name after "a" or "an" that is a sum of one unit (see the module);
    its ``marker`` group is the currency as written."""
    for m in _article_markers(text):
        written = m.group("marker").lower()
        if written.endswith("s"):
            continue
        priced = _PRICED_BEFORE.search(text, max(0, m.start() - _PRICE_REACH), m.start())
        rated = _RATE_AFTER.match(text, m.end()) is not None
        spent = _SPENT_AFTER.match(text, m.end()) is not None
        if priced or ((rated or spent) and not written.startswith("pound")):
            yield m


def _article_markers(text: str) -> Iterator[re.Match[str]]:
    """``_ARTICLE_SUM``'s matches, tried only at the word before a currency name's first
    word (where "a" or "an" must be) when the text's words can be read."""
    words = words_of(text)
    if words is None:
        return found(_ARTICLE_SUM, text)
    starts = words.starts
    before = [
        starts[i - 1]
        for at in words.starting(_FIRST_WORDS)
        if (i := bisect.bisect_left(starts, at))
    ]
    return tried_at(_ARTICLE_SUM, text, before)
