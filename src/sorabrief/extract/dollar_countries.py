"""Whose dollar a bare "$" is, and whose peso a bare "pesos".

A bare "$" or "dollars" means the article's own dollar: the first dollar currency it marks
with a dollar sign or names as a dollar ("C$650.88 … $125" is Canadian throughout); when it
marks none, the dollar of the only dollar country it names, by the country's name, one of
its states, provinces or regions, or one of its largest cities (an article about a tribunal
in British Columbia, or a ferry out of Wellington, that names no other dollar country); when
the story names none, the one its title or its outlet's section or tag lines name
("Singapore / Business" above a story about a district of the city); else US dollars. The peso countries that write their peso "$" (Mexico, Chile, Colombia,
Argentina) count as dollar countries here, except in an article that writes that peso as a
code or a word ("CLP 4.5 billion", "300 million pesos"): such a writer keeps "$" for US
dollars. "Pesos" are the peso of the one peso country the article names (Mexico, Chile,
Colombia, Argentina, the Philippines, Uruguay, the Dominican Republic), else Mexican.
"""

from __future__ import annotations

import re

from sorabrief.extract import currency_table
from sorabrief.extract.currency_countries import country_domain
from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.openings import found

_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    r"|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota"
    r"|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota"
    r"|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming"
)
_DOLLAR_COUNTRIES = {
    "USD": rf"United\s+States|U\.S\.(?!\$)|US(?!\$)|USA|America|Americans?|{_US_STATES}",
    "CAD": r"Canada|Canadians?|British\s+Columbia|Alberta|Saskatchewan|Manitoba|Ontario|Quebec"
    r"|Nova\s+Scotia|New\s+Brunswick|Newfoundland|Prince\s+Edward\s+Island|Yukon|Nunavut"
    r"|Toronto|Montr[eé]al|Vancouver|Ottawa|Calgary|Edmonton|Winnipeg",
    "AUD": r"Australia|Australians?|New\s+South\s+Wales|Queensland|Tasmania|Northern\s+Territory"
    r"|South\s+Australia|Western\s+Australia|Melbourne|Brisbane|Adelaide|Canberra|Hobart",
    "NZD": r"New\s+Zealand(?:ers?)?|Aotearoa|Northland|Auckland|Waikato|Bay\s+of\s+Plenty"
    r"|Taranaki|Manawat[uū]|Whanganui|Wellington|Marlborough|Otago|Southland|Christchurch"
    r"|Dunedin",
    "HKD": r"Hong\s+Kong",
    "SGD": r"Singapore(?:ans?)?",
    "MXN": r"(?<!New\s)Mexico|Mexicans?",
    "CLP": r"Chile(?:ans?)?",
    "COP": r"Colombia(?:ns?)?",
    "ARS": r"Argentina|Argentines?|Argentinians?",
    "UYU": r"Uruguay(?:ans?)?|Montevideo",
    "JMD": r"Jamaica(?:ns?)?|Montego\s+Bay",
    "TTD": r"Trinidad(?:ians?)?|Tobago(?:nians?)?|Port\s+of\s+Spain",
    "BBD": r"Barbad(?:os|ians?)|Bridgetown",
    "BSD": r"Bahamas|Bahamians?",
    "GYD": r"Guyan(?:a|ese)",
    "BZD": r"Belize(?:ans?)?",
    "XCD": r"Antigua\s+(?:and|&)\s+Barbuda|Antiguans?|Dominica|Grenad(?:a|ians?)|St\.?\s+Lucia(?:ns?)?|Saint\s+Lucia"
    r"|St\.?\s+Kitts|St\.?\s+Vincent|Anguilla|Montserrat|Eastern\s+Caribbean",
    "KYD": r"Cayman\s+Islands?|Caymanians?",
    "BMD": r"Bermud(?:a|ians?)",
    "FJD": r"Fiji(?:ans?)?|Suva",
    "SBD": r"Solomon\s+Islands?|Honiara",
}
"""Each country whose English-language press writes its own currency with a bare "$", by its
name, its people, its states, provinces or regions, and its largest cities: of the CLDR's
dollar-sign territories (``currency_table.DOLLAR_SIGN``) all but those whose press marks its
own dollar too ("NT$", "N$", "L$"). Names that are as often a person's or a place's elsewhere (Sydney, Perth,
Victoria, Hamilton, Nelson, Canterbury) are left out."""
US_PLACES = _DOLLAR_COUNTRIES["USD"]
"""The United States by its name, its people or one of its states, as a regular expression."""


def _any_country(countries: dict[str, str]) -> re.Pattern[str]:
    """Any of ``countries``' names, in a group named by its currency's code."""
    return with_first_char(
        "|".join(rf"(?P<{code}>\b(?:{names})\b)" for code, names in countries.items())
    )


def _countries_named(pattern: re.Pattern[str], text: str) -> set[str]:
    """The currencies of the countries ``pattern`` (``_any_country``) finds in ``text``."""
    return {str(m.lastgroup) for m in found(pattern, text)}


_COUNTRY = _any_country(_DOLLAR_COUNTRIES)
"""Searched over the whole text: a one-character check skips where no name can start."""
_DOLLAR_CODES = frozenset(_DOLLAR_COUNTRIES)
_PESO_COUNTRIES = {code: _DOLLAR_COUNTRIES[code] for code in ("MXN", "CLP", "COP", "ARS")} | {
    "PHP": r"Philippines|Filipinos?|Manila",
    "UYU": _DOLLAR_COUNTRIES["UYU"],
    "DOP": r"Dominican\s+Republic|Santo\s+Domingo",
}
_PESO_COUNTRY = _any_country(_PESO_COUNTRIES)
"""The countries whose currency is called the peso, by name or largest city."""
PESOS = frozenset(_PESO_COUNTRIES)


def outlet_dollar(url: str) -> str | None:
    """The currency the outlet's own country writes "$" ("www.example.com.ar": Argentine
    pesos, "www.example.ca": Canadian dollars), from the CLDR (``currency_table.DOLLAR_SIGN``)
    where its English-language press writes it bare (``_DOLLAR_COUNTRIES``); None for a
    domain of no country or of one sold for any use, alone (".co", ".tv")."""
    code = currency_table.DOLLAR_SIGN.get(country_domain(url) or "")
    return code if code in _DOLLAR_CODES else None


def country_dollar(text: str, place: str = "", url: str = "") -> str:
    """The dollar of the one dollar country an article names, for an article that never
    says which dollar it means; when its story names none, the one its ``place`` names
    (its title, or the outlet's section and tag lines that cleaning removed); when that
    names none either, the one of the outlet's country domain (``outlet_dollar``); US
    dollars when they name none, several, or the US."""
    named = _countries_named(_COUNTRY, text)
    if not named and place:
        named = _countries_named(_COUNTRY, place)
    if not named and (domain := outlet_dollar(url)):
        named = {domain}
    return named.pop() if len(named) == 1 else "USD"


def country_peso(text: str, url: str = "") -> str:
    """The peso of the one peso country an article names, for "pesos" written without
    saying whose; when it names none, the peso of the outlet's country domain; Mexican
    pesos when it names none or several."""
    named = _countries_named(_PESO_COUNTRY, text)
    if not named and (domain := outlet_dollar(url)) in PESOS:
        named = {str(domain)}
    return named.pop() if len(named) == 1 else "MXN"


def is_dollar(code: str) -> bool:
    """Whether a bare "$" could be written for this currency."""
    return code in _DOLLAR_CODES
