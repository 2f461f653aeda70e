"""Whom a named person speaks for: "X, a spokesperson for Y", "X, chief executive of Y",
"Y's chief executive, X", "X, of the Y,", "X, of Leeds-based firm Y,", "X, a researcher at
security firm Y", "X, a partner at the firm" (the business its article named last), "X, Y's
director for Scandinavia", "X, who chairs Y", "X, who leads on housing for Y", "the head of the Y, X" (a place
takes no "the": "the mayor of Northport, X" is no one's),
"Its chair, X" (Y then being the organisation the sentence before opens with), the
apposition "X, its / Y's / the firm's chief executive" (Y being, for "its", the last
organisation named before X, and for "the firm's", the one organisation whose name holds
the word "firm", or with none the business its article named last; and for "X, the managing director of the company,", with no organisation
whose name holds the word, the last one its article named before the sentence; "X, the
head of the agency", only the one organisation whose name holds "Agency"), and a role before the name ("the board's chief investigator, X",
"Tribunal member X", "district spokesperson X", "chief executive X": the one
organisation whose name holds the word, or with no such word the last one named before X
or opening the sentence before; a role opening with a kind of body, "board chair X", only an
organisation whose name holds that word). Y may be written by a shorter name ("Northmere" for "Northmere Homes")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from sorabrief.draft.names import TRADITIONAL_HONORIFICS
from sorabrief.draft.wording import SPEECH

ROLE_WORDS = (
    r"spokes(?:person|man|woman)|representative|chief\s+executive|chief\s+inspector|chief"
    r"|executive|director|head|president|chair(?:man|woman|person)?|minister|secretary|official"
    r"|officer|lawyer|counsel|attorney|manager|founder|ceo|leader|commissioner|conven[eo]r"
    r"|organi[sz]er|deputy|governor|mayor|superintendent|treasurer|coordinator|investigator"
    r"|member|professor|ceo|cfo|coo|commander|editor|partner|adviser|advisor|researcher|analyst"
    r"|engineer|scientist|economist|consultant|cto|delegate"
)
"""The words of a role held in an organisation, as alternatives of a regular expression."""
ROLE = rf"(?:{ROLE_WORDS})(?:-[a-z]+)*(?:\s+general\b)?"
"""A role held in an organisation; a hyphened compound counts ("secretary-general"), and so
does a title that "general" follows ("director general", "secretary general")."""
OFFICE_WORDS = (
    r"prosecutor|coroner|ombudsman|auditor|judge|inspector|chancellor|headteacher"
    r"|head\s*master|head\s*mistress"
)
"""Offices a person holds in their own right: a role, but no sign of whom they speak for
("prosecutor Jo Park" after a company is named is not the company's)."""
PERSON_ROLE = rf"(?:{ROLE_WORDS}|{OFFICE_WORDS})(?:-[a-z]+)*"
"""Any role that makes a name a person's."""
_FIRM = r"(?:(?:[\w-]+\s+)?(?:firm|company|consultancy|group|agency|charity|start-?up)\s+)?"
"""What an organisation is, written before its name: "Leeds-based firm", "security firm"."""
_BODY_WORDS = """board council authority trust union committee commission department ministry
    company firm utility agency hospital school district plant club party bank university
    college society association foundation institute regulator watchdog operator federation
    alliance coalition network forum cooperative court inspectorate directorate municipality"""
_BODIES = frozenset(_BODY_WORDS.split())
BODY_NOUNS = "|".join(sorted(_BODIES))
"""Kinds of body a role may open with ("board chair", "union secretary"): the person speaks
for a body of that kind, so only an organisation whose name holds the word is theirs."""
_NOT_BUSINESS = _BODIES - {"company", "firm", "utility", "operator", "plant", "bank", "club"}
_BUSINESS_WORDS = frozenset(("company", "firm", "operator"))
"""What the articles call a business instead of naming it ("the firm's plant manager")."""
_BODY_NOUN_SET = _BODIES - _BUSINESS_WORDS
_BODY_NOUNS = "|".join(sorted(_BODY_NOUN_SET))
"""Kinds of body an apposition may name its person's by ("X, the head of the agency"):
the one organisation whose name holds the word, never one only named near."""


def _public_body(name: str) -> bool:
    """Whether a name is of a body that is no business ("… Authority", "Farrow police"),
    which "the company" never stands for."""
    last = name.split()[-1]
    return last.islower() or last.lower() in _NOT_BUSINESS


_GENERIC = r"(?:company|firm|operator)"
"""What the articles call a business instead of naming it ("X, the managing director of the
company")."""
_LEADS = r"(?:chairs|leads|heads|runs|represents|speaks\s+for|founded)"
HONOUR = (
    r"(?:(?:His|Her)\s+(?:Worship|Excellency)\s+|(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Hon"
    r"|Honourable|" + "|".join(sorted(TRADITIONAL_HONORIFICS)) + r")\.?\s+)?"
)
"""A personal title or style between a role and the name ("its chief inspector, Dr Jo
Park", "Mayor His Worship Jo Park", "chairperson Hajji Jo Kato")."""


@attrs.frozen
class Affiliation:
    """A person, the organisation they speak for, and their role as written."""

    person: str
    organisation: str
    role: str


def affiliations(
    sentence: str,
    previous_opening: str | None,
    people: Sequence[str],
    organisations: Mapping[str, str],
    earlier: Sequence[str] = (),
) -> list[Affiliation]:
    """The affiliations one sentence states between known ``people`` and ``organisations``
    (each way an organisation is written, to its name).

    ``previous_opening`` is the organisation the previous sentence opens with, for "Its
    chair, X"; ``earlier`` the organisations its article named before, the last last.
    """
    if not people or not organisations:
        return []
    person = "|".join(re.escape(p) for p in sorted(people, key=len, reverse=True))
    org = "|".join(re.escape(o) for o in sorted(organisations, key=len, reverse=True))
    patterns = (
        rf"(?P<p>{person}),\s+(?:(?:a|an|the)\s+)?(?P<r>(?:[\w-]+\s+){{0,3}}?{ROLE})\s+"
        rf"(?:for|of|at|with)\s+(?:the\s+)?{_FIRM}(?P<o>{org})\b",
        rf"(?P<p>{person}),\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,4}}?who\s+is\s+(?:(?:a|an|the)\s+)?"
        rf"(?P<r>(?:[\w-]+\s+)?{ROLE})\s+(?:for|of|at|with)\s+(?:the\s+)?(?P<o>{org})\b",
        rf"(?P<p>{person}),\s+who\s+(?P<r>{_LEADS})(?:\s+on\s+[\w ]{{1,30}}?\s+(?:for|at))?"
        rf"\s+(?:the\s+)?(?P<o>{org})\b",
        rf"\b(?P<o>{org})(?:[’']s)?\s+(?:[A-Z][\w-]*\s+){{0,3}}?(?P<r>(?:[\w-]+\s+)?{ROLE}),?\s+"
        rf"{HONOUR}(?P<p>{person})",
        rf"(?P<p>{person}),\s+(?P<r>of)\s+(?:the\s+)?{_FIRM}(?P<o>{org}),",
        rf"\b(?P<r>(?:[\w-]+\s+){{0,2}}?{ROLE})\s+(?:of|for|at)\s+the\s+(?P<o>{org}),\s+"
        rf"{HONOUR}(?P<p>{person})\b",
    )
    found = []
    for pattern in patterns:
        for match in re.finditer(pattern, sentence, re.IGNORECASE):
            name = next(
                (
                    n
                    for form, n in organisations.items()
                    if form.lower() == match.group("o").lower()
                ),
                match.group("o"),
            )
            found.append(Affiliation(match.group("p"), name, _role(match.group("r"), name)))
    found += _appositions(sentence, person, org, organisations, previous_opening, earlier)
    if previous_opening is not None:
        its = re.search(
            rf"\b(?:Its|Their)\s+(?P<r>(?:[\w-]+\s+)?{ROLE}),?\s+(?P<p>{person})\b", sentence
        )
        if its:
            role = _role(its.group("r"), previous_opening)
            found.append(Affiliation(its.group("p"), previous_opening, role))
    return list(dict.fromkeys(found))


def _appositions(
    sentence: str,
    person: str,
    org: str,
    organisations: Mapping[str, str],
    previous_opening: str | None,
    earlier: Sequence[str],
) -> list[Affiliation]:
    """ "X, its chief executive," / "X, Y's chief executive," / "X, the firm's chief executive,"
    / "X, who heads the union,"."""
    after = (
        rf"(?P<p>{person}),\s+(?:(?P<its>[Ii]ts|[Tt]heir)|[Tt]he\s+(?P<d>[a-z]+)[’']s"
        rf"|(?:[Tt]he\s+)?(?P<o>{org})[’']s)\s+(?P<r>(?:[\w-]+\s+){{0,3}}?{ROLE})"
        r"(?:\s+(?:of|for)\s+[a-z][a-z ]{1,30}?|\s+(?:in|at|for)\s+[A-Z][\w’'-]*)?(?=[,;.]|\s+and\s|$)"
    )
    before = (
        rf"(?:\b[Tt]he\s+(?:[a-z]+\s+)?(?P<d>[a-z]+)[’']s\s+|\b(?P<w>[A-Z][a-z]+)\s+"
        rf"|(?P<o>{org})[’']s\s+|(?<![’'\w]))"
        rf"(?P<r>(?:(?!{SPEECH}\s)[\w-]+\s+)?{ROLE}(?:\s+of\s+(?!(?:the|a|an|its|their)\b)[a-z]+)?),?\s+{HONOUR}(?P<p>{person})\b"
        r"(?![’']?\s+[A-Z])"
    )
    of_the = (  # "X, the managing director of the company,", "X, head of the agency"
        rf"(?P<p>{person}),\s+(?:(?:the|its|an?)\s+)?(?P<r>(?:[\w-]+\s+){{0,3}}?{ROLE})\s+"
        rf"(?P<of>of|at|with)\s+the\s+"
        rf"(?P<d>{_GENERIC}|{_BODY_NOUNS})(?=[,;.]|\s+and\s)"
    )
    leads_the = (  # "X, who heads the truckers' federation,": the one federation named
        rf"(?P<p>{person}),\s+who\s+(?P<r>{_LEADS})\s+the\s+(?:[a-z][\w’'-]*\s+){{0,2}}?"
        rf"(?P<d>{_BODY_NOUNS})(?=[,;.]|\s+(?:and|at|in)\s)"
    )
    found = []
    for pattern in (after, before, of_the, leads_the):
        for match in re.finditer(pattern, sentence):
            if re.search(r"[’']s\s+$", sentence[: match.start()]):
                continue  # "the water board's chief, X": whose, the match does not say
            name = _organisation_of(match, sentence, organisations, previous_opening, earlier)
            if name is not None and match.group("p") not in name:
                found.append(Affiliation(match.group("p"), name, _role(match.group("r"), name)))
    return found


def _organisation_of(
    match: re.Match[str],
    sentence: str,
    organisations: Mapping[str, str],
    previous_opening: str | None,
    earlier: Sequence[str] = (),
) -> str | None:
    """The organisation an apposition names: by its name, by a word of its name ("the
    firm's", "Tribunal member"; of several that hold it, after "the firm's", the one its
    article named last before; None when no one organisation holds it, or when the role
    opens with a kind of body none holds: "board chair"), or with neither
    (or a role's capital that only opens the sentence: "Chief executive Jo Park") the last
    organisation named before the person outside a quotation (or opening the sentence
    before)."""
    groups = match.groupdict()
    if groups.get("o"):
        return organisations.get(groups["o"])
    word = groups.get("d") or groups.get("w") or _held_word(groups["r"], organisations)
    if not word and groups["r"].split()[0].lower() in _BODIES:
        return None  # "board chair Jo Park" after a regulator is named: some board's chair
    if word:
        holding = {
            n
            for n in organisations.values()
            if word.lower() in (w.lower() for w in n.split())
            and not (groups.get("w") and n.split()[-1].islower())  # "Farrow" of "Farrow police"
            and a_minister_may_hold(groups["r"], n)
        }
        if (
            not holding
            and groups.get("w")
            and any(word.lower() in n.lower().split() for n in organisations.values())
        ):
            return None  # "Farrow" of "Farrow police" before a role: a place, not the body
        if len(holding) == 1:
            return holding.pop()
        last = [n for n in reversed(earlier) if n in holding]
        if groups.get("d") and last:
            return last[0]  # "the trust's chief executive": the trust named last
        if not holding and groups.get("d") == "group":
            # "X, the group's convenor": the last group its article named, no public body
            return next((n for n in reversed(earlier) if not _public_body(n)), None)
        if not holding and (
            (groups.get("of") and groups.get("d") not in _BODY_NOUN_SET)
            or groups.get("d") in _BUSINESS_WORDS
        ):
            # "of the company", "the firm's plant manager": the business its article named
            # last, not a regulator
            return next((n for n in reversed(earlier) if not _public_body(n)), None)
        if holding or not groups.get("w") or word.lower() in _BODIES:
            return None
        if sentence[: match.start()].strip(" “\"‘'"):
            return None
    unquoted = _QUOTED.sub(lambda q: " " * len(q.group()), sentence[: match.start()])
    before = [  # a role opening the sentence ("Chief executive Jo Park said")
        (unquoted.rfind(form), n) for form, n in organisations.items() if unquoted.rfind(form) >= 0
    ]
    if before:
        named: str | None = max(before)[1]
    elif groups.get("its") and earlier:
        named = earlier[-1]  # "X, its chief": the organisation named last before
    else:
        named = previous_opening
    if named is not None and _TERRITORIAL.match(groups["r"]) and not _public_body(named):
        return None  # "the regional governor, X": a public office, no business's
    return named


_TERRITORIAL = re.compile(
    r"(?i)(?:regional|provincial|state|federal|national|municipal|county|city|metropolitan"
    r"|departmental)\s"
)
"""A role of a territory's government ("regional governor", "state prosecutor"): whose it
is, a business named nearby never says."""


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
"""A quotation: the speaker's words, whose names say nothing of whom the speaker speaks
for ("“We respect the agency's role,” chief executive Jo Park said" is not the agency's)."""


_MINISTERIAL = frozenset(("ministry", "government", "department", "office", "cabinet"))
"""Words of the bodies a minister belongs to: "the energy minister" is no energy
commission's, though its name holds the word."""


def a_minister_may_hold(role: str, organisation: str) -> bool:
    """Whether a role may be held in the organisation: a minister's only in a ministry, a
    government, a department or an office."""
    if role.split()[-1].lower() not in ("minister", "ministers"):
        return True
    return any(w.lower() in _MINISTERIAL for w in organisation.split())


def _held_word(role: str, organisations: Mapping[str, str]) -> str | None:
    """The first word of a role when it is a word of one organisation's name ("district
    spokesperson" and "… School District")."""
    first = role.split()[0].lower()
    holding = {n for n in organisations.values() if first in (w.lower() for w in n.split())}
    return first if len(holding) == 1 else None


def _role(role: str, organisation: str) -> str:
    """A role worded for the case file: "spokesperson, Brightwater Water"."""
    words = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", " ".join(role.split()))
    words = re.sub(r"^[a-z]+\s+(?=[A-Z])", "", words)  # "said Minister": the title is "Minister"
    if words.lower() == "of":
        return f"of {organisation}"
    if words.lower() in ("chairs", "leads", "heads", "runs", "represents", "speaks for"):
        words = {"chairs": "chair", "leads": "leader", "heads": "head", "runs": "head"}.get(
            words.lower(), "representative"
        )
    return f"{words}, {organisation}"
