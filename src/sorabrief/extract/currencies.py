"""Currencies as news writes them, read as ISO 4217 codes.

A currency is marked before the amount by a symbol or prefix ("£", "C$", "CA$", "A$",
"US$", "Mex$", "Ch$", "€", "¥", "₹", "Rs", "R$", "Fr.", "KSh", "₦", "zł", a capital "R"
against a sum: "R2.4bn"), or by an ISO code ("CAD 36.14", "EUR 20m", "ZAR10 million"), or
after it by an ISO code or a currency word ("650 dollars", "5 crore rupees", "2 million
pounds", "15 000 zł", "9.5 million zlotys", "40,000 shillings"). A sign several
countries' presses write for their own currency ("Rs", "Sh", "£", "¥", "CFA", "francs") is
resolved per article (``SHARED_SIGNS``). "Pesos" are the peso of the one peso country the article names
(Mexico, Chile, Colombia, Argentina, the Philippines, Uruguay, the Dominican Republic), else
Mexican. "Skr" and "kronor" are Swedish, "Dkr" Danish, "Nkr" Norwegian; a bare "kr",
"krona" or "kroner" is resolved per article (``money.py``), and so are "pounds" and the
dirham's "Dh". "E£", "LE" and "TL" are the Egyptian pound and the Turkish lira.

A bare "$" or "dollars" means the article's own dollar: the first dollar currency it marks
with a dollar sign or names as a dollar ("C$650.88 … $125" is Canadian throughout); when it
marks none, the dollar of the only dollar country it names, by the country's name, one of
its states, provinces or regions, or one of its largest cities (an article about a tribunal
in British Columbia, or a ferry out of Wellington, that names no other dollar country); when
the story names none, the one its title or its outlet's section or tag lines name
("Singapore / Business" above a story about a district of the city); else US dollars. The peso countries that write their peso "$" (Mexico, Chile, Colombia,
Argentina) count as dollar countries here, except in an article that writes that peso as a
code or a word ("CLP 4.5 billion", "300 million pesos"): such a writer keeps "$" for US
dollars.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from sorabrief.extract import currency_table
from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.openings import found

PESO = "peso"
"""The marker of a "peso" or "pesos" written without saying whose."""

KRONE = "krone"
"""The marker of a "kr", "krona" or "kroner" written without saying whose: Sweden,
Denmark, Norway and Iceland all write their crown so."""
KRONER = frozenset({"SEK", "DKK", "NOK", "ISK"})
"""The crowns a bare "kr" may stand for."""
CROWN = "crown"
"""The marker of "crowns" written in English without saying whose: the Czech koruna or a
Nordic krona or krone."""

RUPEE = "rupee"
"""The marker of a "Rs", "₨" or "rupees" written without saying whose."""
SHILLING = "shilling"
"""The marker of a "Sh", "Shs" or "shillings" written without saying whose."""
FRANC = "franc"
"""The marker of a "Fr." or "francs" written without saying whose."""
CFA = "CFA"
"""The marker of a "CFA", "FCFA" or "CFA francs": West or Central African."""
POUND_SIGN = "£"
"""The marker of a bare "£": sterling, or the pound of the country whose press writes it."""
YEN_SIGN = "¥"
"""The marker of a bare "¥": the yen, or China's yuan in its press."""
BR = "Br"
"""The marker of a "Br": the CLDR's symbol for the Belarusian rouble, and how Ethiopia's
English-language press writes the birr."""

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

