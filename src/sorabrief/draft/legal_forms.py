"""Companies' legal forms, as many countries write them after a company's name.

"Harlow Mills Ltd.", "Harlow Mills Pvt Ltd", "Harlow Mills S.R.L.", "Harlow Mills sh.p.k.",
"Harlow Mills Co., Ltd": the form says the name is a company's, and a name ending in one
keeps its abbreviation's full stop, as the company writes it. General-language data, by
country, in no article's words.
"""

from __future__ import annotations

import re

_FORMS = """
    Ltd Limited Pvt Private Pte Pty Inc Incorporated Corp plc PLC LLC LLP JV Co
    GmbH AG KG OHG UG mbH e.V.
    S.A. SA S.A.S. SAS S.A.R.L. SARL S.N.C. S.C.A.
    S.L. S.L.U. S.R.L. SRL S.r.l. Srl S.p.A. SpA S.A.C. S.A.A. E.I.R.L. Ltda Cía Cia
    S.A.B. C.V. R.L. de
    N.V. NV B.V. BV
    A/S ApS ASA AS AB Oy Oyj
    Kft. Zrt. Nyrt. Bt. s.r.o. spol. a.s. d.o.o. d.d. a.d. Sp. z o.o. S.K.A.
    sh.p.k. sh.a. EOOD OOD AD
    OOO OAO ZAO PAO JSC PJSC TOO
    Sdn Bhd Berhad Tbk
    K.K. KK
"""
"""Legal forms by country (English-speaking ones; Germany, Austria, Switzerland;
France, Belgium; Spain, Italy, Portugal, Latin America; the Netherlands; the Nordic
countries; Hungary, Czechia, Slovakia, the Balkans, Poland; Albania, Bulgaria; Russia and
Central Asia; Malaysia, Indonesia; Japan), each as it is written."""


def _key(word: str) -> str:
    return word.replace(".", "").replace(",", "").casefold()


LEGAL_FORM_KEYS = frozenset(_key(w) for w in _FORMS.split()) - {"", "de", "z"}
"""The legal forms with their full stops and case taken away ("srl", "shpk")."""
_WRITTEN = sorted({w.rstrip(".") for w in _FORMS.split()} - {"de", "z"}, key=len, reverse=True)
_TAIL = re.compile(
    r"(?:\.?,?\s+(?:de\s+|z\s+)?(?:" + "|".join(re.escape(w) for w in _WRITTEN) + r"))+(?![\w/])"
)
_WORDS_NOT_ABBREVIATED = frozenset(("Limited", "Private", "Incorporated", "Berhad"))


def with_legal_form(run: str, text: str, end: int) -> str:
    """A run of capitalised words with the legal form written after it, which the run
    leaves out when a comma comes between or the form is in lower case ("Mekong Crown
    Co., Ltd", "Kalo Ndertim sh.p.k."), and the full stop ending an abbreviated form
    ("Harlow Mills Ltd.")."""
    tail = _TAIL.match(text, end)
    if tail and (
        is_legal_form(run.split()[-1]) or tail.group().lstrip(".,").lstrip()[:1].islower()
    ):
        run, end = run + tail.group(), tail.end()
    last = run.split()[-1]
    if (
        text[end : end + 1] == "."
        and legal_form_tail(run.split())
        and last not in _WORDS_NOT_ABBREVIATED
    ):
        run += "."
    return run


def is_legal_form(word: str) -> bool:
    """Whether a word is (part of) a company's legal form ("Ltd.", "S.R.L", "Zrt")."""
    return _key(word) in LEGAL_FORM_KEYS


def legal_form_tail(words: list[str]) -> int:
    """How many of a name's last words are its legal form ("Mekong Crown Co., Ltd": 2)."""
    count = 0
    for word in reversed(words):
        if not is_legal_form(word) and word not in ("de", "z"):
            break
        count += 1
    return count if count < len(words) else 0
