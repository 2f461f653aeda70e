"""Resolve "he", "she", "they" and "it" in an attribution to a party or a named person.

Candidates (referents) are the parties named outside quotation marks, the
speakers of earlier quotations (so "they" in one paragraph carries on to "they
write" in the next), and people the text introduces by name without listing
them as parties ("Tribunal member Sarah Jones", "Sarah Jones, 42, said").

- "he" and "she" take the nearest person before the pronoun;
- "they" takes the nearest group (a plural subject, a couple, a party named by a
  plural common noun such as "prosecutors"), else the nearest organisation or
  platform;
- "it" takes the nearest organisation, platform, outlet or group.

The search runs back from the pronoun through its own paragraph, then through
the paragraph before, and no further.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator

import attrs

from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.openings import (
    capitals,
    clause_starts,
    mention_starts,
    sentence_starts,
    tried_at,
    word_openings,
    words_of,
)
from sorabrief.model import PartyKind

_PERSON = "person"
_PLURAL = "plural"
"""Not a kind: any party named by a plural common noun ("prosecutors"), which "they" prefers."""
_COMPATIBLE: dict[str, tuple[tuple[str, ...], ...]] = {
    "he": ((_PERSON,),),
    "she": ((_PERSON,),),
    "they": (
        ("people", PartyKind.GROUP, _PLURAL),
        (PartyKind.ORGANIZATION, PartyKind.PLATFORM),
    ),
    "it": ((PartyKind.ORGANIZATION, PartyKind.PLATFORM, PartyKind.OUTLET, PartyKind.GROUP),),
    "issuer": ((PartyKind.ORGANIZATION, PartyKind.GROUP),),
}
"""What each pronoun may mean. "issuer" is whoever issued a document ("the statement said")."""
_CAPITALISED = r"(?:[A-ZÀ-ÖØ-ÞĐĂƠƯ][a-zà-öø-ÿā-žơưạ-ỹ’'-]+|[A-Z]\.)"
"""A capitalised word of a name, accented or not ("Ana", "Văn", "Đặng")."""
_NAME = (
    rf"{_CAPITALISED}(?:\s+(?:{_CAPITALISED}|de|du|di|del|dos|das|van|von|al|bin|da|le|la)){{1,3}}"
)
NAME = _NAME
"""A person's name: two to four capitalised words, with the particles names hold."""
_TITLES = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Judge|Justice|Cllr|Councillor|Rev"
    r"|Sgt|Det|Insp|Inspector|Superintendent|Officer|Captain|Chief|President|Senator|Minister"
    r"|member|chair|chairman|chairwoman|director|spokesperson|spokeswoman|spokesman|manager"
    r"|secretary|officer|executive|adjudicator|lawyer|attorney|resident|owner|worker|founder"
    r"|organiser|organizer|leader|head|engineer|analyst|researcher|professor|teacher|nurse"
    r"|councillor|councilor|mayor|senator|minister|commissioner|campaigner|deputy"
)
_TITLE_WORD = re.compile(
    r"(?:" + "|".join(t for t in _TITLES.split("|") if t[0].isupper()) + r")\.?"
)
"""A capitalised title before a surname ("Mr", "Dr."): "Mr Bell" is a surname alone."""
_PEOPLE_NOUNS = (
    r"rider|driver|resident|passenger|traveller|traveler|commuter|customer|shopper|woman|man|mother"
    r"|father|parent|nurse|teacher|student|worker|employee|neighbour|neighbor|pensioner|homeowner"
    r"|tenant|owner|farmer|doctor|volunteer|witness|survivor|victim|user|voter|activist|protester"
    r"|patient|official|officer|engineer|analyst|expert|lawyer|contractor|member|mum|dad|grandmother"
    r"|grandfather|retiree|fan|guest|visitor|local|villager|manager|staffer|source|insider|steward"
)
_AGENT_NOUN = (
    r"(?!(?:after|under|over|never|other|either|neither|whether|rather|however|later|former"
    r"|latter|further|together|earlier|winter|summer|river|water|number|order|letter|chapter"
    r"|quarter|border|paper|power|computer|center|shelter|theater|tower|corner|cluster|sector"
    r"|motor|corridor|floor|door|mirror|error|color|colour|sponsor|partner|member"
    r"|wider|greater|lower|upper|inner|outer|major|minor|bigger|larger|smaller|closer|older"
    r"|younger|newer|higher|deeper|broader|senior|junior|interior|exterior|superior|inferior"
    r"|prior)\b)"
    r"[a-z]{3,}(?:er|or)"
)
"""A lower-case agent noun before a name, whatever the trade ("cleaner Ana Ruiz",
"hairdresser Ana Ruiz"), but not a preposition, a season, a comparative or a thing ("after
Ana Ruiz", "the wider Greater Tarrow area", "in winter Storm Ana")."""
_KIN = (
    r"uncle|aunt|brother|sister|son|daughter|wife|husband|cousin|nephew|niece|grandson"
    r"|granddaughter|partner|fiancée?|widow|widower|friend|colleague|boss|neighbour|neighbor"
)
_OFFICES = r"chief|priest|elder|imam|pastor|bishop|rabbi|judge|magistrate|surgeon|coroner|mp"
PERSON_HEAD = rf"(?:{_TITLES}|{_PEOPLE_NOUNS}|{_KIN}|{_OFFICES}|{_AGENT_NOUN}|[a-z]{{2,}}(?:man|woman|person))\b"
"""The head noun of a definite description of one person: a title, a trade or a kinship."""
_ORGANISATION_WORD = "|".join(
    rf"(?<=\s{word})"
    for word in (
        "Ltd",
        "Inc",
        "Co",
        "Corp",
        "Company",
        "Group",
        "Holdings",
        "Council",
        "Ministry",
        "Department",
        "Authority",
        "Agency",
        "Bank",
        "University",
        "College",
        "School",
        "Hospital",
        "Court",
        "Association",
        "Union",
        "Federation",
        "Society",
        "Foundation",
        "Institute",
        "Office",
        "Services",
        "Industries",
        "Airlines",
        "Ferries",
        "Board",
        "Commission",
        "Police",
        "Party",
        "Club",
        "Church",
        "Trust",
        "Centre",
        "Center",
        "Station",
        "Market",
        "Park",
        "Street",
        "Road",
        "Bridge",
        "House",
        "Hall",
        "Fund",
    )
)
"""The last word of an organisation's or a place's name: "Harbour Council's" is no person's."""
_NOT_A_FIRM = (
    r"(?!(?:owner|operator|parent|insurer|buyer|seller|supplier|customer|client|contractor"
    r"|landlord|employer|subsidiary|charterer|lender|creditor)s?\b)"
)
"""Roles a company holds as often as a person ("its owner, Acme Shipping,"): a name in
apposition to one is no person."""
_OPENING_NOUN = "(?:" + "|".join(n.capitalize() for n in _PEOPLE_NOUNS.split("|")) + ")"
"""A people noun set before a name that opens a sentence ("Mum Ana Ruiz, from Leeds, was …")."""
_OPENING_CONJUNCTION = r"(?:When|After|Before|While|Although|Though|Because|Since|Until|Once|If)"
"""A conjunction opening a sentence with its clause ("When Ana Ruiz opened her bill, …")."""
_NOT_A_NAME_START = (
    r"(?!(?:The|A|An|In|On|At|By|For|From|With|After|Before|When|While|This|That|These|Those|His"
    r"|Her|Its|Their|Our|Some|Many|Most|All|Both|Each|Every|No|New|North|South|East|West"
    r"|Under|Over|Across|Against|Amid|Among|Despite|During|Since|Until|Through|Throughout"
    r"|Following|Within|Without|Beyond|Behind|Unlike|Like|As|If|Although|Though|Because)\b)"
)
_POSSESSIVE = with_first_char(r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|the)\b")
"""Where an introduction by a possessive or a definite article ('its chair, Ana Ruiz,', 'the
mayor, Ana Ruiz,') can start in lower case."""
# The four patterns below are each tried over the whole text, where they can start
# (``openings.py``); a one-character check skips those places quickly where none can start.
_INTRODUCED_NAME = with_first_char(
    rf"\b(?:{_TITLES}|{_PEOPLE_NOUNS}|{_AGENT_NOUN})\.?\s+(?P<a>{_NAME})"
    rf"|{_NOT_A_NAME_START}(?P<b>{_NAME})(?:\s+\(\d{{1,3}}\)|,\s+(?:\d{{1,3}},|an?\s|the\s|who\s|(?:(?!(?:said|says|told|tells|added|adds)\b)"
    rf"[a-z][\w-]*\s+){{0,2}}"
    rf"(?:{_TITLES})\b))"
    rf"|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?P<c>{_CAPITALISED})"
    rf"|(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=[—–]\s)|(?<=,\s))(?:{_OPENING_NOUN}\s+|{_OPENING_CONJUNCTION}\s+)?"
    rf"{_NOT_A_NAME_START}(?P<e>{_NAME})"
    r"(?:,\s+(?:from|of|in|near)\s+[^,.;:!?“”\"]{1,60},)?"
    r"\s+(?:has|had|was|said|told|[a-z]+[^\Ws]s|[a-z]{2,}ed)\s+(?!of\b|and\b|to\b)[a-z]"
    rf"|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[\w-]+\s+){{0,2}}{_NOT_A_FIRM}[a-z][\w-]+,\s+(?P<f>{_NAME}),"
    rf"|\b(?:[Tt]he|{_CAPITALISED}['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?{_NOT_A_FIRM}(?:{PERSON_HEAD})"
    rf"(?:\s+who\s[^,.;:!?“”\"]{{1,80}})?,\s+(?P<g>{_NAME}),"
    rf"|{_NOT_A_NAME_START}(?P<h>{_NAME})(?=['’])(?<!{_ORGANISATION_WORD})['’]s\s+[a-z]"
    rf"|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]he|{_CAPITALISED}['’]s)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_NOT_A_FIRM}(?:{PERSON_HEAD}),\s+(?P<i>{_CAPITALISED}),"
)
"""A person introduced by title or role ("Judge Ana Ruiz", "steward Ana Ruiz"), by an
appositive ("Ana Ruiz, 42,", "Ana Ruiz, chief analyst at …") or an age in brackets ("Ana
Ruiz (78)"), or as the subject opening a
sentence, its opening conjunction, a dateline's dash or an opening phrase ("Ana Ruiz has
driven …", "When Ana Ruiz opened her bill, …", "LEEDS — Ana Ruiz runs a bakery …", "At the
market, Ana Ruiz has sold …", "Ana Ruiz said she …"), or in apposition to a
role said to be someone's ("Its deputy chair, Ana Ruiz,"), or to a person described by
a definite role, trade or kinship ("The mayor, Ana Ruiz,", "Bell's lawyer, Ana Ruiz,",
"The boatman who found them, Ana Ruiz,"), also by one name there ("Her son, Tavita,",
"The village chief, Ratu,"). Before a possessive, the apostrophe is looked for
before the organisation words behind it, which are read only where one follows."""
_DESCRIBED_PERSON = with_first_char(
    rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?P<d>(?:An?|One|Another)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_PEOPLE_NOUNS})"
    r"(?:\s+(?:from|in|at|of|near|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)"
    r"(?:,\s+(?P<appos>(?:an?|the)\s+[^,.;:!?“”«»\"]{3,90}?),)?(?=[\s,])"
)
"""A person the story describes instead of naming: "A 31-year-old rider from Koramangala",
"One rider, a woman who has delivered for the app for three years,"."""
_DESCRIBED_SPEAKER = with_first_char(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?P<d>(?:[Aa]n?|One|one)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?!(?:has|had|have)\b)[a-z][\w-]+(?:\s+(?:from|in|at|of|near|on)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)?|\s+(?:at|of|with|from|in)\s+(?:an?|one\s+of\s+the)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[a-z][\w-]+)?)(?:\s+who\s[^.;:!?“”«»\"]{0,200}?,?)?(?:\s+(?:has|had))?"
    r"\s+(?:said|says|told|tells|added|explained|warned|argued|noted|insisted|recalled|admitted"
    r"|complained|pointed\s+out|points\s+out)\b"
)
"""Anyone described instead of named who is the subject of a speech verb, whatever the
noun, also after an opening phrase: "Outside the depot, a 63-year-old welder said",
"A former ward clerk who …, said", "A buyer at a small grain trader said", "a clerk who
asked not to be named said". After a comma and closed by one, it is a named person's
appositive ("Ana Ruiz, a welder from Leeds who …, said"), no one new."""
_GAVE_NAME = re.compile(
    r"\bgave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name(?:\s+only)?"
    r"(?:\s*,\s*|\s+as\s+)(?P<name>[A-Z][\w’'-]+)\b"
)
"""The one name a described person gave ("who gave her name only as Ruta", "who gave only
her first name, Ruta"): that name is how the story knows them."""
WHO_GAVE_NAME = re.compile(rf"\s*,?\s+who\s+{_GAVE_NAME.pattern}")
_DESCRIBED_SOURCE = re.compile(
    r"\b(?i:according\s+to)\s+(?P<d>(?:an?|one)\s+(?:[\w’'-]+\s+){0,5}?[a-z][\w-]+)"
    r"(?=\s+who\b|\s*[,.;])"
)
"""Someone described instead of named as the source of what a sentence reports ("according
to a Leeds-based water consultant who …")."""
_THING_ANT_IST = (
    r"(?:restaurant|warrant|pollutant|contaminant|implant|variant|constant|lubricant|stimulant"
    r"|pageant|elephant|covenant|croissant|pheasant|checklist|playlist|wishlist|shortlist"
    r"|blacklist|whitelist|waitlist|tracklist)"
)
"""Nouns in "-ant" and "-ist" that name things, not people ("a restaurant", "a checklist"):
no one is described by them."""
_DESCRIBED_AFTER_VERB = re.compile(
    r"\b(?P<verb>said|says|added|is|was)\s+(?P<d>an?\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{PERSON_HEAD}|(?!{_THING_ANT_IST}\b)[a-z]{{3,}}(?:ant|ist)\b)"
    r"(?:\s+(?:from|in|at|of|near|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)"
    r"(?P<who>(?=\s+who\b))?(?=\s+who\b|\s*[,.;])"
)
"""A person described instead of named after the verb whose subject they are ("…, said a
fisheries consultant in Orlam who advises co-ops.", "Among them is a Chilean florist who …"): a
later "he" or "she" may mean them. After "is" or "was" only with "who" after it, since
"the plan is a disaster." describes no one."""
_PARTITIVE_BEFORE = re.compile(
    r"\b(?i:one|another|some|many|several|two|three|four|five)\s+(?i:of)\s+"
    r"(?:them|those|these|the\s+[\w’'-]+)\s*,\s$"
)
"""One of a group set before a description ("One of them, a retired nurse who …, said"):
the description is of someone new, not a named person's appositive."""
_DESCRIBED_AGAIN = with_first_char(
    rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=said\s)|(?<=says\s))[Tt]he\s+"
    rf"(?P<noun>\d{{1,3}}-year-old|{_PEOPLE_NOUNS})(?=[\s,.;:!?])"
)
"""A described person mentioned again by a definite description: "the farmer", "The 52-year-old"."""
PERSON_DESCRIPTION = re.compile(
    rf"(?i:the|an?)\s+(?:[\w’'.-]+\s+){{0,5}}?"
    rf"(?:\d{{1,3}}-year-old(?:\s+[a-z][\w-]*){{0,2}}|(?i:{_PEOPLE_NOUNS}))"
)
"""A person described, not named, whatever the modifiers: "the 19-year-old Harlow College
student", "a Harlow Transit commuter", or by an age and up to two words of any trade
("the 38-year-old rope maker")."""
_ROLE_TITLES = "|".join(t for t in _TITLES.split("|") if t.islower())
_ROLE_SUBJECT = with_first_char(
    rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))[Tt]he\s+(?P<role>(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"{_NOT_A_FIRM}(?:{_ROLE_TITLES}|{_OFFICES}))"
    r"(?=\s+(?:(?:also|later|then|again|has|had)\s+)?(?:[a-z]{3,}ed|said|says|told|tells|wrote)\b)"
)
"""A person by a definite title or office, as the subject of a verb ("Asked about it, the
managing director apologised."): a later "he" or "she" may mean them."""
_DESCRIPTION_REACH = 2_000
"""How far back, in characters, "the farmer" looks for "a farmer from …"."""
_SPEAKER_LIKE = re.compile(
    rf"^(?:[\w-]+\s+){{0,4}}(?:{_NAME}|{_TITLE_WORD.pattern}\s+{_CAPITALISED})$"
)
"""An attribution ending in a name, or in a surname after a title with its point ("Mr.
Bell")."""


@attrs.frozen
class Referent:
    """Something a pronoun may point back to."""

    at: int
    kind: str
    """A party kind, or "person" for a person."""
    party: str | None
    """The party id, or None for a person who is not a party."""
    name: str
    """The name as written."""
    plural: bool = False
    """Named by a plural common noun ("the unions", "Prosecutors")."""


_Entry = tuple[int, int, Referent]
"""A referent filed by its position, then by the reverse of its order of arrival, so that of
several at one position the first to arrive sorts last: ``max`` over a list picks the
first of equal ones, and the queries below read each list from its end."""


class Referents:
    """The referents of one text in the order they were found, filed by position so that
    each question "the latest such referent before here" reads a few entries, not all."""

    def __init__(
        self, found: Iterable[Referent] = (), later: Callable[[], Iterable[Referent]] | None = None
    ) -> None:
        self._later = later
        """Reads the referents that come before ``found`` when the first question is asked:
        an article whose quotations all name their speaker asks none."""
        self._waiting: list[Referent] = []
        """What arrived before that, filed after them."""
        self._arrived = 0
        self._by_kind: dict[str, list[_Entry]] = {}
        self._plural: list[_Entry] = []
        self._members: dict[str, list[_Entry]] = {}
        """People who are parties, by party."""
        self._named: dict[str, dict[str, list[_Entry]]] = {}
        """People who are no party, named in two words or more, by surname, then by name."""
        self._given: dict[str, dict[str, list[_Entry]]] = {}
        """The same people by the word before their surname, then by name."""
        self.extend(found)

    def append(self, referent: Referent) -> None:
        if self._later is not None:
            self._waiting.append(referent)
            return
        entry = (referent.at, -self._arrived, referent)
        self._arrived += 1
        bisect.insort(self._by_kind.setdefault(referent.kind, []), entry)
        if referent.plural:
            bisect.insort(self._plural, entry)
        if referent.kind == _PERSON and referent.party is not None:
            bisect.insort(self._members.setdefault(referent.party, []), entry)
        words = referent.name.split()
        if referent.party is None and len(words) > 1:
            by_name = self._named.setdefault(words[-1], {})
            bisect.insort(by_name.setdefault(referent.name, []), entry)
            by_first = self._given.setdefault(words[-2], {})
            bisect.insort(by_first.setdefault(referent.name, []), entry)

    def extend(self, referents: Iterable[Referent]) -> None:
        for referent in referents:
            self.append(referent)

    def _ready(self) -> None:
        """File the referents read later, then those that waited for them."""
        if self._later is not None:
            read, self._later = self._later, None
            self.extend(read())
            self.extend(self._waiting)
            self._waiting = []

    def latest(self, kinds: tuple[str, ...], start: int, end: int) -> Referent | None:
        """The latest referent of one of ``kinds`` (or plural, when ``kinds`` allows it) in
        ``[start, end)``."""
        self._ready()
        lists = [self._by_kind.get(kind, []) for kind in kinds]
        if _PLURAL in kinds:
            lists.append(self._plural)
        return _latest(lists, start, end)

    def latest_member(self, parties: Iterable[str], start: int, end: int) -> Referent | None:
        """The latest person in ``[start, end)`` who is one of ``parties``."""
        self._ready()
        return _latest([self._members.get(p, []) for p in parties], start, end)

    def member_parties(self) -> list[str]:
        """The parties that are people named in the text."""
        self._ready()
        return list(self._members)

    def backwards(self, kind: str, start: int, end: int) -> Iterator[Referent]:
        """The referents of ``kind`` in ``[start, end)``, latest first."""
        self._ready()
        entries = self._by_kind.get(kind, [])
        i = bisect.bisect_left(entries, (end,))
        while i > 0 and entries[i - 1][0] >= start:
            i -= 1
            yield entries[i][2]

    def fuller_name(self, name: str, at: int) -> Referent | None:
        """The latest person before ``at``, no party, named in two words or more, whose
        surname is the last word of ``name`` and whose name is not ``name`` (when ``name`` is
        a full name itself, "Jo Ann Bell" is no one else's "Ann Bell"); else whose
        word before the surname it is: a given name alone ("Dana" after "Dana Whitlock"), or a family
        name written first, as Chinese and Korean names are, after a title ("Mr Chan"
        after "Chan Wai-ming", whose given name is hyphened)."""
        self._ready()
        words = name.split()
        by_name = self._named.get(words[-1], {})
        short = len(words) == 1 or _TITLE_WORD.fullmatch(words[0]) is not None
        fuller = _latest(
            [e for n, e in by_name.items() if n != name and (short or n.endswith(f" {name}"))],
            0,
            at,
        )
        if fuller is not None or len(words) > 2:
            return fuller
        by_first = self._given.get(words[-1], {})
        return _latest(
            [
                e
                for n, e in by_first.items()
                if n != name and (len(words) == 1 or _GIVEN_AFTER.search(n))
            ],
            0,
            at,
        )


_GIVEN_AFTER = re.compile(r"\s[A-Z][a-z]+-[a-z]+$")
"""A romanised given name of two syllables after the family name ("Chan Wai-ming")."""


def _latest(lists: Iterable[list[_Entry]], start: int, end: int) -> Referent | None:
    """The entry of the lists that sorts last among those in ``[start, end)``."""
    best: _Entry | None = None
    for entries in lists:
        i = bisect.bisect_left(entries, (end,))
        if i and entries[i - 1][0] >= start and (best is None or entries[i - 1][:2] > best[:2]):
            best = entries[i - 1]
    return best[2] if best else None


def introduced_people(
    text: str, start: int, end: int, *, sentence_openers: bool = True
) -> list[Referent]:
    """People ``text[start:end]`` introduces by title, role or appositive, and with
    ``sentence_openers`` names that open a sentence before a verb (which may also be an
    organisation's name: enough for a pronoun, too weak to call a party a person)."""
    found = []
    starts = sorted({*capitals(text), *(m.start() for m in _POSSESSIVE.finditer(text))})
    for match in tried_at(_INTRODUCED_NAME, text, starts, start, end):
        group = next(g for g in ("a", "b", "c", "e", "f", "g", "h", "i") if match.group(g))
        if group == "e" and not sentence_openers:
            continue
        found.append(Referent(match.start(group), _PERSON, None, match.group(group)))
    found.extend(
        Referent(m.start("name"), _PERSON, None, m.group("name"))
        for m in _NAMED_ONLY_AS.finditer(text, start, end)
    )
    return sorted(found, key=lambda r: r.at)


_NAMED_ONLY_AS = re.compile(
    rf"\b(?:named|identified|known|called)\s+only\s+(?:as|by\s+(?:his|her|their)\s+"
    rf"(?:first\s+|given\s+)?name,?)\s+(?P<name>{_CAPITALISED})\b(?!\s+{_CAPITALISED})"
)
"""The one name someone asked to be known by ("who asked to be identified only as Mele",
"named only by her first name, Mele"): a later "she" may mean them."""


_COUPLE = with_first_char(
    rf"\b(?P<c>{_CAPITALISED}\s+(?:and|&)\s+{_CAPITALISED}\s+{_CAPITALISED})(?=[\s,.])"
)
"""Two people sharing a surname, a "they": "Mike and Rita Alvarez"."""


def couples(text: str, start: int, end: int) -> list[Referent]:
    """Couples ``text[start:end]`` names ("Mike and Rita Alvarez"), as plural referents."""
    return [
        Referent(m.start("c"), "people", None, m.group("c"))
        for m in tried_at(_COUPLE, text, capitals(text), start, end)
    ]


_PLURAL_PEOPLE = (
    rf"(?i:(?:{_PEOPLE_NOUNS})s|people|women|men|staff|children|families|households|relatives"
    r"|traders|shopkeepers|vendors|sellers|fishermen|campaigners|pupils|consumers|motorists)"
)
_GROUP_OF_PEOPLE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?P<g>(?:[\w’'-]+\s+){{0,3}}?{_PLURAL_PEOPLE}"
    r"(?:\s+(?:at|from|in|of|on|near|with)\s+[^,.;:!?“”«»\"]{1,60}?)?)"
    r"(?:,?\s+who\s+[^,.;:!?“”«»\"]{1,80}?,?)?"
    r"(?=\s+(?:said|say|says|told|tell|wrote|write|have|had|are|were|argue|argued|warned|insist"
    r"|insisted|added|described|complained)\b)"
)
"""A group of people a sentence opens with, as the subject of a verb: "Engineers at two other
firms told us", "Three nurses said", "Residents who lost their homes said"."""


_PLURAL_WORD = re.compile(rf"\b{_PLURAL_PEOPLE}")
"""Where a group's plural noun starts; ``word_openings`` reads its words from it."""
_LEAD = re.compile(r"(?:[\w’'-]+\s+){0,3}[\w’'-]*")
"""What stands between a group's sentence start and any plural noun up to the group's own."""


def group_starts(text: str) -> list[int]:
    """The sentence starts where a group of people can open: where the first plural noun
    after the start comes within the group's first four words (a later one would too)."""
    starts = sentence_starts(text)
    words, openings = words_of(text), word_openings(_PLURAL_WORD)
    if words is None or openings is None:
        return starts
    nouns = words.starting(openings)
    kept = []
    for at in starts:
        i = bisect.bisect_left(nouns, at)
        if i < len(nouns) and _LEAD.fullmatch(text, at, nouns[i]):
            kept.append(at)
    return kept


def groups_of_people(text: str, start: int, end: int) -> list[Referent]:
    """Groups of people ``text[start:end]`` opens a sentence with, as plural referents."""
    return [
        Referent(m.start("g"), "people", None, m.group("g"))
        for m in tried_at(_GROUP_OF_PEOPLE, text, group_starts(text), start, end)
    ]


def family_mentions(text: str, couples: list[Referent]) -> list[Referent]:
    """Later mentions of each couple by their surname in the plural ("the Alvaros", "the
    Marches"), as the couple, so a "they" after them finds the couple's names. Each
    plural is searched for once, however many couples share it."""
    found: list[Referent] = []
    mentions: dict[str, list[int]] = {}
    for couple in couples:
        surname = couple.name.split()[-1]
        plural = surname + ("es" if surname.endswith(("s", "z", "x", "ch", "sh")) else "s")
        if plural not in mentions:
            pattern = re.compile(rf"\b(?:[Tt]he\s+)?{re.escape(plural)}\b")
            mentions[plural] = [m.start() for m in pattern.finditer(text)]
        at = mentions[plural]
        start = couple.at + len(couple.name)
        found.extend(
            Referent(a, "people", None, couple.name) for a in at[bisect.bisect_left(at, start) :]
        )
    return found


def described_people(text: str, start: int, end: int) -> list[Referent]:
    """People ``text[start:end]`` describes without a name, at the start of a sentence or as
    the subject of a speech verb."""
    found = []
    for match in tried_at(_DESCRIBED_PERSON, text, sentence_starts(text), start, end):
        description = match.group("appos") or match.group("d")
        found.append(Referent(match.start("d"), _PERSON, None, _known_as(text, match, description)))
    seen = {r.at for r in found}
    for match in tried_at(_DESCRIBED_SPEAKER, text, clause_starts(text), start, end):
        appositive = (
            text[max(0, match.start() - 2) : match.start()] == ", "
            and "," in match.group()
            and not _PARTITIVE_BEFORE.search(text, max(0, match.start() - 40), match.start())
        )
        if match.start("d") not in seen and not appositive:
            description = _known_as(text, match, match.group("d"))
            found.append(Referent(match.start("d"), _PERSON, None, description))
    found.extend(
        Referent(m.start("d"), _PERSON, None, m.group("d")[0].lower() + m.group("d")[1:])
        for pattern in (_DESCRIBED_SOURCE, _DESCRIBED_AFTER_VERB)
        for m in pattern.finditer(text, start, end)
        if m.start("d") not in seen and _described_by_its_verb(m)
    )
    found.extend(_described_again(text, start, end, found))
    return sorted(found, key=lambda r: r.at)


def _described_by_its_verb(m: re.Match[str]) -> bool:
    """Whether a description after a verb is a person's: after "is" or "was" only with a
    relative "who" after it; after a speech verb or "according to" always."""
    verb = m.groupdict().get("verb")
    return verb not in ("is", "was") or m.group("who") is not None


def _known_as(text: str, match: re.Match[str], description: str) -> str:
    """What the story calls a person it describes: the one name they gave ("A porter who
    gave his name as Ivo said"), else the description, in lower case ("a porter")."""
    given = WHO_GAVE_NAME.match(text, match.end("d"))
    return given.group("name") if given else description[0].lower() + description[1:]


def role_subjects(text: str) -> list[Referent]:
    """People named by a definite title or office as the subject of a verb, with the role as
    their name ("the managing director")."""
    return [
        Referent(m.start(), _PERSON, None, f"the {m.group('role')}")
        for m in _ROLE_SUBJECT.finditer(text)
    ]


def _described_again(text: str, start: int, end: int, described: list[Referent]) -> list[Referent]:
    """Later definite mentions of described people ("The 52-year-old", "the farmer"), as them."""
    again = []
    referents = Referents(described)
    for match in tried_at(_DESCRIBED_AGAIN, text, mention_starts(text), start, end):
        person = described_by(match.group("noun"), match.start(), referents)
        if person is not None:
            again.append(Referent(match.start(), _PERSON, None, person.name))
    return again


def described_by(noun: str, at: int, referents: Referents) -> Referent | None:
    """The latest person described before ``at`` (within reach) whom "the <noun>" means: one
    whose description has that noun, or anyone described for an age ("the 52-year-old")."""
    noun = noun.casefold()
    return next(
        (
            r
            for r in referents.backwards(_PERSON, at - _DESCRIPTION_REACH, at)
            if r.party is None
            and r.name[:1].islower()
            and (noun.endswith("-year-old") or noun in r.name.casefold().split())
        ),
        None,
    )


def full_name(name: str, at: int, referents: Referents) -> str:
    """The latest full name before ``at`` that ends in the surname of ``name`` ("Mr Whitfield"
    or "Whitfield" after "Ben Whitfield"), or ``name`` itself."""
    if name[:1].islower() or " and " in name or " & " in name:
        return name
    fuller = referents.fuller_name(name, at)
    return fuller.name if fuller else name


def looks_like_a_name(attribution: str) -> bool:
    """Whether a raw attribution ends in a capitalised name ("resident Sarah Jones")."""
    return _SPEAKER_LIKE.match(attribution) is not None


def resolve(
    pronoun: str,
    at: int,
    paragraphs: tuple[tuple[int, int], tuple[int, int] | None],
    referents: Referents,
) -> Referent | None:
    """The referent of ``pronoun`` written at ``at``: its paragraph first, then the one before."""
    current, previous = paragraphs
    windows = [current] if previous is None else [current, previous]
    if pronoun in ("company", "public body"):
        return _latest_company(at, windows, referents, public=pronoun == "public body")
    for kinds in _COMPATIBLE[pronoun]:
        for start, end in windows:
            found = referents.latest(kinds, start, min(end, at))
            if found is not None:
                return found
    return None


_THE_OPENING = re.compile(r"The\s+")


def subject_before(text: str, referent: Referent, at: int, referents: Referents) -> Referent:
    """For "it" or a document's issuer, the organisation that opens the sentence of
    ``referent`` as its subject (after "The" or not), when
    that sentence is the pronoun's own or the one before it and ``referent`` is only a later
    object ("The company has asked the ministry to … . In a letter, it argues …" is the
    company); else ``referent``."""
    starts = sentence_starts(text)
    i = bisect.bisect_right(starts, referent.at) - 1
    if i < 0 or bisect.bisect_right(starts, at) - 1 > i + 1:
        return referent
    opening = starts[i]
    article = _THE_OPENING.match(text, opening)  # "The Leeds Council filed …": its name
    first = article.end() if article else opening
    subject = referents.latest(_COMPATIBLE["it"][0], opening, first + 1)
    return subject if subject is not None and subject.at < referent.at else referent


_BEFORE_A_SUBJECT = re.compile(r"(?:[\w’'-]+\s+){0,3}(?:[\w’'-]+,\s+)?")
"""What may stand before a person who is a sentence's subject: a title or role ("Deputy",
"Opposition lawmaker", "Its president,")."""


def person_subject_before(text: str, referent: Referent, at: int, referents: Referents) -> Referent:
    """For "he" or "she", the person who opens the sentence of ``referent`` as its subject,
    when that sentence is the pronoun's own or the one before it and ``referent`` is a later
    person in it ("Ana Ruiz said she would ask the panel to summon Ben Bell. “…,” she said."
    is Ana Ruiz), not in apposition to it ("A port spokesman, Ben Bell,"); else ``referent``."""
    starts = sentence_starts(text)
    i = bisect.bisect_right(starts, referent.at) - 1
    if i < 0 or bisect.bisect_right(starts, at) - 1 > i + 1:
        return referent
    opening = starts[i]
    earlier = list(referents.backwards(_PERSON, opening, referent.at))
    subject = earlier[-1] if earlier else None
    if subject is None or (subject.party or subject.name) == (referent.party or referent.name):
        return referent
    apposed = not text[subject.at + len(subject.name) : referent.at].strip(" ,")
    before = _BEFORE_A_SUBJECT.fullmatch(text, opening, subject.at)
    return subject if before is not None and not apposed else referent


_PUBLIC_BODY = re.compile(
    r"\b(?i:Court|Tribunal|Ministry|Department|Council|Police|Authority|Commission|Agency"
    r"|Inspectorate|Regulator|Parliament|Government|Office|Prosecutors?|Registry|Register"
    r"|Municipality|Administration|Directorate|Bureau|Board)\b"
)
"""A head word that makes an organisation a public body, which no writer calls "the company"."""


def _latest_company(
    at: int, windows: list[tuple[int, int]], referents: Referents, public: bool = False
) -> Referent | None:
    """The organisation named last that may be called "the company": not a court, a ministry
    or another public body; or, if ``public``, the public body named last ("the authority")."""
    for start, end in windows:
        for referent in referents.backwards(PartyKind.ORGANIZATION, start, min(end, at)):
            if (_PUBLIC_BODY.search(referent.name) is not None) == public:
                return referent
    return None


def person_kind(kind: PartyKind) -> str:
    """The referent kind of a party kind: people are "person"."""
    return _PERSON if kind == PartyKind.PERSON else str(kind)
