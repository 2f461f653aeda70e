"""Counts of any noun: an amount followed by a noun phrase whose head is a plural noun.

"about 20 protesting artists", "300 unpaid testers", "9.7 million current and former
customers", "14 Midlands MPs", "two of the unions", "three other airlines", a range
("20 to 25 crews", "three or four firms") or a quoted amount (“at least four” complaints): "other" right
after the amount, then up to four modifiers (adjectives,
participles, names, possessives like "riders'", joined by "and"/"or") before a plural head
noun, whose singular is the unit; after a noun whose plural is its singular the head is
the plural that follows it ("20 aircraft movements" counts movements). A count of one is never read ("one fails" is a verb),
nor a day of the month ("the order of 14 March requires …").
An amount with no noun of its own, used as a subject ("about 610,000 were sold", "while
hundreds contribute"), is left for ``counted_nouns`` to give the noun the paragraph is
counting, or, for a vague plural opening a sentence ("Hundreds stuck overnight"), people.
An amount whose noun is left out because its sentence has just counted it
("40 buses ran and 12 more stood idle", "eight vans, three of them new", "needs 30 nurses
but has only 21.", "Of the 14 climbers, nine were found; three still missing") counts that noun; so does one counting part of a later count ("more
than 20 of the 25 nurses"), and one of the people a disaster struck in a later conjunct of
a clause chain that counted them ("killed six porters and injured 9").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

from sorabrief.extract.calendar_math import MONTH_ABBREVIATIONS, MONTH_NAMES
from sorabrief.extract.currency_symbols import LETTERED
from sorabrief.extract.currency_words import SHARED
from sorabrief.extract.minor_units import MINOR_UNITS
from sorabrief.extract.number_style import groups_with_points
from sorabrief.extract.numbers import (
    AMOUNT,
    AMOUNT_START,
    HEDGES,
    POINT_GROUPED,
    YEAR,
    amount_range,
    hedge_before,
    normal_hedge,
    vague_hedge,
)
from sorabrief.extract.openings import found
from sorabrief.findings import Figure, Quantity
from sorabrief.nouns import looks_plural, singular

_MULTI_POINTED = r"\d{1,3}(?:\.\d{3}){2,}(?![\d,.]\d)"
"""Thousands grouped by several points ("1.200.000"): never a decimal."""
_COUNT_START = re.compile(
    rf"{AMOUNT_START}(?i:(?<![A-Za-z]-)(?<!\d{{4}}-)(?<!\d{{4}}-\d\d-)(?<!\d[.,])\b"
    rf"(?P<amount>{_MULTI_POINTED}|{AMOUNT}))\b(?!-)"
)
"""An amount, not part of a hyphenated word, of a date ("2024-03-14") or of a longer
number ("000" of "1.200.000"); thousands grouped by several points are one amount."""
_LOWER_END = re.compile(
    rf"(?:(?<!\bfrom\s)(?<!\w)(?P<low>(?i:{AMOUNT}))[ \t]*(?:-|–|(?i:to|or))"
    rf"|(?<=(?i:\bbetween)\s)(?P<between>(?i:{AMOUNT}))[ \t]+(?i:and))[ \t]*$"
)
"""The lower end of a range of counts ("20 to 25 crews", "three or four firms", "between
five and eight crews"); "from 30 to 25" is a change, not a range."""
_LOWER_REACH = 40
_CLOSING_QUOTE = re.compile(r"[”’\"'](?=[ \t])")
"""A closing quote mark between a quoted amount and its noun (“at least four” complaints)."""
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_][\w-]*(?:['’]s?)?)")
_PARTITIVE = re.compile(
    r"(?i:[ \t]+of(?:[ \t]+(?P<determiner>the|its|their|his|her|our|those|these)\b)?)"
)
"""A part of a later set: "20 of the 25 nurses", "two of its sheds"; without a determiner
only before the whole's amount ("7 of 22 sampling points" counts 7 sampling points)."""
_INNER_AMOUNT = re.compile(
    rf"(?:[ \t]+[^\W\d_][\w-]*['’]s)?(?:[ \t]+(?i:{HEDGES}))?"
    rf"[ \t]+{AMOUNT_START}(?i:\b(?:{AMOUNT}))\b(?!-)"
)
"""The amount of a later count that a partitive points to ("20 of the 25 nurses", "two
of the depot's five sheds", "900 of its roughly 1,200 pupils")."""
_CASUALTY_WORDS = "dead injured wounded hurt killed missing"
_CASUALTY = rf"(?:{'|'.join(_CASUALTY_WORDS.split())})"
"""Participles and adjectives English uses as the noun of the people a disaster struck
("the injured", "seven dead", "the number of wounded"): they count people."""
_STATE_ADVERB = r"(?:(?:still|now|feared|reported|[a-z]+ly)[ \t]+)?"
"""An adverb a casualty word may follow ("still missing", "seriously injured")."""
_CASUALTIES_AFTER = re.compile(rf"[ \t]+{_STATE_ADVERB}(?P<word>{_CASUALTY})\b")
"""A casualty word right after an amount with no noun ("five dead and 38 injured"), perhaps
after an adverb ("nine seriously injured")."""
_STRUCK_AFTER = re.compile(
    r"[ \t]+(?:(?:were|was|are|is|have|has|had)[ \t]+(?:been[ \t]+)?)?"
    rf"{_STATE_ADVERB}(?:{_CASUALTY}|died)\b"
)
"""What makes a count with a noun one of the people a disaster struck, after it: a casualty
word or "died" ("six porters dead", "three drivers were killed", "four miners died")."""
_CHAIN_BREAK = re.compile(r"[;:]")
"""A mark that ends a clause chain: after it a new clause counts afresh."""
_CHAIN_REACH = 120
_OF_CASUALTIES = re.compile(rf"[ \t]+{_CASUALTY}\b")
"""The casualty word of a partitive ("9 of the wounded", "two of those killed")."""
_CASUALTIES_BEFORE = re.compile(rf"\b(?i:of)[ \t]+the[ \t]+{_CASUALTY}[ \t]*,[ \t]*$")
"""A group of casualties named before an amount that counts part of it ("Of the wounded,
14 remain in care")."""
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:up|down)[ \t]+from|against|compared[ \t]+(?:with|to)|versus|vs\.)[ \t]+$"
)
"""A comparison that sets an amount against the count its sentence made ("52 shops shut,
up from 38 on Monday"): the amount counts the same noun."""
_HARMED_BEFORE = re.compile(
    r"\b(?i:kill|kills|killed|killing|injure|injures|injured|injuring|hurts|hurting|sicken"
    r"|sickens|sickened|sickening|strand|strands|stranded|stranding|poison|poisons|poisoned"
    r"|poisoning|wound|wounds|wounded|wounding)[ \t]+$"
)
"""A verb whose object is people, before an amount with no noun ("Crash injures 11",
"bad oysters sicken scores")."""
_TO_HOSPITAL = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?hospital\b")
"""Where people are sent or taken ("rushes eight to hospital")."""
_MEASURE_AFTER = re.compile(r"[ \t]+(?P<word>[a-z]+)\b")
_LENGTH_WORDS = frozenset(
    ["mile", "miles", "metre", "metres", "meter", "meters", "foot", "feet", "yard", "yards"]
)
"""Units of length the module counts as nouns but that, after a harm verb, measure where
or when ("injured 2 miles from home"), never whom."""
_THINGS_TOO = re.compile(r"(?i:strand|poison)")
"""Harm verbs whose object is as often a thing as people ("stranded 40 ferries", "poisoned
six wells"): after them only a noun of people (``_PEOPLE_HEAD``) is carried as the struck."""
_PEOPLE_HEAD = re.compile(
    r"(?:people|persons?|children|child|women|men|famil(?:y|ies)|crew|staff|police|troops"
    r"|[a-z]{2,}(?:er|or|ist|ant|ent|ee|ian|man|woman)s?)"
)
"""A counted noun that names people ("porters", "drivers", "residents", "children"): after
a harm verb, its count is of the people the verb struck."""
_MISSING_PEOPLE = re.compile(
    r"\b(?:people|persons|residents|passengers|children|crew|villagers|victims|survivors|dead"
    r"|died|killed|injured|wounded|hurt|bodies|rescuers|rescued)\b",
    re.IGNORECASE,
)
"""Words that make a bare amount before "missing" a count of people: its sentence speaks
of people or of others struck ("Four dead and 3 missing"); "the audit found 12 missing"
counts nothing said."""
_POPULATION_BEFORE = re.compile(r"\bpopulation[ \t]+of[ \t]+$")
"""A population's amount counts people ("a population of about 8,900")."""
_GROUP_BEFORE = re.compile(r"\b(?P<noun>[a-z]{3,}s)[ \t]*(?:,|—|–)[ \t]*$")
"""A plural named right before a part of it ("its bus drivers, about 70 of them",
"grain silos, five of which")."""
_OF_WHICH = re.compile(r"[ \t]+of[ \t]+(?:them|which|whom)\b")
_OF_A_GROUP = re.compile(
    r"(?:^|\n|[.!?][\"”’']?[ \t]+)(?i:of)[ \t]+(?:the|its|their|these|those|[\w’'-]+['’]s?)"
    r"[ \t][^,;.!?\n]{0,80},[ \t]*$"
)
"""A group a sentence opens with, counted, before the amount of a part of it ("Of the
mill's 240 weavers, about 90 rent rooms close by")."""
_ELLIPSIS_AFTER = re.compile(
    r"(?:[ \t]+(?:more|of[ \t]+(?:them|those|these|whom)|who|whom|which|in)\b"
    r"|[ \t]+(?:were|are|remain|remained|have|had)\b"
    r"|[ \t]+(?:(?:still|now|feared|reported)[ \t]+)?(?:dead|missing|alive|hurt|safe)\b"
    r"|[ \t]+[a-z]+ed\b|[ \t]*[.,;:!?)](?!\d))"
)
"""What follows an amount whose noun is left out: "more", "of them", a relative pronoun,
"in", a plural verb ("six were saved", "two remain", "nine had died"), a state ("two dead", "three still
missing"), a participle or the end of a clause ("27 diverted", "has only 38.")."""
_LABEL_BEFORE = re.compile(r"(?:[A-Z][\w-]*\.?|aged|age|number|no\.|No\.|page)[ \t]+$")
"""A word that makes the amount a name, an age or a day ("Flight 370", "aged 58", "Sept. 8"),
no count."""
_WORD_BEFORE = re.compile(r"\b(?P<word>[a-z]+)[ \t]+$")
"""A plural noun right before an amount takes the amount as its limit ("users under 18")."""
_SENTENCE_BREAK = re.compile(r"\n|[.!?][\"”’']?\s+[A-Z\"“‘']")
_SUBJECT_VERB = re.compile(
    r"(?i:[ \t]+(?:were|was|are|is|have|had|has|remain|remained|will|would|could|did)\b)"
)
_OF_NOUNS = re.compile(
    r"(?i:\bof\s+(?:the|its|their|these|those)\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z]+s))\b"
)
_LINE_BREAKS = re.compile("\n+")
"""A run of line breaks: a masked text has long ones where removed text was."""
_MONTH_WORD = "|".join(MONTH_NAMES) + rf"|(?:{MONTH_ABBREVIATIONS})\.?"
"""A month's name, whole or shortened."""
_MONTH_AFTER = re.compile(rf"[ \t]+(?:{_MONTH_WORD})\b")
"""A day of the month ("14 February requires …"): a date, never a count."""
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_WORD})[ \t]+$")
"""A month right before a day's number ("on Sept. 9 warning staff …"): a date, never a count."""
_AGE_LIST_BEFORE = re.compile(
    r"\b(?:aged|ages)[ \t]+\d+(?:[ \t]*,[ \t]*\d+)*[ \t]*(?:,|and|or)[ \t]*$"
)
"""Earlier ages of a list of ages ("aged 34 and 52"): the later ones are ages too."""
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_PLURAL_IN_IS = re.compile(r"(?<=[a-z][^aeious])is$")
"""A plural of a noun ending in "-i" ("taxis", "skis", "rabbis"): after an amount a word
in "-is" is plural, unless it is a Greek singular in "-sis" ("crisis", "analysis"); one
that is a modifier gives way to the plural after it ("two tennis courts")."""
_TIME_WORDS = "second minute hour day week fortnight month year decade"
_TIME_UNITS = frozenset(_TIME_WORDS.split())
_NOT_COUNTED_WORDS = """
    percent cent times others ones ago per points pounds dollars euros rupees yen pence
    crores lakhs degrees
"""
"""Plurals that are never the counted noun: currencies and their minor units ("cents",
"kopecks"; a noun several currencies share, "dinars", when the article does not settle
whose), percentages and degrees. Units of length, weight, volume and area are counted
("within 50 kilometres" counts 50 kilometres, "40 tonnes of fuel" 40 tonnes), as the
corpus labels them: no other kind of figure holds them."""
_NOT_COUNTED = frozenset(
    _NOT_COUNTED_WORDS.split()
    + [f"{unit}s" for unit in _TIME_WORDS.split()]
    + [*MINOR_UNITS]
    + [noun for noun in SHARED if noun.endswith("s") and noun != "crowns"]
)
_SCORE_POINTS = frozenset({"percentage", "basis", "index", "ranking", "rating"})
"""Words before "points" that make them a measure of change ("3 percentage points"); after
any other modifier, points are places or items and are counted ("46 collection points")."""
_PLURAL_MODIFIER_WORDS = """
    arms belongings clothes communications customs earnings electronics goods news proceeds
    sales savings sports tailings works
"""
_PLURAL_MODIFIERS = frozenset(_PLURAL_MODIFIER_WORDS.split())
"""Nouns English uses only in the plural, which modify a later noun as they are ("savings
accounts", "arms dealers", "tailings dams"): before a later plural, that plural is the
head ("two sports club closures" counts closures)."""
_NOT_MODIFIER_WORDS = """
    the a an of in on at to for from by with as than that which who whom whose were was
    are is be been being have has had will would could should may might must can said
    says say told more most less least some all any each every other such this these
    those their its his her our your my per over under about around into onto out up down
    off after before since until during while when where if so not no nor only also just
    still then there here it they we you he she them us him what how why later earlier ago
    last next first second third
"""
_NOT_MODIFIERS = frozenset(_NOT_MODIFIER_WORDS.split())
_PLURAL_VAGUE = frozenset({"hundreds", "thousands", "dozens", "millions"})
_OPENS = re.compile(r"(?:\n|[.!?][\"”’']?[ \t]+)$")
_VERB_AFTER = re.compile(r"[ \t]+(?!(?:of|and|or|more|upon|in|on|at|to|from)\b)[a-z]+\b")
"""A verb after a subject, any lower-case word but a joiner or a preposition ("were",
"marched", or an irregular past "stuck")."""
_JOINERS = frozenset({"and", "or"})
_LISTED_AFTER = re.compile(r",[ \t]+(?!(?:and|or|but|which|who)\b)(?P<word>[a-z][\w-]*)")
"""A further modifier in a list before the counted noun ("sliced ham, chicken and turkey")."""
_MAX_MODIFIERS = 4
_LIST_GOES_ON = re.compile(
    r",[ \t]+(?:[a-z][\w-]*[a-rt-z],?[ \t]+){1,3}?(?:and|or)[ \t]+"
    r"(?!(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"(?:[a-z][\w-]*[ \t]+){1,2}[a-z][\w-]*s\b"
)
"""A list of modifiers going on after a noun whose plural is its singular, closing with
"and" or "or" before a modifier and a plural ("trout, salmon and eel fillets"): the noun
is a modifier. A clause after the comma ("40 sheep, and farmers said"), a last item that is
a plural alone ("9 sheep, cattle and horses") or one with its own count ("12 deer, one boar
and two foxes") is no such list."""
_PEOPLE_BY_PLACE = re.compile(
    r"[ \t]+(?P<word>[A-Z][a-z]+(?:ans|ons|ers|ites)|[A-Z][a-z]{3,}is)\b(?![ \t]+[a-z]+s\b)"
)
"""People named for their country or city after a vague amount ("thousands of Moroccans",
"hundreds of Londoners"), not a name modifying a plural ("dozens of Facebook users")."""


