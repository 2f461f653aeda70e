"""How a name is written in a sentence: as the one doing something ("X said"), as a place
("in X"), with a person's role ("district spokesperson X"), or describing a noun ("two X
skippers"). ``parties.py`` proposes parties from what these say."""

from __future__ import annotations

import re

from sorabrief.draft.names import TITLES, Name
from sorabrief.draft.spokespeople import HONOUR, PERSON_ROLE, ROLE
from sorabrief.nouns import DWELLERS

_ON_DAY = (
    r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
)
"""The day a thing was done, between the one who did it and the verb ("X on Monday
suspended")."""
ACTS = re.compile(
    rf"^[”\"’']?(?:[’']s\b.{{0,40}}?|,[^,]{{2,80}},)?{_ON_DAY}\s*"
    r"(?:has\s+|have\s+|had\s+|also\s+|later\s+)?"
    r"(?:[a-z]+ed|said|says?|told|tells|denies|deny|accuses|alleges|argues?|claims?|insists?|warns?"
    r"|writes?|wrote|demands?|calls?|wants?|is\s+investigating|is|was|will|would|could|can"
    r"|did|does|has|had|sent|took|made|gave|began|began|met|sought|won|lost|paid|spent|cut|shut"
    r"|ran|led|set|put|kept|held|brought)\b"
)
_AGENT_BEFORE = re.compile(r"\b(?:led|chaired|headed|run)\s+by\s+(?:[a-z]+\s+){0,2}$")
"""A person a passive names as the one who leads or chairs something ("a review led by
senior counsel Jo Park")."""
_APPOSED = re.compile(rf"\w,\s+{HONOUR}$")
_SAID_AFTER = re.compile(
    r",\s+(?:has\s+|had\s+)?(?:said|says|told|added|apologi[sz]ed|denied|admitted|confirmed"
    r"|defended|rejected|warned|promised)\b"
    r"|,\s+(?:has\s+|had\s+|also\s+|later\s+)?(?!(?:[a-z]+ed)\s+by\b)"
    r"(?:[a-z]{3,}ed|will|would)\s+[a-z]"
)
"""A person's name in apposition before a verb of saying ("its chief, Dr Jo Park, said",
"its chief executive, Dr Jo Park, has apologised") or another finite verb of theirs
("the Secretary of State, Jo Park, visited the site", "…, will visit"; not a passive's
participle: "…, accompanied by")."""
_ROLE_BEFORE = re.compile(
    rf"(?i)\b{PERSON_ROLE}(?:\s+of\s+(?!(?:the|a|an|its|their)\b)(?-i:[a-z]+))?\s+"
    rf"(?-i:{HONOUR})$"
)
"""A role right before a name, perhaps with its field ("director of education Jo Park")."""
_APPOSED_ROLE_OF = (
    rf"(?i)\b(?:its|their|the|[\w’'-]+[’']s)\s+(?:[\w-]+\s+){{0,2}}?{PERSON_ROLE}\s+(?:of|for)\s+"
)
"""A role opening an apposition before a name, up to its "of" or "for" ("its director of",
"the mayor of")."""
_ROLE_APPOSED = re.compile(rf"{_APPOSED_ROLE_OF}(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?,\s+$")
"""A role with its field in apposition before a name ("its director of rolling stock, Jo
Park"); without a field it may be a body's ("the festival's organiser, Pell Live")."""
_ROLE_OF_NAMED = re.compile(
    rf"{_APPOSED_ROLE_OF}(?:the\s+)?"
    r"(?-i:[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*)*),\s+$"
)
"""A person's role of a named body or place in apposition before a name ("the mayor of
Kolby, Jo Park", "the president of the Harbour Traders' Union, Jo Park")."""
_ROLE_AFTER = re.compile(
    rf"(?i),\s+(?:the|a|an|its|their|[\w’'-]+[’']s)\s+(?:[\w’'-]+\s+){{0,3}}?{PERSON_ROLE}\b"
    rf"|,\s+(?-i:[a-z]+\s+)?(?i:{PERSON_ROLE})\s+(?:of|at|for)\s"
)
"""A role in apposition after a name: "Jo Park, the union's chair", "Jo Park, head of
research at Harbour Labs"."""
_OFFICE_BEFORE = re.compile(
    r"\b(?P<title>[A-Z][\w-]*)\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:for|of|and)\s+)?[A-Z][\w’'-]*)*,\s+$"
)
"""An office with its remit in apposition before a name ("the Minister for Roads, Jo Park",
"the Secretary of State for Health, Jo Park")."""
_POSSESSIVE = re.compile(r"[’']s\b")
_TOWARDS = r"|towards?|via|beyond|between|(?:north|south|east|west)\s+of"
_IN_PLACE = re.compile(
    rf"\b(?:in|across|throughout|near|outside|out\s+of{_TOWARDS})\s+(?:the\s+)?"
    r"(?:[a-z]+ern\s+|central\s+)?$"
    r"|\b(?:the\s+)?(?:town|city|village|port|suburb|canton|province|county|district|region"
    r"|state|island|municipality|residents|people)\s+of\s+$"
)
_PLACE_BEFORE = re.compile(
    rf"\b(?:in|at|near|from|to|into|across|around|outside{_TOWARDS})\s+(?:the\s+)?"
    r"(?:[a-z]+ern\s+|central\s+)?$"
)
"""A place: "in Kestrel Bay", "across the Fens", "in central Kestrel", "in northern Fens",
"towards Kestrel", "north of Kestrel", "the town of Kestrel"."""
_CAPITALISED = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_DATE_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_PLACE_LIST = re.compile(
    rf"\b(?:in|around|across|near|from|between{_TOWARDS})\s+(?!{_DATE_WORD}){_CAPITALISED}"
    rf"(?:,\s+{_CAPITALISED})*(?P<sep>,\s+and|,\s+or|,|\s+and|\s+or)\s+(?:the\s+)?$"
)
_LIST_GOES_ON = re.compile(rf"(?:,\s+{_CAPITALISED})*,?\s+(?:and|or)\s+{_CAPITALISED}")
"""A later place of a list after a place word: "around Bowen, Corran and the Vale"; a
name after a comma only when the list goes on to its "and" ("In Corran, Jo Park said"
is Jo Park speaking)."""
_PLACE_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|suburb|port|district|region"
    r"|county|province|municipality|island|country|state|neighbou?rhood|hamlet)(?![\w-])"
)
"""A place described in an apposition: "X, a coastal town of 8,000 people,"."""
_JURISDICTION = re.compile(
    r"[’']s\s+(?:[A-Za-z]+\s+){0,2}?(?i:government|minister|ministry|attorney[\s-]general|governor"
    r"|premier|president|police|parliament|senate|congress|mayor|authorities|state|top\s+lawyer"
    r"|courts?|agency|department)\b"
)
"""A possessor of a public office ("X's attorney general", "X's transport minister"):
a place, whose office acts."""
_SPEAKS = re.compile(
    r"[”\"’']?(?:,[^,]{2,80},)?\s*(?:has\s+|have\s+|had\s+|also\s+|later\s+)?"
    r"(?:said|says|told|tells|announced|confirmed|denied|denies|stated|insisted|argued|warned"
    r"|accused|alleged|blamed|apologi[sz]ed|responded|replied|added|wrote|claimed|urged"
    r"|declined|refused|admitted|acknowledged|rejected|disputed|welcomed|criticised|criticized"
    r"|called|pledged|promised|estimated|estimates)\b"
)
"""A verb of saying after a name: a place or a vehicle never speaks; a party does."""
_VEHICLE_NOUN = (
    r"(?:ship|vessel|ferry|tanker|freighter|trawler|barge|tug|yacht|liner|boat|carrier|cutter"
    r"|aircraft|airliner|plane|jet|helicopter|train|locomotive|lorry|truck|bus|rocket|satellite)"
)
_VEHICLE_BEFORE = re.compile(
    rf"(?:\b(?:MV|MS|MT|SS|HMS|RMS|FV|M/V)|\b{_VEHICLE_NOUN}|\b{_VEHICLE_NOUN},\s+the)\s+$"
)
"""A vehicle's name after its kind ("the cargo ship X", "its other ferry, the X") or a
ship's prefix ("MV X")."""
_VEHICLE_AFTER = re.compile(rf"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_VEHICLE_NOUN}\b")
_MODIFIER = re.compile(r"\s+[a-z]")
_ROLE_NEXT = re.compile(rf"(?i)\s+(?:[\w-]+\s+)?{ROLE}\b")


