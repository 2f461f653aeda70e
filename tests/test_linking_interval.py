"""A span of time followed by "before" or "after" and another act, with no word of extent
or lasting before it, times one act from another: it is no duration claim's figure.
Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.interval import between_acts, span_of_another
from sorabrief.aggregation.linking import link_all
from sorabrief.extract import extract, vocabulary_of
from sorabrief.findings import Figure, Quantity


def _between(body: str, span: str, subject: str) -> bool:
    start = body.index(span)
    figure = Figure(span, start, start + len(span), Quantity.DURATION, 1.0, 1.0, "hour")
    return between_acts(body, figure, 0, subject)


def _of_another(body: str, span: str, subject: str) -> bool:
    start = body.index(span)
    figure = Figure(span, start, start + len(span), Quantity.DURATION, 1.0, 1.0, "day")
    return span_of_another(body, figure, subject)


@pytest.mark.parametrize(
    ("body", "span", "subject", "another"),
    [
        (
            "The engineer said the slip followed two weeks of heavy rain on the ridge.",
            "two weeks",
            "how long the mountain road stayed shut",
            True,
        ),
        (
            "Savers had put aside money through six years of monthly deposits.",
            "six years",
            "how long the flats stood empty",
            True,
        ),
        (
            "Passengers faced four days of cancelled sailings.",
            "four days",
            "how long sailings were cancelled",
            False,
        ),
        (
            "All 60 days of the suspension have now run out.",
            "60 days",
            "how long withdrawals were suspended",
            False,
        ),
        (
            "Claims must be made within 30 days of the flight being booked.",
            "30 days",
            "time the airline gave passengers to claim",
            False,
        ),
        (
            "Refunds are due within ten working days of the ruling.",
            "within ten working days",
            "how long the bank had to pay customers back",
            False,
        ),
        (
            "Pupils missed at least two days of lessons.",
            "two days",
            "water supply lost",  # says nothing of what lasted
            False,
        ),
        ("The road stayed shut for two weeks.", "two weeks", "how long the road was shut", False),
    ],
)
def test_a_span_naming_what_lasted(body: str, span: str, subject: str, another: bool) -> None:
    assert _of_another(body, span, subject) is another


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Shops reopened on Friday, a week after the flood reached the high street.", "week"),
        (
            "The pump had been leaking oil more than 12 hours before the crew noticed it.",
            "12 hours",
        ),
        ("Nearly a month after the storm hit the coast, the pier is still shut.", "month"),
        ("The first engine came two hours after the alarm sounded.", "two hours"),
    ],
)
def test_a_span_timing_one_act_from_another_is_no_duration(body: str, span: str) -> None:
    assert _between(body, span, "how long the warehouse fire burned")


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("The blaze burned for about five hours before crews put it out.", "five hours"),
        ("The stoppage lasted roughly three hours before the operator ended it.", "three hours"),
        ("Riders waited almost seven hours before they reached the depot.", "seven hours"),
        ("Customers were charged twice over nearly four days after the upgrade.", "four days"),
        ("The page was taken down just three hours later.", "three hours"),
        ("The warehouse fire burned six hours.", "six hours"),
    ],
)
def test_a_span_of_lasting_stays_a_duration(body: str, span: str) -> None:
    assert not _between(body, span, "how long the warehouse fire burned")


def test_a_subject_timed_from_the_same_act_keeps_its_span() -> None:
    subject = "how long riders were kept on board after the derailment"
    assert not _between(
        "Riders were let off the train four hours after the derailment.", "four hours", subject
    )
    assert _between(
        "The line was back in use four hours after the derailment.", "four hours", subject
    )
    assert not _between(
        "The depot called the police two hours after the alarm.",
        "two hours",
        "time between the first alarm and the call to the police",
    )


def test_a_span_up_to_the_act_ending_the_subjects_span_keeps_it() -> None:
    subject = "how long the depot stayed shut before reopening"
    assert not _between(
        "The depot reopened on Monday, nine days after the roof fell in.", "nine days", subject
    )
    assert _between(
        "The inquiry opened on Monday, nine days after the roof fell in.", "nine days", subject
    )
    assert _between(
        "A fitter at the depot wrote of cracks three weeks before the roof fell in.",
        "three weeks",
        subject,
    )  # the depot is named, but the span ends at another act than the reopening


_INCIDENT = """\
id: mill-fire
title: Fire at the Kestrel Lane flour mill
parties:
  - id: mill
    name: Kestrel Lane Mills
    kind: organization
    role: company that runs the flour mill
claims:
  - id: fire
    kind: event
    statement: Fire broke out in the grain store of the Kestrel Lane flour mill.
  - id: fire-duration
    kind: figure
    subject: how long the fire at the flour mill burned
    quantity: duration
    unit: hour
"""

_ARTICLES = {
    "01": "Fire broke out in the grain store of the Kestrel Lane flour mill on Monday. "
    "The fire at the mill burned for about six hours.",
    "02": "Work at the flour mill resumed on Friday, four days after the fire at the grain store.",
}


def test_a_span_between_two_acts_is_no_candidate(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, body in _ARTICLES.items():
        text = f"---\ntitle: Mill {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    linking = link_all(case, findings)
    assert "fire-duration" in linking.links["01"]
    assert not any(s.sentence.source == "02" for s in linking.scored["fire-duration"])
