"""Currency symbols, prefixes and ISO codes written beside an amount.

A currency is marked before the amount by a symbol or prefix ("£", "C$", "CA$", "A$",
"US$", "Mex$", "Ch$", "€", "¥", "₹", "Rs", "R$", "Fr.", "KSh", "₦", "zł", a capital "R"
against a sum: "R2.4bn"), or by an ISO code ("CAD 36.14", "EUR 20m", "ZAR10 million"), or
after it by an ISO code ("3.4 million TND"). "Skr" is Swedish, "Dkr" Danish, "Nkr"
Norwegian; a bare "kr" and the dirham's "Dh" are resolved per article
(``whose_currency.py``). "E£", "LE" and "TL" are the Egyptian pound and the Turkish lira.
"""

from __future__ import annotations

import unicodedata

from sorabrief.extract import currency_table
from sorabrief.extract.shared_markers import (
    BOLIVAR_SIGN,
    BR,
    CFA,
    CONGO_FRANC_SIGN,
    DIRHAM,
    FRANC,
    KRONE,
    POUND_SIGN,
    RUPEE,
    SHILLING,
    YEN_SIGN,
)

PREFIXES: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "c$": "CAD", "ca$": "CAD", "can$": "CAD", "cdn$": "CAD",
    "a$": "AUD", "au$": "AUD", "aud$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
    "r$": "BRL", "mx$": "MXN", "mex$": "MXN", "nt$": "TWD", "col$": "COP", "clp$": "CLP",
    "ch$": "CLP", "zł": "PLN", "zl": "PLN",
    "ars$": "ARS", "£": POUND_SIGN, "€": "EUR", "¥": YEN_SIGN, "₹": "INR", "rs": RUPEE,
    "rs.": RUPEE, "₨": RUPEE, "nrs": "NPR", "nrs.": "NPR", "slrs": "LKR", "slrs.": "LKR",
    "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₦": "NGN", "chf": "CHF",
    "fr.": FRANC, "sfr.": "CHF", "rmb": "CNY", "cn¥": "CNY", "jp¥": "JPY", "ksh": "KES", "ksh.": "KES", "kshs": "KES",
    "kshs.": "KES", "ush": "UGX", "tsh": "TZS", "gh₵": "GHS", "₵": "GHS", "gh¢": "GHS", "$": "$",
    "skr": "SEK", "dkr": "DKK", "dkr.": "DKK", "nkr": "NOK", "kr": KRONE, "kr.": KRONE,
    "bt": "THB", "e£": "EGP", "j$": "JMD", "tt$": "TTD", "bds$": "BBD", "ec$": "XCD",
    "fj$": "FJD", "bz$": "BZD", "g$": "GYD", "ci$": "KYD", "n$": "NAD", "l$": "LRD",
    "u$s": "USD", "frw": "RWF",
}  # fmt: skip
"""Symbols and prefixes written before an amount as the press writes them; "$" is resolved
per article. The symbols each country writes for its own currency are added from the CLDR
(``currency_table.py``): see ``SIGNS`` and ``LETTERED``."""

PRESS_LETTERED: dict[str, str] = {
    "LE": "EGP", "TL": "TRY", "Dh": DIRHAM, "DH": DIRHAM, "Dhs": DIRHAM, "DHs": DIRHAM,
    "£E": "EGP", "LL": "LBP", "Sh": SHILLING, "Sh.": SHILLING, "Shs": SHILLING,
    "Shs.": SHILLING, "Re": RUPEE, "Re.": RUPEE, "CFA": CFA, "FCFA": CFA, "Tk": "BDT",
    "Tk.": "BDT", "Php": "PHP", "JD": "JOD", "KD": "KWD", "BD": "BHD", "QR": "QAR",
    "RO": "OMR", "YR": "YER", "$U": "UYU", "MT": "MZN",
}  # fmt: skip
PRESS_LETTERED |= {
    symbol: code
    for symbol, code in currency_table.OTHER_SYMBOLS.items()
    if symbol.lower() not in PREFIXES and all(c.isascii() for c in symbol)
}
"""Abbreviations the press writes before an amount, joined or spaced ("LE 320", "TL 1.3
billion", "DH450"), in the case written here; like ``LETTERED`` read only against a
sum-shaped amount or in an article that names the currency's country. The CLDR gives the
Gulf's and Jordan's currencies only Arabic symbols ("د.أ."); their English-language
papers write the Latin initials of the currency's local name (Jordanian dinar "JD",
Kuwaiti dinar "KD", Bahraini dinar "BD", Qatari riyal "QR", rial Omani "RO", Yemeni
rial "YR"; the Saudi riyal's "SR" is left out, as the CLDR gives it to the Seychelles rupee). Uruguay's press
writes its peso "$U", Mozambique's its metical "MT" (the CLDR's "MTn"). The symbols another official language of a currency's country
writes, in Latin letters, count the same way (``currency_table.OTHER_SYMBOLS``: the
Tunisian dinar's French "DT", the Algerian dinar's "DA", the guaraní's Spanish "Gs.")."""

