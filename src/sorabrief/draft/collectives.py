"""Whether an organisation's name names a collective of people: a group, not a body.

People who come together over an incident name their group after themselves: a plural
noun of people heads the name ("Families of the Injured", "Harlow Flood Survivors",
"Quarry Lane Parents for Safe Roads"), or owns the collective noun that ends it ("the
Passengers' Group", "Tarrow Court Residents' Forum"). A body the public is served by
("Children's Hospital", "Customers' Bank") or a government's ("People's Committee") is no
such group; nor, for want of a rule that tells them apart, the bodies named after a
trade ("Dock Workers' Federation", "Fishers' Cooperative Society"), which editors type
either way.
"""

from __future__ import annotations

import re

_PEOPLE_WORDS = """Residents Families Parents Passengers Survivors Victims Relatives Neighbours
    Neighbors Tenants Commuters Villagers Mothers Fathers Homeowners Owners Savers Depositors
    Users Riders Travellers Travelers Customers Consumers Shoppers Pensioners Taxpayers
    Citizens MPs"""
PEOPLE_NOUNS = frozenset(_PEOPLE_WORDS.split())
"""Plural nouns of people, in general English, that a group formed by them is named after."""
_COLLECTIVE_WORDS = """Group Forum Committee Council Federation Front Movement Network Platform
    Society Syndicate League Guild Initiative Alliance Association Union Coalition Campaign
    Collective"""
COLLECTIVE_NOUNS = frozenset(_COLLECTIVE_WORDS.split())
"""Nouns that end the name of a group of people ("… Residents' Forum")."""
_HEAD_END = re.compile(r"\s+(?i:of|for|against|in|on|from)\s+")
"""The words after a name's head ("Parents" of "Parents for Privacy")."""


def names_a_collective(name: str) -> bool:
    """Whether ``name`` is a collective's: a plural noun of people heads it (last, or
    before "of", "for", "against": "Families of the Injured"), or such a noun, as a
    possessive or not, comes before the collective noun that ends it ("Residents' Forum",
    "Tenants Action Group")."""
    words = name.split()
    head = _HEAD_END.split(name)[0].split()
    if head and PEOPLE_NOUNS & {head[-1], head[-1].capitalize()}:
        return True
    return (
        len(words) > 1
        and words[-1].capitalize() in COLLECTIVE_NOUNS
        and any(w in PEOPLE_NOUNS or _people_possessive(w) for w in words[:-1])
    )


def _people_possessive(word: str) -> bool:
    """A plural noun of people as a possessive ("Residents'", "Passengers’"); never a
    singular's ("People's", "Children's" name the public a body serves)."""
    return word.endswith(("'", "’")) and word[:-1].capitalize() in PEOPLE_NOUNS