def _grouped(amount: str, text: str) -> str:
    """The amount without the points that group its thousands: several ("1.200.000
    riders"), or one in an article that groups them so ("1.400 households";
    ``number_style.groups_with_points``)."""
    if re.fullmatch(_MULTI_POINTED, amount):
        return amount.replace(".", "")
    if POINT_GROUPED.fullmatch(amount) and not amount.startswith("0"):
        return amount.replace(".", "") if groups_with_points(text) else amount
    return amount


def find_counts(text: str) -> Iterator[Figure]:
    """Every count in ``text``; amounts without a noun get the unit "" (see ``counted_nouns``)."""
    last_noun: tuple[int, str] | None = None
    last_struck: tuple[int, str] | None = None  # the last count of people a disaster struck
    for m in found(_COUNT_START, text):
        amount = amount_range(_grouped(m.group("amount"), text))
        if amount is None or YEAR.fullmatch(m.group("amount")) or amount == (1, 1):
            continue
        if _MONTH_AFTER.match(text, m.end()) or _names_a_day_or_age(text, m):
            continue
        lower = _lower_end(text, m.start())
        low = amount_range(lower.group("low") or lower.group("between")) if lower else None
        if low is not None and low[0] < amount[0]:
            amount = (low[0], amount[1])
        else:
            lower = None
        first = lower.start() if lower else m.start()
        hedged = hedge_before(text, first)
        hedge = normal_hedge(hedged.group("hedge") if hedged else vague_hedge(m.group("amount")))
        start = hedged.start() if hedged else first
        at = m.end() + (1 if _CLOSING_QUOTE.match(text, m.end()) else 0)
        partitive = _PARTITIVE.match(text, at)
        inner = partitive and _INNER_AMOUNT.match(text, partitive.end())
        if partitive and not (inner or partitive.group("determiner")):
            partitive = None
        noun = _counted_noun(text, inner.end() if inner else partitive.end() if partitive else at)
        struck = _OF_CASUALTIES.match(text, partitive.end()) if partitive and not inner else None
        if noun is not None and struck is not None and noun[1] > struck.end():
            struck = None  # "eight of the injured drivers" counts drivers
        people = _PEOPLE_BY_PLACE.match(text, at) if m.group("amount").endswith("of") else None
        if people is not None and not inner:  # "thousands of Moroccans living abroad"
            word = people.group("word")
            yield _count(text, (start, people.end()), amount, singular(word), word, hedge)
        elif struck is not None:  # "9 of the wounded"
            last_noun = last_struck = (struck.end(), "person")
            yield _count(text, (start, struck.end()), amount, "person", None, hedge)
        elif noun is not None and inner:
            yield _count(text, (start, m.end()), amount, singular(noun[2]), None, hedge)
        elif noun is not None:
            words, end, head = noun
            last_noun = (end, _unit(head))
            harmed = _HARMED_BEFORE.search(text, max(0, start - 20), start)
            if harmed and _THINGS_TOO.search(harmed.group()) and not _PEOPLE_HEAD.fullmatch(head):
                last_struck = None  # "stranded 40 ferries and killed 3" counts people
            elif harmed or _STRUCK_AFTER.match(text, end):
                last_struck = last_noun  # "killed six porters", "six porters were killed"
            yield _count(text, (start, end), amount, last_noun[1], words, hedge)
        elif (them := _OF_THEM.match(text, m.end())) is not None and them.group("noun"):
            word = them.group("noun")  # "86 people, 51 of them children"
            yield _count(text, (start, them.end()), amount, _unit(word), None, hedge)
        elif (counted := _number_of(text, start)) is not None:
            yield _count(text, (start, m.end()), amount, _unit(counted), None, hedge)
        elif (implied := _implied_noun(text, start, m.end(), last_noun, last_struck)) is not None:
            yield _count(text, (start, m.end()), amount, implied, None, hedge)
        elif _stands_alone(m, text, hedged is not None):
            yield _count(text, (start, m.end()), amount, "", None, hedge)
        elif last_noun is not None and (
            _noun_left_out(text, m, start, last_noun[0])
            or _compared(text, start, last_noun[0])
            or _part_of_a_group(text, start, last_noun[0])
        ):
            yield _count(text, (start, m.end()), amount, last_noun[1], None, hedge)
        elif _struck(text, start, m.end()):
            kind = _struck_kind(text, start, last_struck)
            yield _count(text, (start, m.end()), amount, kind, None, hedge)