LETTER_SYMBOLS: dict[str, str] = {"R": "ZAR"}
"""Currency symbols that are a single capital letter ("R250 million"). A letter and a
number are also road, model and form names ("the R32", "form R2"), so a letter symbol
counts only when written against a sum-shaped amount (see ``money_amounts.py``)."""
_PRESS_LETTERS: dict[str, frozenset[str]] = {
    "N": frozenset({"NGN"}),
    "K": frozenset({"MWK"}),
    "P": frozenset({"PHP"}),
}
"""Letters the press writes for a currency whose own sign it cannot type, beyond the CLDR's
("N2.4bn" for "₦2.4bn", "K1,500" for a Malawian kwacha, "P250" for a Philippine peso)."""
COUNTRY_LETTERS: dict[str, frozenset[str]] = {
    letter: frozenset(currency_table.LETTER_SIGNS.get(letter, ()))
    | _PRESS_LETTERS.get(letter, frozenset())
    for letter in sorted(
        (currency_table.LETTER_SIGNS.keys() | _PRESS_LETTERS.keys()) - LETTER_SYMBOLS.keys()
    )
}
"""Single capital letters a currency's own country writes for it (the CLDR's, "D3,480" for
the Gambian dalasi, "Q" for the quetzal, "L" for the lempira and the leu), or the press
writes in place of its sign (``_PRESS_LETTERS``): like ``LETTER_SYMBOLS`` read only
against a sum-shaped amount, and only in an article that writes one of these currencies
explicitly elsewhere ("1.2 billion naira") or names the one country among them. Joined
to the amount, spaced, or with an abbreviation's point ("L640 million", "L 450", "L.
21,500"); "450 L" after an amount is a volume."""

_CODE_LIST = """
    USD CAD AUD NZD GBP EUR JPY CNY INR HKD SGD CHF SEK NOK DKK ISK BRL MXN ZAR KRW RUB TRY
    ILS NGN KES AED SAR PLN CZK HUF THB MYR IDR PHP PKR BDT EGP ARS CLP COP TWD VND UYU DOP
    UGX TZS GHS ETB RWF MAD XOF XAF ZMW BWP
"""
WORD_CODES = frozenset({"ALL", "AMD", "BAM", "BOB", "CUP", "GEL", "MOP", "PEN", "SOS", "TOP"})
"""Codes that are also English words or company names ("TOP 10", "AMD 7"): read like the
other rare codes, and never beside another word in capitals ("ALL 2,000 STAFF")."""
_PRESS_CODE_SET = frozenset(_CODE_LIST.split())
CODES = _PRESS_CODE_SET | frozenset(currency_table.COUNTRIES)
"""ISO 4217 codes recognised when written beside an amount: every currency in use."""
RARE_CODES = CODES - _PRESS_CODE_SET
"""Codes the press seldom writes, which share their letters with other abbreviations ("SDG
13", "CRC 32", "NAD 500 mg"): read only against a sum-shaped amount ("ETB 5 billion", "MWK
12,500", "3.4 million TND"), in an article that names the currency's country or writes the
code against a sum-shaped amount elsewhere."""


def as_typed(text: str) -> str:
    """``text`` in the letters an English keyboard types ("Kč" as "Kc")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _latin(symbol: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in symbol)


CLDR_SYMBOLS = {s: c for s, c in currency_table.SYMBOLS.items() if s.lower() not in PREFIXES}
"""The CLDR's symbols that ``PREFIXES`` does not already hold."""
SIGNS = {s: c for s, c in CLDR_SYMBOLS.items() if len(s) == 1 and unicodedata.category(s) == "Sc"}
"""Currency signs the CLDR gives ("฿", "₦", "₱"), before or after an amount ("฿500", "500 ₫")."""
LETTERED = {s: c for s, c in CLDR_SYMBOLS.items() if s not in SIGNS and _latin(s) and len(s) > 1}
LETTERED |= {
    folded: c
    for s, c in list(LETTERED.items())
    if (folded := as_typed(s)) != s
    and folded.lower() not in PREFIXES
    and folded not in CLDR_SYMBOLS
}
LETTERED[BR] = BR
LETTERED[BOLIVAR_SIGN] = BOLIVAR_SIGN
LETTERED[CONGO_FRANC_SIGN] = CONGO_FRANC_SIGN
LETTERED |= {
    f"{s}.": c
    for s, c in list(LETTERED.items())
    if (s[-1].isalpha() or s[-1] == "/") and "." not in s and not (s.isalpha() and s.isupper())
}
"""Symbols written in letters ("Kč", "Rp", "RM"), read only before a digit and in the case
the CLDR writes them; one in capitals alone only against it ("RM40", not "KM 5"). One in
non-English letters is also read as English keyboards write it ("Kc 3,490" for "Kč"). One
not all in capitals may take an abbreviation's point ("Bs. 40", "S/. 12", "Rp. 5,000")."""
SCRIPT_SYMBOLS = {s: c for s, c in CLDR_SYMBOLS.items() if s not in SIGNS and not _latin(s)}
"""Symbols in another script ("лв.", "ден.", "сом"), read only after an amount, as an English
article quoting local prices writes them ("50 000 лв.")."""


def letter_of(marker: str) -> str:
    """A letter sign as a key of ``LETTER_SYMBOLS`` or ``COUNTRY_LETTERS``, without the
    abbreviation's point it may be written with ("L." is "L"); any other marker as written."""
    letter = marker.removesuffix(".")
    return letter if letter in LETTER_SYMBOLS or letter in COUNTRY_LETTERS else marker
