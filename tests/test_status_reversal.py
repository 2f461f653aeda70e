"""A newer report ends a status in its own words: the subject is back ("the ferry is
carrying passengers again"), or what was in force is suspended ("suspended enforcement of
the levy"); a forecast, a condition, a look back or a change of something else does not."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.subject import (
    ended_by_change,
    in_force,
    names_change,
    status_head,
    status_subject,
    stopped_subject,
)
from sorabrief.model import Claim, ClaimKind


def _status(statement: str) -> Claim:
    return Claim(id="s", kind=ClaimKind.STATUS, statement=statement)


def _changes(statement: str, text: str) -> bool:
    claim = _status(statement)
    return names_change(
        text,
        status_subject(claim),
        lambda _: 1.0,
        status_head(claim),
        stopped_subject(claim),
        in_force(statement),
    )


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("The Orla ferry from the mainland is carrying passengers again.", True),
        ("The ferry is back in service.", True),
        ("The ferry's owner is back in court.", False),
        ("The ferry company is running buses again.", False),
        ("The ferry will be running again next week.", False),
        ("The ferry could be back in service by May.", False),
        ("The ferry had been running again briefly in 2019.", False),
        ("The ferry remains closed, although the harbour cafe is open again.", False),
        ("Harbour staff said the ferry was not yet back.", False),
    ],
)
def test_a_clause_about_the_head_noun_saying_a_change_names_it(text: str, changed: bool) -> None:
    assert _changes("The ferry is closed until inspectors have checked it.", text) is changed


def test_a_status_whose_first_clause_says_its_subject_changed_is_not_ended_by_it() -> None:
    statement = "Trains on the Vell line were running again by Monday, but sales are still off."
    assert not ended_by_change(statement)
    assert ended_by_change("Trains on the Vell line are still not running.")


def test_a_stopped_subject_running_again_in_part_names_a_change() -> None:
    statement = "All milling at the Tarn works is stopped while the inquiry runs."
    assert _changes(statement, "Milling is running again at the works, at least in part.")
    assert not _changes(statement, "Milling at the works is expected to restart in June.")


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("A tribunal has suspended enforcement of the levy pending an appeal.", True),
        ("The tribunal quashed the levy on Friday.", True),
        ("The tribunal could suspend the levy next month.", False),
        ("The firm asked the tribunal to suspend the levy.", False),
        ("The tribunal has not suspended the levy.", False),
        ("The tribunal suspended the hearing, and the levy remains payable.", False),
        ("The tribunal suspended a second firm's licence, citing the levy.", False),
        ("In 2019 a court had suspended a similar levy.", False),
        ("If the tribunal suspends the levy, nothing is due.", False),
    ],
)
def test_a_state_in_force_is_ended_by_suspending_it(text: str, changed: bool) -> None:
    statement = "The levy on Varna ports remains in force and must be paid by March."
    assert _changes(statement, text) is changed


@pytest.mark.parametrize(
    ("statement", "force"),
    [
        ("The levy on Varna ports remains in force.", True),
        ("The Brenna order still stands.", True),
        ("Sessions at the Brenna clinic remain on hold.", False),
        ("The Brenna clinic remains closed.", False),
        ("The Brenna clinic has suspended its sessions.", False),
    ],
)
def test_only_a_state_in_force_is_ended_by_suspending(statement: str, force: bool) -> None:
    assert in_force(statement) is force


def test_a_state_on_hold_is_not_ended_by_suspending_it() -> None:
    statement = "Sessions at the Brenna clinic remain on hold."
    assert not _changes(statement, "The health office suspended the sessions on Friday.")


INCIDENT = """\
id: orla-ferry
title: Orla ferry inspection
parties:
  - id: office
    name: Orla Harbour Office
    kind: organization
    role: licenses the ferry
claims:
  - id: ferry-closed
    kind: status
    statement: The Orla ferry is closed while harbour inspectors check its ramp.
  - id: levy-in-force
    kind: status
    statement: The Orla landing levy remains in force and must be paid by March.
"""

OLDER = {
    "01": (
        "Orla Echo",
        "2025-02-01",
        "The Orla ferry is closed while harbour inspectors check its ramp, the harbour "
        "office said.\n\n"
        "The Orla landing levy remains in force and must be paid by March, the office added.",
    ),
}


def _briefing(folder: Path, newer: str) -> sorabrief.Briefing:
    articles = {**OLDER, "02": ("Coast Weekly", "2025-02-10", newer)}
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(INCIDENT, encoding="utf-8")
    for article_id, (publisher, published, body) in articles.items():
        text = f"---\ntitle: Orla {article_id}\npublisher: {publisher}\npublished: {published}\n---\n{body}\n"
        (folder / "articles" / f"{article_id}.md").write_text(text, encoding="utf-8")
    return sorabrief.aggregate(sorabrief.load(folder))


def _changed(briefing: sorabrief.Briefing) -> set[str]:
    return {c.claim for c in briefing.status_changes if c.source == "02"}


def test_a_newer_report_suspending_what_was_in_force_ends_it(tmp_path: Path) -> None:
    newer = (
        "A regional tribunal has suspended enforcement of the landing levy until judges "
        "rule on the appeal brought by four hauliers."
    )
    assert _changed(_briefing(tmp_path / "case", newer)) == {"levy-in-force"}


@pytest.mark.parametrize(
    "newer",
    [
        "The harbour office could lift its closure next week, a spokesperson said.",
        "If inspectors sign off, the harbour office will lift its closure on Monday.",
        "In 2019 the harbour office had lifted a closure of the Orla ferry within a day.",
        "The harbour office lifted its ban on night fishing off Kessel pier on Saturday.",
        "The hauliers asked the tribunal to suspend the Orla landing levy.",
    ],
)
def test_a_forecast_a_look_back_or_another_stop_ends_nothing(tmp_path: Path, newer: str) -> None:
    assert not _changed(_briefing(tmp_path / "case", newer))