_VERB_NOUNS = r"(?:remains|stands|seems|appears|rises|falls|grows|varies|includes|is|was|has)"
"""Verbs in "-s" that follow "the number of …" and are never its noun ("the number of
victims remains unclear")."""
_NUMBER_OF = re.compile(
    r"\b(?i:the)\s+(?:total\s+)?(?:number|count|tally)\s+of\s+"
    r"(?:(?!(?:[a-z]+[^\Wsiu]s|children|people|women|men)\b)[a-z]+\s+){0,2}"
    rf"(?!{_VERB_NOUNS}\b)(?P<noun>[a-z]+s|children|people|women|men|{_CASUALTY})\b[^.;:!?\n]{{0,80}}?"
    r"\s+(?:(?:at|to|is|was|as|stands\s+at|stood\s+at|reached|hit)\s+)$"
    r"|\b(?:put|puts|putting|placed|places|placing)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
    r"(?P<put>[a-z]+s|children|people|women|men)\s+at\s+$"
)
"""A count named before its amount: "puts the number of boats seized at 40", "the number of
cases reported in the two provinces since May rose to 300", "the count of people hurt
stood at 17", "put confirmed cases at 412"."""
_NUMBER_OF_REACH = 160


def _number_of(text: str, start: int) -> str | None:
    """The plural noun that "the number of …" before an amount at ``start`` counts."""
    found_at = _NUMBER_OF.search(text, max(0, start - _NUMBER_OF_REACH), start)
    if found_at is None:
        return None
    noun = found_at.group("noun") or found_at.group("put")
    return "people" if re.fullmatch(_CASUALTY, noun) else noun


