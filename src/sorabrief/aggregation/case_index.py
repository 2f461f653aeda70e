"""A case's sentences for scoring: TF-IDF vectors with an inverted index, and per sentence
the parties it names and whether it gives a date.

Sentences are numbered by *position* across the case (sources in id order). A text that
several sources print word for word (a wire story and its copies) is vectorised and
compared once: vectors and the inverted index are over distinct *texts*, and
``texts_of``/``positions_of`` map between the two. Word weights still count every
position, so the scores are exactly those of comparing every sentence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Mapping, Sequence

import attrs

from sorabrief.aggregation.described import described_at
from sorabrief.aggregation.meaning import TermWeights, Vector, sentence_stems, stems_and_polarity
from sorabrief.aggregation.polarity import Polarity
from sorabrief.aggregation.speaking import goes_on, pronoun_speaks, speaking
from sorabrief.findings import Findings, Sentence
from sorabrief.model import Case


@attrs.frozen
class SentenceRef:
    """One sentence of one source: its index in that source's ``Findings.sentences``."""

    source: str
    index: int


def members_of(case: Case) -> dict[str, str]:
    """The party each affiliated party speaks for, by id."""
    return {p.id: p.affiliation for p in case.parties if p.affiliation}


class CaseIndex:
    """The sentences of a case, by position and by distinct text.

    ``members`` maps a party to the party it speaks for, so a spokesperson counts as the
    organisation as well as themself; ``described``, a noun to the one party it describes
    (``described.py``: "the operator")."""

    def __init__(
        self,
        findings: Mapping[str, Findings],
        members: Mapping[str, str],
        described: Mapping[str, str] | None = None,
    ) -> None:
        self.findings = findings
        self.refs: list[SentenceRef] = []
        self.named: list[frozenset[str]] = []
        """By position: the parties each sentence names or quotes (people as themselves and
        as their party)."""
        self.dated: list[bool] = []
        """By position: whether the sentence gives a resolved date."""
        self.speakers: list[frozenset[str]] = []
        """By position: the parties whose quotation the sentence holds (people as themselves
        and as their party)."""
        self._speaking: dict[str, _Speakers] = {}
        """By source id, once asked for: its sentences' speakers (``speaking_at``)."""
        self._speech = _Speech()
        """``speaking``'s and ``goes_on``'s answers, shared by the sources."""
        self.text_of: list[int] = []
        """By position: the number of its distinct text."""
        self.positions_of: list[list[int]] = []
        """By distinct text: the positions that print it."""
        self.printer: list[str | None] = []
        """By distinct text: the one source that prints it, or None when several do."""
        self.said: list[Polarity] = []
        """By distinct text: its polarity (``polarity.polarity``)."""
        self._first: dict[str, int] = {}
        """By source id: the position of its first sentence."""
        groups: list[dict[tuple[frozenset[str], bool], list[int]]] = []
        numbers: dict[str, int] = {}
        stems: list[tuple[str, ...]] = []
        nobody: frozenset[str] = frozenset()
        standing = _standing(members)
        self._standing_set = _as_set(standing)
        describing = self._describing = _describing(described or {})
        for source_id in sorted(findings):
            found = findings[source_id]
            starts = [s.start for s in found.sentences]
            quoted = _quoted(found, starts, standing)
            named = _named_by_sentence(found, starts, quoted, standing, describing)
            speakers = _speakers_by_sentence(quoted)
            dated = _dated_sentences(found, starts)
            first = self._first[source_id] = len(self.refs)
            indexes = range(len(found.sentences))
            names_of = [named.get(i, nobody) for i in indexes]
            dated_of = [i in dated for i in indexes]
            self.refs += [SentenceRef(source_id, i) for i in indexes]
            self.named += names_of
            self.dated += dated_of
            self.speakers += [speakers.get(i, nobody) for i in indexes]
            for position, sentence, names, when in zip(
                itertools.count(first), found.sentences, names_of, dated_of
            ):
                number = numbers.get(sentence.text)
                if number is None:
                    number = numbers[sentence.text] = len(stems)
                    found_stems, said = stems_and_polarity(sentence.text)
                    stems.append(found_stems)
                    self.said.append(said)
                    self.positions_of.append([position])
                    self.printer.append(source_id)
                    groups.append({(names, when): [position]})
                else:
                    if self.printer[number] != source_id:
                        self.printer[number] = None
                    self.positions_of[number].append(position)
                    groups[number].setdefault((names, when), []).append(position)
                self.text_of.append(number)
        self.groups_of = [[(n, d, tuple(p)) for (n, d), p in g.items()] for g in groups]
        """By distinct text: its positions grouped by the parties they name and whether
        they give a date, as (named, dated, positions)."""
        self.named_of = [{n for n, _ in g} for g in groups]
        """By distinct text: the sets of parties its positions name."""
        self.weights = TermWeights(zip(stems, map(len, self.positions_of), strict=True))
        self.vectors = [self.weights.vector(s) for s in stems]
        """By distinct text."""
        self._queries: dict[str, Vector] = {}
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for number, vector in enumerate(self.vectors):
            for term, weight in vector.items():
                self._postings.setdefault(term, []).append((number, weight))

    def speaking_at(self, position: int) -> frozenset[str]:
        """The parties a sentence gives as speaking it, quoted or reported (``speaking.py``;
        people as themselves and as their party). Found only for the sentences asked for,
        and the ones before them that a pronoun carries on from."""
        ref = self.refs[position]
        speakers = self._speaking.get(ref.source)
        if speakers is None:
            first = self._first[ref.source]
            findings = self.findings[ref.source]
            quoted = {i: self.speakers[first + i] for i in range(len(findings.sentences))}
            speakers = self._speaking[ref.source] = _Speakers(
                findings, quoted, self._standing_set, self._describing, self._speech
            )
        return speakers.at(ref.index)

    def position(self, ref: SentenceRef) -> int:
        """The position of a sentence of the case."""
        return self._first[ref.source] + ref.index

    def sentence(self, position: int) -> Sentence:
        ref = self.refs[position]
        return self.findings[ref.source].sentences[ref.index]

    def text(self, number: int) -> str:
        """A distinct text, by its number."""
        return self.sentence(self.positions_of[number][0]).text

    def query(self, text: str) -> Vector:
        """The vector of any text in this case's weights (made once per text: a figure
        claim's words are asked for at every article linked to it)."""
        if text not in self._queries:
            self._queries[text] = self.weights.vector(sentence_stems(text))
        return self._queries[text]

    def similarities(self, query: Vector) -> dict[int, float]:
        """The cosine of ``query`` with every distinct text sharing a stem with it."""
        found: dict[int, float] = {}
        for term, weight in query.items():
            for number, other in self._postings.get(term, ()):
                found[number] = found.get(number, 0.0) + weight * other
        return found


