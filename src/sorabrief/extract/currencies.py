"""Currencies as news writes them, read as ISO 4217 codes.

A currency is marked before the amount by a symbol, prefix or code
(``currency_symbols.py``), or after it by a code or a currency word
(``currency_words.py``); ``currency_patterns.py`` finds them in text and ``currency_of``
reads one as written. A sign or word several countries' presses write for their own
currency is a marker (``shared_markers.py``) resolved per article; a bare "$" is the
article's own dollar (``dollar_countries.py``).
"""

from __future__ import annotations

from sorabrief.extract.currency_symbols import (
    CODES,
    COUNTRY_LETTERS,
    LETTER_SYMBOLS,
    LETTERED,
    PREFIXES,
    PRESS_LETTERED,
    SCRIPT_SYMBOLS,
    SIGNS,
    letter_of,
)
from sorabrief.extract.currency_words import NAMES, WORDS


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