_ROLE_OF = re.compile(rf"(?i)\b{PERSON_ROLE}\s+(?:of|for)\s+(?:the\s+)?$")
"""A role's "of" or "for" right before a name ("the mayor of X")."""
_SEAT_OF = re.compile(
    r"\b(?i:member\s+of\s+parliament|mayor|governor|senator|congress(?:wo)?man"
    r"|assembly(?:wo)?man|councillor|councilor)\s+(?:of|for)\s+(?:the\s+)?$|\bMP\s+for\s+$"
)
"""An office held for a place ("a member of parliament for X", "the governor of X"):
the holder acts, never the place, with or without their name after it."""


def _role_holder_after(body: str, name: Name) -> bool:
    """Whether the name is what a role is of, its holder in apposition after it ("the mayor
    of X, Jo Park, said", "the prosecutor for X, Jo Park, opened": Jo Park acts, not X;
    "a spokesperson for X said" is X speaking); or an office held for it ("the MP for X
    said")."""
    end = name.start + len(name.text)
    before = body[max(0, name.start - 40) : name.start]
    return bool(_SEAT_OF.search(before)) or (
        body.startswith(",", end) and bool(_ROLE_OF.search(before))
    )


def how_acting(body: str, name: Name) -> str | None:
    """How the name is written as the one doing something: "direct" ("X said", "X, its
    chief, said" of the chief, "a review led by X"; not "residents of X said"),
    "possessive" ("X's regulator said"), or None (not acting, written as a place, or
    owning another name that acts: "X's Harbour Board said")."""
    end = name.start + len(name.text)
    if (
        _PLACE_BEFORE.search(body[max(0, name.start - 20) : name.start])
        or _role_holder_after(body, name)
        or _dwellers_of(body, name)
    ):
        return None  # "in X", "the mayor of X, Jo Park, said", "residents of X said"
    if _AGENT_BEFORE.search(body[max(0, name.start - 60) : name.start]):
        return "direct"  # "a review led by senior counsel Jo Park"
    if (
        2 <= len(name.text.split()) <= 3
        and not re.search(r"\s[a-z]", name.text)
        and _APPOSED.search(body[max(0, name.start - 20) : name.start])
        and _SAID_AFTER.match(body, end)
    ):
        return "direct"  # "the authority's chief inspector, Dr Jo Park, said"
    match = ACTS.match(body[end : end + 120])
    if match is None:
        return None
    possessive = _POSSESSIVE.match(body, end)
    if possessive is None:
        return "direct"
    if re.match(r"\s+[A-Z]", body[possessive.end() :]):
        return None  # "Kestrel Bay's Harbour Board said": the board acts
    return "possessive"


