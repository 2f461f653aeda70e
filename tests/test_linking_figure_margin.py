"""A sentence giving a figure also tells the event or state the figure measures: a figure
claim takes no margin from an event or a status. Invented text."""

from __future__ import annotations

from pathlib import Path

import sorabrief
from sorabrief.aggregation.linking import link_all
from sorabrief.extract import extract, vocabulary_of

_INCIDENT = """\
id: ferry-fine
title: Dunmore Ferries fined over lifeboat drills
parties:
  - id: dunmore
    name: Dunmore Ferries
    kind: organization
    role: company that runs the island ferries
  - id: crews
    name: Island Crews Guild
    kind: group
    role: union of the ferry crews
claims:
  - id: fine-imposed
    kind: event
    statement: The harbour board fined the operator.
  - id: fine-amount
    kind: figure
    subject: fine on Dunmore Ferries over missed lifeboat drills
    quantity: money
    unit: GBP
  - id: drills-skipped
    kind: grievance
    by: crews
    against: dunmore
    statement: Managers told crews to skip lifeboat drills to keep the timetable.
"""

_ARTICLES = {
    "01": "The harbour board has fined Dunmore Ferries £40,000 over missed lifeboat drills. "
    "The island crossings ran as usual on Monday.",
    "02": "The board said lifeboat drills had been missed on four crossings. The guild said "
    "managers told crews to skip the drills to keep the timetable.",
}


def test_a_figure_claim_takes_no_margin_from_an_event(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, body in _ARTICLES.items():
        text = f"---\ntitle: Ferries {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    linking = link_all(case, findings)
    figure = linking.scored["fine-amount"][0]
    event = [s for s in linking.scored["fine-imposed"] if s.sentence == figure.sentence]
    assert event and figure.signals.meaning > event[0].signals.meaning
    assert event[0].signals.margin > 0  # the figure claim, more like it, takes no margin
    assert "fine-imposed" in linking.links["01"] and "fine-amount" in linking.links["01"]
