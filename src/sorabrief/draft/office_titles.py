"""Whom an official speaks for when the articles give their office by its remit: "Transport
Minister Jo Park", "Minister for Transport Jo Park", "the Minister of Transport and Works, Jo
Park,", "Director of Environmental Affairs Jo Park". The office belongs to the one
organisation whose name holds every capitalised word of the remit ("Ministry of Transport
and Works"); with none or several, it says nothing. Titles of a place's office ("Mayor",
"Governor") are left out: their remit is a place, which many bodies are named after."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from sorabrief.draft.spokespeople import HONOUR, Affiliation, a_minister_may_hold

_OFFICE_TITLES = """Minister Secretary Director Commissioner Chief Inspector Commander Officer
    Superintendent Administrator Registrar Ombudsman Auditor Controller Coordinator"""
_TITLE = (
    rf"(?:(?:Deputy|Assistant|Chief|Regional|General)\s+)?(?:{'|'.join(_OFFICE_TITLES.split())})"
)
"""An office's title, perhaps with its rank ("Deputy Minister", "Chief Inspector")."""
_WORD = r"[A-Z][\w’'-]*"
_BEFORE_NAME = r",?\s+" + HONOUR


def office_affiliations(
    sentence: str, people: Sequence[str], organisations: Mapping[str, str]
) -> list[Affiliation]:
    """The affiliations one sentence states through an office with its remit, between known
    ``people`` and ``organisations`` (each way an organisation is written, to its name)."""
    if not people or not organisations:
        return []
    person = "|".join(re.escape(p) for p in sorted(people, key=len, reverse=True))
    patterns = (
        rf"\b(?!(?:The|A|An)\s)(?P<office>(?P<remit>{_WORD}(?:\s+{_WORD})?)\s+(?P<title>{_TITLE})){_BEFORE_NAME}(?P<p>{person})\b",
        rf"\b(?P<office>(?P<title>{_TITLE})\s+(?:of|for)\s+(?:the\s+)?(?P<remit>{_WORD}(?:(?:\s+|\s+and\s+|,\s+)"
        rf"{_WORD})*?)){_BEFORE_NAME}(?P<p>{person})\b",
    )
    found = []
    for pattern in patterns:
        for match in re.finditer(pattern, sentence):
            remit = [w for w in match.group("remit").split() if w not in ("and", "of")]
            title = match.group("title")
            held = _holding(
                remit, [n for n in organisations.values() if a_minister_may_hold(title, n)]
            )
            if held is not None:
                role = f"{match.group('office')}, {held}"
                found.append(Affiliation(match.group("p"), held, role))
    return found


def _holding(remit: Sequence[str], names: Iterable[str]) -> str | None:
    """The one organisation whose name holds every word of the remit, or None."""
    wanted = {w.strip(",").casefold() for w in remit}
    holding = {n for n in names if wanted <= {w.strip(",").casefold() for w in n.split()}}
    return holding.pop() if len(holding) == 1 else None
