"""Of the sentences an article links to a figure claim, the one whose figure is told
with the subject's words (or, for a count, its act) gives the figure; a span that only
says how far into a longer act something happened is no length of it. Invented text."""

from __future__ import annotations

from pathlib import Path

import sorabrief
from sorabrief.aggregation.figure_act import tells_counted_act
from sorabrief.aggregation.interval import elapsed_within
from sorabrief.findings import Figure, Quantity

_INCIDENT = """\
id: quarry-permit
title: Quarry permit withdrawn after dust complaints
parties:
  - id: regulator
    name: Valley Environment Office
    kind: organization
    role: regulator of the quarry
claims:
  - id: closure-length
    kind: figure
    subject: length of the closure order on the quarry
    quantity: duration
    unit: day
"""

_ARTICLES = {
    "01": "Lorries hauled gravel from the Marlow quarry to six building sites over the past "
    "three weeks, the office said. The Valley Environment Office told reporters it had "
    "issued a closure order on the quarry for 45 days and told it to stop blasting.",
    "02": "The Valley Environment Office issued a 30-day closure order on the quarry on "
    "Monday after residents complained of dust.",
    "03": "The Valley Environment Office revoked the closure order on the quarry on "
    "Friday, barely a week into a 45-day closure, after filters were fitted.",
}


def _case(tmp_path: Path) -> Path:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, body in _ARTICLES.items():
        text = f"---\ntitle: Quarry {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    return folder


def test_the_figure_told_with_the_subject_is_the_claims(tmp_path: Path) -> None:
    briefing = sorabrief.aggregate(sorabrief.load(_case(tmp_path)))
    (report,) = briefing.figures
    given = {v.low: set(v.sources) for v in report.variants}
    assert given == {30.0: {"02"}, 45.0: {"01", "03"}}
    assert [d.claim for d in briefing.discrepancies] == ["closure-length"]


def _span(body: str, text: str) -> Figure:
    start = body.index(text)
    return Figure(text, start, start + len(text), Quantity.DURATION, 7.0, 7.0, "day")


def test_a_span_into_a_longer_act_is_time_passed() -> None:
    body = "The pilot turned back an hour into the flight."
    assert elapsed_within(body, _span(body, "an hour"))
    body = "The delay stretched two hours into three."
    assert not elapsed_within(body, _span(body, "two hours"))
    body = "The strike lasted a week in all."
    assert not elapsed_within(body, _span(body, "a week"))


def test_a_span_given_as_a_length_before_into_is_the_acts_length() -> None:
    body = "The ministry extended the netting ban by 30 days into the new season."
    assert not elapsed_within(body, _span(body, "30 days"))
    body = "The pier stayed shut for a week into the holidays."
    assert not elapsed_within(body, _span(body, "a week"))


def test_a_count_names_the_act_its_subject_counts() -> None:
    assert tells_counted_act("and 21 were hurt", "people injured when the stand fell")
    assert tells_counted_act("six were taken to hospital", "people injured in the crash")
    assert not tells_counted_act("let hundreds of people crowd the stand", "people injured")
    assert not tells_counted_act("four were killed", "people injured in the crash")
