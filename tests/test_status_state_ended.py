"""A newer sentence reports that a status's state ended by the grammar of change: the
state's own word affirmed, a permission given back, or the subject back (invented text)."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.ending import reports_ending
from sorabrief.aggregation.status import status_changes
from sorabrief.briefing import Evidence, LinkMethod, SupportedClaim
from sorabrief.findings import Findings, Sentence
from sorabrief.model import Claim, ClaimKind
from sorabrief.partial_date import PartialDate

PENDING = "The relocated ballots from Ostrel have not yet been counted."
NO_FERRIES = "No ferries are running between Tamsk and Orby."
FORBIDDEN = "Bathers at Kelby beach remain under a do-not-swim order and must not enter the sea."
TRAMS = (
    "No trams are running in Vessa; replacement buses carry passengers and the operator "
    "does not expect trams back before Monday."
)
FUEL = "No fuel deliveries are reaching Marrow; the depot does not expect deliveries back soon."
BUSES = "No buses are running in Marrow; the operator does not expect buses back before May."
ONE_OF_TWO = "Buses resumed in Marrow while fuel deliveries stay suspended."
PUMPED = "Fuel is not being pumped through the Kessan line."


def _status(statement: str) -> Claim:
    return Claim(id="state", kind=ClaimKind.STATUS, statement=statement)


@pytest.mark.parametrize(
    ("statement", "text"),
    [
        (PENDING, "The relocated ballots were finally counted on Thursday."),
        (NO_FERRIES, "Ferries ran between Tamsk and Orby on Sunday for the first time in a week."),
        (NO_FERRIES, "Ferries are running between Tamsk and Orby again."),
        (FORBIDDEN, "Visitors were given the all-clear to swim at Kelby beach on Friday."),
        (FORBIDDEN, "By noon families were swimming off Kelby beach again."),
        (TRAMS, "Trams are back on the streets of Vessa."),
        (BUSES, ONE_OF_TWO),
    ],
)
def test_a_sentence_reports_the_state_ended(statement: str, text: str) -> None:
    assert reports_ending(text, _status(statement))


@pytest.mark.parametrize(
    ("statement", "text"),
    [
        (PENDING, "The relocated ballots will be counted on Thursday."),
        (PENDING, "The relocated ballots were due to be counted on Thursday."),
        (PENDING, "The ballots had been counted twice before the recount was ordered."),
        (PENDING, "The relocated ballots were not counted on Thursday either."),
        (PENDING, "Officials began the counting of ballots elsewhere."),
        (NO_FERRIES, "A bus ran between the two harbours."),
        (FORBIDDEN, "Families swam in the hotel pool instead."),
        (
            FORBIDDEN,
            "Officials said it may be weeks before bathers are able to swim at Kelby beach again.",
        ),
        (FORBIDDEN, "Visitors will be allowed to swim at Kelby beach once tests are clear."),
        (TRAMS, "Trams are still parked in the Vessa depot."),
        (FUEL, ONE_OF_TWO),
        (PUMPED, "Crews skimmed fuel from the Kessan ditch with booms and pumps."),
        (NO_FERRIES, "Ferries have run between Tamsk and Orby since 1998."),
        (
            "The Lusk road remains closed because its bridge has not been inspected.",
            "Engineers inspected the Lusk road bridge on Monday.",
        ),
        (
            "The Tarn quarry remains closed and has not been inspected.",
            "Safety officers inspected the Tarn quarry on Monday.",
        ),
        (PENDING, "The relocated ballots were briefly counted before the court halted it."),
    ],
)
def test_a_sentence_reports_no_ending(statement: str, text: str) -> None:
    assert not reports_ending(text, _status(statement))


ENDED = "The relocated ballots from Ostrel were finally counted on Thursday."


def _changes(dates: dict[str, PartialDate]) -> list[tuple[str, str]]:
    """The status changes of a status supported by 01, when 02 reports its end."""
    claim = _status(PENDING)
    texts = {"01": "Ostrel's relocated ballots have not been counted yet.", "02": ENDED}
    findings = {s: Findings(s, sentences=(Sentence(0, len(t), t),)) for s, t in texts.items()}
    evidence = Evidence(
        "01", 0, len(texts["01"]), texts["01"], score=0.9, method=LinkMethod.MEANING
    )
    supported = SupportedClaim(claim, (evidence,), ("01",), ("01",), dates["01"])
    changes = status_changes((supported,), {}, findings, dates)
    return [(c.source, c.text) for c in changes]


def test_a_newer_source_reporting_the_end_changes_the_status() -> None:
    dates = {"01": PartialDate(2026, 5, 2), "02": PartialDate(2026, 5, 9)}
    assert _changes(dates) == [("02", ENDED)]


def test_an_older_source_never_changes_the_status() -> None:
    dates = {"01": PartialDate(2026, 5, 9), "02": PartialDate(2026, 5, 2)}
    assert _changes(dates) == []


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The levy hasn't been collected", ["collected"]),
        ("Ferries aren’t sailing", ["sailing"]),
        ("The levy has not been collected", ["collected"]),
    ],
)
def test_a_denial_is_read_in_its_contracted_form_too(text: str, denied: list[str]) -> None:
    from sorabrief.aggregation.ending import _DENIED

    assert _DENIED.findall(text) == denied
