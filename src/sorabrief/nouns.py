"""Singular and plural forms of counted nouns, so "artist", "artists" and "Artists" meet."""

from __future__ import annotations

import re

_IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
    "wives": "wife", "knives": "knife", "halves": "half", "shelves": "shelf",
    "thieves": "thief", "leaves": "leave", "criteria": "criterion", "phenomena": "phenomenon",
}  # fmt: skip
_INVARIANT_WORDS = """
    staff personnel police crew cattle sheep deer fish aircraft data media series
    species offspring livestock
    salmon trout cod carp tuna halibut mackerel bison moose elk reindeer swine
"""
_INVARIANT = frozenset(_INVARIANT_WORDS.split())
"""Nouns whose plural is the singular: "12 staff", "40 aircraft", and the animals English
counts so, as it counts "fish" and "sheep" ("300 trout", "40 bison")."""
_ES_AFTER_S = re.compile(
    r"^(?:(?:mini|trolley|omni|auto)?bus|virus|campus|bonus|census|status|surplus|circus|chorus|apparatus|prospectus"
    r"|gas|lens|atlas|canvas|iris)es$"
)
"""Nouns ending in "s" that take "-es" in the plural ("buses", "minibuses", "viruses"),
whose singular the generic rule would cut short ("buse")."""
_VES = re.compile(r"(?:(?<=[^v]al)|(?<=[eo]l)|(?<=ar)|(?<=ie)|(?<=oa)|(?<=[^l]ea)|(?<=oo))ves$")
"""Plurals in "-ves" of a singular in "-f", the rule English spelling follows: "halves",
"shelves", "calves", "wolves", "wharves", "scarves", "thieves", "loaves", "sheaves",
"hooves"; not "valves", "olives", "archives", "sleeves" or "eaves", which keep their "e"
("leaves" is the irregular table's)."""
_VES_KEEP_E = frozenset({"salves", "carves", "starves", "grooves"})
"""Words the "-ves" rule would cut wrongly, which keep their "e"."""
_CHE_LOANS = re.compile(r"(?:tranch|avalanch|nich|cach|quich|clich|crech|microfich|[^eo]ach)es$")
"""Plurals of singulars in "-che" or "-ache" ("tranches", "avalanches", "niches",
"headaches"), which the "-ches" rule would cut to "-ch"; "beaches" and "coaches" stay "-ch"."""
_SINGULAR_TO_PLURAL = {v: k for k, v in _IRREGULAR_PLURALS.items()}
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")


def singular(noun: str) -> str:
    """The singular of a counted noun, in lower case ("injuries" -> "injury")."""
    word = noun.lower().rstrip("'’")
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word in _INVARIANT or not word.endswith("s") or word.endswith(_NOT_PLURAL_ENDINGS):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if _VES.search(word) and word not in _VES_KEEP_E:
        return word[:-3] + "f"
    if _CHE_LOANS.search(word):
        return word[:-1]
    if re.search(r"(?:ss|x|z|ch|sh)es$", word) or _ES_AFTER_S.search(word):
        return word[:-2]
    return word[:-1]


def plural(noun: str) -> str:
    """The plural of a singular noun ("injury" -> "injuries", "person" -> "people")."""
    word = noun.lower()
    if word in _SINGULAR_TO_PLURAL:
        return _SINGULAR_TO_PLURAL[word]
    if word in _INVARIANT or looks_plural(word):
        return word
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def looks_plural(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun ("testers", "people", "staff")."""
    word = word.rstrip("'’")
    if word in _IRREGULAR_PLURALS or word in _INVARIANT:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDINGS)


DWELLERS = "residents|inhabitants|villagers|people|neighbou?rs|families|households"
"""Plural nouns of those who live in a place, as alternatives of a case-blind pattern: what
follows "residents of" is where they live, not a body or person that speaks."""
