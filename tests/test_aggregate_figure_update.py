"""A count that grows with the dates of the reports, each later outlet dating its own,
is an update, not a disagreement. Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.figure_update import OWN_TIME
from sorabrief.briefing import Agreement, Briefing

_INCIDENT = """\
id: wedding-buffet
title: Guests fall ill after a wedding buffet
parties:
  - id: caterer
    name: Lakeside Catering
    kind: organization
    role: company that served the buffet
claims:
  - id: guests-ill
    kind: figure
    subject: guests who fell ill after the buffet
    quantity: count
    unit: guest
"""

_EARLY = {
    "01": ("2031-05-05", "Four guests fell ill after the buffet served by Lakeside Catering."),
    "02": ("2031-05-06", "Four guests fell ill after eating at the Lakeside Catering buffet."),
}


def _briefing(tmp_path: Path, late: str, published: str = "2031-05-09") -> Briefing:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, (date, body) in {**_EARLY, "03": (published, late)}.items():
        text = (
            f"---\ntitle: Buffet {name}\npublisher: Outlet {name}\npublished: {date}\n---\n{body}\n"
        )
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    return sorabrief.aggregate(sorabrief.load(folder))


def test_a_later_count_dated_by_its_outlet_is_an_update(tmp_path: Path) -> None:
    late = "By Thursday, seven guests had fallen ill after the Lakeside Catering buffet."
    briefing = _briefing(tmp_path, late)
    (report,) = briefing.figures
    assert report.agreement == Agreement.UPDATED
    assert report.consensus is not None and report.consensus.low == 7.0
    assert not briefing.discrepancies


def test_a_later_count_without_its_own_time_still_disagrees(tmp_path: Path) -> None:
    late = "Seven guests fell ill after the buffet served by Lakeside Catering."
    briefing = _briefing(tmp_path, late)
    assert briefing.figures[0].agreement == Agreement.DISAGREE
    assert briefing.discrepancies


def test_a_higher_count_on_the_same_day_still_disagrees(tmp_path: Path) -> None:
    late = "So far, seven guests have fallen ill after the Lakeside Catering buffet."
    briefing = _briefing(tmp_path, late, published="2031-05-05")
    assert briefing.figures[0].agreement == Agreement.DISAGREE


def test_a_later_lower_count_still_disagrees(tmp_path: Path) -> None:
    late = "By Thursday, three guests had fallen ill after the Lakeside Catering buffet."
    assert _briefing(tmp_path, late).figures[0].agreement == Agreement.DISAGREE


@pytest.mark.parametrize(
    "sentence",
    [
        "the number of cases rose to nine",
        "nine people have fallen ill so far",
        "as of Tuesday evening, nine people were ill",
        "the toll has climbed to nine",
        "by 14 March nine people had died",
    ],
)
def test_words_that_date_a_count(sentence: str) -> None:
    assert OWN_TIME.search(sentence)


@pytest.mark.parametrize(
    "sentence", ["the agency now says nine packs", "nine people fell ill on Tuesday"]
)
def test_words_that_do_not(sentence: str) -> None:
    assert not OWN_TIME.search(sentence)