def _compared(text: str, start: int, since: int) -> bool:
    """Whether an amount at ``start`` is set against the count its sentence made, at
    ``since`` ("52 shops shut, up from 38")."""
    if _COMPARED_BEFORE.search(text, max(0, start - 20), start) is None:
        return False
    return _SENTENCE_BREAK.search(text, since, start + 1) is None


def _implied_noun(
    text: str,
    start: int,
    end: int,
    last_noun: tuple[int, str] | None,
    last_struck: tuple[int, str] | None,
) -> str | None:
    """The noun of an amount with no noun of its own that the words around it imply: people
    for the object of a verb that harms them or those sent to hospital ("injures 11",
    "rushes eight to hospital"), or the kind of people its clause chain counted as struck
    before it (``_struck_kind``); people for a population ("a population of 8,900"); or,
    when its sentence has counted nothing before it (``last_noun``), the plural named right
    before a part of it ("grain silos, five of which")."""
    window = max(0, start - 20)
    harmed = _HARMED_BEFORE.search(text, window, start) and not _measured(text, end)
    if harmed or _TO_HOSPITAL.match(text, end):
        return _struck_kind(text, start, last_struck)
    if _POPULATION_BEFORE.search(text, window, start):
        return "person"
    if last_noun is not None and _SENTENCE_BREAK.search(text, last_noun[0], start + 1) is None:
        return None
    group = _GROUP_BEFORE.search(text, max(0, start - 30), start)
    if group is None or not _OF_WHICH.match(text, end):
        return None
    noun = group.group("noun")
    return _unit(noun) if looks_plural(noun) and noun not in _NOT_COUNTED else None


