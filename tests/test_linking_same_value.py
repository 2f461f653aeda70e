"""A figure claim links, in an article whose sentences share no word with its subject, a
figure whose exact amount another article gives for the claim. Invented text."""

from __future__ import annotations

from pathlib import Path

import sorabrief
from sorabrief.aggregation.linking import link_all
from sorabrief.extract import extract, vocabulary_of

_INCIDENT = """\
id: pier-repair
title: Repairs to the Selby pier
parties:
  - id: council
    name: Selby Town Council
    kind: organization
    role: council that owns the pier
claims:
  - id: repair-cost
    kind: figure
    subject: cost of the contract to repair the pier
    quantity: money
    unit: GBP
"""

_ARTICLES = {
    "01": "Selby Town Council signed a contract to repair the pier costing £480,000.",
    "02": "The agreement, worth £480,000 over two years, was signed on Monday.",
    "03": "The town's harbour fees brought in £120,000 last year.",
}


def _linking(tmp_path: Path) -> dict[str, dict[str, object]]:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, body in _ARTICLES.items():
        text = f"---\ntitle: Pier {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    return dict(link_all(case, findings).links)


def test_a_sum_another_article_gives_for_the_claim_links(tmp_path: Path) -> None:
    links = _linking(tmp_path)
    assert "repair-cost" in links["01"]
    assert "repair-cost" in links["02"]  # shares no word with the subject, same amount
    assert "repair-cost" not in links["03"]  # another amount
