"""Propose a case's parties: the people and organisations the coverage names and has act.

- **Candidates** are the proper names of the articles' kept sentences (``names.py``). A name
  counts once per independent report (copies fold into their original).
- How a name is written (acting, as a place, with a role) is read by ``acting.py``.
- A candidate is a **party** when at least two reports name it (one, when the case has only
  one report) and it acts in some sentence: it is written before a verb such as "said",
  "denied", "issued", or is the speaker of a quotation, or its last word says it is an
  organisation ("Authority", "Association", "Directorate", a legal form such as "S.R.L.",
  a head of another language opening it: "Câmara Municipal de …"; not "School", often
  written only as the news's site), or a person the
  articles say speaks for it
  acts ("Jo Park, of Harbour Labs, said"). A name written as a place ("in X", "towards
  X", "the town of X", "X's transport minister"), a vehicle's ("the ferry X") or a
  storm's, fire's or law's ("Storm X", "X Act") acts only by speaking ("X said"), never
  through a possessive ("X's council said"). A name the articles write only as part of
  a longer one ("Tarrow Flats" of "Tarrow Flats Water Treatment Plant", ``fragments.py``)
  is no party. A title alone ("the Water Commissioner") or
  a code with digits is no party; spellings that differ only in apostrophes are one
  name. "The union
  said" is the last union named acting. A collective of people ("Families of …",
  "… Residents' Forum", ``collectives.py``) is a group. A name abbreviated in brackets counts the
  reports and acts of its abbreviation; a person's those of their surname. A person named by
  one report is a party as the spokesperson of a party, or when they speak and the report
  gives them a role or a title ("“…,” said Jo Park, the port's operations director",
  "Superintendent Jo Park said"); the comment then says one outlet alone names them. A
  name any article writes as a place, captions and datelines included ("in Lakeford,
  Dorvania,", "the Dorva region", "a Dorva-based firm", ``places.py``), or as the seat of
  an office ("the MP for X"), acts only by speaking. A person's name run into their body's
  by "of" ("Jo Park of the Harbour Pilots Association", titles before it dropped) is two
  names, and so are two bodies joined by "and" ("X Dock Company and the Port Authority");
  a title before a surname alone ("Deputy Minister Park") is the one person of that
  surname named in full; a name the
  articles give a
  person's role ("district spokesperson Jo Park", "Jo Park, the union's chair") is a
  person whatever pronouns follow it; never one the articles write more often as a
  body's ("the X board", "X, which", ``written_kind.py``).
- **Aliases**: a person's surname; an organisation's shorter name ("Brightwater" for
  "Brightwater Water"), initials ("CDWA") where the articles write them, or the
  abbreviation they give it in brackets ("Harbour Rail Company (HRC)"); and a
  description such as "the company" only when every time any article writes it, the
  nearest party before it that it can describe is this one; and "the trust" for the one
  party whose name ends in "Trust" (an organisation noun, ``ORGANISATION_NOUNS``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

import attrs

from sorabrief.draft.acting import (
    ACTS,
    after_kin_word,
    after_place_word,
    describes_a_noun,
    given_a_role,
    how_acting,
    possessor,
    speaks,
    written_as_place,
    written_as_vehicle,
)
from sorabrief.draft.collectives import names_a_collective
from sorabrief.draft.facilities import opens_a_longer_name
from sorabrief.draft.fragments import only_inside_longer
from sorabrief.draft.legal_forms import legal_form_tail
from sorabrief.draft.name_order import surname_of
from sorabrief.draft.names import (
    LOWER_HEADS,
    OPENERS,
    TITLES,
    Name,
    abbreviations_in,
    initials,
    names_in,
    spellings,
)
from sorabrief.draft.office_titles import office_affiliations
from sorabrief.draft.places import written_as_place_anywhere
from sorabrief.draft.roles import commentator, most_written_role, official_role
from sorabrief.draft.spokespeople import Affiliation, affiliations
from sorabrief.draft.written_kind import HONORIFIC, written_as_organisation
from sorabrief.extract.dateline import without_dateline
from sorabrief.extract.masking import masked
from sorabrief.extract.mentions import PartyMatcher
from sorabrief.extract.pronouns import introduced_people
from sorabrief.findings import Findings, Quantity
from sorabrief.intake import slug
from sorabrief.model import Party, PartyKind, Source

_ORGANISATION_WORDS = """Association Authority Agency Council Trust Union Committee Commission Department
    Ministry Police Inspectorate Board Service Office Regulator Federation Society Institute
    Foundation Party Court University Hospital Campaign Coalition Alliance Collective Network
    Partnership Charity Ombudsman Watchdog Tribunal Prefecture Governorate Directorate Secretariat
    Government Force Command Brigade Clinic Chamber School College Academy Navy Army Corps
    Guard"""
_FOREIGN_HEAD_WORDS = """Sindicato Sindicat Syndicat Câmara Cámara Camera Comissão Comisión Comité
    Comitato Ordem Orden Ordre Fiscalía Procuraduría Defensoría Ministerio Ministério Ministère
    Ministero Servicio Serviço Service Asociación Associação Association Associazione
    Federación Federação Fédération Federazione Instituto Istituto Junta Consejo Conselho
    Conseil Consiglio Municipalidad Prefeitura Mairie Comune Secretaría Secretaria Tribunal
    Juzgado Agenzia Agencia Gewerkschaft Verband Stichting Bund Ministerium Kommission
    Behörde"""
FOREIGN_HEADS = frozenset(_FOREIGN_HEAD_WORDS.split())
"""Words that open an organisation's name in other languages before its connector
("Sindicato dos Médicos do Sul", "Câmara Municipal de Alvor", "Fiscalía Regional de
Ñuble"): general-language data of Romance and Germanic languages."""
_FOREIGN_CONNECTORS = frozenset(["de", "do", "da", "dos", "das", "del", "des", "du", "della", "di"])
"""Connectors after which another language's name goes on ("Hospital de São Brás"): the
organisation noun before one heads the name."""
_COMPANY_WORDS = """Company Corporation Group Bank Ltd Inc plc LLP LLC Services Mobility Components
    Systems Solutions Technologies Industries Holdings Logistics Motors Energy Airlines Airways
    Media Homes Partners Labs"""
COMPANY_NOUNS = frozenset(_COMPANY_WORDS.split())
"""Last words of a company's name, which follows a brand ("Velora" of "Velora Mobility" is
the company too); the other organisation words follow a place ("Kestrel Bay Council")."""
_SITE_NOUNS = frozenset(["School", "College", "Academy"])
"""Organisation nouns of institutions the articles often write only as a site ("a fire at
Tarrow High School"): a party only when it acts ("the school said")."""
_ENGLISH_NOUNS = frozenset(_ORGANISATION_WORDS.split()) | COMPANY_NOUNS
ORGANISATION_NOUNS = _ENGLISH_NOUNS | FOREIGN_HEADS
_GROUP_WORDS = """Association Campaign Coalition Alliance Collective Union Network Sindicato
    Sindicat Syndicat Asociación Associação Associazione Gewerkschaft Verband"""
GROUP_NOUNS = frozenset(_GROUP_WORDS.split())
ONE_OUTLET = "one outlet only names them: keep them if the briefing needs their voice"
"""The comment's mark on a party that one report alone names."""
UNDESCRIBED = "named in the coverage"
"""The role of a party the articles give none."""
_PRONOUN = re.compile(r"\b(?:(?P<person>he|she|his|her|him)|(?P<thing>it|its))\b", re.IGNORECASE)
_DESCRIPTIONS = {
    "company": PartyKind.ORGANIZATION,
    "firm": PartyKind.ORGANIZATION,
    "utility": PartyKind.ORGANIZATION,
    "operator": PartyKind.ORGANIZATION,
    "regulator": PartyKind.ORGANIZATION,
    "watchdog": PartyKind.ORGANIZATION,
    "group": PartyKind.GROUP,
}
"""Generic descriptions ("the company") and the kind of party each can describe."""


@attrs.frozen
class ProposedParty:
    """A party ``draft`` proposes, with the evidence for it."""

    party: Party
    reports: int
    """How many independent reports name it."""
    why: str


@attrs.frozen
class PartyProposal:
    parties: tuple[ProposedParty, ...]
    left_out: tuple[str, ...]
    """Names seen in the coverage but not proposed: one report only, or never acting."""


def propose_parties(
    sources: Sequence[Source], findings: Mapping[str, Findings], report_of: Mapping[str, str]
) -> PartyProposal:
    """The parties of a case, from its sources' kept sentences."""
    seen: dict[str, set[str]] = defaultdict(set)
    acting: set[str] = set()
    inside: set[str] = set()
    introduced: set[str] = set()
    lower_case: set[str] = set()
    pronouns: dict[str, Counter[str]] = defaultdict(Counter)
    possessive: set[str] = set()
    placed: set[str] = set()
    roled: set[str] = set()
    honoured: set[str] = set()
    speaking: set[str] = set()
    vehicles: set[str] = set()
    first_names: set[str] = set()
    commentators: set[str] = set()
    officials: set[str] = set()
    named_by_sentence: list[list[set[str]]] = []
    written = {
        name.text
        for source in sources
        for sentence in findings[source.id].sentences
        for name in names_in(sentence.text, sentence.start)
    }
    spelling = spellings(
        name.text
        for source in sources
        for sentence in findings[source.id].sentences
        for name in _names(sentence.text, sentence.start, written)
    )
    abbreviated: dict[str, str] = {}
    bodies = [masked(s.body, findings[s.id].removed) for s in sources]
    for source, text in zip(sources, bodies, strict=True):
        abbreviated |= abbreviations_in(text, spelling)
        introduced |= {
            spelling.get(p.name, p.name)
            for p in introduced_people(text, 0, len(text), sentence_openers=False)
        }
        lower_case |= set(re.findall(r"\b[a-z][\w-]*\b", text))
        recent: list[str] = []
        named_by_sentence.append([])
        for sentence in findings[source.id].sentences:
            names = _names(sentence.text, sentence.start, written)
            acting |= _acting_by_description(sentence.text, sentence.start, names, recent, spelling)
            recent += [spelling[n.text] for n in names]
            named_by_sentence[-1].append({spelling[n.text] for n in names})
            for name in names:
                if commentator(sentence.text, name.text):
                    commentators.add(spelling[name.text])
                if official_role(sentence.text, name.text):
                    officials.add(spelling[name.text])
            for name, following in zip(names, [*names[1:], None], strict=False):
                key = spelling[name.text]
                if speaks(source.body, name):
                    speaking.add(key)
                if written_as_vehicle(source.body, name):
                    vehicles.add(key)
                if after_kin_word(source.body, name):
                    first_names.add(key)
                pronouns[key][_pronoun_after(sentence.text, sentence.start, name, following)] += 1
                seen[key].add(report_of[source.id])
                inside |= {key} if not name.opens_sentence else set()
                acts = how_acting(source.body, name)
                if acts == "direct":
                    acting.add(key)
                elif acts == "possessive":
                    possessive.add(key)
                if written_as_place(source.body, name) or _in_dateline(
                    sentence.text, name.start - sentence.start
                ):
                    placed.add(key)
                if given_a_role(sentence.text, name.start - sentence.start, name.text):
                    roled.add(key)
                if HONORIFIC.search(sentence.text[: name.start - sentence.start]):
                    honoured.add(key)
        for quote in findings[source.id].quotes:
            attribution = quote.attribution or ""
            for name in names_in(attribution):
                if describes_a_noun(attribution, name) or after_place_word(attribution, name):
                    continue  # "engineers at two X banks", "a rider from X"
                if possessor(attribution, name):  # "Ruritania's ministry said"
                    possessive.add(spelling.get(name.text, name.text))
                    continue
                acting.add(spelling.get(name.text, name.text))
                speaking.add(spelling.get(name.text, name.text))
                introduced.add(spelling.get(name.text, name.text))
    for opening in [n for n in seen if n not in inside]:  # "Contractor Harlow Mills JV said"
        rest = _after_common_word(opening, lower_case, seen)
        if rest is not None:
            seen[rest] |= seen.pop(opening)
            for marked in (acting, possessive, introduced, roled, honoured, speaking):
                marked |= {rest} if opening in marked else set()
    for longer, person in _titled_people(seen, introduced | roled | honoured).items():
        seen[person] |= seen.pop(longer)  # "Advocate Jo Park" is Jo Park
        for marked in (acting, possessive, introduced, roled, honoured, speaking):
            marked |= {person} if longer in marked else set()
    article_texts = [s.body for s in sources]
    placed |= {
        n
        for n in seen
        if _organisation_noun(n) is None and written_as_place_anywhere(n, article_texts)
    }
    acting |= possessive - placed
    things = {n for n in seen if _names_a_thing(n)}
    things |= {n for n in seen for t in things if t.startswith(n + " ") or t.endswith(" " + n)}
    silent = (placed | vehicles | things) - speaking
    acting -= silent
    for short, full in abbreviated.items():  # "HFB said" is Harrow Fernbahn (HFB) acting
        seen[full] |= seen.get(short, set())
        acting |= {full} if short in acting else set()
    acting |= _speaking_through(
        sources, findings, seen, acting - placed, abbreviated, placed | silent
    )
    least = 2 if len(set(report_of.values())) > 1 else 1
    heads = Counter((_organisation_noun(n) or "").lower() for n in seen if len(n.split()) > 1)
    for body in [n for n in seen if _lower_head(n) and heads[n.split()[-1]] == 1]:
        seen[body] |= {
            report_of[s.id]
            for s, text in zip(sources, bodies, strict=True)
            if _head_written(body, text)
        }
    forms: dict[str, set[str]] = defaultdict(set)
    for written_as, form in spelling.items():
        forms[form].add(written_as)
    places = {p.split()[-1] for p in placed}
    currencies = _currencies_written(findings.values())
    free = OPENERS | TITLES
    eligible = [
        n
        for n in seen
        if (
            len(n.split()) > 1
            or (n in inside and n.lower() not in lower_case and n not in first_names)
        )
        and _may_be_party(n)
        and n not in currencies
        and (
            (
                len(_surname_reports(n, seen, introduced | roled)) >= least
                and (
                    n in acting
                    or (n in roled and len(n.split()) > 1)  # "its director, Jo Park"
                    or (n in introduced | roled and n.split()[-1] in acting)
                    or _organisation_noun(n) not in (None, *_SITE_NOUNS)
                )
            )
            or (n in acting and _organisation_noun(n) is not None and not _lower_head(n))
            or (
                _a_voice_with_a_role(n, speaking, officials)
                and n not in commentators
                and _among_shared_names(n, named_by_sentence, seen, placed)
            )
        )
        and not only_inside_longer(forms[n] or {n}, bodies, free, places)
    ]
    chosen: list[str] = []
    chosen_slugs: set[str] = set()  # one party however accented ("Zoë Park", "Zoe Park")
    named_as_people = introduced | roled | honoured
    for candidate in sorted(eligible, key=lambda n: (-len(n.split()), -len(seen[n]), n)):
        if slug(candidate) not in chosen_slugs and not _is_part_of_chosen(
            candidate, chosen, abbreviated, named_as_people
        ):
            chosen.append(candidate)
            chosen_slugs.add(slug(candidate))
    chosen.sort(key=lambda n: (-len(seen[n] | _shorter_reports(n, seen)), n))
    for at, short in enumerate(chosen):  # "Harlow Mills Ltd", written once, for "Harlow Mills"
        legal = _legal_name(short, seen)
        if legal and legal not in chosen:
            seen[legal] |= seen[short]
            chosen[at] = legal
    bracketed = set(abbreviated.values())  # "Harbour Rail Works (HRW)": no one's name
    honoured |= {n for n in chosen if 2 <= len(n.split()) <= 4 and n.split()[-1] in honoured}
    people = [
        n
        for n in chosen
        if n not in bracketed
        and (
            _looks_like_person(n, seen, introduced, _votes(n, pronouns))
            or (n in roled | honoured and _looks_like_person(n, seen, {n}, 0, longest=4))
        )
        and (
            n in roled | honoured | speaking
            or not opens_a_longer_name(n, written | set(seen), ORGANISATION_NOUNS)
        )
        and not written_as_organisation(n, bodies)
    ]
    organisations = [n for n in chosen if n not in people]
    stated = _affiliations(sources, findings, [*seen], organisations, abbreviated)
    described = {a.person for a in stated} & set(organisations)
    if described:  # "X, its chief executive," makes X a person, whatever pronouns follow
        people += [n for n in organisations if n in described]
        organisations = [n for n in organisations if n not in described]
        stated = _affiliations(sources, findings, [*seen], organisations, abbreviated)
    for affiliation in stated:  # one person however accented ("Zoë Park", "Zoe Park")
        taken = {slug(n) for n in chosen}
        if (
            affiliation.person not in (*chosen, *silent)
            and affiliation.person in seen
            and slug(affiliation.person) not in taken
        ):
            chosen.append(affiliation.person)
            people.append(affiliation.person)
    texts = [s.text for source in sources for s in findings[source.id].sentences]
    written_roles = {n: most_written_role(texts, n) for n in people}
    parties = [
        _party(n, n in people, stated, seen, organisations, abbreviated, written_roles.get(n))
        for n in chosen
    ]
    parties = [_with_spellings(p, spelling) for p in parties]
    parties = [
        attrs.evolve(p, why=f"{p.why}; {ONE_OUTLET}") if p.reports < least else p for p in parties
    ]
    parties = _with_descriptions(parties, sources, findings)
    ids = {n: p.party.id for n, p in zip(chosen, parties, strict=True)}
    parties = [
        attrs.evolve(p, party=attrs.evolve(p.party, affiliation=ids.get(p.party.affiliation or "")))
        for p in parties
    ]
    covered = {a for p in parties for a in p.party.names}
    left_out = sorted(
        n
        for n in seen
        if n not in covered
        and not _is_part_of_chosen(n, chosen, abbreviated)
        and (len(n.split()) > 1 or n in inside)
    )
    return PartyProposal(tuple(parties), tuple(left_out))


def _a_voice_with_a_role(name: str, speaking: set[str], officials: set[str]) -> bool:
    """Whether one report alone may make a person a party: the name of two to four
    words, no organisation's, speaks ("… said Jo Park, the port's operations director")
    and is given an office or a body's role (``roles.official_role``: "Superintendent Jo
    Park said"; not only "Mr", nor "co-founder Jo Park")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and name in speaking
        and name in officials
        and _organisation_noun(name) is None
    )


def _among_shared_names(
    name: str,
    named_by_sentence: Sequence[Sequence[set[str]]],
    seen: Mapping[str, set[str]],
    placed: set[str],
) -> bool:
    """Whether a sentence that names ``name``, or one of the two before or after it, names
    someone (not a place) two reports or more name: the person speaks in the story the
    reports share, not in another one the page carries."""
    for sentences in named_by_sentence:
        for at, names in enumerate(sentences):
            if name not in names:
                continue
            near = set().union(*sentences[max(0, at - 2) : at + 3])
            if any(len(seen[n]) > 1 for n in near - placed if n not in name):
                return True
    return False


def _surname_reports(name: str, seen: Mapping[str, set[str]], people: set[str]) -> set[str]:
    """The reports naming a person the articles introduce as one ("Ines Calder, a
    pilot", "Captain Ines Calder") in full or by a surname that names no one else
    ("Calder said", "Ms Calder")."""
    words = name.split()
    surname = surname_of(name)
    if name not in people or not 2 <= len(words) <= 3 or surname not in seen:
        return seen[name]
    if any(o != name and len(o.split()) > 1 and surname_of(o) == surname for o in seen):
        return seen[name]
    return seen[name] | seen[surname]


def _titled_people(seen: Mapping[str, set[str]], people: set[str]) -> dict[str, str]:
    """Names of three or four words whose words after the first are a person's name the
    articles also write alone ("Advocate Jo Park" and "Jo Park"; "Affairs Jo Park" of
    "Director of Environmental Affairs Jo Park"), and whose surname they also write
    without that name's first word ("Park", "Advocate Park"): the first word is a title
    or the end of one, not a part of the name, which a compound surname written only
    whole is ("Hilal Al Rashdi" and "Al Rashdi"). Never a name with an organisation noun.
    Also a surname after titles alone, for the one person of that surname (``_titled_surname``)."""
    found = {}
    for name in seen:
        words = name.split()
        rest = " ".join(words[1:])
        surname = words[-1]
        if (
            3 <= len(words) <= 4
            and rest in seen
            and rest in people
            and any(
                o == surname or (o.endswith(" " + surname) and not o.endswith(rest)) for o in seen
            )
            and _organisation_noun(name) is None
            and not any(w[:1].islower() for w in words)
        ):
            found[name] = rest
        elif (whole := _titled_surname(words, people & seen.keys())) is not None:
            found[name] = whole
    return found


def _titled_surname(words: Sequence[str], people: Collection[str]) -> str | None:
    """The one person the articles name in full whose surname a title alone comes before
    ("Deputy Minister Park" and "Chief Park" for Jo Park), or None."""
    if len(words) < 2 or not all(w.split("-")[-1] in TITLES | OPENERS for w in words[:-1]):
        return None
    whole = {p for p in people if 2 <= len(p.split()) <= 4 and surname_of(p) == words[-1]}
    return whole.pop() if len(whole) == 1 else None


def _after_common_word(name: str, lower_case: set[str], seen: Mapping[str, set[str]]) -> str | None:
    """The name of two words or more that a sentence-opening run writes after a common
    word ("Harlow Mills JV" of "Contractor Harlow Mills JV said", "Drivers of the Harlow
    Cooperative"): the first word the articles also write in lower case, or any word but an
    organisation noun before "of" ("Executives of Harlow Mills Corp."), the rest a name
    they write too."""
    first, _, rest = name.partition(" ")
    common = first.lower() in lower_case or (
        rest.startswith("of ") and first not in ORGANISATION_NOUNS | TITLES
    )
    rest = re.sub(r"^(?:(?:of|the|for|and)\s+)+", "", rest)
    if not common or first.lower() == first or rest not in seen:
        return None
    return rest if " " in rest else None


def _names(text: str, offset: int, written: set[str]) -> list[Name]:
    """The names of a sentence, a pair joined by "and" split in two when the coverage
    writes each alone ("Harlow Mills and Dunmore Pumps said"), when one of the two is an
    abbreviation ("HMC and Dunmore City Council": initials end a name), or when the
    second is written alone and the first is one word opening the sentence, whose capital
    proves nothing ("Tenants and the Dunmore Renters Union say"); or when each of the two
    is a body's name of two words or more ("Harlow Dock Company and the Port Authority",
    split at the last "and" that leaves both so)."""
    found = []
    for name in _people_of_bodies(names_in(text, offset)):
        first, _, second = _two_bodies(name.text) or name.text.partition(" and ")
        bare = second.removeprefix("the ")
        if second and (
            (first in written and bare in written)
            or _two_bodies(name.text)
            or _abbreviation(first)
            or _abbreviation(bare)
            or (bare in written and name.opens_sentence and " " not in first)
        ):
            found.append(Name(first, name.start, name.opens_sentence))
            at = name.start + len(name.text) - len(bare)
            found.append(Name(bare, at, False))
        else:
            found.append(name)
    return found


def _two_bodies(name: str) -> tuple[str, str, str] | None:
    """A name split at its last "and" between two bodies' names of two words or more,
    each with an organisation noun ("Ministry of Mines and Energy" and "the Radiation
    Authority"); without "the", only when the first ends in a body's noun, not a field's
    that a company's name ends in ("Harlow Energy and Utilities Commission" is one body),
    nor a remit after "of" ("Ministry of Youth and Cultural Affairs" is one body); None
    when no "and" splits it so ("Department of Health and Social Care")."""
    parts = name.split(" and ")
    for at in range(len(parts) - 1, 0, -1):
        first, second = " and ".join(parts[:at]), " and ".join(parts[at:])
        if all(
            len(p.split()) > 1 and _organisation_noun(p) is not None
            for p in (first, second.removeprefix("the "))
        ) and (second.startswith("the ") or first.split()[-1] in _BODY_HEADS):
            return first, " and ", second
    return None


_BODY_HEADS = ORGANISATION_NOUNS - COMPANY_NOUNS | {"Company", "Corporation", "Group", "Bank"}
"""Organisation nouns that name a body, not the field a company's name ends in ("Energy")."""


def _people_of_bodies(names: list[Name]) -> list[Name]:
    """Names with a person's name of two or three words run into their body's by "of"
    split in two ("Jo Park of the Harbour Pilots Association"): the person, then the body
    (whose name holds an organisation noun, the person's none). Titles before the
    person's name are no part of it ("Justice Jo Park of the High Court")."""
    found = []
    for name in names:
        titled, of, body = name.text.partition(" of ")
        body = body.removeprefix("the ")
        words = titled.split()
        while len(words) > 2 and words[0] in TITLES | OPENERS:
            words = words[1:]
        person = " ".join(words)
        if (
            of
            and 2 <= len(words) <= 3
            and not any(w in ORGANISATION_NOUNS | TITLES for w in words)
            and _organisation_noun(body) is not None
        ):
            start = name.start + len(titled) - len(person)
            found.append(Name(person, start, name.opens_sentence and start == name.start))
            found.append(Name(body, name.start + len(name.text) - len(body), False))
        else:
            found.append(name)
    return found


def _abbreviation(name: str) -> bool:
    """Whether a name is one word mostly of capitals, two or more ("HMC", "DfT"; not
    "McAllister")."""
    capitals = sum(c.isupper() for c in name)
    return " " not in name and capitals >= 2 and 2 * capitals > len(name)


_DESCRIPTION_ACTS = re.compile(r"\b[Tt]he\s+(?P<noun>[a-z]+)\b")


def _acting_by_description(
    text: str, offset: int, names: list[Name], recent: list[str], spelling: Mapping[str, str]
) -> set[str]:
    """Names that act through their organisation noun: "The union said" is the last union
    the article named ("… Dockers Union"), "the ministry denied" its last ministry."""
    found = set()
    for match in _DESCRIPTION_ACTS.finditer(text):
        noun = match.group("noun").capitalize()
        if (
            noun not in ORGANISATION_NOUNS
            or ACTS.match(text[match.end() : match.end() + 120]) is None
        ):
            continue
        before = [*recent, *(spelling[n.text] for n in names if n.start - offset < match.start())]
        named = [n for n in before if n.split()[-1] == noun and len(n.split()) > 1]
        found |= {named[-1]} if named else set()
    return found


_EVENT_FIRST = frozenset(["Cyclone", "Hurricane", "Typhoon", "Storm", "Operation"])
_THING_LAST = frozenset(
    [
        "Fire",
        "Fires",
        "Wildfire",
        "Flood",
        "Floods",
        "Earthquake",
        "Storm",
        "Act",
        "Bill",
        "Directive",
        "Regulation",
        "Regulations",
        "Treaty",
    ]
)


def _currencies_written(findings: Iterable[Findings]) -> set[str]:
    """The capitalised letters that mark a sum of money somewhere in the articles ("CFA" of
    "9.6 billion CFA francs", "XOF" of "XOF 640 million"): a currency, not a party."""
    return {
        letters
        for found in findings
        for figure in found.figures
        if figure.quantity is Quantity.MONEY
        for letters in re.findall(r"(?<!\w)[A-Z]{2,}(?!\w)", figure.text)
    }


def _names_a_thing(name: str) -> bool:
    """Whether a name is a storm's, a fire's or a law's ("Cyclone Dara", "Ridge Fire",
    "Water Safety Act"): no party unless it speaks."""
    words = name.split()
    return any(w in _EVENT_FIRST for w in words[:-1]) or (
        len(words) > 1 and words[-1] in _THING_LAST
    )


def _speaking_through(
    sources: Sequence[Source],
    findings: Mapping[str, Findings],
    seen: Mapping[str, set[str]],
    acting: set[str],
    abbreviated: Mapping[str, str],
    placed: set[str],
) -> set[str]:
    """Names of two or more words, never written as a place, that act through a person the
    articles say speaks for them ("Jo Park, of Harbour Labs, said …")."""
    named = [n for n in seen if len(n.split()) > 1 and _may_be_party(n) and n not in placed]
    return {
        a.organisation
        for a in _affiliations(sources, findings, [*seen], named, abbreviated, in_context=False)
        if a.person in acting
    }


def _in_dateline(sentence: str, at: int) -> bool:
    """Whether offset ``at`` lies in the wire dateline opening the sentence ("STRELSAU,
    Ruritania, Oct 4 (Wire) – "): a name there is a place."""
    return at < len(sentence) - len(without_dateline(sentence))


def _shorter_reports(name: str, seen: Mapping[str, set[str]]) -> set[str]:
    """The reports naming an organisation by a shorter form of its name."""
    return {r for n in seen if _is_part_of_chosen(n, [name]) for r in seen[n]}


def _may_be_party(name: str) -> bool:
    """Whether a name can name a party: not a title alone ("the Labour Commissioner") or
    with its remit ("the Minister for Roads"), and
    no digits (a model or a place such as "B-12"), unless it holds an organisation noun."""
    words = name.split()
    if len(words) == 1 and name in ORGANISATION_NOUNS - (FOREIGN_HEADS - _ENGLISH_NOUNS):
        return False  # "Office", "Council": a noun at a sentence's start; "Fiscalía" is a name
    if words[-1] in TITLES and not any(w in ORGANISATION_NOUNS - COMPANY_NOUNS for w in words):
        return False  # "Energy Minister", but "Office of the Privacy Commissioner"
    if (
        len(words) > 2
        and words[0].split("-")[-1] in TITLES
        and words[1] in ("for", "of")
        and not any(w in ORGANISATION_NOUNS - COMPANY_NOUNS for w in words)
    ):
        return False  # an office with its remit: "Minister for Roads", "Minister for Energy"
    if any(w in ORGANISATION_NOUNS for w in words):
        return True
    return not any(c.isdigit() for c in name)


def _with_spellings(proposed: ProposedParty, spelling: Mapping[str, str]) -> ProposedParty:
    """The party with its other spellings as aliases, so that mentions find them all."""
    party = proposed.party
    others = tuple(
        n for n, form in spelling.items() if form in party.names and n not in party.names
    )
    if not others:
        return proposed
    return attrs.evolve(proposed, party=attrs.evolve(party, aliases=(*party.aliases, *others)))


def _organisation_noun(name: str) -> str | None:
    """The organisation noun a name ends in ("Kestrel Bay Council"), or that heads it
    before an "of" ("Central Bank of Ruritania", "Association of Tenants"), or in another
    language opens it ("Câmara Municipal de Alvor"); a legal form ending it ("… S.R.L.")."""
    last = name.split()[-1]
    head = name.split(" of ")[0].split()[-1]
    lower = [w.capitalize() for w in name.split() if w in LOWER_HEADS]
    if legal_form_tail(name.split()):
        return last  # "Harlow Mills Ltd.", "Ecolimpia Andina S.R.L."
    words = name.split()
    first = words[0]
    foreign = (
        [first]
        if len(words) > 1 and (first in FOREIGN_HEADS or words[1] in _FOREIGN_CONNECTORS)
        else []
    )
    return next((w for w in (last, head, *foreign) if w in ORGANISATION_NOUNS), None) or next(
        iter(lower), None
    )


def _legal_name(name: str, seen: Mapping[str, set[str]]) -> str | None:
    """The longest name the articles write as ``name`` and its legal form ("Harlow Mills
    Pvt Ltd"): the company's full name, which the shorter one then aliases."""
    legal = [
        n
        for n in seen
        if n.startswith(name + " ")
        and legal_form_tail(n.split()) == len(n[len(name) + 1 :].split())
    ]
    return max(legal, key=len) if legal else None


def _lower_head(name: str) -> bool:
    """Whether a name ends in a lower-case head ("Farrow transport department")."""
    return name.split()[-1] in LOWER_HEADS


def _head_written(name: str, text: str) -> bool:
    """Whether a text writes a body with a lower-case head (the one name of the case with
    that head) by its head alone, with its own remit or none ("the transport department", "the state transport department", "Police
    said" for "Farrow transport department" and "Farrow district police")."""
    words = name.split()
    remit = words[-2] if len(words) > 2 and words[-2].islower() else None
    before = rf"(?:[a-z]+\s+)?{remit}\s+" if remit and remit not in _LEVELS else r"(?:[a-z]+\s+)?"
    head = words[-1]
    return bool(
        re.search(rf"\b(?:[Tt]he\s+|[a-z]+\s+){before}{head}\b(?![’'-])", text)
        or re.search(rf"(?:^|[.!?]\s+){head.capitalize()}\s+(?!of\b)[a-z]", text, re.MULTILINE)
    )


_LEVELS = frozenset(("state", "district", "city", "county", "regional", "provincial", "national"))
"""Words of a body's level, not its remit: "the district police" is any police."""


def _place_led(rest: str) -> bool:
    """Whether the words after a shorter name make it a place's ("… Council"), not a
    brand's: never when they end in a legal form ("Harlow Service SRL")."""
    words = rest.split()
    if legal_form_tail(["", *words]):
        return False
    return any(w in ORGANISATION_NOUNS - COMPANY_NOUNS for w in words)


def _is_part_of_chosen(
    name: str,
    chosen: Sequence[str],
    abbreviated: Mapping[str, str] | None = None,
    people: Collection[str] = (),
) -> bool:
    """A shorter form of a chosen name ("Brightwater" of "Brightwater Water"), unless the
    longer one is an organisation named after it ("Kestrel Bay" of "Kestrel Bay Council");
    or the abbreviation the articles give it in brackets."""
    if abbreviated and abbreviated.get(name) in chosen:
        return True
    for longer in chosen:
        if longer.startswith(name + " ") and not _place_led(longer[len(name) :]):
            return True
        if _looks_like_surname(name, longer) or (name.isupper() and name == initials(longer)):
            return True
        if longer in people and _ends_person(name, longer):
            return True
        if _ends_body(name, longer):
            return True
    return False


def _ends_body(name: str, longer: str) -> bool:
    """Whether a body's name of two words or more ends a longer one that adds its place
    ("Provincial Labour Board" of "Dovrin Provincial Labour Board")."""
    last = name.split()[-1]
    added = longer[: -len(name)].split()
    return (
        len(name.split()) > 1
        and longer.endswith(" " + name)
        and last in ORGANISATION_NOUNS - COMPANY_NOUNS
        and all(w[:1].isupper() for w in added)
    )


def _ends_person(name: str, longer: str) -> bool:
    """Whether a two-word name is the compound surname ending a person's longer one
    ("Vasconcellos Rocha" of "Helena Vasconcellos Rocha"), no word an organisation's (the
    caller knows the longer one for a person's: introduced, given a role or a title)."""
    words = longer.split()
    return (
        len(name.split()) == 2
        and len(words) in (3, 4)
        and longer.endswith(" " + name)
        and _organisation_noun(longer) is None
        and not any(w in ORGANISATION_NOUNS or w[:1].islower() for w in words)
    )


def _looks_like_surname(name: str, longer: str) -> bool:
    words = longer.split()
    return len(words) in (2, 3) and name == words[-1] and _organisation_noun(longer) is None


def _pronoun_after(text: str, offset: int, name: Name, following: Name | None) -> str:
    """ "person" or "thing" for the first he/she/it the sentence writes after ``name`` and
    before the next name ("Northmere said it had …"), or "" when there is none."""
    start = name.start - offset + len(name.text)
    end = following.start - offset if following else len(text)
    match = _PRONOUN.search(text, start, end)
    if match is None:
        return ""
    return "person" if match.group("person") else "thing"


def _votes(name: str, pronouns: Mapping[str, Counter[str]]) -> int:
    """How much more often he/she than it follows the name (or its surname): below zero,
    the articles write of it as a thing."""
    counts = pronouns.get(name, Counter()) + pronouns.get(surname_of(name), Counter())
    return counts["person"] - counts["thing"]


def _looks_like_person(
    name: str, seen: Mapping[str, set[str]], introduced: set[str], votes: int, longest: int = 3
) -> bool:
    """Two or three capitalised words (up to ``longest``: four for a name given a person's
    role, as naming traditions with a middle name or two write them), none an
    organisation's, that the articles introduce as a person ("Jane Doe, a spokesperson",
    "Councillor Jane Doe", a quotation's speaker), whose last word they write alone (a
    surname), or that "he" or "she" follows; never a name that "it" and "its" follow more
    often than "he" and "she"."""
    words = name.split()
    if not 2 <= len(words) <= longest or any(w in ORGANISATION_NOUNS | LOWER_HEADS for w in words):
        return False
    if legal_form_tail(words):
        return False
    if votes < 0:
        return False
    return (
        votes > 0
        or surname_of(name) in seen
        or any(p == name or p.endswith(" " + name) for p in introduced)
    )


def _affiliations(
    sources: Sequence[Source],
    findings: Mapping[str, Findings],
    people_and_names: Sequence[str],
    organisations: Sequence[str],
    abbreviated: Mapping[str, str],
    *,
    in_context: bool = True,
) -> list[Affiliation]:
    """The affiliations the articles state; with ``in_context`` false, only those that
    name the organisation in the sentence, not by the sentence before ("Its chair, X"):
    any name might open that one, so it is no evidence that the name is a party's."""
    people = [
        p for p in people_and_names if 2 <= len(p.split()) <= 4 and _organisation_noun(p) is None
    ]
    written = {
        form: name
        for name in organisations
        for form in (name, *_shorter_names(name, people_and_names, organisations))
    } | {short: name for short, name in abbreviated.items() if name in organisations}
    written |= {  # "HRW chair X": an organisation written by its initials, as its aliases are
        letters: name
        for name in organisations
        if len(letters := initials(name)) > 1
        and letters in people_and_names
        and letters not in written
    }
    found = []
    for source in sources:
        previous: str | None = None
        earlier: list[str] = []
        for sentence in findings[source.id].sentences:
            found += office_affiliations(sentence.text, people, written)
            found += affiliations(
                sentence.text,
                previous if in_context else None,
                people,
                written,
                earlier if in_context else (),
            )
            named = sorted(
                (m.start(), written[f])
                for f in written
                for m in re.finditer(rf"\b{re.escape(f)}\b", sentence.text)
            )
            for _, name in named:
                earlier = [*(e for e in earlier if e != name), name]
            opening = [f for f in written if re.search(rf"\b{re.escape(f)}\b", sentence.text)]
            first = min(opening, key=sentence.text.index) if opening else None
            previous = written[first] if first else None
    return found


def _shorter_names(name: str, seen: Sequence[str], organisations: Sequence[str]) -> list[str]:
    """The shorter names the articles write for an organisation ("Northmere" for "Northmere
    Homes", "Labour Board" for "Dovrin Labour Board"), unless another organisation's name
    starts (or ends) the same way; never the place of a body with a lower-case head."""
    return [
        n
        for n in seen
        if (
            name.startswith(n + " ")
            and not _place_led(name[len(n) :])
            and not _lower_head(name)  # "Farrow" of "Farrow police" is the place
            and not any(o != name and o.startswith(n) for o in organisations)
        )
        or (_ends_body(n, name) and not any(o != name and o.endswith(n) for o in organisations))
    ]


def _party(
    name: str,
    person: bool,
    stated: Sequence[Affiliation],
    seen: Mapping[str, set[str]],
    organisations: Sequence[str],
    abbreviated: Mapping[str, str],
    written_role: str | None = None,
) -> ProposedParty:
    reports = len(seen[name])
    where = f"named by {reports} report{'s' if reports != 1 else ''}"
    if person:
        own = [a for a in stated if a.person == name]
        surname = surname_of(name)
        aliases = (surname,) if surname in seen else ()
        if own:
            role = own[0].role
            return ProposedParty(
                Party(slug(name), name, PartyKind.PERSON, role, aliases, own[0].organisation),
                reports,
                f"{where}; described as {role}",
            )
        if written_role:
            return ProposedParty(
                Party(slug(name), name, PartyKind.PERSON, written_role, aliases),
                reports,
                f"{where}; described as {written_role}",
            )
        return ProposedParty(
            Party(slug(name), name, PartyKind.PERSON, UNDESCRIBED, aliases),
            reports,
            f"{where}; a person who speaks or acts in the coverage",
        )
    noun = _organisation_noun(name)
    by_name = noun not in (None, *_SITE_NOUNS)
    group = noun in GROUP_NOUNS or names_a_collective(name)
    kind = PartyKind.GROUP if group else PartyKind.ORGANIZATION
    shorter = _shorter_names(name, [*seen], organisations)
    letters = initials(name)
    short = [letters] if len(letters) > 1 and letters in seen else []
    short += [a for a, full in sorted(abbreviated.items()) if full == name and a not in short]
    return ProposedParty(
        Party(slug(name), name, kind, UNDESCRIBED, (*shorter, *short)),
        reports,
        f"{where}; {'an organisation by its name' if by_name else 'acts in the coverage'}",
    )


def _own_nouns(organisations: Sequence[Party], written: str) -> dict[str, str]:
    """ "the trust" for the one organisation whose name ends in "Trust", where the articles
    write it: an organisation noun (not a generic description) that names one party only."""
    ending: dict[str, list[str]] = defaultdict(list)
    for party in organisations:
        noun = _organisation_noun(party.name)
        if noun is not None and noun.lower() not in _DESCRIPTIONS:
            ending[noun.lower()].append(party.id)
    return {
        noun: ids[0]
        for noun, ids in ending.items()
        if len(ids) == 1 and re.search(rf"\b[Tt]he\s+{noun}\b", written)
    }


_OVERSIGHT_NOUNS = frozenset({"regulator", "watchdog"})
"""Descriptions of a body that oversees others, which no business it oversees is."""


def _one_function(nouns: tuple[str, ...], uses: Counter[str]) -> tuple[str, ...]:
    """Of the descriptions that follow one party, those of one function: a body is a
    business ("the company") or one that oversees businesses ("the regulator"), never
    both, so when both follow it, only those the articles write more often (none on a
    tie): the other followed it only for want of its own party's name nearby."""
    oversight = [n for n in nouns if n in _OVERSIGHT_NOUNS]
    business = [
        n for n in nouns if n not in _OVERSIGHT_NOUNS and _DESCRIPTIONS[n] != PartyKind.GROUP
    ]
    if not oversight or not business:
        return nouns
    first, second = sum(uses[n] for n in oversight), sum(uses[n] for n in business)
    wrong = (
        set(business)
        if first > second
        else set(oversight)
        if second > first
        else {*oversight, *business}
    )
    return tuple(n for n in nouns if n not in wrong)


def _with_descriptions(
    parties: list[ProposedParty], sources: Sequence[Source], findings: Mapping[str, Findings]
) -> list[ProposedParty]:
    """Add "the company"-style aliases that every article uses for one party only."""
    organisations = [p.party for p in parties if p.party.kind != PartyKind.PERSON]
    matcher = PartyMatcher(tuple(organisations))
    meant: dict[str, set[str | None]] = defaultdict(set)
    for source in sources:
        text = masked(source.body, findings[source.id].removed)
        mentions = matcher.mentions(text)
        for noun, kind in _DESCRIPTIONS.items():
            for match in re.finditer(rf"\b[Tt]he\s+{noun}\b", text):
                before = [
                    m.party
                    for m in mentions
                    if m.end <= match.start() and matcher.kind(m.party) == kind
                ]
                meant[noun].add(before[-1] if before else None)
    found = []
    written = " ".join(masked(s.body, findings[s.id].removed) for s in sources)
    own = _own_nouns(organisations, written)
    uses = Counter(n for n in re.findall(r"\b[Tt]he\s+(\w+)", written) if n in _DESCRIPTIONS)
    for proposed in parties:
        party = proposed.party
        following = _one_function(tuple(n for n, who in meant.items() if who == {party.id}), uses)
        named = tuple(f"the {n}" for n, who in own.items() if who == party.id)
        why = proposed.why
        following = tuple(f"the {n}" for n in following)
        if following:
            why += f"; every “{'”, “'.join(following)}” in the articles follows a mention of it"
        if named:
            why += f"; “{named[0]}”: the one party whose name ends so"
        aliases = (*party.aliases, *following, *named)
        proposed = attrs.evolve(proposed, party=attrs.evolve(party, aliases=aliases), why=why)
        found.append(proposed)
    return found