def _measured(text: str, end: int) -> bool:
    """Whether a unit of time or measure follows an amount ending at ``end`` ("killed two
    days after", "injured 3 hours into", "hurt 2 km from"): the amount is no count of
    people, whatever verb comes before it."""
    if _POWERED_UNIT.match(text, end) is not None:
        return True
    after = _MEASURE_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    return singular(word) in _TIME_UNITS or word in _UNIT_SPELLINGS or word in _LENGTH_WORDS


def _struck_kind(text: str, start: int, last_struck: tuple[int, str] | None) -> str:
    """The kind of people an amount with no noun at ``start`` counts as struck: the noun of
    the count of the struck that its clause chain made before it, ending at
    ``last_struck[0]``, which English leaves out of the later conjunct ("killed six porters
    and injured 9", "three drivers were killed and 9 seriously hurt", "two guards dead, 5
    wounded"); people when the chain has none ("Seven dead, 46 injured"). The chain is what
    the sentence joins with "and", "or", "but", commas and the like; a semicolon, a colon
    or a new sentence starts another."""
    if last_struck is None:
        return "person"
    since = last_struck[0]
    if start - since > _CHAIN_REACH or _CHAIN_BREAK.search(text, since, start):
        return "person"
    if _SENTENCE_BREAK.search(text, since, start + 1) is not None:
        return "person"
    return last_struck[1]


