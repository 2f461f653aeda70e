"""Currency words written after an amount ("650 dollars", "5 crore rupees", "2 million
pounds", "9.5 million zlotys", "40,000 shillings"), the press's and the CLDR's. "Kronor"
is Swedish; a bare "kr", "krona" or "kroner", and "pounds", are resolved per article
(``whose_currency.py``).
"""

from __future__ import annotations

import functools
import re

from sorabrief.extract import currency_table
from sorabrief.extract.currency_symbols import as_typed
from sorabrief.extract.shared_markers import (
    CFA,
    CROWN,
    DIRHAM,
    FRANC,
    KRONE,
    KRONER,
    PESO,
    POUND,
    RUPEE,
    SHILLING,
)

WORDS: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "new zealand dollars": "NZD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "dollars": "$", "dollar": "$",
    "pounds sterling": "GBP", "pounds": POUND, "pound": POUND, "sterling": "GBP",
    "british pounds": "GBP", "liras": "TRY",
    "euros": "EUR", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupees": RUPEE, "rupee": RUPEE, "swiss francs": "CHF", "francs": FRANC, "franc": FRANC,
    "cfa francs": CFA, "cfa franc": CFA, "fcfa": CFA, "f cfa": CFA, "cfa": CFA,
    "won": "KRW", "rand": "ZAR", "pesos": PESO, "peso": PESO, "naira": "NGN", "cedis": "GHS",
    "zlotys": "PLN", "zloty": "PLN", "złotys": "PLN", "złoty": "PLN", "zlotych": "PLN",
    "złotych": "PLN", "zł": "PLN", "zl": "PLN",
    "kenyan shillings": "KES", "kenya shillings": "KES", "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS", "shillings": SHILLING, "shilling": SHILLING,
    "swedish kronor": "SEK", "swedish krona": "SEK", "swedish kroner": "SEK", "kronor": "SEK",
    "danish kroner": "DKK", "danish krone": "DKK", "norwegian kroner": "NOK",
    "norwegian krone": "NOK", "icelandic kronur": "ISK", "icelandic krona": "ISK",
    "kroner": KRONE, "krone": KRONE, "krona": KRONE, "kr": KRONE, "kr.": KRONE,
    "korun": "CZK", "czech crowns": "CZK", "czech crown": "CZK", "swedish crowns": "SEK",
    "danish crowns": "DKK", "norwegian crowns": "NOK", "crowns": CROWN, "đồng": "VND",
    "roubles": "rubles", "rouble": "ruble", "russian roubles": "RUB", "russian rouble": "RUB",
    "belarusian roubles": "BYN", "belarusian rouble": "BYN", "reais": "BRL",
    "quetzales": "GTQ", "colones": "CRC", "guaraníes": "PYG", "guaranies": "PYG",
    "córdobas": "NIO", "cordobas": "NIO", "bolívares": "VES", "bolivares": "VES",
    "meticais": "MZN", "maloti": "LSL", "emalangeni": "SZL", "denars": "MKD",
    "convertible marks": "BAM", "convertible mark": "BAM", "new shekels": "ILS",
    "new shekel": "ILS", "frw": "RWF", "contos": "CVE", "conto": "CVE",
}  # fmt: skip
"""Currency words written after an amount as the press writes them; "peso" and "krone"
are resolved per article; "korun" is the Czech plural after a number ("94m korun"). The
CLDR's English names are added (``NAMES``); it gives English plurals only, so the
currencies' own plurals the press also writes ("quetzales", "reais", "colones") and the
British "roubles" (shared, like "rubles") are here, as are Cape Verde's "contos" (a
thousand escudos each: ``cifrao.CONTOS``), and so are the CLDR's names without
their country ("convertible marks" for "Bosnia-Herzegovina convertible marks", "new
shekels" for "Israeli new shekels")."""