def _sentence_of(sentences: Sequence[Sentence], starts: Sequence[int], offset: int) -> int | None:
    """The index of the sentence holding ``offset``, if any."""
    index = bisect.bisect_right(starts, offset) - 1
    return index if index >= 0 and offset < sentences[index].end else None


def _named_by_sentence(
    findings: Findings,
    starts: Sequence[int],
    quoted: Sequence[tuple[int, str]],
    standing: Callable[[str], tuple[str, ...]],
    describing: Callable[[str], list[tuple[int, str]]],
) -> dict[int, frozenset[str]]:
    """The parties each sentence names, calls by their kind ("the operator") or quotes (a
    quotation's resolved speaker counts), and for a sentence a pronoun gives as said ("It
    said it would appeal", "Flows were down by a third, he said"), the speakers of the
    sentence before, quoted or reported ("The minister told MPs that …"). ``starts``: the
    sentences' starts; ``quoted``: ``_quoted``; ``describing``: ``_describing``."""
    named: dict[int, set[str]] = {}
    named_at: dict[int, list[tuple[int, frozenset[str]]]] = {}
    for number, sentence in enumerate(findings.sentences):
        for at, party in describing(sentence.text):
            named.setdefault(number, set()).update(standing(party))
            named_at.setdefault(number, []).append((at, frozenset(standing(party))))
    for mention in findings.mentions:
        index = _sentence_of(findings.sentences, starts, mention.start)
        if index is not None:
            named.setdefault(index, set()).update(standing(mention.party))
            at = mention.start - starts[index]
            named_at.setdefault(index, []).append((at, frozenset(standing(mention.party))))
    quoted_at: dict[int, set[str]] = {}
    for index, party in quoted:
        named.setdefault(index, set()).add(party)
        quoted_at.setdefault(index, set()).add(party)
    carried: dict[int, frozenset[str]] = {}
    for index in range(1, len(findings.sentences)):
        text, before = findings.sentences[index].text, index - 1
        if not pronoun_speaks(text, named_at.get(index, ())):
            continue
        went_on = carried.get(before, frozenset())
        said = speaking(findings.sentences[before].text, named_at.get(before, ()), went_on)
        carried[index] = said | went_on | quoted_at.get(before, set())
        named.setdefault(index, set()).update(carried[index])
    return {i: frozenset(p) for i, p in named.items()}