def _part_of_a_group(text: str, start: int, since: int) -> bool:
    """Whether an amount at ``start`` counts part of the group its sentence opened with, whose
    count ends at ``since`` ("Of the mill's 240 weavers, about 90 rent rooms close by")."""
    opening = _OF_A_GROUP.search(text, max(0, start - 120), start)
    return opening is not None and opening.start() < since <= start


def _struck(text: str, start: int, end: int) -> bool:
    """Whether an amount with no noun counts the people a disaster struck: a casualty word
    after it ("five dead and 38 injured", "14 hurt") or a group of them named before it
    ("Of the wounded, 14 …")."""
    casualty = _CASUALTIES_AFTER.match(text, end)
    if casualty is not None:
        return casualty["word"] != "missing" or _speaks_of_people(text, start, end)
    return _CASUALTIES_BEFORE.search(text, max(0, start - 30), start) is not None


def _speaks_of_people(text: str, start: int, end: int) -> bool:
    """Whether the sentence around an amount at ``start`` speaks of people or of others
    struck, so that "missing" after it counts people."""
    breaks = list(_SENTENCE_BREAK.finditer(text, max(0, start - 300), start + 1))
    opens = breaks[-1].end() - 1 if breaks else max(0, start - 300)
    closes = _SENTENCE_BREAK.search(text, end)
    sentence = text[opens : closes.start() + 1 if closes else len(text)]
    return _MISSING_PEOPLE.search(sentence) is not None


def _names_a_day_or_age(text: str, m: re.Match[str]) -> bool:
    """Whether an amount is a day after its month ("Oct. 3") or an age in a list of ages."""
    before = text[max(0, m.start() - 30) : m.start()]
    day = (
        m.group("amount").isdigit() and len(m.group("amount")) <= 2 and int(m.group("amount")) <= 31
    )
    if day and _MONTH_BEFORE.search(before):
        return True
    return _AGE_LIST_BEFORE.search(before) is not None


def _lower_end(text: str, start: int) -> re.Match[str] | None:
    """The lower end of a range whose upper end starts at ``start``, if any."""
    window = max(0, start - _LOWER_REACH)
    before = text[window:start]
    if before.isascii():  # else "–" or a character that matches a letter when case is ignored
        ends = (before, before[:-1]) if before.endswith("\n") else (before,)
        if not any(e.rstrip(" \t").lower().endswith(("-", "to", "or", "and")) for e in ends):
            return None
    return _LOWER_END.search(text, window, start)


_OF_THEM = re.compile(
    r"[ \t]+of[ \t]+(?:them|whom)\b(?:[ \t]+(?P<noun>[a-z]{3,}s|children|people|women|men)\b"
    r"(?![ \t]+(?:of|and)\b))?"
)
"""Part of a group named before ("Twenty-three people were injured. Four of them live …"),
or with its own kind after ("86 people, 51 of them children")."""


