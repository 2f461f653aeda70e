"""A count that grows with the dates of the reports, each later outlet dating its own,
is an update, not a disagreement. Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.figure_update import OWN_TIME, CountReport, grew_by_date
from sorabrief.briefing import Agreement, Briefing
from sorabrief.partial_date import PartialDate

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


def _briefing(
    tmp_path: Path,
    late: str,
    published: str = "2031-05-09",
    early: dict[str, tuple[str, str]] | None = None,
) -> Briefing:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, (date, body) in {**(early or _EARLY), "03": (published, late)}.items():
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
        "by the end of the day on Friday, wardens had ticketed nine cars",
        "nine climbers have now died on the ridge",
        "nine walkers have now been treated for heat stroke",
        "which brings its tally of confirmed cases to nine",
        "the clinic saw 40 patients, up from 25 a day earlier",
        "the count of damaged roofs now stands at nine",
    ],
)
def test_words_that_date_a_count(sentence: str) -> None:
    assert OWN_TIME.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "the agency now says nine packs",
        "nine people fell ill on Tuesday",
        "nine people were arrested by police on Monday",
        "bringing aid to nine families",
        "the agency has now confirmed the recall covered nine packs",
        "the strike has now entered its ninth day",
    ],
)
def test_words_that_do_not(sentence: str) -> None:
    assert not OWN_TIME.search(sentence)


def test_a_later_count_after_an_earlier_tally_of_its_day_is_an_update(tmp_path: Path) -> None:
    early = {
        "01": ("2031-05-05", "As of Monday night, four guests had fallen ill after the buffet."),
        "02": ("2031-05-06", "So far, four guests have fallen ill after the Lakeside buffet."),
    }
    late = "Seven guests have been reported ill after the Lakeside Catering buffet."
    briefing = _briefing(tmp_path, late, early=early)
    assert briefing.figures[0].agreement == Agreement.UPDATED


def test_a_tally_does_not_make_an_update_of_a_count_of_its_own_day(tmp_path: Path) -> None:
    early = {
        "01": ("2031-05-05", "As of Monday night, four guests had fallen ill after the buffet."),
        "02": ("2031-05-06", "So far, four guests have fallen ill after the Lakeside buffet."),
    }
    late = "On Monday, seven guests fell ill after the Lakeside Catering buffet."
    briefing = _briefing(tmp_path, late, early=early)
    assert briefing.figures[0].agreement == Agreement.DISAGREE


def _count(published: str, value: float, text: str, *days: str) -> CountReport[float]:
    return CountReport(
        PartialDate.parse(published), value, value, text, tuple(PartialDate.parse(d) for d in days)
    )


def _differ(a: float, b: float) -> bool:
    return a != b


def test_an_earlier_tally_lets_an_undated_later_count_update_it() -> None:
    first = _count("2031-05-05", 4, "By Monday night four guests had fallen ill.", "2031-05-05")
    later = _count("2031-05-09", 7, "Seven guests fell ill.")
    assert grew_by_date([first, later], _differ)


def test_no_earlier_tally_leaves_an_undated_later_count_a_disagreement() -> None:
    first = _count("2031-05-05", 4, "Four guests fell ill on Monday.", "2031-05-05")
    later = _count("2031-05-09", 7, "Seven guests fell ill.")
    assert not grew_by_date([first, later], _differ)


def test_a_later_count_of_the_tally_s_own_day_does_not_update_it() -> None:
    first = _count("2031-05-06", 4, "As of Monday evening four were ill.", "2031-05-05")
    later = _count("2031-05-09", 7, "Seven fell ill on Monday.", "2031-05-05")
    assert not grew_by_date([first, later], _differ)


def test_an_update_must_hold_for_every_pair() -> None:
    first = _count("2031-05-05", 4, "By Monday night four guests had fallen ill.")
    second = _count("2031-05-07", 7, "The toll has now climbed to seven.")
    third = _count("2031-05-09", 4, "Four guests fell ill.")
    assert not grew_by_date([first, second, third], _differ)
