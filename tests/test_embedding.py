"""The embedding signal: a small model read from the installed wordllama package, offline
and lazily; and a newer sentence saying a change in other words, close to a status by
embedding, reports that the status changed."""

from __future__ import annotations

from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation import embedding, status
from test_api import run_python


def test_import_sorabrief_loads_no_model_library() -> None:
    result = run_python(
        """
        import sys, sorabrief, sorabrief.aggregation
        loaded = [m for m in ("numpy", "tokenizers", "safetensors", "wordllama") if m in sys.modules]
        assert not loaded, loaded
        """
    )
    assert result.returncode == 0, result.stderr


def test_the_model_loads_from_the_package_directory_with_no_network() -> None:
    result = run_python(
        """
        import socket, sys

        def refuse(*args, **kwargs):
            raise OSError("no network in this test")

        socket.socket = refuse
        socket.create_connection = refuse
        from sorabrief.aggregation import embedding
        print(embedding.likeness("The Kessel bridge is closed.", "The Kessel bridge reopened."))
        assert "wordllama" not in sys.modules
        print(embedding.model_dir().name)
        """
    )
    assert result.returncode == 0, result.stderr
    value, folder = result.stdout.split()
    assert 0.0 < float(value) <= 1.0
    assert folder == "wordllama"
    assert (embedding.model_dir() / embedding.WEIGHTS).is_file()


def test_likeness_is_symmetric_rounded_and_the_same_whatever_was_asked_before() -> None:
    a, b = "Corvel pens are back in Varne pharmacies.", "Varne pharmacies have no Corvel pens."
    first = embedding.likeness(a, b)
    embedding.likeness("An unrelated text about the Orla ferry.", a)
    assert embedding.likeness(b, a) == first == round(first, 4)
    assert embedding.likeness(a, a) == 1.0
    assert embedding.best_likeness(a, []) == 0.0


INCIDENT = """\
id: varne-insulin
title: Varne insulin shortage
parties:
  - id: agency
    name: Varne Medicines Agency
    kind: organization
    role: regulates medicines
claims:
  - id: pens-unavailable
    kind: status
    statement: Corvel insulin pens remain unavailable in most Varne pharmacies.
  - id: import-approved
    kind: event
    statement: The Varne Medicines Agency approved an emergency import of Corvel pens.
"""

OLDER = (
    "Corvel insulin pens remain unavailable in most Varne pharmacies, the agency said.\n\n"
    "Patients have been queueing since dawn at chemists in the old town.\n\n"
    "The Varne Medicines Agency approved an emergency import of Corvel pens on Friday."
)


def _changed(folder: Path, newer: str) -> set[str]:
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(INCIDENT, encoding="utf-8")
    for article_id, publisher, published, body in (
        ("01", "Varne Echo", "2025-03-01", OLDER),
        ("02", "Coast Weekly", "2025-03-12", newer),
    ):
        text = f"---\ntitle: Varne {article_id}\npublisher: {publisher}\npublished: {published}\n---\n{body}\n"
        (folder / "articles" / f"{article_id}.md").write_text(text, encoding="utf-8")
    briefing = sorabrief.aggregate(sorabrief.load(folder))
    return {c.claim for c in briefing.status_changes if c.source == "02"}


CHANGE = (
    "After weeks in which diabetics scoured Varne pharmacies for Corvel, supplies have returned."
)


def test_a_change_close_in_meaning_reports_a_change(tmp_path: Path) -> None:
    assert _changed(tmp_path / "case", CHANGE) == {"pens-unavailable"}


def test_it_is_the_embedding_that_finds_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status, "EMBEDDED", 1.1)
    assert not _changed(tmp_path / "case", CHANGE)


@pytest.mark.parametrize(
    "newer",
    [
        "After weeks in which diabetics scoured Varne pharmacies, supplies have not returned.",
        "Supplies of Corvel could return to Varne pharmacies next week, the agency said.",
        "The Varne ferry has resumed sailings after the storm.",
    ],
)
def test_a_negated_a_forecast_or_an_unrelated_change_reports_none(
    tmp_path: Path, newer: str
) -> None:
    assert not _changed(tmp_path / "case", newer)
