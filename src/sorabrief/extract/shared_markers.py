"""Markers for a sign or word several currencies share, until the article settles whose.

"Rs", "Sh", "£", "¥", "CFA", "Br", "francs", "pesos", "pounds", "kr", "crowns" and "Dh" are
each written by several countries' presses for their own currency; a sum so written is
read as one of these markers and resolved per article (``whose_currency.py``).
"""

from __future__ import annotations

from sorabrief.extract import currency_table

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
CONGO_FRANC_SIGN = "FC"
"""The marker of an "FC": the CLDR's symbol for the Congolese franc, and how the Comoros'
press writes its own franc ("650,000 FC"; the CLDR gives it "CF")."""
BOLIVAR_SIGN = "Bs"
"""The marker of a "Bs": the CLDR's symbol for the Bolivian boliviano, and how Venezuela's
press writes the bolívar ("Bs. 62 million", "600 Bs.")."""
DIRHAM = "dirham"
"""The marker of a "Dh" written without saying whose: Morocco and the Emirates both write
their dirham so."""
POUND = "pound"
"""The marker of "pounds" written without saying whose (see ``whose_currency.py``)."""
OTHER_POUNDS = frozenset(currency_table.NOUNS[POUND]) - {"GBP"}
"""The pounds that are not sterling: Egypt's, Lebanon's, Syria's, Sudan's …"""
SHARED_SIGNS: dict[str, tuple[str | None, frozenset[str]]] = {
    RUPEE: ("INR", frozenset(currency_table.NOUNS["rupees"] + currency_table.SHARED_SYMBOLS["Rs"])),
    SHILLING: ("KES", frozenset(currency_table.NOUNS["shillings"])),
    POUND_SIGN: ("GBP", frozenset(currency_table.SHARED_SYMBOLS["£"]) | OTHER_POUNDS),
    YEN_SIGN: ("JPY", frozenset(currency_table.SHARED_SYMBOLS["¥"])),
    FRANC: ("CHF", frozenset(currency_table.NOUNS["francs"])),
    CFA: (None, frozenset({"XOF", "XAF"})),
    BR: ("BYN", frozenset({"BYN", "ETB"})),
    BOLIVAR_SIGN: ("BOB", frozenset({"BOB", "VES"})),
    CONGO_FRANC_SIGN: ("CDF", frozenset({"CDF", "KMF"})),
}
"""Signs, abbreviations and nouns several countries' presses write for their own currency
("Rs" in India, Pakistan, Sri Lanka …; "Sh" in East Africa; "£" in Egypt and Sudan; "¥"
in Japan and China; "Br" in Belarus and Ethiopia; "Bs" in Bolivia and Venezuela; "FC" in
the Congo and the Comoros), with the reading they keep when the article does not settle whose
(None: left out) and the currencies they may be; resolved per article (``whose_currency.py``).
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