def _stands_alone(m: re.Match[str], text: str, hedged: bool) -> bool:
    """An amount used as a noun: a plural vague word ("while hundreds contribute"), a
    hedged or large number as a subject ("about 610,000 were sold"), a number in words
    opening a sentence as its subject ("Fourteen people were hurt. Three remain in
    hospital"), or part of a group named before ("Four of them live …")."""
    amount = m.group("amount").lower()
    if amount in _PLURAL_VAGUE:
        return not text.startswith(" of", m.end())
    if _OF_THEM.match(text, m.end()):
        return True
    if _SUBJECT_VERB.match(text, m.end()) is None:
        return False
    return hedged or "," in amount or (amount.isalpha() and _opens_sentence(text, m.start()))


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``text[start]`` opens a sentence or a line."""
    return start == 0 or _OPENS.search(text, max(0, start - 3), start) is not None


def _noun_left_out(text: str, m: re.Match[str], start: int, since: int) -> bool:
    """Whether an amount with no noun stands for the noun its sentence counted last, at
    ``since``: it is shaped like an ellipsis and no sentence ends in between. ``start``
    is where the amount's hedge starts."""
    if _LABEL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before and looks_plural(before.group("word")):
        return False
    if not _ELLIPSIS_AFTER.match(text, m.end()):
        return False
    return _SENTENCE_BREAK.search(text, since, m.start() + 1) is None


def counted_nouns(text: str, figures: list[Figure]) -> Iterator[Figure]:
    """Give a count without a noun the noun of an "of the …s" phrase just before it in its
    sentence, or else of the last count before it in its paragraph; drop it when neither is there."""
    last_noun: tuple[int, str] | None = None
    breaks = [m.end() - 1 for m in _LINE_BREAKS.finditer(text)]  # the last break of each run
    for figure in figures:
        if figure.quantity is not Quantity.COUNT:
            yield figure
            continue
        if figure.unit:
            last_noun = (figure.end, figure.unit)
            yield figure
            continue
        line = bisect.bisect_left(breaks, figure.start)  # the runs of breaks before the figure
        line_start = breaks[line - 1] if line else -1
        sentence_start = max(text.rfind(". ", line_start + 1, figure.start), line_start)
        of_nouns = list(_OF_NOUNS.finditer(text, sentence_start + 1, figure.start))
        if of_nouns:
            yield attrs.evolve(figure, unit=singular(of_nouns[-1].group("noun")))
        elif last_noun is not None and (not line or breaks[line - 1] < last_noun[0]):
            yield attrs.evolve(figure, unit=last_noun[1])
        elif _opens_with_crowd(text, figure):
            yield attrs.evolve(figure, unit="person")


def _opens_with_crowd(text: str, figure: Figure) -> bool:
    """Whether a vague plural with no noun opens a sentence or a headline as the subject of
    a verb ("Hundreds stuck overnight as …", "Thousands marched"): English means people."""
    return (
        figure.text.lower() in _PLURAL_VAGUE
        and _opens_sentence(text, figure.start)
        and _VERB_AFTER.match(text, figure.end) is not None
    )


_POWERED_UNIT = re.compile(
    r"[ \t]+(?P<unit>(?P<power>cubic|square)[ \t]+(?P<length>metres|meters|kilometres|kilometers"
    r"|centimetres|centimeters|feet|yards|miles)\b|(?P<symbol>k?m)(?P<exponent>[³²]|[32]\b))"
)
"""A unit of volume or area right after an amount: a unit of length made cubic or square
("180,000 cubic metres", "3,000 m³", "40 m3", "12 km²"); counted, as a volume or an area
is, while the length alone is not."""
_POWERS = {"³": "cubic", "3": "cubic", "²": "square", "2": "square"}
_LENGTHS = {"m": "metre", "km": "kilometre"}


def _powered_unit(m: re.Match[str]) -> str:
    """The name of a unit of volume or area as written: "m³" and "cubic meters" are both
    "cubic metre", "km2" is "square kilometre"."""
    if m.group("symbol"):
        return f"{_POWERS[m.group('exponent')]} {_LENGTHS[m.group('symbol')]}"
    length = singular(m.group("length").lower()).replace("meter", "metre")
    return f"{m.group('power').lower()} {length}"