_ENGLISH_NOUNS = frozenset({
    "afghani", "afghanis", "dong", "dram", "drams", "gold", "guarani", "guaranis", "kip",
    "kips", "lek", "mark", "marks", "real", "sol", "soles",
})  # fmt: skip
"""Currency nouns that are also ordinary English words or peoples' names ("the 50 mark", "a
dram of whisky"): they count only with their country's adjective ("Brazilian reals")."""
COUNTRY_NOUNS: dict[str, str] = {
    noun: currency_table.NOUNS[noun][0]
    for noun in sorted(_ENGLISH_NOUNS - {"gold", "mark", "marks", "real", "sol"})
}
"""Of those nouns, the ones that are a currency after an amount in an article naming their
country ("5.2 billion dong" in a story about Vietnam); "real", "mark", "gold" and "sol"
stay out, as an amount is often followed by them as words ("3,000 real fans"), and so
does "marks" ("45 marks" in an exam), though a Bosnian story writes its convertible mark
so (docs/extraction.md, Round 32)."""
_PRESS_CODES = {frozenset(currency_table.NOUNS.get(w, ())) for w in WORDS}
SHARED: dict[str, frozenset[str]] = {
    noun: frozenset(codes)
    for noun, codes in currency_table.NOUNS.items()
    if len(codes) > 1 and frozenset(codes) not in _PRESS_CODES and noun not in _ENGLISH_NOUNS
} | {KRONE: KRONER, CROWN: KRONER | {"CZK"}, DIRHAM: frozenset(currency_table.NOUNS[DIRHAM])}
"""A currency noun several countries use ("dinars", "riyals", "kroner"), with the currencies
it may be: resolved per article (``whose_currency.py``)."""
_SPELLINGS = (("riyal", "rial"), ("riyals", "rials"))
RESPELLED: dict[str, frozenset[str]] = {
    **{one: SHARED[other] for one, other in _SPELLINGS},
    **{other: SHARED[one] for one, other in _SPELLINGS},
}
"""The currencies a noun's other spelling names: the CLDR spells one Arabic word "riyal" for
Saudi Arabia and Qatar and "rial" for Oman, Yemen and Iran, while the press spells it
either way for any of them ("Yemeni riyals"); tried when the noun's own currencies are
not settled."""
_AMPERSANDS = {n.replace(" & ", " and "): c for n, c in currency_table.NAMES.items() if " & " in n}
"""The CLDR's names written with "&" ("Trinidad & Tobago dollars") as prose spells them
("Trinidad and Tobago dollars")."""


def _country_named() -> dict[str, str]:
    """A shared currency noun after the name of one of its countries ("Guyana dollars",
    "Kenya shillings", "Jordan dinars"), as the press writes a currency the CLDR names by
    its adjective ("Guyanaese dollars"); a country with a second currency in use (Zimbabwe's
    US dollar, Bhutan's rupee) and a name two currencies of the noun share are left out."""
    currencies_of: dict[str, set[str]] = {}
    for code, places in currency_table.COUNTRIES.items():
        for place in places:
            currencies_of.setdefault(place, set()).add(code)
    named: dict[str, set[str]] = {}
    for noun, codes in currency_table.NOUNS.items():
        if len(codes) < 2:
            continue
        for code in codes:
            for place in currency_table.COUNTRIES.get(code, ()):
                if len(currencies_of[place]) == 1 and place.isascii() and "(" not in place:
                    named.setdefault(f"{place.lower()} {noun}", set()).add(code)
    return {
        name: codes.pop()
        for name, codes in named.items()
        if len(codes) == 1 and name not in currency_table.NAMES
    }


NAMES: dict[str, str] = (
    currency_table.NAMES
    | _country_named()
    | _AMPERSANDS
    | {n: c[0] for n, c in currency_table.NOUNS.items() if len(c) == 1 and n not in _ENGLISH_NOUNS}
    | {noun: noun for noun in SHARED if noun not in (KRONE, CROWN, POUND)}
    | COUNTRY_NOUNS
    | WORDS
)
"""Every currency word written after an amount: the press's words, then the CLDR's English
names ("Nigerian naira", "Czech korunas") and a shared noun after one of its countries'
names ("Guyana dollars"), with "&" also spelled "and", their nouns alone
when only one currency is called so ("naira", "koruna"), shared nouns, each its own
marker, and the nouns that count only where their country is named (``COUNTRY_NOUNS``)."""
_ENGLISH_WORDS_FOLDED = frozenset({"colon", "colons"})
"""Currency names that, typed without their accents, are English words ("colón")."""
NAMES |= {
    folded: code
    for name, code in list(NAMES.items())
    if not name.isascii()
    and len(folded := as_typed(name)) == len(name)
    and folded not in NAMES
    and folded not in _ENGLISH_WORDS_FOLDED
}
"""The names in non-English letters also as an English keyboard types them ("bolivars",
"Venezuelan bolivars"), when each letter has a plain form ("đồng" has none)."""


@functools.cache
def _written(code: str) -> re.Pattern[str]:
    """A pattern of ``code`` and of the currency words that name it alone, compiled on first use."""
    words = sorted((re.escape(w) for w, c in NAMES.items() if c == code), key=len, reverse=True)
    return re.compile(rf"\b{code}\b|(?i:\b(?:{'|'.join(words) or code})\b)")


def currency_written(code: str, text: str) -> bool:
    """Whether ``text`` writes the currency ``code`` by its code or its name ("AOA",
    "kwanzas")."""
    return _written(code).search(text) is not None
