"""A span of hundreds of a duration claim's unit, or of a small part of one, measures
something else: it is no candidate for the claim. Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.linking import link_all
from sorabrief.aggregation.span_scale import out_of_scale
from sorabrief.extract import extract, vocabulary_of
from sorabrief.findings import Figure, Quantity
from sorabrief.model import Claim, ClaimKind


def _claim(unit: str) -> Claim:
    return Claim(
        id="closure-length",
        kind=ClaimKind.FIGURE,
        subject="how long the footbridge stayed closed",
        quantity=Quantity.DURATION,
        unit=unit,
    )


def _span(low: float, high: float, unit: str) -> Figure:
    return Figure("span", 0, 4, Quantity.DURATION, low, high, unit)


@pytest.mark.parametrize(
    ("figure", "unit"),
    [
        (_span(20, 20, "year"), "month"),  # a career against months without pay
        (_span(3, 3, "year"), "day"),  # a contract's term against a closure's days
        (_span(35, 35, "minute"), "day"),  # a trip against a closure's days
        (_span(9, 9, "day"), "hour"),
        (_span(2, 2, "week"), "minute"),
    ],
)
def test_a_span_of_another_scale_is_out(figure: Figure, unit: str) -> None:
    assert out_of_scale(figure, _claim(unit))


@pytest.mark.parametrize(
    ("figure", "unit"),
    [
        (_span(90, 90, "day"), "day"),
        (_span(6, 6, "week"), "day"),
        (_span(40, 40, "minute"), "hour"),
        (_span(18, 18, "month"), "month"),
        (_span(3, 3, "hour"), "day"),
        (_span(1, 400, "day"), "day"),  # a range reaching the claim's scale
        (_span(2, 2, "week"), "fish"),  # not a time unit: no scale to compare
    ],
)
def test_a_span_of_the_claims_scale_stays(figure: Figure, unit: str) -> None:
    assert not out_of_scale(figure, _claim(unit))


_INCIDENT = """\
id: footbridge
title: Riverside footbridge closed after a cable snapped
parties:
  - id: council
    name: Dunmore Borough Council
    kind: organization
    role: owner of the footbridge
claims:
  - id: closure-length
    kind: figure
    subject: how long the Riverside footbridge stayed closed
    quantity: duration
    unit: day
"""

_ARTICLES = {
    "01": "The Riverside footbridge stayed closed for 11 days after a cable snapped.",
    "02": "The Riverside footbridge, closed since the cable snapped, was built to last "
    "for 60 years.",
}


def test_a_span_of_another_scale_is_no_candidate(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, body in _ARTICLES.items():
        text = f"---\ntitle: Bridge {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    linking = link_all(case, findings)
    assert "closure-length" in linking.links["01"]
    assert "closure-length" not in linking.links["02"]
