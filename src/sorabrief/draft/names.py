"""Proper names in a text: runs of capitalised words, with where each one is written.

A run may hold lower-case joiners ("Coastal Authority for Water", "Bank of England"), a
plural possessive ("Residents' Association", "Children's Hospital", "Fishermen's
Association"), an abbreviated "St." ("St. Alvin") and a company's legal form ("… Co.,
Ltd", "… sh.p.k.", ``legal_forms.py``). A leading sentence opener ("The", "In") is
dropped. A run that opens a sentence is marked, since a capital there proves nothing:
``draft`` keeps a one-word name there only when it is also written inside a sentence.
A title's possessive before a body's noun is part of the name ("District Assessor's
Bureau"). A title written before a person's name ("Privacy Commissioner Jane Doe") is taken off; a
word joined to a lower-case word by a hyphen ("Leeds-based") is an adjective, not a name,
whether it ends or opens the run, unless it is the given name after a surname written
first ("Lim Ho-jin", ``name_order.py``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

import attrs

from sorabrief.draft.legal_forms import legal_form_tail, with_legal_form
from sorabrief.draft.name_order import surname_first

_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
"""Capital letters, Latin ones with accents too ("Österreich", "Łódź", "Émile")."""
_WORD = (
    rf"(?:(?:St|Mt|Ft)\.(?=\s+[{_CAPITALS}])|(?:al|el)-[{_CAPITALS}][\w’']*"
    rf"|[{_CAPITALS}][\w’'&.-]*[\w’']|[{_CAPITALS}])"
)
"""A word of a name: capitalised, an abbreviated "St.", or an Arabic surname with its
article ("al-Rashid", "el-Masri")."""
_JOINER_WORDS = """of for and on de du des del della di da do dos das van von der den het voor
    für zu zur zum en und et y e i la le les el los las al aux au & per il dei degli delle"""
_JOINERS = frozenset(_JOINER_WORDS.split())
"""Lower-case words inside a proper name: English ones ("Bank of England") and the
connectors of other languages ("Stichting Wonen en Werken", "Verband der Pendler und
Fahrgäste", "Asociación de Vecinos y Comerciantes"), which English prose writes only there."""
_JOINER = "(?:" + "|".join(sorted(_JOINERS, key=len, reverse=True)) + ")"
_RUN = re.compile(rf"\b{_WORD}(?:\s+(?:{_JOINER}\s+(?:the\s+)?)?{_WORD})*")
_LISTED = re.compile(
    rf",\s+{_WORD}(?:\s+{_WORD})?(?:,\s+{_WORD}(?:\s+{_WORD})?)*,?\s+and\s+(?:the\s+)?{_WORD}"
)
"""The rest of a name that lists its fields ("Department of Forestry, Fisheries and the
Environment"), after the run up to its first comma."""
_OPENER_WORDS = """The A An In On At As After Before But And Or So Its Their His Her This That These Those
    There When While What Where Which Who How If For From With By Under Over About Analysts Some
    Many Most Local Three Two Four Five Six Seven Eight Nine Ten One Residents Read More Posted
    Sponsored Advertisement Photo Image Subscribe Topics Share Email Tagged Mr Mrs Ms Dr Cllr
    Councillor Sir Dame Lord Lady Hon Honourable Professor Prof Judge Rev Reverend Inspector Sergeant Captain
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Analysis Comments Latest
    Neither Nor Either Both Each Every All Also Although Though Yet Still Even Only Meanwhile
    However Despite Since Until During Once Then Now Today Yesterday Later Earlier Instead
    Not No Nobody Everyone Someone Asked Why Whether Because Unlike Like Such Other Another
    Members I’d I'd I’ve I've I’m I'm I’ll I'll We You They He She It Our Your My Us Them Him
    Her Me Here Eng Engr Mme Mlle"""
_TRADITIONAL_HONORIFIC_WORDS = """Hajji Hajiya Alhaji Alhaja Sheikh Shaikh Sheikha Mallam Ustaz
    Ustadh Pak Bapak Ibu Dasho Worship Excellency"""
TRADITIONAL_HONORIFICS = frozenset(_TRADITIONAL_HONORIFIC_WORDS.split())
"""Honorifics other naming traditions write before a name: a pilgrim's ("Hajji Jo Kato"), a
scholar's or elder's ("Sheikh", "Mallam"), Indonesian ones ("Pak Budi"), a Bhutanese rank
("Dasho") and a mayor's or envoy's style ("His Worship", "Her Excellency"): no part of the
name. Malay formal names keep "Haji", "Dato" and the like inside the name ("Awang Haji Jo
bin Haji Ali"), so those are not here."""
OPENERS = frozenset(_OPENER_WORDS.split()) | TRADITIONAL_HONORIFICS
"""Capitalised words that open sentences or label page parts, titles ("Councillor"),
pronouns, days and months, and honorifics: never a name on their own, and dropped from
the front of a run."""
_TITLE_WORDS = """Commissioner Minister Secretary Undersecretary Superintendent Chief Director
    General President Chair Chairman Chairwoman Mayor Governor Senator Judge Justice Inspector
    Officer Spokesperson Spokesman Spokeswoman Attorney Deputy Detective Constable Commander
    Marshal Sheriff Administrator Manager Executive Chancellor Premier Registrar CEO CFO COO CTO
    Chairperson Councilman Councilwoman Founder Headteacher Headmaster Headmistress
    Coroner Investigator Prosecutor Ombudsman Auditor Treasurer Colonel Lieutenant
    Brigadier Admiral Commodore Corporal Sergeant Captain Col Lt Gen Maj Capt Sgt Cpl
    Representative Congressman Congresswoman Ambassador Councillor Convener Convenor MLA MP
    Major Member Advocate ACP ASP SSP DSP DCP IGP AIGP"""
TITLES = frozenset(_TITLE_WORDS.split())
"""Capitalised role words that are written before a person's name ("Chief Jane Doe") and
that name no one on their own ("the Labour Commissioner"), military and police ranks among
them ("Colonel Jo Park"), also as the abbreviations many police forces write ("ACP Jo
Park" for an assistant commissioner), and an advocate's ("Advocate Jo Park"); a hyphened
compound ending in one counts too ("Vice-Chancellor", "Lieutenant-Colonel")."""
_HONORIFIC_WORDS = (
    "Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Rev Reverend Hon Eng Engr Me Mme Mlle"
)
_HONORIFICS = frozenset(_HONORIFIC_WORDS.split()) | TRADITIONAL_HONORIFICS | {"His", "Her"}
"""Personal titles, an engineer's and French ones among them ("Eng", "Me", "Mme"), those of
other traditions and a style ("His Worship"), which a title of office may come before
("District Commissioner Dr Jo Park", "Mayor His Worship Jo Park"): no part of the name."""
_ADJECTIVE = re.compile(rf"^[{_CAPITALS}][\w’']*-[a-z]")
_LOWER_HEAD_WORDS = """police committee department government administration council association
    brigade"""
LOWER_HEADS = frozenset(_LOWER_HEAD_WORDS.split())
"""Lower-case nouns that end a body's name after a place or an institution ("Farrow City
police", "Senate committee", "Farrow municipal council", "Farrow fire brigade"), a
committee with its remit ("… committee on public works,"), up to two lower-case words of
remit or level between ("Farrow district police", "Farrow transport department", "the
Farrow city administration", "Farrow residents' committee")."""
_REMIT_WORD = (
    r"\s+(?!(?:the|a|an|and|or|of|to|in|on|at|by|for|from|with|that|who|which|its|their"
    r"|his|her|has|have|had|is|was|are|were|will|would|must|can|could|may|might|should|said"
    r"|says|told)\b)(?:[a-z]+(?<![sd])(?<!ly)|[a-z]+s[’'])"
)
_REMIT = (
    r"(?:\s+(?:state|district|city|county|regional|provincial|national|municipal))?"
    rf"(?:{_REMIT_WORD})?"
)
"""Between a place and a body's lower-case head: its level, then one word of its remit
("Tarrow district police", "Tarrow state transport department", "Tarrow fire brigade"),
or a plural's possessive ("Tarrow residents' committee"), never a verb in -s or -ed, a
modal or a plural ("Jo Park criticises government" names no body)."""
_LOWER_HEAD = re.compile(
    rf"{_REMIT}\s+(?:police|department|government|administration|council|association"
    r"|brigade|committee(?:\s+on(?:\s+[a-z]+){1,4}(?=[,;]))?)\b(?![-’'])"
)


@attrs.frozen
class Name:
    """A proper name as written, and where."""

    text: str
    start: int
    opens_sentence: bool


def names_in(text: str, offset: int = 0) -> list[Name]:
    """The proper names of one sentence ``text``, which starts at ``offset`` in its body."""
    found = []
    covered = 0
    for match in _RUN.finditer(text):
        if match.start() < covered:
            continue
        run = _with_listed_fields(match, text)
        run = with_legal_form(run, text, match.start() + len(run))
        head = _LOWER_HEAD.match(text, match.start() + len(run))
        possessive = re.search(r"[’']s$", run)
        run += head.group() if head and run.split()[-1] not in OPENERS and not possessive else ""
        covered = match.start() + len(run)
        words = run.split()
        start = match.start()
        opens = not text[: match.start()].strip(" \t“\"‘'(")
        while words and (
            (words[0] in OPENERS and not surname_first(words[:2]))
            or words[0] in ("of", "for", "and", "the")
            or (len(words) > 1 and words[0] in ("THE", "A", "AN"))  # a headline's capitals
        ):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
            opens = False
        while words and (words[-1] in OPENERS or words[-1] in _JOINERS or words[-1] == "the"):
            words = words[:-1]
        untitled, start = _without_title(words, text, start)
        titled, words = len(untitled) < len(words), untitled
        while titled and len(words) > 2 and words[0].rstrip(".") in _HONORIFICS:  # "…, Dr Jo Park"
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if words and _ADJECTIVE.match(words[-1]) and not surname_first(words[-2:]):
            words = words[:-1]
        if len(words) > 1 and _ADJECTIVE.match(words[0]):  # "Leeds-based Harlow Mills"
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        parts = _possessives(words)
        listed = _LIST_BEFORE.search(text, 0, match.start())
        if listed and listed.group("item") not in OPENERS:
            parts = [item for part in parts for item in _list_items(part)]
        for part in parts:
            start = text.index(part[0], start)
            name = " ".join(part)
            name = name.rstrip(".’'") + ("." if _abbreviated_form(name) else "")
            name = re.sub(r"[’']s$", "", name)
            if (
                len(name) > 1
                and name not in OPENERS  # "Monday's failure"
                and not (name.isupper() and (len(name) > 8 or " " in name))
            ):
                found.append(Name(name, offset + start, opens))
            start = text.index(part[-1], start) + len(part[-1]) + 1
            opens = False
    return found


def _with_listed_fields(match: re.Match[str], text: str) -> str:
    """The run, with the fields its name lists after a comma when it is an office "of"
    something ("Ministry of Roads, Ports and the Coast")."""
    run = match.group()
    if not re.search(r"\s(?:of|for)\s", run):
        return run
    listed = _LISTED.match(text, match.end())
    return run + listed.group() if listed else run


def _without_title(words: list[str], text: str, start: int) -> tuple[list[str], int]:
    """The run without a title before a two- or three-word name ("Chief Jane Doe"), and
    without the title's one-word remit ("Superintendent of Police Jane Doe") and the
    personal titles after it ("Director of Health Dr Jane Ann Doe")."""
    last = max((i for i, w in enumerate(words) if _title(w)), default=-1)
    rest = words[last + 1 :]
    if last >= 0 and len(rest) > 3 and rest[0] in ("of", "for") and rest[1] not in _JOINERS:
        rest = rest[2:]  # the title's remit: "Superintendent of Police Jo Park"
    while last >= 0 and len(rest) > 2 and rest[0].rstrip(".") in _HONORIFICS:
        rest = rest[1:]  # "Director General of Health Dr Jo Kai Park"
    if last < 0 or not 2 <= len(rest) <= 3 or any(w in _JOINERS or w == "the" for w in rest):
        return words, start
    return rest, text.index(rest[0], start + len(" ".join(words[: last + 1])))


_BRACKETED = re.compile(rf"\(((?=(?:[^)]*[{_CAPITALS}]){{2}})[{_CAPITALS}][\w&]{{1,7}})\)")
"""An abbreviation in brackets, of two capitals or more: "(HRC)", "(A&E)", "(DfT)", "(ÖBB)"."""


_EXPANDED = re.compile(rf"\b([{_CAPITALS}][\w&]{{1,7}})\s+\(([^()]{{4,120}})\)")
"""An abbreviation with its full name in brackets after it: "HPU (Harbour Pilots Union)"."""


def abbreviations_in(text: str, spelling: Mapping[str, str]) -> dict[str, str]:
    """Abbreviations the text gives in brackets right after a name, each with that name
    as ``spelling`` writes it: "Harbour Rail Company (HRC)" gives HRC for the company; so
    does "HRC (Harbour Rail Company)", when the name's initials are the abbreviation (with
    or without its connectors': "LVS (Liga van Scheepsloodsen)")."""
    found: dict[str, str] = {}
    for match in _BRACKETED.finditer(text):
        before = text[max(0, match.start() - 120) : match.start()].rstrip()
        words = before.split()
        for size in range(min(len(words), 8), 0, -1):
            name = spelling.get(" ".join(words[-size:]))
            if name is not None:
                found[match.group(1)] = name
                break
    for match in _SHORT_NAME.finditer(text):  # "… Escolar (Senae)", "…, known as Alisur"
        preceding = text[max(0, match.start() - 120) : match.start()].rstrip(" ,").split()
        for size in range(min(len(preceding), 8), 1, -1):
            name = spelling.get(" ".join(preceding[-size:]))
            if name is not None:
                short = match.group("known") or match.group("bracketed")
                if _letters_of(short, name):
                    found.setdefault(short, name)
                break
    for match in _EXPANDED.finditer(text):  # "GSV (Gewerkschaft Schiene und Verkehr)"
        name = spelling.get(match.group(2))
        if name is None:
            continue
        every = "".join(w[0] for w in name.split() if w != "the").upper()
        if match.group(1).upper() in (initials(name), every):
            found[match.group(1)] = name
    return found


_SHORT_NAME = re.compile(
    rf"(?:\s\((?P<bracketed>[{_CAPITALS}][a-z]{{2,11}})\)"
    rf"|,?\s+(?:also\s+|better\s+|commonly\s+)?known\s+as\s+"
    rf"(?P<known>[{_CAPITALS}][a-z]{{2,11}})\b)"
)
"""A short name given after a long one: a word in brackets ("(Senae)") or after "known
as" ("Alimentos del Sur S.A., known as Alisur")."""


def _letters_of(short: str, name: str) -> bool:
    """Whether a word is a name's short form made of its words' first letters or
    syllables, in order ("Senae" of "Servicio Nacional de Alimentación Escolar"): it opens
    with the name's first letter and takes letters from two of its words or more."""
    words = [w.casefold() for w in name.split()]
    letters = short.casefold()
    if not words or letters[0] != words[0][0]:
        return False
    at, word, used = 0, 0, set()
    for letter in letters:
        while word < len(words) and letter not in words[word][at:]:
            word, at = word + 1, 0
        if word == len(words):
            return False
        at = words[word].index(letter, at) + 1
        used.add(word)
    return len(used) > 1


def initials(name: str) -> str:
    """The initials of a name's capitalised words ("Coastal Drinking Water Authority" -> CDWA)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


_LIST_BEFORE = re.compile(rf"(?P<item>{_WORD}),\s+$")
"""A name and a comma just before a run: the run ends a list ("Ashby, Corle and Denton");
a day or an opener before the comma starts no list ("Last Friday, Bank and Trust …")."""


def _list_items(words: list[str]) -> list[list[str]]:
    """The run that ends a list, split at its "and" into the names it lists."""
    items: list[list[str]] = [[]]
    for word in words:
        if word == "and":
            items.append([])
        else:
            items[-1].append(word)
    return [item for item in items if item]


_PLURAL_POSSESSIVE = re.compile(r"^(?:Children|People|[A-Z]?\w*[Mm]en)[’']s$")
"""A plural's possessive that describes ("Children's Hospital", "Women's Aid",
"Fishermen's Association"): part of the name, not its owner."""


def _possessives(words: list[str]) -> list[list[str]]:
    """A run split after each possessive: "Brightwater's Kestrel Bay" is two names, but
    "Pell Children's Hospital" and "District Assessor's Bureau" one."""
    parts: list[list[str]] = [[]]
    for at, word in enumerate(words):
        parts[-1].append(word)
        if re.search(r"[’']s$", word) and not (
            at + 1 < len(words)
            and (
                _PLURAL_POSSESSIVE.match(word)
                or (_office_of_a_title(word) and words[at + 1] in _OFFICE_BODIES)
            )
        ):
            parts.append([])
    return [p for p in parts if p]


def _title(word: str) -> bool:
    """Whether a word is a title, a hyphened compound ending in one or a title's possessive
    ("Vice-Chancellor", "General's")."""
    return re.sub(r"[’']s$", "", word).split("-")[-1] in TITLES


_OFFICE_BODIES = frozenset(
    [
        "Office",
        "Department",
        "Bureau",
        "Chambers",
        "Secretariat",
        "Directorate",
        "Division",
        "Unit",
        "Service",
    ]
)
"""Nouns of the body that serves an office, after a title's possessive ("Governor's
Office"); any other word after it is what the office holder owns ("the Governor's Lakeford
mansion")."""


