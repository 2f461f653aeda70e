"""Speakers for every quotation of one text, read in order.

Each quotation gets the attribution ``attribution.py`` finds around it. Then,
in this order:

- a quotation with no attribution of its own in the sentence of the previous
  quotation (``was “unusual” because “…”``), or one introduced by a speech verb
  with no one named (``, adding: “…”``), continues the previous speaker in that
  paragraph;
- a pronoun is resolved by ``pronouns.py``. Resolved to a party, the speaker is
  that party and the attribution stays the pronoun as written; resolved to a
  person who is not a party, the attribution becomes that person's name, so the
  quotation is never left to "he". An unresolved pronoun is kept in lower case,
  so "They" and "they" are one unknown speaker;
- a definite description ("said the farmer") is the person the story described
  before with that noun ("a farmer from Cavan", see ``pronouns.py``);
- a quotation with no attribution at all that fills its paragraphs goes to the
  source the next paragraph names ("That assessment came from …"); else to the one
  person its sentence names before it; one that opens its paragraph, to the speaker the paragraph before
  reports, or when that paragraph reports no one and quotes nothing, to the one person it
  names ("Jo Bell has run the shop for years."); one that opens a later sentence of its
  paragraph, to the one person the paragraph names before it;
- a quotation still without one takes the attribution of the next quotation in
  its sentence when that attribution is written after both
  (``The firm “regrets it” and “will pay,” it said.``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator

import attrs

from sorabrief.extract.attribution import (
    BARE_SPOKESPERSON,
    DOCUMENT,
    FIRM_OF_A_KIND,
    GENERIC_ORGANISATION,
    GENERIC_PUBLIC_BODY,
    ROLE_DESCRIPTION,
    SPOKESPERSON_FOR_THE_FIRM,
    Attribution,
    attribute,
    colon_speaker,
    interrupting_attribution,
    source_after,
)
from sorabrief.extract.described_party import described_party, introduced_spokesperson
from sorabrief.extract.headings import heading_line
from sorabrief.extract.its_own import one_officer, owner_pronoun
from sorabrief.extract.mentions import PartyMatcher
from sorabrief.extract.named_spokespeople import named_spokesperson_party
from sorabrief.extract.openings import sentence_starts, tried_at
from sorabrief.extract.pronouns import (
    NAME,
    PERSON_DESCRIPTION,
    PERSON_HEAD,
    Referent,
    Referents,
    couples,
    described_by,
    described_people,
    family_mentions,
    full_name,
    groups_of_people,
    introduced_people,
    looks_like_a_name,
    person_kind,
    person_subject_before,
    resolve,
    role_subjects,
    subject_before,
)
from sorabrief.extract.reporters import (
    ELLIPTICAL,
    PERSONAL,
    as_reporter,
    one_of_the_messages,
    reported_in,
    reporter_before,
)
from sorabrief.findings import Sentence, Span
from sorabrief.model import PartyKind
from sorabrief.nouns import looks_plural

_QUOTE_MARK = re.compile(r"[“”«»\"‘]")
_NOT_OPENING = re.compile(r"[^ \t“\"‘']")
"""Anything but the spaces and quote marks that may stand before a quotation opening a paragraph."""
_DEFINITE = re.compile(r"(?i:the)\s+(?P<noun>\d{1,3}-year-old|[a-z][\w-]*)")
"""A person named by a definite description ("the farmer"): someone the story described."""
_DEFINITE_ROLE = re.compile(rf"(?i:the)\s+(?:[a-z][\w-]*\s+){{0,2}}?{PERSON_HEAD}")
"""A person by a definite title, trade or role ("the legislator", "the parish priest")."""
_THAT_BEFORE = re.compile(r"\b(?:and|but)\s+that\s+$")
"""A subject inside a second reported clause ("said it was “sorry” and that its staff had
acted “at once”"): the clause, and its quotation, is still the first speaker's."""
_THE = re.compile(r"(?i:the)\s")
"""A longer definite description of a person ("the 19-year-old Harlow College student") is the
person named last, as "he" or "she" would be."""
_THE_SPOKESPERSON = re.compile(r"(?i:the)\s+(?i:spokes(?:person|man|woman))")
"""A spokesperson the story introduced before ("a ministry spokesman said …")."""
_SPOKESPERSON = re.compile(r"\b(?i:spokes(?:person|man|woman)|representative)\b")
"""A speaker who is a person speaking for a party: a later "she" or "he" may mean them."""


@attrs.frozen
class Group:
    """A quotation before attribution: its segments and the paragraphs (by index) it spans."""

    segments: tuple[Span, ...]
    first: int
    last: int


def attribute_groups(
    text: str,
    groups: list[Group],
    sentences: tuple[Sentence, ...],
    paragraphs: list[Span],
    quoted: list[Span],
    parties: PartyMatcher,
) -> list[Attribution]:
    """The attribution of each quotation in ``groups``, which are in text order."""
    quoted = sorted(quoted, key=lambda q: q.start)
    quoted_starts = [q.start for q in quoted]
    referents = Referents(later=lambda: _referents(text, quoted, parties))
    starts = [s.start for s in sentences]
    found: list[Attribution] = []
    places: list[tuple[Span, int]] = []

    def resolver(who: Attribution, pronoun: str, at: int, first: int) -> Attribution:
        return _resolved_pronoun(text, who, pronoun, at, first, paragraphs, referents)

    last: Attribution | None = None
    last_group: Group | None = None
    for group in groups:
        first, final = group.segments[0], group.segments[-1]
        sentence = _sentence_at(sentences, starts, first.start)
        closing = _sentence_at(sentences, starts, final.end - 1)
        same_paragraph = last_group is not None and last_group.last == group.first
        previous_end = last_group.segments[-1].end if last_group and same_paragraph else None
        context_start = max(sentence.start, previous_end or sentence.start)
        who = attribute(text, first.start, final.end, (context_start, closing.end), parties)
        if who.attribution is None and who.speaker is None:
            who = (
                _attribution_after_a_question(text, final, closing, sentences, starts, parties)
                or who
            )
        if len(group.segments) > 1 and "\n" not in text[first.end : group.segments[1].start]:
            gap = first.end
            who = interrupting_attribution(text[gap : group.segments[1].start], gap, parties) or who
        if last is not None and same_paragraph:
            same_sentence = previous_end is not None and previous_end > sentence.start
            if who.attribution is None and (who.continues or (who.verb is None and same_sentence)):
                who = attrs.evolve(last, verb=who.verb or last.verb)
            elif (
                same_sentence
                and who.at is not None
                and _THAT_BEFORE.search(text, context_start, who.at)
            ):
                who = last
            elif (
                who.attribution is None
                and who.verb is None
                and previous_end is not None
                and _attributed_just_before(text, last, previous_end, first, sentence, starts)
            ):
                who = last  # "“…?” asked Ana Ruiz. “…”": she goes on
        if (pronoun := who.pronoun) and (at := who.at) is not None:
            reporter = (
                reporter_before(text, group.first, paragraphs, parties, last, resolver)
                if pronoun in PERSONAL
                and at < paragraphs[group.first].end
                and _opens_paragraph(text, first.start, paragraphs[group.first])
                else None
            )
            if reporter is not None:
                who = as_reporter(who, reporter, referents)
            else:
                who = _resolved_pronoun(text, who, pronoun, at, group.first, paragraphs, referents)
            described = who.attribution if who.speaker is None else None
            if described and described != pronoun:
                party = described_party(text, described, at, referents, parties)
                who = attrs.evolve(who, speaker=party) if party else who
        elif (
            who.speaker is None
            and who.at is not None
            and (
                GENERIC_ORGANISATION.fullmatch(who.attribution or "")
                or FIRM_OF_A_KIND.fullmatch(who.attribution or "")
            )
            and (
                named := _resolved_pronoun(
                    text, who, "company", who.at, group.first, paragraphs, referents
                )
            ).speaker
            is not None
        ):
            who = named  # "the company" is the one named last, whatever party has it as alias
        elif (
            who.speaker is None
            and who.at is not None
            and GENERIC_PUBLIC_BODY.fullmatch(who.attribution or "")
            and (
                named := _resolved_pronoun(
                    text, who, "public body", who.at, group.first, paragraphs, referents
                )
            ).speaker
            is not None
        ):
            who = named  # "the local authority": the public body named last
        elif (
            who.speaker is None and (titled := _one_titled(text, who.attribution or "")) is not None
        ):  # "Senator says …" in a headline: the one senator the story names
            who = attrs.evolve(who, attribution=titled, speaker=parties.most_specific(titled))
        elif (
            who.speaker is None
            and who.at is not None
            and (owner := owner_pronoun(who.attribution or ""))
            and (
                owned := _resolved_pronoun(
                    text, who, owner, who.at, group.first, paragraphs, referents
                )
            ).speaker
            is not None
        ):
            who = owned  # "Its leaders", "a notice on its website": the party "its" means
        elif (
            who.speaker is None
            and who.at is not None
            and (party := _described(text, who.attribution or "", who.at, referents, parties))
        ):
            who = attrs.evolve(who, speaker=party)
        elif (
            who.speaker is None
            and who.at is not None
            and (
                DOCUMENT.fullmatch(who.attribution or "")
                or BARE_SPOKESPERSON.fullmatch(who.attribution or "")
            )
        ):
            issued = _issued_before(text, who, found, places, paragraphs[max(0, group.first - 2)])
            who = issued or _resolved_pronoun(
                text, who, "issuer", who.at, group.first, paragraphs, referents
            )
            if who.speaker is None:  # "the spokesman" of no party: "a hospital spokesman"
                who = _described_before(who, referents) or who
        elif (
            who.speaker is None
            and who.at is not None
            and ELLIPTICAL.fullmatch(who.attribution or "")
        ):
            who = one_of_the_messages(text, who, paragraphs[group.first], parties)
        elif who.at is not None and (
            (
                GENERIC_ORGANISATION.fullmatch(who.attribution or "")
                and not _named_person(who, parties)
            )
            or (who.speaker is None and SPOKESPERSON_FOR_THE_FIRM.fullmatch(who.attribution or ""))
        ):
            named = _resolved_pronoun(
                text, who, "company", who.at, group.first, paragraphs, referents
            )
            who = named if named.speaker is not None else who
        elif (
            who.speaker is not None
            and who.at is not None
            and ROLE_DESCRIPTION.fullmatch(who.attribution or "")
        ):
            who = _member_named_before(who, group.first, paragraphs, referents, parties)
        elif (
            who.speaker is None
            and who.at is not None
            and who.at < paragraphs[group.first].end
            and _DEFINITE_ROLE.fullmatch(who.attribution or "")
            and not described_by((who.attribution or "").split()[-1], who.at, referents)
            and _opens_paragraph(text, first.start, paragraphs[group.first])
            and (
                reporter := reporter_before(text, group.first, paragraphs, parties, last, resolver)
            )
        ):
            who = as_reporter(who, reporter, referents)
        elif (
            who.speaker is None
            and who.at is not None
            and (definite := _DEFINITE.fullmatch(who.attribution or ""))
        ):
            person = described_by(definite.group("noun"), who.at, referents)
            holder = (
                None if person else _titled_before(text, definite.group("noun"), who.at, referents)
            )
            if person:
                who = attrs.evolve(who, attribution=person.name)
            elif holder:
                who = attrs.evolve(who, speaker=holder.party)
        elif (
            who.speaker is None
            and who.at is not None
            and _THE.match(who.attribution or "")
            and PERSON_DESCRIPTION.fullmatch(who.attribution or "")
        ):
            who = _resolved_pronoun(text, who, "he", who.at, group.first, paragraphs, referents)
        elif who.speaker is None and who.attribution is None and (who.continues or not who.verb):
            people = parties.people(text[sentence.start : first.start])
            head = text[sentence.start : first.start].rstrip(" “\"‘'«")
            source = _source_after(text, group, paragraphs, parties)
            if source is not None:
                who = source
            elif len(people) == 1:
                who = attrs.evolve(who, speaker=people[0])
            elif (colon := colon_speaker(head, sentence.start, parties)) is not None:
                who = colon
                if (pronoun := colon.pronoun) and colon.at is not None:
                    who = _resolved_pronoun(
                        text, colon, pronoun, colon.at, group.first, paragraphs, referents
                    )
            elif (
                _opens_paragraph(text, first.start, paragraphs[group.first])
                and group.first
                and heading_line(text, first.start, final.end) is None
            ):  # a subheading goes on from no paragraph: it keeps no one rather than a guess
                before = paragraphs[group.first - 1]
                reported = reported_in(text, before, parties, last)
                if (
                    reported is not None
                    and reported.pronoun
                    and reported.speaker is None
                    and reported.at is not None
                ):
                    reported = _resolved_pronoun(
                        text,
                        reported,
                        reported.pronoun,
                        reported.at,
                        group.first - 1,
                        paragraphs,
                        referents,
                    )
                if reported is None and not _QUOTE_MARK.search(text, before.start, before.end):
                    reported = _one_person(before, referents)
                who = reported or who
            elif _opens_paragraph(text, first.start, sentence):
                opening = paragraphs[group.first].start
                who = _one_person(Span(opening, sentence.start), referents) or who
        if who.speaker is None and who.attribution and _name_or_surname(who.attribution):
            who = attrs.evolve(who, attribution=full_name(who.attribution, who.at or 0, referents))
            earlier = [(w.attribution, w.speaker) for w in found]
            party = named_spokesperson_party(
                text, who.attribution or "", who.at or 0, earlier, referents, parties
            )
            who = attrs.evolve(who, speaker=party) if party else who
        found.append(who)
        places.append((Span(sentence.start, closing.end), final.end))
        for referent in _as_referent(who, final.start, parties):
            referents.append(referent)
            referents.extend(_surname_mentions(text, referent, quoted, quoted_starts))
        last, last_group = who, group
    return _shared_with_the_next(found, places)


_SURNAME = re.compile(r"[A-Z][\w’'-]+")


_THE_DOCUMENT = re.compile(r"(?i:the)\s+(?:[\w-]+\s+)?(?P<noun>[a-z-]+)")
"""A document or spokesperson named with "the" ("the written statement"), and its noun."""


_TITLE_ALONE = re.compile(
    r"Senator|Judge|Justice|Minister|Mayor|Governor|Councillor|Deputy|President|Inspector"
    r"|Captain|Professor|Dr|Bishop|General|Commissioner|Prosecutor"
)
"""A title that stands before a name, written alone as a speaker ("Senator says …")."""


def _named_person(who: Attribution, parties: PartyMatcher) -> bool:
    """Whether the attribution resolved to a person who is a party, named in apposition to a
    role that fits any organisation ("A company spokesman, Ana Ruiz, said"): her own words."""
    return who.speaker is not None and parties.kind(who.speaker) is PartyKind.PERSON


def _described_before(who: Attribution, referents: Referents) -> Attribution | None:
    """A definite description ("the spokesman") of someone the story described before ("a
    hospital spokesman said …"), as that description."""
    definite = _DEFINITE.fullmatch(who.attribution or "")
    if definite is None or who.at is None:
        return None
    person = described_by(definite.group("noun"), who.at, referents)
    return attrs.evolve(who, attribution=person.name) if person else None


_TITLE_BEFORE = re.compile(r"(?:[\w’'-]+\s+){1,3}$")
"""The words of a title written before a name ("Education Minister")."""
_TITLE_REACH = 2_000
"""How far back, in characters, "the minister" looks for "Health Minister Ana Ruiz"."""


def _titled_before(text: str, noun: str, at: int, referents: Referents) -> Referent | None:
    """The person, a party, whom "the <noun>" means: the latest one before ``at`` named after
    a title that holds the noun ("the minister" after "Health Minister Ana Ruiz"), written
    before the name or as part of the mention."""
    noun = noun.casefold()
    for person in referents.backwards("person", at - _TITLE_REACH, at):
        title = _TITLE_BEFORE.search(text, max(0, person.at - 40), person.at)
        words = f"{title.group() if title else ''} {person.name}".casefold().split()
        if person.party is not None and noun in words[:-1]:
            return person
    return None


def _one_titled(text: str, attribution: str) -> str | None:
    """For a title written alone, the name of the one person the text gives that title."""
    if _TITLE_ALONE.fullmatch(attribution) is None:
        return None
    names = {
        m.group("name") for m in re.finditer(rf"\b{attribution}\.?\s+(?P<name>{NAME}\b)", text)
    }
    return names.pop() if len(names) == 1 else None


def _issued_before(
    text: str,
    who: Attribution,
    found: list[Attribution],
    places: list[tuple[Span, int]],
    reach: Span,
) -> Attribution | None:
    """For a document named with "the" ("the statement said"), the speaker of the last
    quotation before it whose sentence names such a document ("In a statement, Acme said
    “…”"), in this paragraph or the two before: the document is theirs."""
    document = _THE_DOCUMENT.fullmatch(who.attribution or "")
    if document is None:
        return None
    noun = re.compile(rf"\b{re.escape(document.group('noun'))}\b", re.IGNORECASE)
    for earlier, (sentence, _) in zip(reversed(found), reversed(places), strict=True):
        if sentence.start < reach.start:
            break
        if earlier.speaker is not None and noun.search(text, sentence.start, sentence.end):
            return attrs.evolve(who, speaker=earlier.speaker)
    return None


def _attribution_after_a_question(
    text: str,
    final: Span,
    closing: Span,
    sentences: tuple[Sentence, ...],
    starts: list[int],
    parties: PartyMatcher,
) -> Attribution | None:
    """The attribution of a quotation that closes on a question or exclamation mark when the
    next sentence is that attribution and nothing else (``“…?” Ana Ruiz asked.``), which the
    sentence splitter set apart."""
    if text[final.end - 1 : final.end] not in ("?", "!") or text[final.end : closing.end].strip(
        "”»\"’' "
    ):
        return None
    i = bisect.bisect_left(starts, closing.end)
    if i == len(sentences) or "\n" in text[closing.end : sentences[i].start]:
        return None
    following = sentences[i]
    return interrupting_attribution(text[closing.end : following.end], closing.end, parties)


def _source_after(
    text: str, group: Group, paragraphs: list[Span], parties: PartyMatcher
) -> Attribution | None:
    """The speaker the sentence after a quotation that closes its own names as its source
    ("That assessment came from …", "That was the view of …"): in the same paragraph, or
    opening the next one when the quotation fills its own paragraphs."""
    first, final = group.segments[0], group.segments[-1]
    paragraph = paragraphs[group.last]
    closed = _CLOSED.match(text, final.end, paragraph.end)
    if closed is None or (
        text[final.end - 1 : final.end] not in _ENDS and "." not in closed.group()
    ):
        return None
    if closed.end() < paragraph.end:
        return source_after(text[closed.end() : paragraph.end], closed.end(), parties)
    if group.last + 1 >= len(paragraphs) or not _opens_paragraph(
        text, first.start, paragraphs[group.first]
    ):
        return None
    after = paragraphs[group.last + 1]
    return source_after(text[after.start : after.end], after.start, parties)


_CLOSED = re.compile(r"[”’\"'»]*\.?[”’\"'»]*\s*")
"""The closing marks and point after a quotation that ends its sentence."""
_ENDS = (".", "!", "?", "…")


def _attributed_just_before(
    text: str, last: Attribution, previous_end: int, first: Span, sentence: Span, starts: list[int]
) -> bool:
    """Whether a quotation opens the sentence right after one that closed on the previous
    quotation's attribution (``“…?” asked Ana Ruiz. “…”``), with no words of its own."""
    if (
        last.at is None
        or last.at < previous_end
        or not _opens_paragraph(text, first.start, sentence)
    ):
        return False
    return bisect.bisect_right(starts, last.at) == bisect.bisect_right(starts, sentence.start) - 1


def _name_or_surname(attribution: str) -> bool:
    """Whether an attribution is a name ("resident Sarah Jones") or a surname alone
    ("Jones"), which the full name introduced before it stands for."""
    return looks_like_a_name(attribution) or _SURNAME.fullmatch(attribution) is not None


def _shared_with_the_next(
    found: list[Attribution], places: list[tuple[Span, int]]
) -> list[Attribution]:
    """A quotation with no attribution takes that of the next quotation in its sentence when
    it is written after both (``The firm “regrets it” and “will pay,” it said.``)."""
    for i in range(len(found) - 2, -1, -1):
        (sentence, _), (next_sentence, next_end) = places[i], places[i + 1]
        following = found[i + 1]
        if (
            found[i].attribution is None
            and found[i].speaker is None
            and sentence == next_sentence
            and following.at is not None
            and following.at >= next_end
        ):
            found[i] = following
    return found


def _opens_paragraph(text: str, at: int, paragraph: Span) -> bool:
    """Whether a quotation starting at ``at`` opens its paragraph (only its quote mark before
    it); with a sentence for ``paragraph``, whether it opens the sentence."""
    return _NOT_OPENING.search(text, paragraph.start, at) is None


def _one_person(before: Span, referents: Referents) -> Attribution | None:
    """The one person the paragraph names before a quotation that opens a sentence of its own
    ("Ana Ruiz has driven the route for years. “…”"), or None when it names none or several."""
    people = referents.backwards("person", before.start, before.end)
    last = next(people, None)
    if last is None:
        return None
    name = last.party or full_name(last.name, last.at + 1, referents)
    if any((r.party or full_name(r.name, r.at + 1, referents)) != name for r in people):
        return None
    if last.party is not None:
        return Attribution(attribution=last.name, speaker=last.party, at=last.at)
    return Attribution(attribution=name, at=last.at)


def _member_named_before(
    who: Attribution,
    first: int,
    paragraphs: list[Span],
    referents: Referents,
    parties: PartyMatcher,
) -> Attribution:
    """A role in an organisation ("the chair of the guild") is the member of that organisation
    the story named last, in this paragraph or the one before; else the organisation."""
    assert who.at is not None
    start = paragraphs[max(0, first - 1)].start
    members = [p for p in referents.member_parties() if parties.affiliation(p) == who.speaker]
    member = referents.latest_member(members, start, who.at)
    return who if member is None else attrs.evolve(who, speaker=member.party)


def _described(
    text: str, attribution: str, at: int, referents: Referents, parties: PartyMatcher
) -> str | None:
    """The party a description written as the attribution at ``at`` means: for "the
    spokesman", the one the spokesperson introduced before speaks for; else the party
    named by the description's noun."""
    if _THE_SPOKESPERSON.fullmatch(attribution):
        party = introduced_spokesperson(text, at, referents, parties)
        if party is not None:
            return party
    return described_party(text, attribution, at, referents, parties)


def _resolved_pronoun(
    text: str,
    who: Attribution,
    pronoun: str,
    at: int,
    first: int,
    paragraphs: list[Span],
    referents: Referents,
) -> Attribution:
    """Resolve the pronoun in its paragraph, or in the one before the quotation's first
    paragraph, or further back through paragraphs that speak of the same "she" or "he"."""
    index = max(0, bisect.bisect_right(paragraphs, at, key=lambda p: p.start) - 1)
    opening = min(index, first)
    current = (paragraphs[opening].start, paragraphs[index].end)
    previous = (paragraphs[opening - 1].start, paragraphs[opening - 1].end) if opening else None
    referent = resolve(pronoun, at, (current, previous), referents)
    back = opening - 1
    while (
        referent is None
        and back > max(0, opening - _PRONOUN_CHAIN)
        and _speaks_of(pronoun, text[paragraphs[back].start : paragraphs[back].end])
    ):
        back -= 1  # that paragraph speaks of the same person: the person is named before it
        referent = resolve(
            pronoun, at, ((paragraphs[back].start, paragraphs[back].end), None), referents
        )
    if referent is None:
        return who
    if pronoun in ("it", "issuer"):
        referent = subject_before(text, referent, at, referents)
    elif pronoun in ("he", "she"):
        referent = person_subject_before(text, referent, at, referents)
    if referent.party is not None:
        return attrs.evolve(who, speaker=referent.party)
    return attrs.evolve(who, attribution=full_name(referent.name, referent.at, referents))


def _referents(text: str, quoted: list[Span], parties: PartyMatcher) -> list[Referent]:
    """Parties and introduced people named outside quotation marks."""
    spans = sorted(quoted)
    starts = [s.start for s in spans]

    def inside_quotes(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and spans[i].start <= at < spans[i].end

    mentions = [m for m in parties.mentions(text) if not inside_quotes(m.start)]
    found = [
        Referent(m.start, person_kind(parties.kind(m.party)), m.party, m.text, _plural(m.text))
        for m in mentions
    ]
    named = sorted((m.start, m.end) for m in mentions)
    named_starts = [s for s, _ in named]
    reach = list(itertools.accumulate((e for _, e in named), max))

    def overlaps_a_mention(start: int, end: int) -> bool:
        i = bisect.bisect_left(named_starts, end)  # the mentions that start before ``end``
        return i > 0 and reach[i - 1] > start

    named_couples = couples(text, 0, len(text))
    people = [
        *introduced_people(text, 0, len(text)),
        *described_people(text, 0, len(text)),
        *named_couples,
        *groups_of_people(text, 0, len(text)),
    ]
    for person in people:
        end = person.at + len(person.name)
        described = person.name[:1].islower()  # "a woman who rides for Acme": no name to overlap
        if not inside_quotes(person.at) and (described or not overlaps_a_mention(person.at, end)):
            found.append(person)
    found.extend(
        family for family in family_mentions(text, named_couples) if not inside_quotes(family.at)
    )
    found.extend(_spokespeople(text, found, parties, inside_quotes))
    found.extend(
        attrs.evolve(role, party=holder) if holder else role
        for role in role_subjects(text)
        if not inside_quotes(role.at)
        for holder in (parties.person_in_role(role.name.removeprefix("the ")),)
    )
    return found


_SPOKESPERSON_OPENING = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:An?|The)\s+(?:[\w’'-]+\s+){0,2}?"
    r"spokes(?:person|man|woman)\b(?:\s+(?:for|of|from|at)\s+[^,.;:“”«»\"]+)?"
)
"""A spokesperson opening a sentence that quotes nothing ("A spokeswoman declined to say
…"): a later "she" may mean them. Tried only where a sentence starts (``openings``)."""
_SPOKEN_FOR = (PartyKind.ORGANIZATION, PartyKind.GROUP, PartyKind.PLATFORM)


def _spokespeople(
    text: str, found: list[Referent], parties: PartyMatcher, inside_quotes: Callable[[int], bool]
) -> Iterator[Referent]:
    """Spokespeople opening a sentence, as people speaking for the party their words name,
    or else for the organisation named last before them."""
    organisations = sorted(
        (r.at, r.party)
        for r in found
        if r.party is not None and parties.kind(r.party) in _SPOKEN_FOR
    )
    for match in tried_at(_SPOKESPERSON_OPENING, text, sentence_starts(text)):
        if inside_quotes(match.start()):
            continue
        party = parties.most_specific(match.group())
        if party is None:
            i = bisect.bisect_left(organisations, (match.start(), ""))
            party = organisations[i - 1][1] if i else None
        if party is not None:
            yield Referent(match.start(), "person", party, match.group())


_PRONOUN_CHAIN = 3
"""How many paragraphs back a "she" may carry through paragraphs that speak of her."""
_PRONOUN_FORMS = {
    "she": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b"),
    "he": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b"),
    "company": re.compile(rf"\b(?:{GENERIC_ORGANISATION.pattern})\b", re.IGNORECASE),
}
"""The forms of a person's pronoun that carry on from one paragraph to the next, and the
generic description of an organisation ("The company, which runs …") that does the same."""


_OPENS_WITH_A_ROLE = re.compile(rf"\s*The\s+(?:[a-z][\w-]*\s+){{0,2}}?{PERSON_HEAD}")
"""A paragraph whose subject is a person by a definite title or role ("The chair of the
commuters' group says …"): it goes on about someone named before."""


def _speaks_of(pronoun: str, paragraph: str) -> bool:
    """Whether a paragraph with no one named in it speaks of the person ``pronoun`` means:
    by one of the pronoun's forms, or, for "he" or "she", by a definite role as its subject."""
    forms = _PRONOUN_FORMS.get(pronoun)
    return forms is not None and (
        forms.search(paragraph) is not None
        or (pronoun in ("he", "she") and _OPENS_WITH_A_ROLE.match(paragraph) is not None)
    )


def _plural(name: str) -> bool:
    """Whether a party is named by a plural common noun ("Prosecutors", "the unions")."""
    words = (name[:1].lower() + name[1:]).split()
    return name[:1].lower() + name[1:] == " ".join(words).lower() and looks_plural(words[-1])


def _as_referent(who: Attribution, at: int, parties: PartyMatcher) -> list[Referent]:
    """A quotation's speaker, as something a later pronoun may point back to: where the
    attribution or the quotation is written, whichever comes later (a speaker introduced
    paragraphs before their quotation is present again where they speak)."""
    where = max(who.at, at) if who.at is not None else at
    if who.speaker is not None:
        kind = person_kind(parties.kind(who.speaker))
        named = who.attribution or who.speaker
        spokesperson = kind != "person" and (
            _SPOKESPERSON.search(who.attribution or "") or one_officer(who.attribution or "")
        )
        # "A Marlow spokeswoman said …" — a later "she" is the spokeswoman, speaking for it
        also = [Referent(where, "person", who.speaker, named)] if spokesperson else []
        return [Referent(where, kind, who.speaker, named), *also]
    if who.attribution and not who.pronoun and looks_like_a_name(who.attribution):
        return [Referent(where, "person", None, who.attribution)]
    return []


_GIVEN_NAME = re.compile(r"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|The|For|And|But)$)[A-Z][a-z]{2,}")
"""A first word of a name that may be a given name used alone: no title, no sentence word."""
_SURNAME_REACH = 5_000
"""How far after a speaker's name, in characters, a mention by surname is looked for."""


def _surname_mentions(
    text: str, person: Referent, quoted: list[Span], starts: list[int]
) -> list[Referent]:
    """Later mentions of a named speaker who is not a party by their surname ("Sethi's
    advice") or by their given name alone ("Priya said"), so that a "she" after them finds
    the person. ``quoted`` is sorted by start, and ``starts`` are their starts."""
    words = person.name.split()
    if person.party is not None or len(words) < 2 or not words[-1][:1].isupper():
        return []
    names = [re.escape(words[-1])]
    if _GIVEN_NAME.fullmatch(words[-2]):
        names.append(rf"{re.escape(words[-2])}(?![\w’'-]|\s+[A-Z])")

    def inside_quotes(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and quoted[i].start <= at < quoted[i].end

    pattern = re.compile(rf"\b(?:{'|'.join(names)})(?:['’]s)?\b")
    start = person.at + len(person.name)
    return [
        Referent(m.start(), person.kind, None, person.name)
        for m in pattern.finditer(text, start, start + _SURNAME_REACH)
        if not inside_quotes(m.start())
    ]


def _sentence_at(sentences: tuple[Sentence, ...], starts: list[int], at: int) -> Span:
    i = bisect.bisect_right(starts, at) - 1
    if i >= 0 and sentences[i].start <= at < sentences[i].end:
        return Span(sentences[i].start, sentences[i].end)
    return Span(at, at)