def written_as_place(body: str, name: Name) -> bool:
    """Whether the name is written as where something is ("in X", "across the X", "in W,
    X and Y"), not as a possessor ("in X's systems"), owns a public office ("X's
    attorney general"), or is described as a place ("X, a coastal town,")."""
    end = name.start + len(name.text)
    if _JURISDICTION.match(body, end) or _PLACE_AFTER.match(body, end):
        return True
    before = body[max(0, name.start - 20) : name.start]
    if _POSSESSIVE.match(body, end) is not None:
        return False
    if _IN_PLACE.search(before) is not None:
        return True
    listed = _PLACE_LIST.search(body[max(0, name.start - 100) : name.start])
    if listed is None:
        return False
    return listed.group("sep") != "," or _LIST_GOES_ON.match(body, end) is not None


def possessor(text: str, name: Name) -> bool:
    """Whether the name is written as a possessor ("X's ministry"): the noun after it acts."""
    return _POSSESSIVE.match(text, name.start + len(name.text)) is not None


def given_a_role(text: str, at: int, name: str) -> bool:
    """Whether a sentence gives the name a person's role: right before it ("district
    spokesperson Jo Park"), in an apposition before it ("its director of rolling stock, Jo
    Park", "the mayor of Kolby, Jo Park") or after it ("Jo Park, the union's chair")."""
    if (
        _ROLE_BEFORE.search(text[max(0, at - 40) : at])
        or _ROLE_APPOSED.search(text[max(0, at - 60) : at])
        or _ROLE_OF_NAMED.search(text[max(0, at - 100) : at])
    ):
        return True
    office = _OFFICE_BEFORE.search(text[max(0, at - 80) : at])
    if office and office.group("title").split("-")[-1] in TITLES:
        return True
    return _ROLE_AFTER.match(text, at + len(name)) is not None


