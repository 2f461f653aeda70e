"""Pinned evidence: excerpts the editor pins to a claim are verified verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from sorabrief.aggregation import aggregate
from sorabrief.briefing import Briefing
from sorabrief.casefile import load_case
from sorabrief.errors import CaseError
from support import replace_in

GRANTS_CUE = "    cues: ['\\bgrants?\\b(?! of)']\n"
"""The cue line of the 'artist-support' claim in the bundled incident.yaml."""


def pin(case_dir: Path, source: str, excerpt: str, *, keep_cues: bool = True) -> None:
    """Pin ``excerpt`` of ``source`` to the 'artist-support' claim; without ``keep_cues``,
    an exclusion of every sentence replaces its cues, so only the pinned excerpt links."""
    pinned = f"    evidence:\n      - source: '{source}'\n        text: \"{excerpt}\"\n"
    links = GRANTS_CUE if keep_cues else "    exclude: ['.']\n"
    replace_in(case_dir / "incident.yaml", GRANTS_CUE, links + pinned)


def briefing_of(case_dir: Path) -> Briefing:
    return aggregate(load_case(case_dir))


def test_an_exact_excerpt_links_as_pinned_evidence(case_dir: Path) -> None:
    excerpt = "OpenAi has staunchly defended its testing process"
    pin(case_dir, "000", excerpt)
    claim = briefing_of(case_dir).supported("artist-support")
    assert claim is not None
    (pinned,) = (e for e in claim.evidence if e.source == "000")
    assert pinned.pinned
    assert pinned.text == excerpt
    body = load_case(case_dir).sources[0].body
    assert body[pinned.start : pinned.end] == excerpt
    assert "000" in claim.sources


def test_pinned_evidence_alone_supports_a_claim(case_dir: Path) -> None:
    pin(case_dir, "000", "OpenAi has staunchly defended its testing process", keep_cues=False)
    claim = briefing_of(case_dir).supported("artist-support")
    assert claim is not None
    assert [(e.source, e.pinned) for e in claim.evidence] == [("000", True)]
    assert claim.single_source


def test_a_pinned_excerpt_inside_a_cue_match_is_not_counted_twice(case_dir: Path) -> None:
    pin(case_dir, "001", "the company provides grants and other forms of support")
    claim = briefing_of(case_dir).supported("artist-support")
    assert claim is not None
    assert [e.source for e in claim.evidence].count("001") == 1


def test_a_wrong_excerpt_shows_the_closest_passage(case_dir: Path) -> None:
    pin(case_dir, "000", "the interface was taken down just four hours later")
    with pytest.raises(CaseError) as raised:
        briefing_of(case_dir)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(
        f"{case_dir / 'incident.yaml'}: claims 'artist-support' evidence[0]:"
        ' excerpt not found verbatim in 000; closest passage: "'
    )
    closest = message.split('closest passage: "', 1)[1].rstrip('"')
    assert "taken down just three hours later" in closest


def test_a_misspelt_excerpt_names_the_passage_it_meant(case_dir: Path) -> None:
    pin(case_dir, "000", "OpenAI has staunchly defended its testing process")
    with pytest.raises(CaseError, match='closest passage: "OpenAi has staunchly defended its'):
        briefing_of(case_dir)


def test_a_pinned_excerpt_from_an_unknown_source(case_dir: Path) -> None:
    pin(case_dir, "009", "anything")
    with pytest.raises(CaseError) as raised:
        briefing_of(case_dir)
    assert str(raised.value) == (
        f"{case_dir / 'incident.yaml'}: claims 'artist-support' evidence[0]:"
        " unknown source '009'; use an article id from articles/"
    )
