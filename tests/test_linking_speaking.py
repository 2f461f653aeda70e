"""Who speaks a sentence, and a grievance told by its own party in other words. Invented
text."""

from __future__ import annotations

from pathlib import Path

import sorabrief
from sorabrief.aggregation.case_index import CaseIndex
from sorabrief.aggregation.linking import LINK, NEAR, link_all
from sorabrief.aggregation.speaking import speaking
from sorabrief.extract import extract, vocabulary_of
from sorabrief.findings import Findings, Mention, Sentence

_UNION = frozenset({"union"})
_MILL = frozenset({"mill"})
_NOBODY: frozenset[str] = frozenset()


def test_the_party_named_before_a_verb_of_saying_speaks() -> None:
    text = "The millers' union said managers had let the filters clog for months."
    assert speaking(text, [(4, _UNION)], _NOBODY) == _UNION


def test_the_party_nearest_the_verb_speaks_not_one_it_reports() -> None:
    text = "Dr Ana Vale said the union had written to the mill in May."
    assert speaking(text, [(3, _MILL), (20, _UNION), (45, _MILL)], _NOBODY) == _MILL


def test_a_party_named_after_a_preposition_is_not_the_speaker() -> None:
    text = "Workers at the mill have told reporters that the filters clogged in May."
    assert speaking(text, [(0, _UNION), (11, _MILL)], _NOBODY) == _UNION
    text = "Ana Vale of the union said the filters clogged in May."
    assert speaking(text, [(9, _UNION)], _NOBODY) == _UNION  # no other party named


def test_each_verb_of_saying_has_its_own_speaker() -> None:
    text = "The mill says the filters were cleaned, while the union has accused it of lying."
    assert speaking(text, [(4, _MILL), (50, _UNION)], _NOBODY) == _MILL | _UNION


def test_a_speaker_named_after_the_verb_speaks() -> None:
    text = "The filters clogged twice last year, said Ana Vale, who chairs the union."
    assert speaking(text, [(42, _UNION)], _NOBODY) == _UNION


def test_a_sentence_opened_by_a_pronoun_goes_on_with_the_speaker_before() -> None:
    assert speaking("He added that the mill had known since May.", [], _UNION) == _UNION
    assert speaking("The filters were replaced on Monday.", [], _UNION) == _NOBODY
    assert speaking("The union met the mill's managers on Monday.", [(4, _UNION)], _NOBODY) == (
        _NOBODY
    )


def test_the_index_carries_the_speaker_into_the_next_sentence() -> None:
    first = "The union said the mill had ignored its warnings."
    second = "She added that the filters had clogged in May."
    sentences = (
        Sentence(start=0, end=len(first), text=first),
        Sentence(start=len(first) + 1, end=len(first) + 1 + len(second), text=second),
    )
    mentions = (Mention(party="union", text="union", start=4, end=9),)
    findings = Findings(source="01", sentences=sentences, mentions=mentions)
    index = CaseIndex({"01": findings}, {})
    assert [index.speaking_at(0), index.speaking_at(1)] == [_UNION, _UNION]


def test_a_later_sentence_asked_first_finds_the_speaker_it_carries_on_from() -> None:
    first = "The union said the mill had ignored its warnings."
    second = "It added that the filters had clogged in May."
    third = "They said the vents were blocked."
    texts = [first, second, third]
    starts = [0, len(first) + 1, len(first) + len(second) + 2]
    sentences = tuple(
        Sentence(start=start, end=start + len(text), text=text)
        for start, text in zip(starts, texts, strict=True)
    )
    mentions = (Mention(party="union", text="union", start=4, end=9),)
    findings = Findings(source="01", sentences=sentences, mentions=mentions)
    index = CaseIndex({"01": findings}, {})
    assert index.speaking_at(2) == _UNION
    assert [index.speaking_at(1), index.speaking_at(0)] == [_UNION, _UNION]


def _named(texts: list[str], mentions: tuple[Mention, ...]) -> list[frozenset[str]]:
    """The parties a one-source index gives each of ``texts`` as naming."""
    starts = [sum(len(t) + 1 for t in texts[:n]) for n in range(len(texts))]
    sentences = tuple(
        Sentence(start=start, end=start + len(text), text=text)
        for start, text in zip(starts, texts, strict=True)
    )
    index = CaseIndex({"01": Findings(source="01", sentences=sentences, mentions=mentions)}, {})
    return index.named


def test_a_pronoun_after_reported_words_names_the_speaker_before() -> None:
    texts = [
        "The union told the inquiry that managers had known of the clogging.",
        "Filters were changed once a year at most, she said.",
        "He repeated that the vents had been blocked since spring.",
        "Dust settled on the loading bay, he said, and nobody swept it.",
    ]
    mentions = (Mention(party="union", text="union", start=4, end=9),)
    assert _named(texts, mentions)[1:] == [_UNION, _UNION, _UNION]


def test_it_after_reported_words_names_the_organisation_speaking_before() -> None:
    texts = [
        "The union told the inquiry that the extractor had been switched off.",
        "Dust had built up behind the sifters for weeks, it said.",
    ]
    mentions = (Mention(party="union", text="union", start=4, end=9),)
    assert _named(texts, mentions)[1] == _UNION


def test_a_pronoun_names_nobody_when_the_sentence_before_has_no_speaker() -> None:
    texts = [
        "The union met managers at the mill on Monday.",
        "Filters were changed once a year at most, she said.",
    ]
    mentions = (Mention(party="union", text="union", start=4, end=9),)
    assert _named(texts, mentions)[1] == _NOBODY


_INCIDENT = """\
id: mill-dust
title: Dust explosion at the Harrow flour mill
parties:
  - id: union
    name: Millers' Union
    kind: group
    role: trade union of the mill's workers
    aliases: [the union]
  - id: mill
    name: Harrow Mills
    kind: organization
    role: owner of the flour mill
    aliases: [Harrow]
claims:
  - id: filters-ignored
    kind: grievance
    by: union
    against: mill
    statement: Harrow ignored workers' reports that the dust filters were clogged.
  - id: blast
    kind: event
    statement: A dust explosion damaged the Harrow mill's packing hall on Monday.
"""

_OPENING = "A dust explosion damaged the packing hall of the Harrow mill on Monday. "


def _linked(folder: Path, sentence: str) -> tuple[bool, float]:
    """Whether a one-article case links the grievance, and its second sentence's score."""
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    text = f"---\ntitle: Mill\npublisher: Outlet\n---\n{_OPENING}{sentence}\n"
    (folder / "articles" / "01.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    linking = link_all(case, findings)
    score = max(s.score for s in linking.scored["filters-ignored"] if s.sentence.index == 1)
    return "filters-ignored" in linking.links["01"], score


def test_a_grievance_links_below_the_bar_a_sentence_its_party_speaks(tmp_path: Path) -> None:
    spoken = "The Millers' Union said managers had shrugged off warnings about the filters."
    linked, score = _linked(tmp_path / "a", spoken)
    assert linked and score < LINK


def test_nor_when_another_party_speaks_or_nobody_does(tmp_path: Path) -> None:
    other = "Harrow said its managers had never shrugged off warnings about the filters."
    linked, score = _linked(tmp_path / "a", other)
    assert not linked and NEAR <= score < LINK
    unsaid = "The Millers' Union has met managers for months about the filters."
    linked, score = _linked(tmp_path / "b", unsaid)
    assert not linked and NEAR <= score < LINK
