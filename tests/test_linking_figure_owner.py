"""A figure whose own words are less like a figure claim's subject than like another
figure claim's subject is the other claim's. Invented text."""

from __future__ import annotations

from pathlib import Path

import sorabrief
from sorabrief.aggregation.linking import link_all
from sorabrief.extract import extract, vocabulary_of

_INCIDENT = """\
id: ferry-hull
title: Dunmore Ferries fined over lifeboat drills
parties:
  - id: dunmore
    name: Dunmore Ferries
    kind: organization
    role: company that runs the island ferries
claims:
  - id: fine-amount
    kind: figure
    subject: fine the harbour board imposed on Dunmore Ferries over missed lifeboat drills
    quantity: money
    unit: GBP
  - id: repair-cost
    kind: figure
    subject: cost of repairing the damaged hull
    quantity: money
    unit: GBP
"""

_ARTICLES = {
    "01": "The harbour board fined Dunmore Ferries over missed lifeboat drills; the "
    "damaged hull will cost £2 million to repair.",
    "02": "The harbour board fined Dunmore Ferries £40,000 over missed lifeboat drills.",
}


def _linking(tmp_path: Path) -> dict[str, dict[str, tuple[int, ...]]]:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, body in _ARTICLES.items():
        text = f"---\ntitle: Ferries {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    links = link_all(case, findings).links
    return {s: {c: found.figures for c, found in per.items()} for s, per in links.items()}


def test_a_sum_named_as_another_claims_goes_to_that_claim(tmp_path: Path) -> None:
    figures = _linking(tmp_path)
    assert figures["01"].get("repair-cost")  # "the damaged hull will cost £2 million"
    assert "fine-amount" not in figures["01"]  # the sentence tells the fine, not its sum
    assert figures["02"].get("fine-amount")  # "fined Dunmore Ferries £40,000"


_FARES = """\
id: ferry-fares
title: Island ferry fare rise suspended
parties:
  - id: operator
    name: Kestle Ferries
    kind: organization
    role: company that runs the island ferries
claims:
  - id: old-fare
    kind: figure
    subject: ticket price per trip before the rise
    quantity: money
    unit: GBP
  - id: new-fare
    kind: figure
    subject: raised ticket price per trip charged from March
    quantity: money
    unit: GBP
"""


def test_a_sum_like_two_claims_goes_to_the_one_it_is_most_like(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_FARES, encoding="utf-8")
    bodies = {
        "01": "Kestle Ferries raised the ticket price per trip charged from March to £9.",
        "02": "Kestle Ferries set the ticket price per trip at £6 before the rise.",
    }
    for name, body in bodies.items():
        text = f"---\ntitle: Fares {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    links = link_all(case, findings).links
    assert "old-fare" not in links["01"] and links["01"]["new-fare"].figures
    assert "new-fare" not in links["02"] and links["02"]["old-fare"].figures