def _speakers_by_sentence(quoted: Sequence[tuple[int, str]]) -> dict[int, frozenset[str]]:
    """The resolved speakers of the quotations each sentence holds, from ``_quoted``."""
    speakers: dict[int, set[str]] = {}
    for index, party in quoted:
        speakers.setdefault(index, set()).add(party)
    return {i: frozenset(p) for i, p in speakers.items()}


def _quoted(
    findings: Findings, starts: Sequence[int], standing: Callable[[str], tuple[str, ...]]
) -> list[tuple[int, str]]:
    """Each sentence a quotation with a resolved speaker runs through, with the speaker's
    party: a quotation that goes on into the next sentence ("“The crews are out,” the
    mayor said. “The roads will be clear by noon.”") is the speaker's words in both."""
    found = []
    for quote in findings.quotes:
        first = _sentence_of(findings.sentences, starts, quote.start)
        if first is None or not quote.speaker:
            continue
        last = max(first, bisect.bisect_left(starts, quote.end) - 1)
        parties = standing(quote.speaker)
        found += [(index, party) for index in range(first, last + 1) for party in parties]
    return found


def _describing(described: Mapping[str, str]) -> Callable[[str], list[tuple[int, str]]]:
    """``described_at`` under ``described``, found once per distinct text (copies of a
    wire story print the same sentences). The lists returned are shared: not to be
    changed."""
    found: dict[str, list[tuple[int, str]]] = {}

    def describing(text: str) -> list[tuple[int, str]]:
        parties = found.get(text)
        if parties is None:
            parties = found[text] = described_at(text, described)
        return parties

    return describing


_Named = tuple[tuple[int, frozenset[str]], ...]
"""Where a sentence names whom: (start, parties)."""


class _Speech:
    """``speaking`` and ``goes_on``, each answered once per distinct question: copies of a
    story print the same sentences naming the same parties at the same places."""

    def __init__(self) -> None:
        self._speaking: dict[tuple[str, _Named, frozenset[str]], frozenset[str]] = {}
        self._goes_on: dict[tuple[str, _Named], bool] = {}

    def speaking(self, text: str, named_at: _Named, before: frozenset[str]) -> frozenset[str]:
        key = (text, named_at, before)
        found = self._speaking.get(key)
        if found is None:
            found = self._speaking[key] = speaking(text, named_at, before)
        return found

    def goes_on(self, text: str, named_at: _Named) -> bool:
        key = (text, named_at)
        found = self._goes_on.get(key)
        if found is None:
            found = self._goes_on[key] = goes_on(text, named_at)
        return found


