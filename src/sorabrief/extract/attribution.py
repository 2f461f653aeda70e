"""Who a quotation is attributed to, with which speech verb, and through which outlet.

The attribution is looked for after the quotation when it ends with a comma, a
question or exclamation mark (``"…," said Jones``, ``"…," Jones told the BBC``,
``"…," according to the council``), otherwise before it in the same sentence:
the noun phrase before the last speech verb (``OpenAI rep Niko Felix said:``),
or the phrase after "according to". An appositive after a name (``Jane Doe, a
spokesperson for Acme, said``) is read with it: the speaker is the most specific
party named in either, so a person who is a party speaks for themselves, and a
spokesperson who is not speaks for the party they represent; anyone else named who is
no party (``Ana Ruiz, Acme's acting chief executive, said``) speaks for themselves, by
name. When no party is named,
the raw attribution is kept; pronouns are kept in lower case for
``pronouns.py`` to resolve. A speech verb with no one named before it
(``, adding: "…"``) continues the previous quotation's speaker.
"""

from __future__ import annotations

import re

import attrs

from sorabrief.extract.calendar_math import MONTH_NAMES, WEEKDAYS
from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.headings import heading_line
from sorabrief.extract.mentions import PartyMatcher
from sorabrief.extract.passive import in_passive, is_passive, passive_agent
from sorabrief.extract.pronouns import PERSON_DESCRIPTION, WHO_GAVE_NAME
from sorabrief.extract.relative_clauses import reduced_relative, relative_clause
from sorabrief.model import PartyKind

_VERBS = (
    r"(?:said|says|say|saying|stated|states|state|told|tells|tell|wrote|writes|write|added|adds|add"
    r"|adding|explained|explains|argued|argues|argue|claimed|claims|noted|notes|reported|reports"
    r"|continued|continues|insisted|insists|asked|asks|announced|declared|declares|commented"
    r"|remarked|replied|responded|posted|tweeted|warned|warns|stressed|emphasi[sz]ed|acknowledged"
    r"|repeated(?=(?:\s+(?:on|at|in|last)\s+\w+)?\s+that\b)"
    r"|admitted|confirmed|confirms|alleged|alleges|allege|cautioned|concluded|recalled|ruled|rules"
    r"|testified|urged|pledged|promised|vowed|complained|conceded|observed|suggested|maintained"
    r"|maintains|countered|agreed|shouted|chanted|pleaded|wondered|mused|quipped|texted|emailed"
    r"|described|describes|describe|describing|characteri[sz]ed|dismissed|denounced|records|recorded"
    r"|noting|insisting|arguing|warning|claiming|called|calls|branded|advertised|marketed|billed|touted"
    r"|spoke|speaks|put\s+it|read|reads|laughed|laughs|roared|sighed|sighs|joked|jokes|yelled"
    r"|exclaimed|whispered|muttered|grumbled|boasted|fumed|scoffed|snapped|pointed\s+to|points\s+to|apologi[sz]ed|apologi[sz]es"
    r"|pointed\s+out|points\s+out|summed\s+up|sums\s+up"
    r"|accused|accuses)"
)
PRONOUNS = frozenset({"he", "she", "they", "it"})
DOCUMENT = re.compile(
    r"(?:the|a|an|its|their|his|her)\s+(?:written\s+|press\s+|emailed\s+|joint\s+)?(?:statement|letter"
    r"|release|notice|decision|ruling|judgment|judgement|report|filing|post|e-?mail|memo|note|order"
    r"|complaint|lawsuit|suit|submission|update)",
    re.IGNORECASE,
)
"""An attribution that is a document ("the statement said"): it speaks for whoever issued it."""
_ANY_FIRM = (
    r"(?:company|firm|business|organi[sz]ation|corporation|provider|supplier|vendor"
    r"|contractor|operator)"
)
"""Nouns that fit any organisation."""
_OTHER_FIRM = "parent|holding|sister|rival|other|another|former|new|second|third"
"""Words before "company" that mean some other firm than the one named last."""
GENERIC_ORGANISATION = re.compile(
    rf"the\s+(?:[\w’'-]+-[\w’'-]+\s+)?{_ANY_FIRM}"
    r"|(?:an?|the)\s+(?:company|firm)\s+(?:spokes(?:person|man|woman)|representative|official)",
    re.IGNORECASE,
)
"""A description that fits any organisation, perhaps with a hyphened modifier ("the
Leeds-based firm"), or its spokesperson ("a company spokesman"): it means the one the story
named last."""
FIRM_OF_A_KIND = re.compile(rf"(?i:the)\s+(?!(?:{_OTHER_FIRM})\s)[a-z]+\s+{_ANY_FIRM}")
"""An organisation described by a word and a noun that fits any ("the water company"): when
no party goes by that description, the one the story named last."""
GENERIC_PUBLIC_BODY = re.compile(
    r"(?i:the)\s+(?:(?!(?:news|travel|advertising|ad|estate|recruitment|ratings?|employment"
    r"|student)\s)[a-z][\w-]*\s+){0,2}?(?:authority|authorities|municipality|administration"
    r"|body|regulator|watchdog|agency|institution|panel)"
)
"""A description that fits any public body, perhaps with words before it ("the local
authority", "the data watchdog", not "the news agency"): it means the public body the story
named last."""
SPOKESPERSON_FOR_THE_FIRM = re.compile(
    r"(?:an?|the)\s+(?:spokes(?:person|man|woman)|representative|official)\s+(?:for|of|from|at)\s+"
    rf"the\s+{_ANY_FIRM}",
    re.IGNORECASE,
)
"""A spokesperson for an organisation described by a noun that fits any ("a spokeswoman for
the company"), when that noun is not one the story set beside a name: the organisation the
story named last."""
BARE_SPOKESPERSON = re.compile(
    r"(?:an?|the)\s+(?:spokes(?:person|man|woman)|representative|press\s+officer)", re.IGNORECASE
)
"""A spokesperson who is not said to be anyone's: the organisation or group named last."""
"""Pronouns an attribution may be, resolved to a party or person by ``pronouns.py``."""

