"""Which word of a person's name is the surname, in the orders English news writes.

Chinese, Korean and other romanised names are written surname first with a hyphened
given name ("Lim Ho-jin", later "Lim" alone); every other name the articles write given
name first, its surname last. A hyphened word whose lower-case part is an English
participle or suffix ("Seoul-based", "Busan-born", "city-wide") is an adjective, never a
given name.
"""

from __future__ import annotations

import re

_HYPHENED_GIVEN = re.compile(r"^[A-Z][a-z]{0,5}-[a-z]{1,7}$")
"""A romanised given name of two syllables joined by a hyphen ("Ho-jin", "Mei-ling")."""
_ADJECTIVE_TAIL_WORDS = """born bred run made built led grown held bound wide style like era area
    free only type sized size friendly rich heavy proof based owned centric specific level scale"""
_ADJECTIVE_TAILS = frozenset(_ADJECTIVE_TAIL_WORDS.split())
"""Lower-case ends of hyphened English adjectives that are not participles in -ed."""


def hyphened_given_name(word: str) -> bool:
    """Whether a word is a romanised given name of two hyphened syllables ("Ho-jin"),
    not an adjective ("Seoul-based", "Busan-born")."""
    if not _HYPHENED_GIVEN.match(word):
        return False
    tail = word.split("-")[1]
    return not tail.endswith("ed") and tail not in _ADJECTIVE_TAILS


def surname_first(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a name of two words is written surname first ("Lim Ho-jin")."""
    return len(words) == 2 and words[0].isalpha() and hyphened_given_name(words[1])


def surname_of(name: str) -> str:
    """The surname of a person's name: its first word when written surname first, else
    its last."""
    words = name.split()
    return words[0] if surname_first(words) else words[-1]