class _Speakers:
    """A source's sentences' speakers (``speaking.py``), each found when first asked for: a
    sentence opened by a pronoun goes on with the speakers of the one before, so those are
    found first; ``quoted``: each sentence's quotations' speakers; ``speech``: the case's
    answers of ``speaking.py``."""

    def __init__(
        self,
        findings: Findings,
        quoted: Mapping[int, frozenset[str]],
        standing: Callable[[str], frozenset[str]],
        describing: Callable[[str], list[tuple[int, str]]],
        speech: _Speech,
    ) -> None:
        self._sentences = findings.sentences
        self._quoted = quoted
        self._speech = speech
        self._standing = standing
        self._describing = describing
        self._mentions: dict[int, list[tuple[int, frozenset[str]]]] = {}
        starts = [s.start for s in findings.sentences]
        for mention in findings.mentions:
            index = _sentence_of(findings.sentences, starts, mention.start)
            if index is not None:
                at = mention.start - starts[index]
                self._mentions.setdefault(index, []).append((at, standing(mention.party)))
        self._found: dict[int, frozenset[str]] = {}

    def at(self, index: int) -> frozenset[str]:
        """The speakers of sentence ``index``."""
        waiting: list[tuple[int, _Named]] = []
        number = index
        while number not in self._found:
            named_at = tuple(self._named_at(number))
            waiting.append((number, named_at))
            if number == 0 or not self._speech.goes_on(self._sentences[number].text, named_at):
                break
            number -= 1
        for number, named_at in reversed(waiting):
            before = self._found.get(number - 1, frozenset())
            said = self._speech.speaking(self._sentences[number].text, named_at, before)
            self._found[number] = said | self._quoted.get(number, frozenset())
        return self._found[index]

    def _named_at(self, index: int) -> list[tuple[int, frozenset[str]]]:
        return self._mentions.get(index, []) + [
            (at, self._standing(party))
            for at, party in self._describing(self._sentences[index].text)
        ]


def _as_set(standing: Callable[[str], tuple[str, ...]]) -> Callable[[str], frozenset[str]]:
    """``standing``'s chains as sets, each made once."""
    sets: dict[str, frozenset[str]] = {}

    def standing_set(party: str) -> frozenset[str]:
        found = sets.get(party)
        if found is None:
            found = sets[party] = frozenset(standing(party))
        return found

    return standing_set


def _standing(members: Mapping[str, str]) -> Callable[[str], tuple[str, ...]]:
    """``_standing_for`` under ``members``, each party's chain found once."""
    chains: dict[str, tuple[str, ...]] = {}

    def standing(party: str) -> tuple[str, ...]:
        chain = chains.get(party)
        if chain is None:
            chain = chains[party] = _standing_for(party, members)
        return chain

    return standing


def _standing_for(party: str, members: Mapping[str, str]) -> tuple[str, ...]:
    """The party and every party it speaks for, nearest first: a spokesperson is both
    themself and their organisation, and a subsidiary both itself and its parent."""
    chain = [party]
    while (up := members.get(chain[-1])) is not None and up not in chain:
        chain.append(up)
    return tuple(chain)


_DEADLINE = re.compile(r"(?i)(?:by|before|until)\s+the\s+(?:end|close)\s+of\b")
"""A deadline at the end of a period ("before the end of the month"): the bound of
something to come, which dates no event that happened."""


def _dated_sentences(findings: Findings, starts: Sequence[int]) -> set[int]:
    """The sentences holding a resolved date (``starts``: the sentences' starts), a
    deadline at the end of a period aside."""
    found = (
        _sentence_of(findings.sentences, starts, d.start)
        for d in findings.dates
        if d.value is not None and not _DEADLINE.match(d.text)
    )
    return {i for i in found if i is not None}
