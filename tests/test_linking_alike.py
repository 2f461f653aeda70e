"""A sentence just below the bar worded like one claim more than any other. Invented text."""

from __future__ import annotations

from pathlib import Path

import sorabrief
from sorabrief.aggregation.alike import worded_like
from sorabrief.aggregation.linking import LINK, NEAR, link_all
from sorabrief.extract import extract, vocabulary_of

_SUSPENDED = "Sales of the imported maize are suspended until laboratory tests are completed."
_LATE = "Vanta Grain delivered the maize shipment three weeks after the contract deadline."
_LAWFUL = "The tender followed the procurement law."


def test_a_sentence_like_one_claim_more_than_the_others_is_worded_like_it() -> None:
    text = "No imported maize may be sold while the laboratory checks samples."
    assert worded_like(text, _SUSPENDED, (_LATE, _LAWFUL))
    assert not worded_like(text, _LATE, (_SUSPENDED, _LAWFUL))


def test_a_sentence_about_the_incident_alone_is_worded_like_no_claim() -> None:
    text = "Maize prices in the capital rose again on Monday."
    assert not worded_like(text, _SUSPENDED, (_LATE, _LAWFUL))


def test_a_sentence_as_like_another_claim_is_not_worded_like_this_one() -> None:
    late = "Laboratory staff said the imported maize came three weeks after the deadline."
    others = ("Sales of the imported maize are suspended until laboratory tests are done.",)
    assert not worded_like(late, _LATE, (*others, _LAWFUL))


_INCIDENT = f"""\
id: maize-tender
title: Imported maize held at the Kasoro depots
parties:
  - id: ministry
    name: Ministry of Trade
    kind: organization
    role: ministry that ran the maize import tender
    aliases: [the ministry]
  - id: vanta
    name: Vanta Grain
    kind: organization
    role: importer that won the tender
claims:
  - id: sales-suspended
    kind: status
    statement: {_SUSPENDED}
  - id: delivered-late
    kind: event
    statement: {_LATE}
  - id: tender-lawful
    kind: response
    by: ministry
    statement: {_LAWFUL}
"""


def _linked(folder: Path, sentence: str) -> tuple[bool, float]:
    """Whether a one-article case links the late delivery, and its second sentence's
    score."""
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    body = f"The maize arrived at the Kasoro depots in September. {sentence}"
    text = f"---\ntitle: Maize\npublisher: Outlet\n---\n{body}\n"
    (folder / "articles" / "01.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    linking = link_all(case, findings)
    score = max(s.score for s in linking.scored["delivered-late"] if s.sentence.index == 1)
    return "delivered-late" in linking.links["01"], score


def test_a_sentence_below_the_bar_worded_like_the_claim_links_it(tmp_path: Path) -> None:
    alike = "The imported maize reached the depots three weeks after the deadline."
    linked, score = _linked(tmp_path / "a", alike)
    assert linked and NEAR <= score < LINK


def test_nor_one_below_the_bar_worded_otherwise(tmp_path: Path) -> None:
    unlike = "The importer's grain turned up weeks behind time."
    linked, score = _linked(tmp_path / "a", unlike)
    assert not linked and NEAR <= score < LINK