def _counted_noun(text: str, at: int) -> tuple[str, int, str] | None:
    """The counted words after an amount, where they end and their plural head noun. A
    mark after a plural with no word after it closes a quotation ("risked 40 jobs'."),
    it is no possessive."""
    if (powered := _POWERED_UNIT.match(text, at)) is not None:
        return text[at : powered.end()].strip(), powered.end(), _powered_unit(powered)
    start, position, reach, listing = at, 0, _MAX_MODIFIERS, False
    previous = ""
    while position <= reach:
        m = _WORD_AFTER.match(text, at)
        listed = _LISTED_AFTER.match(text, at) if m is None and position > 0 else None
        if listed is not None:  # "14 sliced ham, chicken and turkey products"
            m, reach, listing = listed, reach + 1, True
        if m is None:
            return None
        word = m.group("word")
        lower = word.lower()
        if lower in _JOINERS and position > 0:
            at, listing = m.end(), False
            continue
        position += 1
        if position == 1 and lower in ("other", "more", "earlier", "later"):
            at = m.end()
            continue
        if position == 1 and lower in _UNIT_SPELLINGS and word not in LETTERED:  # "55,000 kg"
            return text[start : m.end()].strip(), m.end(), lower
        acronym = len(word) > 1 and word.isupper()
        places = lower == "points" and position > 1 and previous not in _SCORE_POINTS
        if not (acronym or places) and (
            lower in _NOT_MODIFIERS or lower in _NOT_COUNTED or lower in _JOINERS
        ):
            return None
        previous = lower
        end = m.end()
        if lower.endswith(("'", "’")) and not _WORD_AFTER.match(text, end):
            word, lower, end = word[:-1], lower[:-1], end - 1
        possessive = lower.endswith(("'", "’", "'s", "’s"))
        plural = looks_plural(lower) or _PLURAL_IN_IS.search(lower) is not None
        head = (not word[0].isupper() and plural) or _ACRONYM_PLURAL.fullmatch(word)
        if head and listing:
            if singular(lower) != lower:
                return None
            at = m.end()  # a listed noun whose plural is its singular is a modifier
            continue  # a list of modifiers closes with "and" or "or" before its head
        if head and not possessive and singular(lower) == lower and _LIST_GOES_ON.match(text, end):
            at = m.end()  # "9 smoked trout, salmon and eel fillets": a listed modifier
            continue
        later = _later_plural(text, end) if head and lower in _PLURAL_MODIFIERS else None
        if later is not None and not possessive:  # "two tailings dam collapses"
            return text[start : later.end()].strip(), later.end(), later.group("word")
        if head and not possessive:
            compound = _WORD_AFTER.match(text, end) if singular(lower) == lower else None
            if compound and _plural_noun(compound.group("word")):
                return text[start : compound.end()].strip(), compound.end(), compound.group("word")
            return text[start:end].strip(), end, lower
        at = m.end()
    return None


def _later_plural(text: str, at: int) -> re.Match[str] | None:
    """The plural head of a compound that a plural-only noun opens, within two words."""
    for _ in range(2):
        m = _WORD_AFTER.match(text, at)
        if m is None or not m.group("word").islower() or m.group("word") in _NOT_MODIFIERS:
            return None
        if _plural_noun(m.group("word")):
            return m
        at = m.end()
    return None


def _unit(head: str) -> str:
    """The singular of a counted plural head: "taxis" counts taxis ("taxi"); a unit of
    weight by its one name ("kg", "kilos" and "kilogrammes" count kilograms)."""
    if head in _UNIT_SPELLINGS:
        return _UNIT_SPELLINGS[head]
    if " " in head:  # a unit of volume or area, already named ("cubic metre")
        return head
    return head[:-1] if _PLURAL_IN_IS.search(head) else singular(head)


_UNIT_SPELLINGS = {
    spelling: unit
    for unit, spellings in {
        "kilogram": "kg kgs kilo kilos kilogrammes kilograms",
        "gram": "grammes grams",
        "kilometre": "km kms kilometres kilometers",
        "centimetre": "cm centimetres centimeters",
        "millimetre": "mm millimetres millimeters",
    }.items()
    for spelling in spellings.split()
}
"""The spellings and symbols of units of weight and length, by the unit's name: a count in
"kg" and one in "kilogrammes" count the same unit, and so do "40 km" and "40 kilometers".
"Meters" stays "meter": it as often counts the devices ("40,000 meters to install"). A
symbol in capitals that the CLDR gives a currency ("1.12 KM", Bosnia's convertible mark)
is no unit."""


def _plural_noun(word: str) -> bool:
    """Whether a word after an invariant noun ("aircraft", "police", "staff") is the plural
    head of their compound ("20 aircraft movements", "40 police officers")."""
    lower = word.lower()
    return word.islower() and looks_plural(lower) and lower not in _NOT_MODIFIERS | _NOT_COUNTED


def _count(
    text: str,
    span: tuple[int, int],
    amount: tuple[float, float],
    unit: str,
    counts: str | None,
    hedge: str | None,
) -> Figure:
    low, high = float(amount[0]), float(amount[1])
    start, end = span
    return Figure(text[start:end], start, end, Quantity.COUNT, low, high, unit, counts, hedge)
