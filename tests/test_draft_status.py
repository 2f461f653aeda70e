"""Drafted statuses: states that hold are proposed as statuses, and a newer report's end of
a state gives a status for the new state that supersedes the old one
(``draft/kinds.py``, ``draft/changes.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sorabrief.aggregation import aggregate
from sorabrief.casefile import load_case
from sorabrief.draft import draft_case
from sorabrief.draft.kinds import guess_kind
from sorabrief.model import ClaimKind


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harwick depot remains closed.",
        "Withdrawals from the savings fund are frozen until the audit is finished.",
        "Ferry sailings to the island are on hold.",
        "The water plant is out of service.",
        "The quarry has not reopened since the landslide.",
        "Drivers at the Orrin bus garage stay on strike.",
        "The inspectorate's inquiry into the collapse is still under way.",
        "The police investigation continues.",
        "Trains are running again between Alder and Brisk.",
        "The union has ended its walkout and members have returned to work.",
        "A strike by 300 cleaners entered its second week on Monday.",
    ],
)
def test_a_state_that_holds_or_came_about_is_a_status(sentence: str) -> None:
    assert guess_kind(sentence, [], None, False, {}).kind == ClaimKind.STATUS


@pytest.mark.parametrize(
    "sentence",
    [
        "The families did not want to stay in the shelters.",
        "The compressor failed, letting the room warm beyond the range in which drugs stay safe.",
        "Residents continue to complain about the smell.",
        "The depot will stay closed until Friday.",
        "The council closed the depot on Tuesday.",
    ],
)
def test_what_happened_or_is_planned_is_no_status(sentence: str) -> None:
    assert guess_kind(sentence, [], None, False, {}).kind != ClaimKind.STATUS


_PAGES = {
    "first": (
        "2031-05-04",
        "Cleaners strike at Orrin General Hospital",
        "About 300 cleaners at Orrin General Hospital walked out on Monday in a dispute over "
        "unpaid overtime, the Orrin Cleaners Union said. "
        "The strike at Orrin General Hospital is continuing and the wards are being cleaned by "
        "agency staff. "
        "The hospital said it had hired agency cleaners to keep the wards safe.",
    ),
    "second": (
        "2031-05-06",
        "Orrin hospital cleaners still out",
        "Cleaners at Orrin General Hospital remain on strike over unpaid overtime, the Orrin "
        "Cleaners Union said. "
        "The strike at Orrin General Hospital is continuing for a third day, with agency staff "
        "cleaning the wards. "
        "The hospital said it had hired agency cleaners to keep the wards safe.",
    ),
    "third": (
        "2031-05-12",
        "Orrin cleaners back at work after pay deal",
        "The Orrin Cleaners Union called off the strike at Orrin General Hospital on Sunday "
        "after a deal on unpaid overtime. "
        "The cleaners returned to work at Orrin General Hospital on Monday morning. "
        "The hospital said the overtime would be paid in May.",
    ),
}


@pytest.fixture(scope="module")
def strike_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    paths = []
    for name, (published, title, body) in _PAGES.items():
        page = folder / f"{name}.md"
        page.write_text(
            f'---\ntitle: "{title}"\npublisher: "{name.title()} News"\n'
            f"published: {published}\n---\n{body}\n",
            encoding="utf-8",
        )
        paths.append(str(page))
    out = tmp_path_factory.mktemp("draft") / "case"
    draft_case(paths, out)
    return out


def test_a_newer_report_ending_a_state_gives_a_status_that_supersedes_it(
    strike_case: Path,
) -> None:
    case = load_case(strike_case)
    statuses = {c.id: c for c in case.claims if c.kind == ClaimKind.STATUS}
    replacing = [c for c in statuses.values() if c.supersedes]
    assert len(replacing) == 1, [(c.statement, c.supersedes) for c in statuses.values()]
    new = replacing[0]
    old = [statuses[i] for i in new.supersedes]
    assert all("on strike" in o.statement or "continuing" in o.statement for o in old)
    assert "called off" in new.statement or "returned to work" in new.statement
    briefing = aggregate(case)
    assert new.id in briefing.current_status
    assert not set(new.supersedes) & set(briefing.current_status)
    assert "supersedes:" in (strike_case / "incident.yaml").read_text(encoding="utf-8")


_BRIDGE_PAGES = {
    "first": (
        "2031-08-02",
        "Tamsin footbridge shut after a cable snapped",
        "The Tamsin footbridge over the Corran river was shut on Friday after a support cable "
        "snapped, the Corran District Council said. "
        "The Tamsin footbridge remains closed while engineers from the Corran District Council "
        "inspect its cables.",
    ),
    "second": (
        "2031-08-04",
        "Tamsin footbridge still closed",
        "The Tamsin footbridge remains closed to walkers while the Corran District Council "
        "inspects the cables. "
        "The Corran District Council said the footbridge was shut on Friday after a cable "
        "snapped.",
    ),
    "third": (
        "2031-08-09",
        "Walkers cross the Tamsin footbridge again",
        "“The Tamsin footbridge has reopened and walkers can cross the Corran river again,” "
        "said Ines Farrow of the Corran District Council. "
        "The Corran District Council said the footbridge was shut on Friday after a cable "
        "snapped.",
    ),
}


def test_a_quotation_that_ends_a_state_is_no_new_status(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("bridge")
    paths = []
    for name, (published, title, body) in _BRIDGE_PAGES.items():
        page = folder / f"{name}.md"
        page.write_text(
            f'---\ntitle: "{title}"\npublisher: "{name.title()} Post"\n'
            f"published: {published}\n---\n{body}\n",
            encoding="utf-8",
        )
        paths.append(str(page))
    out = tmp_path_factory.mktemp("draft") / "case"
    draft_case(paths, out)
    statuses = [c for c in load_case(out).claims if c.kind == ClaimKind.STATUS]
    assert statuses
    assert not [c.statement for c in statuses if c.statement.startswith(("“", '"'))]
