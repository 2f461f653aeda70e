"""Party mentions: every name and alias of every party, found in one pass.

Aliases are matched with an Aho-Corasick automaton (leftmost-longest, so
"Sora PR Puppets" wins over "PR Puppets") and kept only on word boundaries.
Aliases are case-sensitive ("RAC" is not "race"), except that an alias written
in lower case also matches with a capital first letter ("The group"), and an
apostrophe matches in either typography ("Growers' Guild" is "Growers’ Guild").
"""

from __future__ import annotations

import functools

import ahocorasick_rs

from sorabrief.findings import Mention
from sorabrief.model import Party, PartyKind

_SPECIFICITY = (
    PartyKind.PERSON,
    PartyKind.GROUP,
    PartyKind.ORGANIZATION,
    PartyKind.PLATFORM,
    PartyKind.OUTLET,
)


class PartyMatcher:
    """Finds the parties named in a text."""

    def __init__(self, parties: tuple[Party, ...]) -> None:
        owners: dict[str, Party] = {}
        for party in parties:
            for name in party.names:
                for typed in dict.fromkeys((name, name.replace("'", "’"), name.replace("’", "'"))):
                    for variant in (typed, typed[:1].upper() + typed[1:]):
                        owners.setdefault(variant, party)
        self._kinds = {party.id: party.kind for party in parties}
        self._affiliations = {party.id: party.affiliation for party in parties}
        self._name_words = {
            party.id: [name.casefold().split() for name in party.names]
            for party in parties
            if party.kind != PartyKind.PERSON
        }
        self._role_heads = {
            party.id: _role_head(party.role) for party in parties if party.kind != PartyKind.PERSON
        }
        self._person_roles = {
            party.id: f" {' '.join(party.role.casefold().split())} "
            for party in parties
            if party.kind == PartyKind.PERSON and party.role
        }
        self._patterns = list(owners)
        self._owners = [owners[p] for p in self._patterns]
        self._automaton = (
            ahocorasick_rs.AhoCorasick(
                self._patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
            )
            if self._patterns
            else None
        )

    def mentions(self, text: str) -> list[Mention]:
        """Every party mention in ``text``, in order."""
        if self._automaton is None:
            return []
        found = []
        for index, start, end in self._automaton.find_matches_as_indexes(text):
            if _on_word_boundaries(text, start, end):
                found.append(Mention(self._owners[index].id, text[start:end], start, end))
        return found

    def kind(self, party: str) -> PartyKind:
        """The kind of the party with this id."""
        return self._kinds[party]

    def affiliation(self, party: str) -> str | None:
        """The id of the party this one belongs to, if any."""
        return self._affiliations[party]

    def headed_by(self, noun: str) -> list[str]:
        """The parties, no people, with a name or alias whose head is ``noun``: its last word
        ("agency" for "Road Traffic Agency"), or the word before its first "of" or "for"
        ("coalition" for "Coalition of Parents for Fair Fares"); or whose role in the case
        file has that head noun ("club" for "P&I club insuring the ship")."""
        noun = noun.casefold()
        return [
            p
            for p, names in self._name_words.items()
            if any(noun in _heads(n) for n in names) or self._role_heads[p] == noun
        ]

    def person_in_role(self, role: str) -> str | None:
        """The one person whose role in the case file holds ``role`` as whole words
        ("managing director" for "managing director of Acme Bank"), or None."""
        words = f" {' '.join(role.casefold().split())} "
        holders = [p for p, held in self._person_roles.items() if words in held]
        return holders[0] if len(holders) == 1 else None

    def group_called(self, noun: str) -> str | None:
        """The one group with ``noun`` alone as its name or an alias ("nurses"), or None."""
        noun = noun.casefold()
        groups = [
            p
            for p, names in self._name_words.items()
            if self._kinds[p] == PartyKind.GROUP and [noun] in names
        ]
        return groups[0] if len(groups) == 1 else None

    def named_with(self, word: str) -> list[str]:
        """The parties, no people, with a name or alias that holds ``word``."""
        word = word.casefold()
        return [p for p, names in self._name_words.items() if any(word in n for n in names)]

    def people(self, text: str) -> list[str]:
        """The ids of the people named in ``text``, each once, in order."""
        return list(
            dict.fromkeys(
                m.party for m in self.mentions(text) if self._kinds[m.party] == PartyKind.PERSON
            )
        )

    def most_specific(self, text: str) -> str | None:
        """The id of the most specific party named in ``text``: a person before their organisation."""
        if self._automaton is None:
            return None
        ranked = []
        for index, start, end in self._automaton.find_matches_as_indexes(text):
            if _on_word_boundaries(text, start, end):
                party = self._owners[index]
                ranked.append((_SPECIFICITY.index(party.kind), start, party.id))
        return min(ranked)[2] if ranked else None


@functools.lru_cache(maxsize=16)
def party_matcher(parties: tuple[Party, ...]) -> PartyMatcher:
    """A matcher for these parties, built once per case."""
    return PartyMatcher(parties)


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or before == "_" or after == "_")


_ROLE_HEAD_END = frozenset({
    "of", "for", "in", "on", "at", "to", "from", "with", "by", "that", "which", "who", "whose",
    "and", "or", "responsible", "based",
})  # fmt: skip


def _role_head(role: str) -> str | None:
    """The head noun of a party's role in the case file ("club" for "Oslo-based P&I club
    insuring the ship"): the last word before a preposition, a relative pronoun, a
    participle or a comma."""
    head = None
    for word in role.casefold().replace(",", " , ").split():
        if word in _ROLE_HEAD_END or word == "," or (head and word.endswith(("ing", "ed"))):
            break
        head = word
    return head


def _heads(words: list[str]) -> tuple[str, ...]:
    """The head nouns a name may be described by: its last word, and in "X of Y" or "X for
    Y" the word before the preposition."""
    linked = next((i for i, w in enumerate(words) if i and w in ("of", "for")), None)
    return (words[-1],) if linked is None else (words[-1], words[linked - 1])
