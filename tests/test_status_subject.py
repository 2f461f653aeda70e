"""A newer sentence saying that a status's subject changed reports a change, however long
the sentence, and an article newer than a status's other sources may both keep part of the
old state and report its change."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.subject import (
    ended_by_change,
    names_change,
    status_head,
    status_subject,
    stopped_subject,
)
from sorabrief.model import Claim, ClaimKind


def _status(statement: str, subject: str | None = None) -> Claim:
    return Claim(id="s", kind=ClaimKind.STATUS, statement=statement, subject=subject)


def _same(_: str) -> float:
    return 1.0


def test_the_subject_is_what_comes_before_the_verb() -> None:
    assert status_subject(_status("Sailings from the Kelby terminal remain suspended.")) == {
        "sail",
        "kelbi",
        "termin",
    }
    assert status_subject(_status("Tenants of the east wing are still in hotels.")) == {
        "tenant",
        "east",
        "wing",
    }
    assert status_subject(_status("The dairy is shut.", subject="the Orlo dairy")) == {
        "orlo",
        "dairi",
    }


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "The port board said sailings from the Kelby terminal resumed at dawn on Sunday, "
            "once divers had checked the ramp, the moorings and the fuel jetty.",
            True,
        ),
        ("Sailings from the Kelby terminal have not resumed.", False),
        ("Sailings from the Kelby terminal are now suspended until May.", False),
        ("Skippers hope sailings from the Kelby terminal will resume soon.", False),
        ("Sailings from the Kelby terminal could be reinstated next month.", False),
        ("Skippers will celebrate when sailings from the Kelby terminal resume.", False),
        ("The coast road reopened on Friday after the slip near the Kelby terminal.", False),
        ("Sailings from Brora resumed, and the Kelby terminal waits for a crane.", False),
        ("The town's bakery reopened on Friday.", False),
    ],
)
def test_a_clause_saying_a_change_must_name_the_subject(text: str, named: bool) -> None:
    subject = status_subject(_status("Sailings from the Kelby terminal remain suspended."))
    assert names_change(text, subject, _same) is named


def test_a_change_said_of_people_names_them() -> None:
    subject = status_subject(_status("Tenants of the east wing remain unable to go home."))
    assert names_change("Tenants of the east wing were let back in on Friday.", subject, _same)
    assert not names_change("Tenants of the east wing said they were tired.", subject, _same)


@pytest.mark.parametrize(
    "text",
    [
        "The Tamsel pier remains closed, although the Tamsel pier cafe reopened on Monday.",
        "The Tamsel pier is still shut, but boats from the Tamsel pier steps resumed.",
        "The Tamsel pier is closed while the Tamsel pier kiosk has reopened.",
    ],
)
def test_a_clause_keeping_the_subject_as_it_was_outweighs_a_change_beside_it(text: str) -> None:
    subject = status_subject(_status("The Tamsel pier remains closed."))
    assert not names_change(text, subject, _same)
    assert names_change("The Tamsel pier reopened on Monday.", subject, _same)


@pytest.mark.parametrize(
    ("statement", "head"),
    [
        ("Most of Orlo Ferries' sailings remain cancelled.", ("sail",)),
        ("Output on the Brenn mill's two kilns remains suspended.", ("output",)),
        ("Freight sailings from the Kelby terminal remain suspended.", ("freight", "sail")),
        ("The Tamsel pier remains closed.", ("tamsel", "pier")),
    ],
)
def test_the_head_of_a_subject_is_the_noun_it_is_about(
    statement: str, head: tuple[str, ...]
) -> None:
    assert status_head(_status(statement)) == head


@pytest.mark.parametrize(
    ("statement", "text", "named"),
    [
        (
            "Most of Orlo Ferries' sailings remain cancelled.",
            "Normal sailings resumed on Sunday on all five routes, the company said.",
            True,
        ),
        (
            "Output on the Brenn mill's two kilns remains suspended.",
            "Output has finally resumed at the valley's biggest mill.",
            True,
        ),
        (
            "Sailings from the Kelby terminal remain suspended.",
            "Sailings from Brora resumed on Monday.",
            False,
        ),
        (
            "Freight sailings from the Kelby terminal remain suspended.",
            "Passenger sailings resumed on Monday.",
            False,
        ),
        (
            "Most of Orlo Ferries' sailings remain cancelled.",
            "Sailings staff returned to the office on Monday.",
            False,
        ),
        (
            "Most of Orlo Ferries' sailings remain cancelled.",
            "Normal sailings have not resumed.",
            False,
        ),
    ],
)
def test_a_clause_whose_head_noun_is_said_to_change_names_the_subject(
    statement: str, text: str, named: bool
) -> None:
    status = _status(statement)
    found = names_change(text, status_subject(status), _same, status_head(status))
    assert found is named


@pytest.mark.parametrize(
    ("statement", "text", "named"),
    [
        (
            "Payouts to Kestrow savers are frozen until the review ends.",
            "Kestrow fined over ledger errors as payouts finally start",
            True,
        ),
        (
            "Payouts to Kestrow savers are frozen until the review ends.",
            "Payouts began on Tuesday, the fund said.",
            True,
        ),
        (
            "Payouts to Kestrow savers are frozen until the review ends.",
            "Payouts have not started, the fund said.",
            False,
        ),
        (
            "Payouts to Kestrow savers are frozen until the review ends.",
            "Payouts will start next month, the fund said.",
            False,
        ),
        (
            "The grazing ban on the Mellor hills remains in force.",
            "The grazing ban started on 3 May after the fires.",
            False,
        ),
    ],
)
def test_a_stopped_subject_beginning_again_names_a_change(
    statement: str, text: str, named: bool
) -> None:
    status = _status(statement)
    begun = stopped_subject(status)
    found = names_change(text, status_subject(status), _same, status_head(status), begun)
    assert found is named


def test_only_a_subject_said_to_be_stopped_ends_by_beginning() -> None:
    assert stopped_subject(_status("Lessons at the Brenna school are suspended."))
    assert not stopped_subject(_status("The Brenna school suspension remains in force."))
    assert not stopped_subject(_status("The strike at the Brenna depot continues."))


def test_a_subject_of_one_word_names_too_little() -> None:
    subject = status_subject(_status("Varnholt remains closed."))
    assert not names_change("Varnholt reopened its doors on Friday.", subject, _same)


INCIDENT = """\
id: kelby-ferry
title: Kelby ferry terminal storm damage
parties:
  - id: port
    name: Kelby Port Board
    kind: organization
    role: runs the terminal
