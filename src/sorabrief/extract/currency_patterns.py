"""Regular expressions of a currency as written before or after an amount."""

from __future__ import annotations

import re

from sorabrief.extract import currency_table
from sorabrief.extract.currency_symbols import (
    CLDR_SYMBOLS,
    CODES,
    COUNTRY_LETTERS,
    LETTER_SYMBOLS,
    LETTERED,
    PREFIXES,
    PRESS_LETTERED,
    SCRIPT_SYMBOLS,
    SIGNS,
)
from sorabrief.extract.currency_words import NAMES, WORDS
from sorabrief.extract.shared_markers import BOLIVAR_SIGN, CONGO_FRANC_SIGN

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
    if s.isascii()
    and s.isalpha()
    and (c in currency_table.COUNTRIES or c in (BOLIVAR_SIGN, CONGO_FRANC_SIGN))
    and s.lower() not in WORDS
}
"""Symbols in English letters that name one currency ("Ar", "Kz", "Ft", "TL", "DA") or the
bolívar or boliviano ("600 Bs."), or the Congolese or Comorian franc ("800 FC"), which
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
    for marker in (*PREFIXES, *PRESS_LETTERED, *LETTERED, *CLDR_SYMBOLS, *NAMES)
    if marker.endswith(".")
) | {f"{letter}." for letter in (*LETTER_SYMBOLS, *COUNTRY_LETTERS)}
"""Currency symbols and abbreviations that end with a point ("Rs.", "kr.", "Bs.", "S/.",
"Gs."), where a sentence splitter may take the point for a full stop."""
