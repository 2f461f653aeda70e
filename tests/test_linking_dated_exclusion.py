"""An event linked in an article by an undated sentence adds the article's best dated
sentence near it, but never one the claim excludes. Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.linking import link_all
from sorabrief.extract import extract, vocabulary_of

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
"""

_BODY = (
    "Fire broke out in the grain store of the Kestrel Lane flour mill. "
    "Crews stayed at the flour mill grain store until Monday night."
)


@pytest.mark.parametrize("exclude", ["", "\n    exclude: ['Crews\\s+stayed']"])
def test_a_dated_sentence_the_event_excludes_is_not_added(tmp_path: Path, exclude: str) -> None:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT.rstrip("\n") + exclude + "\n")
    text = f"---\ntitle: Mill fire\npublisher: Mill Outlet\npublished: 2031-05-06\n---\n{_BODY}\n"
    (folder / "articles" / "01.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    linked = [link.sentence for link in link_all(case, findings).links["01"]["fire"].sentences]
    assert linked == ([0] if exclude else [0, 1])
