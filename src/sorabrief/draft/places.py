"""Names that some article writes as a place anywhere in its text, captions and datelines
included: the larger place after a town ("in Lakeford, Ruritania,"), a place noun after
the name ("the Dorva region", "the south Ruritania town of …") or before it with "of"
("the department of Dorva"), "X-based", a currency ("Dorva dollars"), or a street's name
("Mill Street"). Such a name is where the news happened, not a party, unless it speaks."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SETTLEMENTS = (
    "town city village suburb district region province county governorate canton"
    " municipality state island neighbou?rhood hamlet township commune parish prefecture regency"
)
"""Lower-case nouns of a place that has a name, before it or after it."""
_PLACE_NOUNS = f"(?:{'|'.join(f'{_SETTLEMENTS} valley basin area settlement'.split())})"
"""Lower-case nouns of a place after its name ("the Dorva region", "Dorva valley")."""
_OF_PLACE_NOUNS = f"(?:{'|'.join(f'{_SETTLEMENTS} department'.split())})"
"""Lower-case nouns of a place before "of" and its name ("the department of X")."""
_CURRENCY_NOUNS = r"(?:dollars?|pesos?|francs?|rupees?|shillings?|dinars?|pounds?)"
"""Currencies a country's name comes before ("X dollars"): the name is the country's."""
_THOROUGHFARES = frozenset(
    [
        "Street",
        "Road",
        "Avenue",
        "Lane",
        "Boulevard",
        "Drive",
        "Square",
        "Highway",
        "Terrace",
    ]
)
"""Last words of a street's name ("X Street"): where something is, never a party."""

_NOUN_AFTER = (
    r"(?!(?:on|in|at|and|or|to|for|from|with|by|last|this|since|after|before|until|during"
    r"|where|which|who|when|while|as|of|is|was|were|are|has|had|have)\b)[a-z]"
)
"""A lower-case word after the name that is no function word: the name describes a noun
("cracks in Serra Alta tailings dam"), it is no place there."""


def written_as_place_anywhere(name: str, texts: Iterable[str]) -> bool:
    """Whether any text writes ``name`` as a place: after "in", "near" or "outside" (not
    as a possessor, the start of a longer name or a noun's modifier), the second of "in Town, X" (a town's
    country or region, then a comma, a full stop or a date), before a lower-case place
    noun ("X region", "X town of") or after one and "of" ("the department of X"), before
    "-based" ("a X-based caterer") or a currency ("X dollars"); and a street's name ("X
    Street") wherever it is written."""
    if name.split()[-1] in _THOROUGHFARES:
        return True
    escaped = re.escape(name)
    patterns = (
        rf"\b(?:in|near|outside)\s+(?:the\s+)?{escaped}(?![\w’'-]|\s+[A-Z]|\s+{_NOUN_AFTER})",
        rf"\b{_OF_PLACE_NOUNS}\s+of\s+(?:the\s+)?{escaped}(?![\w’'-]|\s+[A-Z])",
        rf"(?<![\w’'-]){escaped}\s+{_CURRENCY_NOUNS}\b",
        rf"\b(?:in|near|outside|at|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+{escaped}"
        r"(?=[,.;)]|\s*$)",
        rf"(?<![\w’'-]){escaped}\s+{_PLACE_NOUNS}\b(?!\s+(?:council|government|authority|police))",
        rf"(?<![\w’'-]){escaped}-based\b",
    )
    return any(re.search(p, text) for text in texts for p in patterns)