def _office_of_a_title(word: str) -> bool:
    """Whether a possessive is a title's, which names the body that serves the office
    ("Prosecutor's Office", "Attorney General's Department"), not its owner."""
    return re.search(r"[’']s$", word) is not None and _title(word)


def _abbreviated_form(name: str) -> bool:
    """Whether a name ends in the full stop of its abbreviated legal form ("… Ltd.")."""
    return name.endswith(".") and legal_form_tail(name.split()) > 0


def _fold(name: str) -> str:
    folded = name.replace("’", "'").replace("‘", "'")
    return folded.removesuffix(".") if _abbreviated_form(name) else folded


def spellings(names: Iterable[str]) -> dict[str, str]:
    """Each name as written, to the most written of the spellings that differ from it only
    in their apostrophes ("Riders’ Union" and "Riders' Union" are one name) or in the full
    stop of a legal form ("Harlow Mills Ltd." and "Harlow Mills Ltd")."""
    written: Counter[str] = Counter(names)
    by_fold: dict[str, list[str]] = defaultdict(list)
    for name in written:
        by_fold[_fold(name)].append(name)
    word = _word_spellings(written)
    return {
        name: " ".join(word.get(w, w) for w in max(forms, key=lambda f: (written[f], f)).split())
        for forms in by_fold.values()
        for name in forms
    }


def _word_spellings(written: Counter[str]) -> dict[str, str]:
    """Each word with an apostrophe, to its most written spelling across every name, so
    that names of different lengths agree ("Fetu’u Shipping" and "Fetu'u Shipping Ltd")."""
    counts: Counter[str] = Counter()
    for name, times in written.items():
        counts.update({w: times for w in name.split() if "'" in w or "’" in w})
    by_fold: dict[str, list[str]] = defaultdict(list)
    for w in counts:
        by_fold[_fold(w)].append(w)
    return {
        w: max(forms, key=lambda f: (counts[f], f)) for forms in by_fold.values() for w in forms
    }