claims:
  - id: ramp-damaged
    kind: event
    statement: A storm damaged the loading ramp at the Kelby ferry terminal.
  - id: sailings-suspended
    kind: status
    statement: Passenger sailings from the Kelby ferry terminal remain suspended.
"""

ARTICLES = {
    "01": (
        "Kelby Echo",
        "2024-10-01",
        "A storm damaged the loading ramp at the Kelby ferry terminal on Sunday night.\n\n"
        "Passenger sailings from the Kelby ferry terminal remain suspended while engineers "
        "inspect the ramp.",
    ),
    "02": (
        "Northshire Times",
        "2024-10-03",
        "Engineers are still inspecting the storm-damaged ramp at Kelby.\n\n"
        "Passenger sailings from the Kelby ferry terminal remain suspended, the port board "
        "said.",
    ),
    "03": (
        "Coastal Freight Weekly",
        "2024-10-09",
        "The Kelby Port Board said on Tuesday that passenger sailings from the Kelby ferry "
        "terminal resumed at first light on Monday, once divers, two welders and a crane "
        "barge hired from Aldmouth had spent four days rebuilding the hinge of the loading "
        "ramp, the fenders of the outer berth and a stretch of the fuel jetty.\n\n"
        "Freight sailings from the Kelby ferry terminal remain suspended until a second "
        "ramp is rebuilt.",
    ),
}


def _briefing(folder: Path, articles: dict[str, tuple[str, str, str]]) -> sorabrief.Briefing:
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(INCIDENT, encoding="utf-8")
    for article_id, (publisher, published, body) in articles.items():
        text = f"---\ntitle: Ferry {article_id}\npublisher: {publisher}\npublished: {published}\n---\n{body}\n"
        (folder / "articles" / f"{article_id}.md").write_text(text, encoding="utf-8")
    return sorabrief.aggregate(sorabrief.load(folder))


@pytest.fixture
def briefing(tmp_path: Path) -> sorabrief.Briefing:
    return _briefing(tmp_path / "case", ARTICLES)


def test_a_long_sentence_saying_the_subject_changed_reports_a_change(
    briefing: sorabrief.Briefing,
) -> None:
    (change,) = (c for c in briefing.status_changes if c.claim == "sailings-suspended")
    assert change.source == "03" and "resumed at first light" in change.text
    assert "sailings-suspended" not in briefing.current_status


def test_an_article_keeping_part_of_the_old_state_still_reports_the_change(
    briefing: sorabrief.Briefing,
) -> None:
    status = briefing.supported("sailings-suspended")
    assert status is not None and "03" in status.sources
    assert status.date is not None and status.date.isoformat() == "2024-10-03"


@pytest.mark.parametrize(
    ("statement", "ended"),
    [
        ("Sailings from the Kelby terminal remain suspended.", True),
        ("The Kelby ferry cannot sail until the ramp is mended.", True),
        ("Work on the Orlo dam is halted.", True),
        ("The Orlo dam inquiry is under way.", False),
        ("The port board has reopened the Kelby terminal.", False),
    ],
)
def test_only_a_status_that_a_change_ends_counts(statement: str, ended: bool) -> None:
    assert ended_by_change(statement) is ended


def test_an_article_keeping_the_old_state_reports_no_change_by_a_look_back(
    tmp_path: Path,
) -> None:
    looking_back = (
        "Coastal Freight Weekly",
        "2024-10-09",
        "Passenger sailings from the Kelby ferry terminal remain suspended, the port board "
        "said.\n\n"
        "Passenger sailings had resumed within a day after the last storm at the Kelby "
        "ferry terminal.",
    )
    briefing = _briefing(tmp_path / "case", {**ARTICLES, "03": looking_back})
    assert not [c for c in briefing.status_changes if c.claim == "sailings-suspended"]
    assert "sailings-suspended" in briefing.current_status


@pytest.mark.parametrize(
    "body",
    [
        "Passenger sailings from the Kelby ferry terminal remain suspended, although freight "
        "sailings from the Kelby ferry terminal resumed on Monday.",
        "A storm in 2019 also shut the Kelby ferry terminal.\n\n"
        "Passenger sailings from the Kelby ferry terminal had resumed briefly in 2019 before "
        "a second storm.",
    ],
)
def test_a_newer_source_reports_no_change_kept_aside_or_looked_back_on(
    tmp_path: Path, body: str
) -> None:
    newer = ("Coastal Freight Weekly", "2024-10-09", body)
    briefing = _briefing(tmp_path / "case", {**ARTICLES, "03": newer})
    assert not [c for c in briefing.status_changes if c.claim == "sailings-suspended"]
    assert "sailings-suspended" in briefing.current_status
