"""A sentence telling only that a party gave no answer is no response or grievance of
anyone. Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.linking import link_all
from sorabrief.aggregation.silence import no_answer
from sorabrief.extract import extract, vocabulary_of


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Freight did not respond to requests for comment.",
        "The bakery chain has not yet said whether it will appeal.",
        "The growers' council declined to comment on the deal, saying it was a matter for "
        "the mill.",
        "The landlord could not be reached for comment on Sunday.",
        "A spokesman for the port wouldn't comment.",
    ],
)
def test_no_answer(text: str) -> None:
    assert no_answer(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mill's owner said it had followed every rule and would not comment on the lawsuit.",
        "Harlow Freight responded that the delays were caused by the storm.",
        "The council refused the permit on Tuesday.",
        "The bakery chain said it would appeal.",
    ],
)
def test_an_answer_or_another_refusal(text: str) -> None:
    assert not no_answer(text)


_INCIDENT = """\
id: bakery-fine
title: Bakery chain fined over flour prices
parties:
  - id: crumb
    name: Crumb and Crust
    kind: organization
    role: bakery chain
claims:
  - id: own-prices
    kind: response
    by: crumb
    statement: Crumb and Crust set its bread prices on its own and will appeal the fine.
"""

_ARTICLES = {
    "01": "Crumb and Crust said it set its bread prices on its own and would appeal the fine.",
    "02": "Crumb and Crust has not yet said whether it will appeal the fine on its bread prices.",
}


def test_a_silent_party_gives_no_response(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, body in _ARTICLES.items():
        text = f"---\ntitle: Bakery {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    linking = link_all(case, findings)
    scored = {s.sentence.source: s.score for s in linking.scored["own-prices"]}
    assert "own-prices" in linking.links["01"]
    assert scored.get("02", 0.0) >= 0.6  # it scores as an answer would …
    assert "own-prices" not in linking.links["02"]  # … but says nothing


_INTRO = {
    "01": "Crumb and Crust said it set its bread prices on its own and would appeal the fine.",
    "02": "In a letter to customers, the chief executive of Crumb and Crust, who set up the "
    "chain, wrote:",
}


def test_a_sentence_ending_in_a_colon_says_nothing_itself(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, body in _INTRO.items():
        text = f"---\ntitle: Bakery {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    linking = link_all(case, findings)
    assert "own-prices" in linking.links["01"]
    assert "own-prices" not in linking.links["02"]
