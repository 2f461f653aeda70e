"""Linking rules that read who is said to do what: a change someone was only ordered or
urged to make is no change, and a figure's sentence worded as other outlets word the
same figure is about the claim's subject, and a clause in -ing after a comma states the
state an event left, apart from the event, for a status's margin; a claim a cue links
counts as fully like its sentence for the margin."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.case_index import SentenceRef
from sorabrief.aggregation.clauses import coordinate_stems, main_clause
from sorabrief.aggregation.linking import _about_subject, link_all
from sorabrief.aggregation.polarity import Aspect, polarity
from sorabrief.aggregation.scoring import Scored, Signals
from sorabrief.extract import extract, vocabulary_of
from test_linking import INCIDENT, write_case


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("The court ordered the bakers to go back to their ovens.", Aspect.UNMARKED),
        ("Growers were urged by the minister to resume deliveries.", Aspect.UNMARKED),
        ("The council asked tenants to return to the tower on Friday.", Aspect.UNMARKED),
        ("The board called on pilots to end the walkout, and flights resumed.", Aspect.CHANGED),
        ("Tenants returned to the tower on Friday.", Aspect.CHANGED),
        ("The minister ordered the bridge to the islands reopened.", Aspect.CHANGED),
    ],
)
def test_what_someone_was_ordered_to_do_says_no_change(text: str, aspect: Aspect) -> None:
    assert polarity(text).aspect == aspect


def _figure(meaning: float, exemplar: float, margin: float) -> Scored:
    signals = Signals(meaning, exemplar, 0.0, margin, 0.0, 1.0, 0.0, 0.0)
    return Scored(SentenceRef("01", 0), 0.9, signals)


@pytest.mark.parametrize(
    ("meaning", "exemplar", "margin", "about"),
    [
        (0.08, 0.0, -0.2, True),
        (0.0, 0.3, 0.1, True),
        (0.0, 0.3, -0.1, False),
        (0.0, 0.1, 0.1, False),
    ],
)
def test_a_figure_sentence_like_other_outlets_figure_is_about_the_subject(
    meaning: float, exemplar: float, margin: float, about: bool
) -> None:
    assert _about_subject(_figure(meaning, exemplar, margin)) is about


def test_a_clause_in_ing_after_a_comma_states_a_result_for_a_status() -> None:
    text = "The ferry strike entered its fifth day, leaving the quay idle, according to the port."
    assert len(coordinate_stems(text)) == 1
    parts = coordinate_stems(text, results=True)
    assert len(parts) == 2
    assert main_clause(parts, {"quay", "idl"}) == 1
    assert main_clause(parts, {"ferri", "strike"}) == 0
    assert len(coordinate_stems("Ten flats flooded, including two on the ground floor.", True)) == 1


def test_a_claim_a_cue_links_counts_as_fully_like_its_sentence_for_the_margin(
    tmp_path: Path,
) -> None:
    sentence = (
        "Traders in the old town say the council's slow repairs are driving their customers away."
    )

    def margin(incident: str, folder: str) -> float:
        case = sorabrief.load(write_case(tmp_path / folder, incident))
        findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
        number = next(i for i, s in enumerate(findings["02"].sentences) if s.text == sentence)
        scored = link_all(case, findings).scored["lost-trade"]
        return next(
            s.signals.margin
            for s in scored
            if (s.sentence.source, s.sentence.index) == ("02", number)
        )

    cued = INCIDENT.replace(
        "    statement: the repairs are being done as fast as safety allows.\n",
        "    statement: the repairs are being done as fast as safety allows.\n"
        "    cues: ['driving their customers']\n",
    )
    assert margin(INCIDENT, "plain") > 0
    assert margin(cued, "cued") < 0
