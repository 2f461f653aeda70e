"""Which of several currencies is the article's own: by the countries it names, or by its
outlet's country domain."""

from __future__ import annotations

import functools
import re

from sorabrief.extract import currency_table
from sorabrief.extract.currency_symbols import as_typed
from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.openings import found

_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "XOF": (
        "Ivory Coast", "Ivorian", "Senegalese", "Malian", "Burkinabe", "Burkinabè", "Beninese",
        "Nigerien", "Togolese", "Dakar", "Abidjan", "Yamoussoukro", "Bamako", "Ouagadougou",
        "Niamey", "Lomé", "Cotonou", "Porto-Novo", "Bissau",
    ),
    "XAF": (
        "Cameroonian", "Gabonese", "Chadian", "Equatorial Guinean", "Centrafrican", "Douala",
        "Yaoundé", "Libreville", "N’Djamena", "Bangui", "Brazzaville", "Pointe-Noire",
        "Malabo",
    ),
    "MMK": ("Burma", "Burmese"),
    "BAM": ("Bosnia", "Bosnian", "Bosnians", "Herzegovina"),
}  # fmt: skip
"""English names, peoples and largest cities of a currency's countries that the CLDR's names
and currency adjectives leave out (a CFA franc's adjective is "West African CFA", and a
story datelined "DAKAR" may never name Senegal; the CLDR writes
"Bosnia & Herzegovina", the press "Bosnia" or "Bosnia and Herzegovina")."""


def _spellings(name: str) -> set[str]:
    """A name as printed and as an English keyboard types it ("Côte d’Ivoire", "Cote d'Ivoire"),
    its "&" spelled "and" ("Trinidad and Tobago")."""
    plain = name.replace("’", "'").replace(" & ", " and ")
    return {name, plain, as_typed(plain)}


@functools.cache
def _named(code: str) -> re.Pattern[str]:
    """A pattern of the places and adjective of ``code``'s countries, compiled on first use;
    an adjective before "Ocean" names an ocean ("the Indian Ocean")."""
    places = [*currency_table.COUNTRIES[code], *_OTHER_NAMES.get(code, ())]
    names = sorted({re.escape(s) for n in places for s in _spellings(n)}, key=len, reverse=True)
    return with_first_char(r"\b(?:" + "|".join(names) + r")\b(?!\s+Ocean\b)")


def country_among(codes: frozenset[str], text: str) -> str | None:
    """The one currency of ``codes`` whose country (or its adjective: "Danish") ``text``
    names, or None when it names none or several."""
    named = [
        code
        for code in sorted(codes)
        if code in currency_table.COUNTRIES and _named(code).search(text)
    ]
    return named[0] if len(named) == 1 else None


def country_most(codes: frozenset[str], text: str) -> str | None:
    """The one currency of ``codes`` whose country ``text`` names, or, when it names several,
    the one it names at least twice as often as any other (a story about Sri Lanka that
    mentions India once); None when it names none or no country stands out."""
    counts = sorted(
        (
            (sum(1 for _ in found(_named(code), text)), code)
            for code in codes
            if code in currency_table.COUNTRIES
        ),
        reverse=True,
    )
    if not counts or counts[0][0] == 0:
        return None
    if len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
        return None
    return counts[0][1]


_DOMAIN_CURRENCIES: dict[str, str] = currency_table.DOMAINS | {"uk": "GBP"}
"""The currency of each country whose top-level domain an outlet may use (from the CLDR;
".uk" is the one domain that is not its country's ISO code)."""
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?P<host>[^/:?#\s]+)", re.IGNORECASE)
_GENERIC_DOMAINS = frozenset(
    {"ag", "ai", "as", "bz", "cc", "co", "dm", "gd", "ms", "nu", "tk", "tv", "vc"}
)
"""Country domains sold for any use (".co" for a company, ".tv" for a channel): alone they
say nothing of the outlet's country; under a second level ("com.co") they do."""
_SECOND_LEVELS = frozenset({"ac", "co", "com", "edu", "gob", "gov", "mil", "net", "nom", "org"})


def country_domain(url: str) -> str | None:
    """The top-level domain of the outlet's address when it names a country ("no" in
    "www.example.no", "co" in "www.example.com.co"); None for an address with no domain or
    with one sold for any use, alone (".co", ".tv")."""
    m = _HOST.match(url.strip())
    labels = m.group("host").lower().rstrip(".").split(".") if m else []
    if len(labels) < 2 or (labels[-1] in _GENERIC_DOMAINS and labels[-2] not in _SECOND_LEVELS):
        return None
    return labels[-1]


def outlet_currency(url: str, codes: frozenset[str]) -> str | None:
    """The one of ``codes`` that is the currency of the country of the outlet's domain
    ("www.example.no" is Norwegian), or None."""
    code = _DOMAIN_CURRENCIES.get(country_domain(url) or "")
    return code if code in codes else None