def describes_a_noun(attribution: str, name: Name) -> bool:
    """Whether a name in a quotation's attribution describes the noun after it ("engineers
    at two Kestrel banks"), rather than naming the speaker or the one they speak for
    ("AFM director Jo Park")."""
    end = name.start + len(name.text)
    return _MODIFIER.match(attribution, end) is not None and not (
        ACTS.match(attribution[end:]) or _ROLE_NEXT.match(attribution, end)
    )


def after_place_word(text: str, name: Name) -> bool:
    """Whether the name follows a word of place ("in X", "from X", "towards X")."""
    return _PLACE_BEFORE.search(text[max(0, name.start - 20) : name.start]) is not None


_KIN_BEFORE = re.compile(
    r"\b(?:(?:grand|step)?(?:mother|father|son|daughter|parent|child)|wife|husband|sister"
    r"|brother|aunt|uncle|niece|nephew|cousin|partner|widow|widower|baby)\s+$"
)


def after_kin_word(text: str, name: Name) -> bool:
    """Whether a one-word name follows a word of kinship: a first name ("her mother Jo")."""
    return " " not in name.text and bool(
        _KIN_BEFORE.search(text[max(0, name.start - 20) : name.start])
    )


_PEOPLE_OF = re.compile(
    r"\b(?P<people>(?i:[a-z]{2,}s|[a-z]*(?:people|men|folk|children)))\s+of\s+(?:the\s+)?"
    r"(?:(?:nearby|neighbouring|neighboring|surrounding)\s+)?"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,\s+|\s+and\s+))*$"
)
"""People named by where or what they belong to ("Residents of X", "the market women of
X", "the people of X", "residents of nearby X", "residents of W and X"): what they say,
they say themselves."""
_ROLES_PLURAL = re.compile(
    rf"(?i)(?:{PERSON_ROLE})s|spokes(?:people|men|women)|chair(?:men|women|people)"
)


_DWELLERS = re.compile(
    rf"(?i){DWELLERS}|locals|citizens|dwellers"
    r"|villages|towns|districts|neighbou?rhoods|parts|areas"
)
"""Those who live in a place, and the parts a place has ("the villages of X and Y"), not
members of a body ("the medics of the X took over": the X acts through them)."""


def _dwellers_of(body: str, name: Name) -> bool:
    """Whether those who live in the name come right before it ("residents of X said")."""
    people = _PEOPLE_OF.search(body[max(0, name.start - 60) : name.start])
    return people is not None and _DWELLERS.fullmatch(people.group("people")) is not None


def _people_of(body: str, name: Name) -> bool:
    """Whether people said to belong to the name come right before it, not those who speak
    for it ("officials of X", "the spokesmen of X", "members of X": X speaks through them)."""
    people = _PEOPLE_OF.search(body[max(0, name.start - 60) : name.start])
    return people is not None and _ROLES_PLURAL.fullmatch(people.group("people")) is None


def speaks(body: str, name: Name) -> bool:
    """Whether a verb of saying follows the name ("X said", "X, its owner, denied"), not
    written as a place ("a rider from X, who …, said" is the rider speaking), as what a
    role is of, its holder after it ("the mayor of X, Jo Park, said"), or as what people
    belong to ("residents of X said")."""
    if after_place_word(body, name) or _role_holder_after(body, name):
        return False
    if _people_of(body, name):
        return False  # "the market women of X have rejected": the women speak
    listed = _PLACE_LIST.search(body[max(0, name.start - 100) : name.start])
    if listed is not None and listed.group("sep") != ",":
        return False  # "pharmacists in Lakeford, Dorva and Marn said": the pharmacists
    return _SPEAKS.match(body, name.start + len(name.text)) is not None


def written_as_vehicle(body: str, name: Name) -> bool:
    """Whether the name is a ship's, a train's or an aircraft's: after its kind ("the
    ferry X", "MV X") or with it in an apposition ("X, a container ship,")."""
    end = name.start + len(name.text)
    return (
        _VEHICLE_BEFORE.search(body[max(0, name.start - 40) : name.start]) is not None
        or _VEHICLE_AFTER.match(body[end : end + 80]) is not None
    )
