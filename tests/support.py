"""Paths and helpers the tests share."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sorabrief.model import Party, Source

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
BUNDLED_CASE = REPO / "sources" / "sora-leak"
SEEDS = REPO.parent / "shared" / "seeds"
"""The articles exactly as captured; present beside a checkout in the project's workspace."""


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in a file, failing loudly if the file does not contain it."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} does not contain {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def run_cli(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -m sorabrief ARGS`` against this tree's src/, with no stdin."""
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-m", "sorabrief", *args],
        cwd=cwd,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def outlet_source(source_id: str, body: str) -> Source:
    """A source with its own made-up outlet, "Outlet <id>", for tests of drafting."""
    return Source(id=source_id, body=body, publisher=f"Outlet {source_id}")


def proposed_parties(articles: dict[str, str]) -> dict[str, Party]:
    """The parties ``sorabrief draft`` proposes for some articles (id: body), by name,
    each article from an outlet of its own."""
    from sorabrief.draft.parties import propose_parties
    from sorabrief.extract import Vocabulary, extract

    sources = [outlet_source(i, body) for i, body in articles.items()]
    vocabulary = Vocabulary(parties=(), topic=())
    findings = {s.id: extract(s, vocabulary) for s in sources}
    proposal = propose_parties(sources, findings, {i: i for i in articles})
    return {p.party.name: p.party for p in proposal.parties}