_NAME_WORD = r"[^\W\d_][\w.'’&-]*"
_NUMBER_WORD = r"\d+(?:-[a-z]+)*"
"""A number, or a compound that starts with one ("19-year-old")."""
_PHRASE = rf"(?:{_NAME_WORD}|{_NUMBER_WORD})(?:\s+(?:{_NAME_WORD}|{_NUMBER_WORD}|&)){{0,7}}"
_VERB = with_first_char(
    rf"(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)(?<!\b[Ii]ts\s)(?<!\b[Hh]is\s)(?<!\b[Hh]er\s)"
    rf"(?<!\b[Tt]heir\s)(?<!\b[Oo]ur\s)(?<!\w['’]s\s)(?<!\ws['’]\s)(?<!\btold\s)(?<!\btells\s)"
    rf"\b{_VERBS}\b(?!-\w)(?![’'](?!\w))|\b[Aa]ccording\s+to\b"
)
"""A speech verb, but not inside a compound ("the add-on", "a tell-all") nor a noun after a
determiner or a possessive ("a warning", "its claims", "the driver's claims"), nor a plural
noun that owns what follows ("the club members' annual dues"), nor a word after "told",
whose hearer follows it ("told local radio")."""
_FROM_SOURCE = re.compile(
    r"\b(?:an?|the|its|their|his|her)\s+(?:warning|statement|advice|alert|message|notice"
    r"|assessment|forecast)\s+from\s+(?P<attr>[^,.;:!?“”«»\"‘]+?)(?=\s+(?:that|saying|which)\b)",
    re.IGNORECASE,
)
"""Words reported as coming from someone: "citing a warning from its engineers that …"."""
_WORDS_FROM = re.compile(
    r"(?:an?|the|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:statement"
    r"|letter|release|notice|message|e-?mail|post|update|warning|advice|alert|note|memo)\s+from\s+"
    r"(?P<who>\S.*)",
    re.IGNORECASE,
)
"""A document named with its author ("according to a statement from the company", "a
handwritten notice from the firm"): the author's words."""
_CLAUSE_BOUNDARY = re.compile(
    r"(?<!\d),|,(?!\d)|[;:(—–]|\b(?:that|which|who|whom|where|when|because|and|but|while|as|after|before|if|though"
    r"|although)\b",
    re.IGNORECASE,
)
_PARTICIPLES = frozenset(
    {"saying", "adding", "noting", "insisting", "arguing", "warning", "claiming"}
)
"""Speech verbs whose speaker is the subject of the sentence (", saying it had …")."""
_SUBJECT_END = re.compile(
    r",|\b(?:said|says|has|had|have|is|was|were|are|will|would|could|can|did|does)\b|\b[a-z]+ed\b"
)
_MAX_SUBJECT_WORDS = 6
_RELATIVE_IN_SUBJECT = re.compile(r"\s+(?:that|who|which)\s")
"""A relative clause inside a sentence's opening noun phrase, which is no part of its head."""
_RELATIVE = re.compile(r"^(?:which|that|whose)\b", re.IGNORECASE)
_WHAT = re.compile(r"\bwhat\b", re.IGNORECASE)
_PREPOSITIONS = frozenset({"from", "of", "in", "at", "for", "with", "on", "by"})
"""Words that open no subject: a phrase after a comma that starts with one is an aside."""
_COORDINATED = re.compile(r"\b(?:and|but)\s*$", re.IGNORECASE)
"""A verb that shares the sentence's subject ("The union says …, and describes …")."""
_AFTER_A_QUOTATION = re.compile(
    r"[”’\"'»]|(?i:when|while|as|after|before|because|since|until|if|though|although)\b"
)
"""A coordinated verb's "subject" that is the tail of the quotation before it ("“…” when
officers arrived and called …"): the verb shares the speaker of that quotation."""
_REPORTED_CLAUSE = re.compile(r"\bthat\b", re.IGNORECASE)
_ELIDED_THAT_RELATIVE = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,3}?(?:who|that)\s+(?:[\w’'-]+\s+){1,6}?"
    r"(?:had|has|have|was|were|would|will|could|is|are)\s+(?:[\w’'-]+\s+)?",
    re.IGNORECASE,
)
"""The same with a relative clause in that subject ("said people who work at the pier had
told …")."""
_ELIDED_THAT = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,4}?(?:had|has|have|was|were|would|will|could|is|are)\b", re.IGNORECASE
)
"""A reported clause whose "that" is left out: a short subject and an auxiliary right after
the reporting verb, running to the later verb without a comma ("said the union had warned …")."""
_REPORTING = re.compile(
    r"(?:said|says|told|tells|wrote|writes|argued|argues|claimed|claims|insisted|insists|warned"
    r"|stated|added|explained|maintained|maintains|acknowledged|admitted|confirmed|alleged|alleges"
    r"|saying|adding|insisting|arguing|noting|claiming)",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(r"\s+(?:it|he|she|they|we|I)\s+", re.IGNORECASE)
"""A reported clause whose "that" is left out and whose subject is a pronoun ("says it warned")."""
_WHICH_BEFORE_VERB = re.compile(r",\s*which\s*$", re.IGNORECASE)
"""A relative pronoun right before the speech verb ("Acme, which said …"): its antecedent
speaks. ("…,” said Ana Ruiz, the chair, who called …" is left to continue the quotation's
speaker.)"""
_TRAILING_NAME = re.compile(
    r"(?:[A-Z][\w’'&.-]*)(?:\s+(?:[A-Z][\w’'&.-]*|&|of|for|and|the|de))*(?<=[\w.])\s*$"
)
"""The proper name a phrase ends in ("owned by Acme Holdings"): "Acme Holdings"."""
_TRAILING_AUXILIARY = re.compile(
    r"(?<=\S)\s+(?:(?:has|had|have|will|would|could|can|may|might|must|should|shall|did|does|do"
    r"|also|since|now|already|not|never|repeatedly|publicly|previously|still|again|later|first"
    r"|then|once|recently|further)\s+)*(?:has|had|have|will"
    r"|would|could|can|may|might|must|should|shall|did|does|do|also|since|now|already|repeatedly"
    r"|publicly|previously|still|again|later|first|then|once|recently|further)\s*$"
)
"""Auxiliaries and adverbs between a subject and its speech verb ("…, has called")."""
_ROLES = (
    r"(?:spokes(?:person|man|woman)|representative|spokesperson|chief|executive|director|head|president"
    r"|chair(?:man|woman|person)?|minister|secretary|official|officer|lawyer|counsel|attorney|manager"
    r"|founder|ceo|cto|cfo|coo|leader|commissioner|member|partner|adviser|advisor|convenor|organi[sz]er"
    r"|general\s+secretary|deputy|governor|mayor|superintendent|sheriff|chief)"
)
_REPRESENTS = re.compile(rf"\b{_ROLES}\b", re.IGNORECASE)
_SPOKESPERSON = re.compile(
    r"\b(?:spokes(?:person|man|woman)|representative|press\s+(?:officer|secretary))\b",
    re.IGNORECASE,
)
"""A role whose words are, by definition, those of whom the person represents."""
_PAPER = re.compile(
    r"\b(?:report|review|letter|statement|assessment|memo|study|audit|survey|analysis)\b",
    re.IGNORECASE,
)
_AUTHORED_BY = re.compile(
    r"\b(?:prepared|written|compiled|produced|drawn\s+up|issued|carried\s+out)\b[^,;]*?\bby\s+"
    r"(?P<who>(?:an?|the)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?|[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})"
    r"(?=\s+(?:and|for|in|on|at|after|before)\b|\s*$)"
)
"""Who wrote a document the appositive describes ("a report, prepared for the council by an
outside auditor, says …"): the document's words are its author's."""
"""An appositive that says whom the speaker stands for ("a spokesperson for Acme"). Any other
("a retired teacher who banks with Acme") says nothing about whose words they are."""
ROLE_DESCRIPTION = re.compile(
    rf"(?:the|its|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_ROLES}\b"
    r"(?:\s+(?:of|for|at)\s+.+)?",
    re.IGNORECASE,
)
"""A person named by their role in an organisation ("the chair of the Acme board")."""
_POSSESSED_ROLE = re.compile(
    r"(?:(?i:its|their|his|her|our|the)|[A-Z][\w-]*['’]s?)\s+(?:[\w'’-]+\s+){0,2}[a-z][\w-]+"
)
"""A role named by whose it is or by a definite article ("Its deputy chair", "Bell's lawyer",
"The mayor"): the name in apposition is the speaker."""
_CAPITAL = "[" + "".join(c for c in map(chr, range(0x250)) if c.isupper()) + "]"
"""A capital of the Latin alphabets, accented or not ("Ş", "İ", "Ž")."""
_NAME_PARTICLES = (
    r"(?:al|el|bin|ibn|bint|abu|de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter"
    r"|y)"
)
"""The lower-case words and prefixes inside a person's name ("Karim al-Nasser", "Ana de
la Cruz", "Jan van der Berg")."""
_NAME_PART = rf"(?:{_NAME_PARTICLES}-)?{_CAPITAL}[\w'’.-]*"
_FULL_NAME = rf"{_NAME_PART}(?:\s+(?:{_NAME_PARTICLES}\s+)*{_NAME_PART})+"
_PROPER_NAME = re.compile(_FULL_NAME)
_NAMED_AFTER = re.compile(rf"\s*,\s*(?P<name>{_FULL_NAME})\s*,")
"""A name in apposition right after a sentence's subject ("Its spokeswoman, Ana Ruiz, said …,
and called …")."""
_BRACKETED = re.compile(r"\s\([^()“”\"]{1,40}\)(?=[^,]*,)")
"""A bracketed aside inside an appositive ("chair of the Dockers' Guild (DG),", "the
protection and indemnity (P&I) club that insures …,"): blanked, so the appositive still
ends at its comma. One right before the verb ("The Authority (TA) said") names the speaker."""
_AGE = re.compile(r",\s*\d{1,3}\s*(?=,)")
"""A speaker's age between commas ("Margaret Doyle, 67, said")."""
_BARE_NOUN = re.compile(r"(?!(?:he|she|they|it|the|a|an)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?")
"""A headline's attribution without its article ("regulator says"): read as "the regulator"."""
_LEADING_LINK = re.compile(
    r"^(?:(?:and|but|so|then|while|as|also|later|earlier|yesterday|today|meanwhile|afterwards"
    r"|(?:last|this|on|by)\s+"
    r"(?:week|month|year|night|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:(?:an?|one|two|three|a\s+few|several)\s+)?(?:moments?|minutes?|hours?|days?|weeks?"
    r"|months?)\s+(?:later|earlier|afterwards)|(?:shortly|soon)\s+(?:after(?:wards)?|before))"
    r"\s+)+",
    re.IGNORECASE,
)
"""Words that link or date a clause before its subject ("and last week it told …", "Hours
later the company …")."""
_PREPOSED = re.compile(
    r"(?i:in|on|at|during|from|under|after|before|through|with)\s+.+?\s+(?P<pronoun>(?i:he|she|they|it))"
)
"""A phrase set before a pronoun subject ("In the letter they"): the pronoun is the speaker."""
_DESCRIPTION = re.compile(r"(?i:one|an?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")
"""A speaker described, not named ("one resident", "a shopper")."""
_DESCRIBED_AGAIN = re.compile(
    r"(?P<what>(?i:an?)\s+[^,;:]+?)(?:\s+(?:who|whose|which|that)\b.*)?", re.DOTALL
)
"""A closer description in an appositive, without its relative clause ("a nurse from Leeds
who asked not to be named")."""
_DESCRIBED_WITH_CLAUSE = re.compile(
    r"(?P<what>(?i:an?|one)\s+[^,;:]+?)\s+(?:who|whose|which|that)\b.*", re.DOTALL
)
"""A person described with a relative clause ("a waiter in Leeds whose mother pays his Acme
bill"): the clause says nothing about whose words they are."""
_DESCRIPTION_START = re.compile(r"(?i:an?|one)\s")
_GIVEN_NAME = re.compile(rf"\s*(?!(?:{'|'.join(WEEKDAYS + MONTH_NAMES)})\b){_CAPITAL}[a-z’'-]+\s*")
_NAME_GIVEN = re.compile(
    rf".*\bname(?:\s+only)?(?:,|\s+as)\s+(?P<name>{_CAPITAL}[\w’'-]+)\s*", re.DOTALL
)
"""The name a described speaker gave, closing their appositive ("who gave only her first
name, Ruta", "who gave her name only as Ruta")."""
"""A single name closing the appositive of a described speaker ("said a nurse from Leeds who
gave only her first name, Samira")."""
_ORGANISATION_ROLE = re.compile(
    r"(?i:an?|the)\s+(?P<organisation>[a-z][\w-]*)\s+(?i:spokes(?:person|man|woman)|official"
    r"|representative|press\s+officer|source|lawyer|adviser|advisor)"
)
"""A role qualified by a common noun for its organisation ("a ministry spokesperson"), or
by its adjective ("a departmental spokesperson")."""
_BODY_OF_ADJECTIVE = {
    "departmental": "department", "ministerial": "ministry", "municipal": "municipality",
    "governmental": "government", "presidential": "presidency", "provincial": "province",
    "parliamentary": "parliament", "judicial": "court", "corporate": "company",
}  # fmt: skip
"""The body an organisation's adjective names, as the role's organisation."""
_AFTER_QUOTE = re.compile(r"[\s,?!]*[”»\"’'][,?!]?\s*")
_CLAUSE_END = (
    r"(?=\s*[,.;:!?)—–]|\s*$|\s+(?:in|on|at|during|adding|who|to|of|after|before|when|while|as"
    r"|about|outside|from|last|this|earlier|yesterday|today)\b)"
)
_VERB_END = (
    r"(?=\s*[,.;:!?)—–]|\s*$|\s+(?:in|on|at|during|adding|who|to|of|after|before|when|while|as"
    r"|about|outside|from|by|via|over|through|with|again|later|afterwards|last|this|earlier"
    r"|yesterday|today)\b)"
)
"""Where a clause may end after its speech verb: also before how or when it was said ("said
by telephone", "via email", "again"), words that after a noun may still describe it ("a
woman by the gate")."""
_GAVE_NAME = (
    r"who\s+gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name\s+(?:only\s+)?"
    r"as\s+[A-Z][\w’'-]+"
)
_APPOSITIVE = (
    r"(?:,\s*(?P<appos>[^,.;:!?“”«»\"‘’]{2,120}?(?:\bname,\s*[A-Z][\w’'-]+)?)(?=\s*[,.;:!?]|\s*$)"
    rf"|\s+(?P<gave>{_GAVE_NAME}))?"
)
"""An appositive after a speaker, which may close on the name a described speaker gave
("…, who gave only her first name, Ruta", "who gave his name only as Ruta")."""
_PARTITIVE_AFTER = re.compile(
    rf"(?P<verb>{_VERBS})\s+(?i:one|another)\s+of\s+(?:them|those|the\s+[\w’'-]+)\s*,\s*"
    r"(?P<attr>(?i:an?)\s+[^,.;:!?“”«»\"‘’]{2,120}?(?:\bname,\s*[A-Z][\w’'-]+)?)(?=\s*[,.;:!?]|\s*$)"
)
"""One of a group, described in apposition ("said one of them, a nurse from Leeds"): the
description is the speaker, or the name it closes on ("…, a nurse who gave only her first
name, Ada")."""
_NAME_WITH_OF = rf"(?:{_CAPITAL}[\w’'-]*\s+of\s+(?:the\s+)?(?={_CAPITAL}))?"
"""A name joined by "of" ("Gulf of Paria Watch", "Bank of Leeds"), whose "of" ends no clause."""
_VERB_FIRST = re.compile(
    rf"(?P<verb>{_VERBS})\s+(?P<attr>{_NAME_WITH_OF}{_PHRASE}?){_CLAUSE_END}{_APPOSITIVE}"
)
_ACCORDING_AFTER = re.compile(r"(?i:according\s+to)\s+(?P<attr>[^,.;:“”«»\"‘]+)")
_TITLE_POINT = "|".join(
    rf"(?<=\b{title})\." for title in ("Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Capt", "Sgt")
)
"""The point after a title ("Dr. Ana Ruiz"), which ends no sentence."""
_IN_APPOSITIVE = rf"(?:[^.;:!?“”«»\"‘’]|(?<=\w)[’'](?=\w)|(?<=s)[’'](?=\s)|{_TITLE_POINT})"
"""A character of an appositive: no sentence or quote mark, but an apostrophe inside a word
or after a plural ("the workers’ committee"), or a title's point ("the head of the office,
Dr. Ana Ruiz,")."""
_SUBJECT = rf"(?P<attr>{_PHRASE}?)(?:,\s*(?P<appos>(?:(?!,){_IN_APPOSITIVE}){{2,120}}?),)?"
_ATTRIBUTION_FIRST = re.compile(rf"{_SUBJECT}\s+(?P<verb>{_VERBS}){_VERB_END}")
_TOLD_FIRST = re.compile(
    rf"{_SUBJECT}\s+(?P<verb>told|tells)\s+(?:the\s+|an?\s+)?[\w.'’&-]+(?:\s+[\w.'’&-]+){{0,5}}?{_VERB_END}"
)
_LONG_PHRASE = rf"(?:{_NAME_WORD}|\d+)(?:\s+(?:{_NAME_WORD}|\d+)){{0,20}}"
_TRAILING = rf"(?:{_NAME_WORD}|{_NUMBER_WORD})(?:\s+(?:{_NAME_WORD}|{_NUMBER_WORD}|&)){{0,20}}"
"""What may follow the speech verb of an interrupting attribution: whom they told and
where or when ("told the Herald at the depot as the night shift left")."""
_INTERRUPTION = re.compile(
    rf"[\s,”»\"’']*(?:(?P<attr>{_PHRASE}?)(?:,\s*(?P<appos>(?:(?!,){_IN_APPOSITIVE}){{2,120}}?),)?"
    rf"\s+(?P<verb>{_VERBS})(?:\s+{_TRAILING})?|(?P<verb2>{_VERBS})\s+(?P<attr2>{_LONG_PHRASE}?)"
    rf"(?:,\s*(?P<appos2>{_IN_APPOSITIVE}{{2,120}}?))?)\s*[.,]\s*[“«\"‘']?\s*"
)
_SAID = re.compile(
    r"said|says|told|tells|wrote|writes|added|argued|insisted|warned|explained|stated",
    re.IGNORECASE,
)
"""A reporting verb inside a subject phrase: the speaker is the subject after it."""
_SENTENCE_BREAK = re.compile(r"\b[a-z]{3,}[.!?]\s+[A-Z]")
"""A sentence ending on a lower-case word and the next one opening ("named. Another")."""
_SENTENCE_END = re.compile(r"\b(?:[a-z]{3,}|[A-Z][a-z]{3,}|\d+)[.!?]\s+[A-Z]")
"""A sentence ending on a word or a number and the next one opening ("on Sunday. A"); not a
title's point ("Dr. Ana Ruiz")."""
_INTRODUCED = re.compile(rf"\b{_VERBS}\s*:\s*[“\"‘']?$")
_ACCORDING_TO = re.compile(r"according\s+to\s+(?P<attr>[^,.;:“\"]+)", re.IGNORECASE)
_HEAD_APPOSITIVE = re.compile(
    r"(?P<name>(?:[^,;:(—–]|(?<=\d),(?=\d))*?)\s*,\s*(?P<appos>(?:[^,;:()—–]|(?<=\d),(?=\d))+?)\s*,\s*$"
)
"""``name, appositive,`` before a speech verb; a thousands separator ("14,000") is no comma."""
_VIA = re.compile(
    r"\b(?i:(?:in|during)\s+(?:a|an|the)\s+(?:statement|comments?|interview|e-?mail|post)\s+(?:to|with)"
    r"|told|tells|speaking\s+to|in\s+an\s+interview\s+with)\s+(?P<via>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})"
)


@attrs.frozen
class Attribution:
    """Who a quotation is attributed to, as written and as resolved."""

    attribution: str | None = None
    verb: str | None = None
    speaker: str | None = None
    via: str | None = None
    via_party: str | None = None
    continues: bool = False
    """A speech verb with no one named: the previous quotation's speaker goes on."""
    at: int | None = None
    """Where the attribution is written in the text, for resolving a pronoun."""

    @property
    def pronoun(self) -> str | None:
        """The pronoun the attribution is ("they"), or None."""
        word = (self.attribution or "").casefold()
        return word if word in PRONOUNS else None


def attribute(
    text: str, start: int, end: int, context: tuple[int, int], parties: PartyMatcher
) -> Attribution:
    """The attribution of the quotation ``text[start:end]``.

    ``context`` is where the first segment's sentence (or the previous quotation) begins
    and where the last segment's sentence ends.
    """
    context_start, sentence_end = context
    after = text[end : max(sentence_end, end)]
    lead = _AFTER_QUOTE.match(after)
    found = None
    if lead and (any(mark in lead.group() for mark in ",?!") or text[end - 1 : end] in ("?", "!")):
        found = _after(after[lead.end() :], end + lead.end())
    if found is None:
        headline = headline_subject(text, start, end, parties)
        if headline is not None:
            return headline
        before = text[context_start:start].rstrip("“\"‘' \t")
        passive = _passive_speaker(before, context_start, parties)
        if passive is not None:
            return passive
        found = _before(before, context_start)
    if found is None:
        return Attribution()
    attribution, verb, appositive, at = found
    via, via_party = _outlet(parties, text[context_start:start], after)
    return _resolved(attribution, verb, appositive, at, via, via_party, parties)


def interrupting_attribution(
    between: str, offset: int, parties: PartyMatcher
) -> Attribution | None:
    """The attribution when ``between`` is nothing else (``," they write. "``), or None: not
    when a sentence ends inside it (``," said a driver. Another fan, a nurse, … "``), nor
    when a participle opens it (``", adding that the fees rose. "``), whose subject is before."""
    match = _INTERRUPTION.fullmatch(between)
    if match is None or _SENTENCE_BREAK.search(between):
        return None
    if (match.group("verb2") or "").endswith("ing"):  # ", adding that …": no speaker follows
        return None
    group = "attr" if match.group("attr") is not None else "attr2"
    attribution = match.group(group).rstrip(".")
    verb = match.group("verb") or match.group("verb2")
    appositive = match.group("appos") or match.group("appos2")
    via, via_party = _outlet(parties, between)
    at = offset + match.start(group)
    return _resolved(attribution, verb, appositive, at, via, via_party, parties)


def introduces_quotation(before: str, after: str) -> bool:
    """Whether a speech verb introduces (``said: "``) or follows (``," she said``) a quoted passage."""
    lead = _AFTER_QUOTE.match(after)
    if lead and "," in lead.group() and _after(after[lead.end() :], 0) is not None:
        return True
    return _INTRODUCED.search(before) is not None


def _resolved(
    attribution: str,
    verb: str,
    appositive: str | None,
    at: int,
    via: str | None,
    via_party: str | None,
    parties: PartyMatcher,
) -> Attribution:
    attribution = _LEADING_LINK.sub("", attribution)
    document = _WORDS_FROM.fullmatch(attribution)
    if document:
        attribution = document.group("who")
    preposed = _PREPOSED.fullmatch(attribution)
    if preposed:
        attribution = preposed.group("pronoun")
    if attribution.casefold() in PRONOUNS:
        attribution = attribution.casefold()
    given_within = _NAME_GIVEN.fullmatch(attribution)
    if given_within and _DESCRIPTION_START.match(attribution):
        attribution = given_within.group("name")  # "a porter who gave his name as Ivo" (no comma)
    relative = _DESCRIBED_WITH_CLAUSE.fullmatch(attribution)
    if relative:  # "a waiter in Fuengirola whose mother pays his Acme bill": a waiter
        attribution = relative.group("what")
    if appositive and _DESCRIPTION_START.match(attribution) and _GIVEN_NAME.fullmatch(appositive):
        attribution, appositive = appositive.strip(), None  # "a nurse who …, Samira": Samira
    given = _NAME_GIVEN.fullmatch(appositive) if appositive else None
    if given and _DESCRIPTION_START.match(attribution):
        attribution, appositive = given.group("name"), None  # "who gave her name as Ruta"
    closer = _DESCRIBED_AGAIN.fullmatch(appositive.strip()) if appositive else None
    if closer and _DESCRIPTION.fullmatch(attribution):
        attribution, appositive = closer.group("what"), None
    author = _AUTHORED_BY.search(appositive) if appositive and _PAPER.search(attribution) else None
    if author:
        attribution, appositive = author.group("who"), None
    named_first = appositive.split(",")[0].strip() if appositive else ""
    if _POSSESSED_ROLE.fullmatch(attribution) and _PROPER_NAME.fullmatch(named_first):
        attribution, appositive = named_first, None  # "said her son, Jo Bell, standing …"
    if appositive and not (_REPRESENTS.search(appositive) or _PROPER_NAME.fullmatch(appositive)):
        appositive = None
    named = " , ".join(part for part in (attribution, appositive) if part)
    speaker = parties.most_specific(named) if named else None
    if speaker is not None and appositive and _speaks_for_self(attribution, appositive, parties):
        speaker = None
    if (
        speaker is not None
        and PERSON_DESCRIPTION.fullmatch(attribution)
        and not _REPRESENTS.search(named)
        and parties.kind(speaker) is not PartyKind.PERSON
    ):
        speaker = None
    titled = _TITLED_NAME.fullmatch(attribution) if speaker is not None else None
    if titled and speaker is not None and parties.kind(speaker) is not PartyKind.PERSON:
        person = parties.most_specific(titled.group("name"))
        if person is None and not _SPOKESPERSON.search(titled.group("title")):
            attribution, speaker = titled.group("name"), None  # "Acme operations manager Ana
            # Ruiz": she speaks for herself, as in apposition
        elif person is not None and parties.kind(person) is PartyKind.PERSON:
            speaker = person  # the same, when she is a party
    if _ONE_OF_THEIRS.fullmatch(attribution):
        speaker = None  # "one of Acme's own engineers": someone of theirs, not Acme
    if speaker is None and _BARE_NOUN.fullmatch(attribution):
        speaker = parties.most_specific(f"the {attribution}")
    role = _ORGANISATION_ROLE.fullmatch(attribution) if speaker is None else None
    if role:
        body = role.group("organisation").lower()
        speaker = parties.most_specific(f"the {_BODY_OF_ADJECTIVE.get(body, body)}")
    return Attribution(
        attribution=attribution or None,
        verb=verb,
        speaker=speaker,
        via=via,
        via_party=via_party,
        continues=not attribution,
        at=at,
    )


_ONE_OF_THEIRS = re.compile(
    r"(?i:one|another)\s+of\s+(?:\S+\s+){1,4}?\S+['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s"
)
"""One of the people someone has ("one of Ana Ruiz's roommates", "one of the operator's own
engineers"): a person described, not the one who has them."""
_TITLED_NAME = re.compile(
    rf"(?P<title>\S.*\s(?!(?:of|for|the|and|or|in|on|at|to|from|by|with|de|del|la|le|du|van|von)\s)"
    rf"[a-z][\w-]*)\s+(?P<name>{_CAPITAL}[\w'’-]+(?:\s+{_CAPITAL}[\w'’-]+){{1,3}})"
)
"""A name after a title that names an organisation ("Acme operations manager Ana Ruiz"); a
function word before capitals is inside a name ("Parents for Safe Exams")."""


def _speaks_for_self(attribution: str, appositive: str, parties: PartyMatcher) -> bool:
    """Whether someone named who is no party speaks for themselves although the appositive
    names a party: an executive, a lawyer or an analyst described by whom they work for
    ("Ana Ruiz, the council's acting chief executive"), or by what they did ("who took
    over after Jo Bell resigned"). A spokesperson speaks for whom they represent."""
    return (
        _PROPER_NAME.fullmatch(attribution) is not None
        and parties.most_specific(attribution) is None
        and not _SPOKESPERSON.search(appositive)
    )


def _reporting_verb(before: str, verbs: list[re.Match[str]]) -> int:
    """Which of the speech verbs ahead of a quotation speaks it: the first reporting verb
    followed by "that", or by a clause whose "that" is left out, before a later speech verb
    (``X told Y that the firm had called …``, ``X said the firm had called …``, and ``X says
    it warned …`` right before the quotation), since a
    verb inside the reported clause is not the speaker's; else the last."""
    for i, verb in enumerate(verbs[:-1]):
        if _REPORTING.fullmatch(verb.group()) and (
            _REPORTED_CLAUSE.search(before, verb.end(), verbs[i + 1].start())
            or (
                _ELIDED_THAT.match(before, verb.end(), verbs[i + 1].start())
                and "," not in before[verb.end() : verbs[i + 1].start()]
            )
            or (
                i + 2 == len(verbs)
                and _PRONOUN_SUBJECT.fullmatch(before, verb.end(), verbs[i + 1].start())
            )
            or (
                i + 2 == len(verbs)
                and _ELIDED_THAT_RELATIVE.fullmatch(before, verb.end(), verbs[i + 1].start())
            )
        ):
            return i
    return len(verbs) - 1


def _phrase_before(text: str, at: int) -> str:
    """The words between the last clause boundary and ``at``."""
    boundaries = list(_CLAUSE_BOUNDARY.finditer(text, 0, at))
    return text[boundaries[-1].end() if boundaries else 0 : at]


_FRONTED = re.compile(
    r"(?:In|At|On|After|Before|During|Since|From|With|Without|Under|Through|Despite|Following"
    r"|Asked|Speaking|Writing|Responding|Later|Earlier|Meanwhile|However)\b[^,;:“”«»\"]{0,120},\s+"
)
"""A phrase fronted before a sentence's subject ("In a letter to parents, …", "Asked
about the fees, …")."""


def _sentence_subject(head: str) -> tuple[str, int] | None:
    """The opening noun phrase of a sentence ("The company confirmed …, saying"), and where
    it starts: its words up to the first comma, verb or auxiliary."""
    stripped = head.lstrip()
    fronted = _FRONTED.match(stripped)
    if fronted and _SUBJECT_END.search(stripped, fronted.end()):
        stripped = stripped[fronted.end() :]  # "In a message read out on Monday, he repeated"
    start = len(head) - len(stripped)
    end = _SUBJECT_END.search(stripped)
    opening = stripped[: end.start() if end else len(stripped)]
    opening = _RELATIVE_IN_SUBJECT.split(opening, maxsplit=1)[0]  # "The union that represents …"
    words = _TRAILING_AUXILIARY.sub("", opening.rstrip()).split()  # "She also blamed": She
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    return " ".join(words), start


def colon_speaker(head: str, offset: int, parties: PartyMatcher) -> Attribution | None:
    """The subject of a sentence that introduces a quotation with a colon and no speech verb
    ("The council closed the file with a note: “…”"), when it names a party or is a pronoun
    ("He also blamed the regulator: “…”")."""
    if not head.rstrip().endswith(":") or _VERB.search(head):
        return None
    subject = _sentence_subject(head)
    if subject is not None and subject[0].casefold() in PRONOUNS:
        return Attribution(attribution=subject[0].casefold(), verb=":", at=offset + subject[1])
    if subject is None or parties.most_specific(subject[0]) is None:
        return None
    return _resolved(subject[0], ":", None, offset + subject[1], None, None, parties)


def reported_speaker(paragraph: str, offset: int, parties: PartyMatcher) -> Attribution | None:
    """Who the last sentence of a paragraph reports as speaking ("Raftery said paying would …"),
    for a quotation that opens the next paragraph without an attribution of its own. Its
    subject is read in that sentence only ("X told us that … . One driver said …" is the
    driver)."""
    paragraph = paragraph.rstrip()
    found = None
    for start in reversed([0, *(m.end() - 1 for m in _SENTENCE_END.finditer(paragraph))]):
        found = _before(paragraph[start:], offset + start)  # the last sentence that reports
        if found is not None:
            break
    if found is None or not found[0]:
        return None
    attribution, verb, appositive, at = found
    return _resolved(attribution, verb, appositive, at, None, None, parties)


_SAYINGS = (
    r"(?:assessment|warning|verdict|view|comment|remark|word|prediction|description|account"
    r"|criticism|analysis|explanation|forecast|message|appeal|opinion|position|argument|answer"
    r"|response|reaction|conclusion|complaint|plea|promise)s?"
)
"""Nouns for what someone said ("the view", "those words")."""
_SOURCE_AFTER = re.compile(
    r"\s*(?:So\s+(?:said|says|wrote|writes)|(?:That|This|Those|These|The)\s+(?:[a-z]+\s+)?"
    rf"{_SAYINGS}\s+(?:(?:came|comes|were|was)\s+from|(?:are|were|is|was)\s+(?:those|that)\s+of)"
    rf"|(?:That|This|Those|These|Such)\s+(?:is|was|are|were)\s+(?:the|their|his|her)\s+"
    rf"(?:[a-z]+\s+)?{_SAYINGS}\s+of)\s+(?P<attr>" + _PHRASE + r"?)"
    r"(?:,\s*(?P<appos>[^,.;:!?“”«»\"‘’]{2,120}?))?(?=\s*[,.;:!?]|\s*$)"
)
"""A sentence that opens by naming the source of the quotation before it ("That assessment
came from Ana Ruiz, chair of the growers' union", "The words are those of Ana Ruiz, …", "That
was the view of Ana Ruiz", "So said Ana Ruiz, …")."""


_HOW_PUT = re.compile(
    rf"\s*(?:That|This|So)\s+(?:is|was|'s|’s)\s+how\s+(?P<attr>{_PHRASE}?)"
    r"(?:,\s*(?P<appos>[^,.;:!?“”«»\"‘’]{2,120}?),)?\s+(?:put|puts|described|describes|sees|saw)"
    r"\s+(?:it|things)\b"
)
"""A sentence saying whose way of putting it the quotation was ("That is how Ana Ruiz put it")."""


def source_after(paragraph: str, offset: int, parties: PartyMatcher) -> Attribution | None:
    """The speaker a paragraph names as the source of the quotation just before it, when it
    opens by saying so."""
    found = _SOURCE_AFTER.match(paragraph) or _HOW_PUT.match(paragraph)
    if found is None:
        return None
    at = offset + found.start("attr")
    return _resolved(
        found.group("attr").rstrip("."), "came from", found.group("appos"), at, None, None, parties
    )


_HEADLINE_SUBJECT = re.compile(
    r"[”’\"'»]?\s*:\s+(?P<attr>[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3}?)\s+[a-z]+s\b"
)


def headline_subject(text: str, start: int, end: int, parties: PartyMatcher) -> Attribution | None:
    """In a headline that opens with a quotation, a colon and a subject ("‘We were let down’:
    union demands inquiry"), that subject when it names a party; a person described with a
    party's name ("Acme worker recalls …") is not that party."""
    subject = _HEADLINE_SUBJECT.match(text, end)
    line = heading_line(text, start, end) if subject else None
    if subject is None or line is None or subject.end() > line[1]:
        return None
    if text[line[0] : start].strip(" \t“\"‘'«"):
        return None
    found = _resolved(subject.group("attr"), ":", None, subject.start("attr"), None, None, parties)
    described = PERSON_DESCRIPTION.fullmatch(f"the {subject.group('attr')}") is not None
    if found.speaker is None or (described and parties.kind(found.speaker) is not PartyKind.PERSON):
        return None
    return found


_HEARD_FROM = (PartyKind.ORGANIZATION, PartyKind.GROUP, PartyKind.PLATFORM)


def _passive_speaker(before: str, offset: int, parties: PartyMatcher) -> Attribution | None:
    """For a quotation after a speech verb in the passive ("were told “…”"): the agent after
    "by", else the organisation or group named last before the verb, else no one known; None
    when the verb that speaks the quotation is not passive."""
    verbs = list(_VERB.finditer(before))
    if not verbs:
        return None
    verb = verbs[_reporting_verb(before, verbs)]
    if not is_passive(before, verb):
        return None
    agent = passive_agent(before, verb)
    if agent is not None:
        at = offset + agent.start("agent")
        return _resolved(agent.group("agent"), verb.group(), None, at, None, None, parties)
    heard = [
        m for m in parties.mentions(before[: verb.start()]) if parties.kind(m.party) in _HEARD_FROM
    ]
    if not heard:
        return Attribution(verb=verb.group(), at=offset + verb.start())
    source = heard[-1]
    return Attribution(
        attribution=source.text, verb=verb.group(), speaker=source.party, at=offset + source.start
    )


def _outlet(parties: PartyMatcher, *texts: str) -> tuple[str | None, str | None]:
    """The outlet a quotation came through ("In a statement to Variety"), and its party."""
    for text in texts:
        match = _VIA.search(text)
        if match:
            via = match.group("via").rstrip(".’'")
            return via, parties.most_specific(via)
    return None, None


_PLACE_PREPOSITIONS = frozenset({"on", "at", "in", "of", "from", "near", "inside", "outside"})
_DESCRIPTION_WORDS = frozenset({"a", "an", "one"})


def _antecedent(head: str) -> tuple[str, str | None, int] | None:
    """Who a relative pronoun right before a speech verb stands for, and where: the name the
    clause before it ends in ("owned by Acme Holdings, which said"), with a description in
    apposition to it ("Acme Holdings, a listed miner, which said"); else that clause's words."""
    boundaries = list(_CLAUSE_BOUNDARY.finditer(head))
    cut = boundaries[-1].end() if boundaries else 0
    phrase = head[cut:].strip()
    appositive = None
    if _DESCRIPTION_START.match(phrase) and boundaries and boundaries[-1].group() == ",":
        appositive, head = phrase, head[: boundaries[-1].start()]
        boundaries = boundaries[:-1]
        cut = boundaries[-1].end() if boundaries else 0
    named = _TRAILING_NAME.search(head, cut)
    if named is not None:
        return named.group().strip(), appositive, named.start()
    words = head[cut:].split()
    if not words or len(words) > _MAX_SUBJECT_WORDS or appositive:
        return None
    return " ".join(words), None, cut + len(head[cut:]) - len(head[cut:].lstrip())


def _is_word(token: str) -> bool:
    """A token of a speaker's phrase: a word, or the ampersand of a name ("Brack & Pike")."""
    return token == "&" or any(c.isalnum() for c in token)


def _described_head(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """A described speaker too long to read whole keeps its head, not its tail: "A senior
    porter on one of the clinic's surgical floors" is "A senior porter"."""
    if len(words) <= 8 or words[0].group().lower() not in _DESCRIPTION_WORDS:
        return words
    cut = next((i for i, w in enumerate(words[2:8], 2) if w.group() in _PLACE_PREPOSITIONS), None)
    return words[:cut] if cut is not None else words


def _after(after: str, offset: int) -> tuple[str, str, str | None, int] | None:
    """``said Jones``, ``Jones told the BBC`` or ``according to X`` right after the closing mark."""
    according = _ACCORDING_AFTER.match(after)
    if according:
        attr = according.group("attr").strip()
        return attr, "according to", None, offset + according.start("attr")
    partitive = _PARTITIVE_AFTER.match(after)
    if partitive:
        return (
            partitive.group("attr"),
            partitive.group("verb"),
            None,
            offset + partitive.start("attr"),
        )
    for pattern in (_VERB_FIRST, _ATTRIBUTION_FIRST, _TOLD_FIRST):
        match = pattern.match(after)
        if pattern is _VERB_FIRST and match and match.group("verb").endswith("ing"):
            continue
        if match and _COORDINATED.fullmatch(match.group("attr") or ""):
            return None  # "“…”, and added": the verb shares the subject before the quotation
        if match and match.group("attr"):
            appositive = match.group("appos") or match.groupdict().get("gave")
            attr = match.group("attr").rstrip(".")
            if pattern is _VERB_FIRST and appositive is None and _DESCRIPTION_START.match(attr):
                appositive = _name_given_later(after, match.end())
            return attr, match.group("verb"), appositive, offset + match.start("attr")
    return None


_PLACE_PHRASE = re.compile(r"(?:\s+[a-z][\w’'-]*){0,7}?(?=\s*,?\s+who\s+gave\b)")
"""Where a described speaker was ("a woman waiting outside the gate"), before "who gave …"."""


def _name_given_later(after: str, at: int) -> str | None:
    """The name a described speaker gave after a phrase saying where they were ("said a
    woman waiting outside the gate, who gave only her first name, Ana"), as an appositive."""
    place = _PLACE_PHRASE.match(after, at)
    given = WHO_GAVE_NAME.match(after, place.end()) if place else None
    return f"name, {given.group('name')}" if given else None


_NAME_AND = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*\s+(?P<and>and)\s+(?=[A-Z])")
"""An "and" inside a body's name ("the Ministry of Commerce and Industry", "the Department
for Health and Social Care"): it joins the name's words, not two clauses."""


def _head_boundaries(head: str) -> list[re.Match[str]]:
    """The clause boundaries before a speech verb, less the "and" inside a body's name."""
    inside = {m.start("and") for m in _NAME_AND.finditer(head)}
    return [b for b in _CLAUSE_BOUNDARY.finditer(head) if b.start() not in inside]


def _before(before: str, offset: int) -> tuple[str, str, str | None, int] | None:
    """The noun phrase before the last speech verb ahead of the quotation, or "according to X"."""
    verbs = [
        v
        for v in _VERB.finditer(before)
        if not in_passive(before, v) and not reduced_relative(before, v)
    ]
    if len(verbs) > 1 and _WHAT.search(_phrase_before(before, verbs[-1].start())):
        verbs.pop()
    verbs = verbs[: _reporting_verb(before, verbs) + 1]
    sources = list(_FROM_SOURCE.finditer(before))
    if sources and (not verbs or sources[-1].start() > verbs[-1].start()):
        attr = sources[-1].group("attr").strip()
        return attr, "from", None, offset + sources[-1].start("attr")
    if not verbs:
        return None
    verb = verbs[-1]
    if verb.group().lower() in _PARTICIPLES and len(verbs) > 1:
        earlier = _before(before[: verb.start()], offset)
        if earlier is not None and earlier[0]:
            return earlier
    if verb.group().lower().startswith("according"):
        according = _ACCORDING_TO.match(before, verb.start())
        if according is None:
            return None
        return (
            according.group("attr").strip(),
            "according to",
            None,
            offset + according.start("attr"),
        )
    head = _BRACKETED.sub(lambda m: " " * len(m.group()), before[: verb.start()])
    head = _AGE.sub("", head)
    head = _TRAILING_AUXILIARY.sub(" ", head)
    appositive = None
    boundaries = _head_boundaries(head)
    cut = boundaries[-1].end() if boundaries else 0
    if not head[cut:].strip():
        nested = _HEAD_APPOSITIVE.search(head)
        if nested and _RELATIVE.match(nested.group("appos")):
            outer = _HEAD_APPOSITIVE.search(f"{head[: nested.end('name')]},")
            nested = outer or nested  # "Ana Ruiz, chair of the Guild, which …, said": Ana Ruiz
        if nested:
            appositive = None if _RELATIVE.match(nested.group("appos")) else nested.group("appos")
            head = head[: nested.end("name")]
        elif verb.group().lower() not in _PARTICIPLES:
            head = head.rstrip().rstrip(",")
        boundaries = _head_boundaries(head)
        cut = boundaries[-1].end() if boundaries else 0
    if boundaries and relative_clause(head, boundaries):
        who = boundaries[-1]
        previous = boundaries[-2].end() if len(boundaries) > 1 else 0
        if head[previous : who.start()].strip():
            head, cut = head[: who.start()], previous
    relative_subject = _WHICH_BEFORE_VERB.search(head)
    if relative_subject and not head[cut:].strip():
        antecedent = _antecedent(head[: relative_subject.start()])
        if antecedent is not None:
            name, appositive, at = antecedent
            return name, verb.group(), appositive, offset + at
    words = list(re.finditer(r"\S+", head[cut:]))
    words = _described_head([w for w in words if _is_word(w.group())])[-8:]
    reported = [i for i, w in enumerate(words[:-1]) if _SAID.fullmatch(w.group())]
    if reported:  # "A nurse said managers told the ward to “…”": managers
        words = words[reported[-1] + 1 :]
    if words and words[0].group() in _PREPOSITIONS and verb.group().lower() in _PARTICIPLES:
        words = []  # "Ana Ruiz, from the opposition, went further, saying": Ana Ruiz
    if len(words) == 1 and _COORDINATED.fullmatch(words[0].group()):
        words = []  # "Ana Ruiz said it was fine, “for now”, and added": Ana Ruiz
    coordinated = not words and _COORDINATED.search(head) is not None
    if verb.group().lower() in _PARTICIPLES or coordinated:
        clause = head if not words else head[cut:]
        subject = _sentence_subject(clause)
        if subject is not None and _AFTER_A_QUOTATION.match(subject[0]):
            return "", verb.group(), None, offset + verb.start()
        if subject is not None:
            start = subject[1] + (cut if words else 0)
            named = _NAMED_AFTER.match(clause, subject[1] + len(subject[0]))
            appositive = named.group("name") if named else None
            return subject[0], verb.group(), appositive, offset + start
    if not words:
        return "", verb.group(), None, offset + verb.start()
    if words[-1].group().lower() == "to":
        subject = _sentence_subject(before)
        if subject is not None:
            return subject[0], verb.group(), None, offset + subject[1]
    phrase = " ".join(w.group() for w in words)
    return phrase, verb.group(), appositive, offset + cut + words[0].start()
