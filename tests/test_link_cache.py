"""Cached links: a re-run links only new articles, and a bad links entry is never trusted."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from sorabrief.aggregation import aggregate, linking
from sorabrief.casefile import load_case
from sorabrief.extract import vocabulary_of
from sorabrief.findings import Findings
from sorabrief.findings_cache import FindingsCache, article_keys, claims_digest, links_key
from sorabrief.model import Case, Claim
from sorabrief.render.json import render_json
from support import BUNDLED_CASE


@pytest.fixture
def linked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the sources linking runs on, in order."""
    seen: list[str] = []
    real = linking.article_links

    def counting(claims: tuple[Claim, ...], findings: Findings, body: str):  # type: ignore[no-untyped-def]
        seen.append(findings.source)
        return real(claims, findings, body)

    monkeypatch.setattr(linking, "article_links", counting)
    return seen


def _links_entry(cache: FindingsCache, case: Case, source_id: str) -> Path:
    key = links_key(
        article_keys(case.sources, vocabulary_of(case))[source_id], claims_digest(case.claims)
    )
    return cache.folder / "links" / key[:2] / f"{key}.json"


def test_a_rerun_after_adding_one_article_links_only_that_article(
    tmp_path: Path, linked: list[str]
) -> None:
    cache = FindingsCache(tmp_path / "cache")
    case = load_case(BUNDLED_CASE)
    expected = render_json(aggregate(case))
    del linked[:]
    aggregate(attrs.evolve(case, sources=case.sources[:4]), cache=cache)
    assert linked == ["000", "001", "002", "003"]
    del linked[:]
    assert render_json(aggregate(case, cache=cache)) == expected
    assert linked == ["004"]


def test_changing_a_claims_cues_relinks_every_article(tmp_path: Path, linked: list[str]) -> None:
    cache = FindingsCache(tmp_path / "cache")
    case = load_case(BUNDLED_CASE)
    aggregate(case, cache=cache)
    claim = attrs.evolve(case.claims[0], cues=(*case.claims[0].cues, "leak"))
    edited = attrs.evolve(case, claims=(claim, *case.claims[1:]))
    del linked[:]
    assert render_json(aggregate(edited, cache=cache)) == render_json(aggregate(edited))
    assert linked[:5] == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize(
    "entry",
    [
        b'{"key": "trunc',
        b'{"key": "KEY", "links": {"leak": [[999], []]}}',
        b'{"key": "KEY", "links": {"no-such-claim": [[0], []]}}',
        b'{"key": "KEY", "links": {"leak": [[3, 1], []]}}',
        b'{"key": "KEY", "links": {"leak": [[], []]}}',
        b'{"key": "KEY", "links": {"leak": {"a": 1, "b": 2}}}',
        b'{"key": "KEY", "links": []}',
        b'{"key": "another", "links": {}}',
    ],
)
def test_a_corrupt_or_foreign_links_entry_is_ignored_and_rewritten(
    tmp_path: Path, linked: list[str], entry: bytes
) -> None:
    cache = FindingsCache(tmp_path / "cache")
    case = load_case(BUNDLED_CASE)
    expected = render_json(aggregate(case, cache=cache))
    path = _links_entry(cache, case, "002")
    good = path.read_bytes()
    path.write_bytes(entry.replace(b"KEY", path.stem.encode()))
    del linked[:]
    assert render_json(aggregate(case, cache=cache)) == expected
    assert linked == ["002"]
    assert path.read_bytes() == good