DIRHAM = "dirham"
"""The marker of a "Dh" written without saying whose: Morocco and the Emirates both write
their dirham so."""
POUND = "pound"
"""The marker of "pounds" written without saying whose (see ``money.py``)."""
OTHER_POUNDS = frozenset(currency_table.NOUNS[POUND]) - {"GBP"}
"""The pounds that are not sterling: Egypt's, Lebanon's, Syria's, Sudan's …"""
PRESS_LETTERED: dict[str, str] = {
    "LE": "EGP", "TL": "TRY", "Dh": DIRHAM, "DH": DIRHAM, "Dhs": DIRHAM, "DHs": DIRHAM,
    "£E": "EGP", "LL": "LBP", "Sh": SHILLING, "Sh.": SHILLING, "Shs": SHILLING,
    "Shs.": SHILLING, "Re": RUPEE, "Re.": RUPEE, "CFA": CFA, "FCFA": CFA, "Tk": "BDT",
    "Tk.": "BDT", "Php": "PHP", "JD": "JOD", "KD": "KWD", "BD": "BHD", "QR": "QAR",
    "RO": "OMR", "$U": "UYU",
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
Kuwaiti dinar "KD", Bahraini dinar "BD", Qatari riyal "QR", rial Omani "RO"; the Saudi
riyal's "SR" is left out, as the CLDR gives it to the Seychelles rupee). Uruguay's press
writes its peso "$U". The symbols another official language of a currency's country
writes, in Latin letters, count the same way (``currency_table.OTHER_SYMBOLS``: the
Tunisian dinar's French "DT", the Algerian dinar's "DA", the guaraní's Spanish "Gs.")."""

LETTER_SYMBOLS: dict[str, str] = {"R": "ZAR"}
"""Currency symbols that are a single capital letter ("R250 million"). A letter and a
number are also road, model and form names ("the R32", "form R2"), so a letter symbol
counts only when written against a sum-shaped amount (see ``money.py``)."""
COUNTRY_LETTERS: dict[str, frozenset[str]] = {
    "N": frozenset({"NGN"}),
    "K": frozenset({"ZMW", "MWK", "PGK", "MMK"}),
    "P": frozenset({"BWP", "PHP"}),
    "Q": frozenset({"GTQ"}),
    "L": frozenset(currency_table.SHARED_SYMBOLS["L"]),
}
"""Single capital letters the press writes for a currency in place of its sign ("N2.4bn"
for "₦2.4bn", "K1,500" for a kwacha or a kina), or that the CLDR gives several currencies
("L": the Honduran lempira and the Moldovan leu): like ``LETTER_SYMBOLS`` read only
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
    "new shekel": "ILS", "frw": "RWF",
}  # fmt: skip
"""Currency words written after an amount as the press writes them; "peso" and "krone"
are resolved per article; "korun" is the Czech plural after a number ("94m korun"). The
CLDR's English names are added (``NAMES``); it gives English plurals only, so the
currencies' own plurals the press also writes ("quetzales", "reais", "colones") and the
British "roubles" (shared, like "rubles") are here, and so are the CLDR's names without
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
it may be: resolved per article (``money.py``)."""
SHARED_SIGNS: dict[str, tuple[str | None, frozenset[str]]] = {
    RUPEE: ("INR", frozenset(currency_table.NOUNS["rupees"] + currency_table.SHARED_SYMBOLS["Rs"])),
    SHILLING: ("KES", frozenset(currency_table.NOUNS["shillings"])),
    POUND_SIGN: ("GBP", frozenset(currency_table.SHARED_SYMBOLS["£"]) | OTHER_POUNDS),
    YEN_SIGN: ("JPY", frozenset(currency_table.SHARED_SYMBOLS["¥"])),
    FRANC: ("CHF", frozenset(currency_table.NOUNS["francs"])),
    CFA: (None, frozenset({"XOF", "XAF"})),
    BR: ("BYN", frozenset({"BYN", "ETB"})),
}
"""Signs, abbreviations and nouns several countries' presses write for their own currency
("Rs" in India, Pakistan, Sri Lanka …; "Sh" in East Africa; "£" in Egypt and Sudan; "¥"
in Japan and China; "Br" in Belarus and Ethiopia), with the reading they keep when the article does not settle whose
(None: left out) and the currencies they may be; resolved per article (``money.py``).
The candidates come from the CLDR's shared symbols and nouns (``currency_table``)."""
CFA_UNSETTLED = "XOF"
"""A CFA franc in an article that settles neither is the West African one, the franc of
eight states and most of the zone's people and output: both francs are at one parity
with the euro, so the sum is worth the same either way. A case file still names its own
("XOF or XAF"), as nothing in it is a guess."""
OWN_SIGNS = frozenset({POUND_SIGN})
"""Shared signs that travel with their usual currency, read otherwise only at an outlet of
another of their countries ("www.example.com.eg"): a writer abroad writes "£" for sterling
("a tour of Egypt cost her £1,900", "E£432 (£11)"), while the other pounds' own papers
mark them ("E£", "LE", "LL", "SDG")."""
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


def _latin(symbol: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in symbol)


_CLDR = {s: c for s, c in currency_table.SYMBOLS.items() if s.lower() not in PREFIXES}
SIGNS = {s: c for s, c in _CLDR.items() if len(s) == 1 and unicodedata.category(s) == "Sc"}
"""Currency signs the CLDR gives ("฿", "₦", "₱"), before or after an amount ("฿500", "500 ₫")."""
LETTERED = {s: c for s, c in _CLDR.items() if s not in SIGNS and _latin(s) and len(s) > 1}
LETTERED |= {
    folded: c
    for s, c in list(LETTERED.items())
    if (folded := unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()) != s
    and folded.lower() not in PREFIXES
    and folded not in _CLDR
}
LETTERED[BR] = BR
LETTERED |= {
    f"{s}.": c
    for s, c in list(LETTERED.items())
    if (s[-1].isalpha() or s[-1] == "/") and "." not in s and not (s.isalpha() and s.isupper())
}
"""Symbols written in letters ("Kč", "Rp", "RM"), read only before a digit and in the case
the CLDR writes them; one in capitals alone only against it ("RM40", not "KM 5"). One in
non-English letters is also read as English keyboards write it ("Kc 3,490" for "Kč"). One
not all in capitals may take an abbreviation's point ("Bs. 40", "S/. 12", "Rp. 5,000")."""
SCRIPT_SYMBOLS = {s: c for s, c in _CLDR.items() if s not in SIGNS and not _latin(s)}
"""Symbols in another script ("лв.", "ден.", "сом"), read only after an amount, as an English
article quoting local prices writes them ("50 000 лв.")."""
_LETTERED_JOINED = sorted(
    (s for s in LETTERED if s.isalpha() and s.isupper()), key=len, reverse=True
)
_LETTERED_SPACED = sorted(
    sorted((set(LETTERED) - set(_LETTERED_JOINED)) | set(PRESS_LETTERED)), key=len, reverse=True
)
_SYMBOLS = sorted([*(p for p in PREFIXES if not p[0].isalpha()), *SIGNS], key=len, reverse=True)
_LETTER_PREFIXES = sorted((p for p in PREFIXES if p[0].isalpha()), key=len, reverse=True)
PREFIX = (
    r"(?:"
    + "|".join(re.escape(p) for p in _SYMBOLS)
    + r"|(?<![\w$])(?i:"
    + "|".join(re.escape(p) for p in _LETTER_PREFIXES)
    + r")(?:(?<=\.)|(?=\s?[\d$]))"
    + r"|(?<![\w$])(?:"
    + "|".join(re.escape(s) for s in _LETTERED_SPACED)
    + r")(?=\s?\d)"
    + r"|(?<![\w$])(?:"
    + "|".join(re.escape(s) for s in _LETTERED_JOINED)
    + r")(?=\d)"
    + r"|(?<![\w$.])(?:"
    + "|".join([*LETTER_SYMBOLS, *COUNTRY_LETTERS])
    + r")\.?(?=\s?\d))"
)
"""A currency symbol or prefix, as a regular expression."""
CODE = r"\b(?:" + "|".join(sorted(CODES)) + r")(?![^\W\d])"
"""An ISO 4217 code, as a regular expression (upper case only), also written against
its amount ("ZAR10 million")."""
WORD = (
    r"(?i:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(NAMES, key=len, reverse=True))
    + r")(?:(?<=\.)(?!\s*(?:$|[A-Z“‘\"']))|\b)"
)
"""A currency word, as a regular expression."""
LETTERED_AFTER = {
    s: c
    for s, c in (LETTERED | PRESS_LETTERED).items()
    if s.isascii() and s.isalpha() and c in currency_table.COUNTRIES and s.lower() not in WORDS
}
"""Symbols in English letters that name one currency ("Ar", "Kz", "Ft", "TL", "DA"), which
many countries' papers write after an amount ("3,200 Ar", "500 Ft"); read so only in an
article that also writes the currency's name or code (``sum_fits.lettered_after_fits``),
as the letters are also abbreviations elsewhere ("QR codes", "Le Monde")."""
SIGN_AFTER = (
    r"(?:"
    + "|".join(
        re.escape(s)
        for s in sorted(
            [*SIGNS, *(s for s in LETTERED if not s.isascii()), *SCRIPT_SYMBOLS],
            key=len,
            reverse=True,
        )
    )
    + r"|(?-i:"
    + "|".join(re.escape(s) for s in sorted(LETTERED_AFTER, key=len, reverse=True))
    + r"))(?!\w)"
)
"""A currency sign or a symbol in non-English letters or another script written after an
amount ("500 ฿", "15 000 Kč", "40 лв."), or one in English letters (``LETTERED_AFTER``),
in the case the CLDR writes it."""
POINTED = frozenset(
    marker
    for marker in (*PREFIXES, *PRESS_LETTERED, *LETTERED, *_CLDR, *NAMES)
    if marker.endswith(".")
) | {f"{letter}." for letter in (*LETTER_SYMBOLS, *COUNTRY_LETTERS)}
"""Currency symbols and abbreviations that end with a point ("Rs.", "kr.", "Bs.", "S/.",
"Gs."), where a sentence splitter may take the point for a full stop."""

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
_COUNTRY = with_first_char(
    "|".join(rf"(?P<{code}>\b(?:{names})\b)" for code, names in _DOLLAR_COUNTRIES.items())
)
"""Searched over the whole text: a one-character check skips where no name can start."""
_DOLLAR_CODES = frozenset(_DOLLAR_COUNTRIES)
_PESO_COUNTRIES = {code: _DOLLAR_COUNTRIES[code] for code in ("MXN", "CLP", "COP", "ARS")} | {
    "PHP": r"Philippines|Filipinos?|Manila",
    "UYU": r"Uruguay(?:ans?)?|Montevideo",
    "DOP": r"Dominican\s+Republic|Santo\s+Domingo",
}
_PESO_COUNTRY = with_first_char(
    "|".join(rf"(?P<{code}>\b(?:{names})\b)" for code, names in _PESO_COUNTRIES.items())
)
"""The countries whose currency is called the peso, by name or largest city."""
PESOS = frozenset(_PESO_COUNTRIES)


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
    folded = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    return {name, plain, folded}


@functools.cache
def _named(code: str) -> re.Pattern[str]:
    """A pattern of the places and adjective of ``code``'s countries, compiled on first use;
    an adjective before "Ocean" names an ocean ("the Indian Ocean")."""
    places = [*currency_table.COUNTRIES[code], *_OTHER_NAMES.get(code, ())]
    names = sorted({re.escape(s) for n in places for s in _spellings(n)}, key=len, reverse=True)
    return with_first_char(r"\b(?:" + "|".join(names) + r")\b(?!\s+Ocean\b)")


@functools.cache
def _written(code: str) -> re.Pattern[str]:
    """A pattern of ``code`` and of the currency words that name it alone, compiled on first use."""
    words = sorted((re.escape(w) for w, c in NAMES.items() if c == code), key=len, reverse=True)
    return re.compile(rf"\b{code}\b|(?i:\b(?:{'|'.join(words) or code})\b)")


def currency_written(code: str, text: str) -> bool:
    """Whether ``text`` writes the currency ``code`` by its code or its name ("AOA",
    "kwanzas")."""
    return _written(code).search(text) is not None


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


def _country_domain(url: str) -> str | None:
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
    code = _DOMAIN_CURRENCIES.get(_country_domain(url) or "")
    return code if code in codes else None


def outlet_dollar(url: str) -> str | None:
    """The currency the outlet's own country writes "$" ("www.example.com.ar": Argentine
    pesos, "www.example.ca": Canadian dollars), from the CLDR (``currency_table.DOLLAR_SIGN``)
    where its English-language press writes it bare (``_DOLLAR_COUNTRIES``); None for a
    domain of no country or of one sold for any use, alone (".co", ".tv")."""
    code = currency_table.DOLLAR_SIGN.get(_country_domain(url) or "")
    return code if code in _DOLLAR_CODES else None


def letter_of(marker: str) -> str:
    """A letter sign as a key of ``LETTER_SYMBOLS`` or ``COUNTRY_LETTERS``, without the
    abbreviation's point it may be written with ("L." is "L"); any other marker as written."""
    letter = marker.removesuffix(".")
    return letter if letter in LETTER_SYMBOLS or letter in COUNTRY_LETTERS else marker


def currency_of(marker: str) -> str:
    """The ISO code for a prefix, code or word as written; "$" for a bare dollar."""
    marker = letter_of(marker)
    if marker in LETTER_SYMBOLS:
        return LETTER_SYMBOLS[marker]
    if marker in COUNTRY_LETTERS:
        return marker
    key = " ".join(marker.lower().split())
    if key in PREFIXES:
        return PREFIXES[key]
    if key in WORDS:
        return WORDS[key]
    if marker in SCRIPT_SYMBOLS:
        return SCRIPT_SYMBOLS[marker]
    if marker in SIGNS or marker in LETTERED or marker in PRESS_LETTERED:
        return SIGNS.get(marker) or LETTERED.get(marker) or PRESS_LETTERED[marker]
    if key in NAMES:
        return NAMES[key]
    if marker.upper() in CODES:
        return marker.upper()
    raise ValueError(f"not a currency: {marker!r}")


def country_dollar(text: str, place: str = "", url: str = "") -> str:
    """The dollar of the one dollar country an article names, for an article that never
    says which dollar it means; when its story names none, the one its ``place`` names
    (its title, or the outlet's section and tag lines that cleaning removed); when that
    names none either, the one of the outlet's country domain (``outlet_dollar``); US
    dollars when they name none, several, or the US."""
    named = {str(m.lastgroup) for m in found(_COUNTRY, text)}
    if not named and place:
        named = {str(m.lastgroup) for m in found(_COUNTRY, place)}
    if not named and (domain := outlet_dollar(url)):
        named = {domain}
    return named.pop() if len(named) == 1 else "USD"


def country_peso(text: str, url: str = "") -> str:
    """The peso of the one peso country an article names, for "pesos" written without
    saying whose; when it names none, the peso of the outlet's country domain; Mexican
    pesos when it names none or several."""
    named = {str(m.lastgroup) for m in found(_PESO_COUNTRY, text)}
    if not named and (domain := outlet_dollar(url)) in PESOS:
        named = {str(domain)}
    return named.pop() if len(named) == 1 else "MXN"


def is_dollar(code: str) -> bool:
    """Whether a bare "$" could be written for this currency."""
    return code in _DOLLAR_CODES
