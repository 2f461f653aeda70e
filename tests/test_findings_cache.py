"""The findings cache: re-runs extract only what changed, and a bad entry is never trusted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from sorabrief.aggregation import aggregate, cued, extraction, fingerprints
from sorabrief.aggregation.copies import fingerprint
from sorabrief.casefile import load_case
from sorabrief.extract import vocabulary_of
from sorabrief.findings_cache import FindingsCache, cache_key, vocabulary_digest
from sorabrief.model import Case, Source
from sorabrief.render.json import render_json
from support import BUNDLED_CASE, run_cli


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the sources extraction runs on, in order."""
    seen: list[str] = []
    real = extraction.extract

    def counting(source, vocabulary):  # type: ignore[no-untyped-def]
        seen.append(source.id)
        return real(source, vocabulary)

    monkeypatch.setattr(extraction, "extract", counting)
    return seen


def _entry(cache: FindingsCache, case: Case, source_id: str) -> Path:
    source = next(s for s in case.sources if s.id == source_id)
    key = cache_key(source, vocabulary_digest(vocabulary_of(case)))
    return cache.folder / key[:2] / f"{key}.json"


def test_a_rerun_after_adding_one_article_extracts_only_that_article(
    tmp_path: Path, extracted: list[str]
) -> None:
    cache = FindingsCache(tmp_path / "cache")
    case = load_case(BUNDLED_CASE)
    four = attrs.evolve(case, sources=case.sources[:4])
    expected = render_json(aggregate(case))
    del extracted[:]
    aggregate(four, cache=cache)
    assert extracted == ["000", "001", "002", "003"]
    assert render_json(aggregate(case, cache=cache)) == expected
    assert extracted[4:] == ["004"]


def test_a_corrupt_or_foreign_entry_is_ignored_and_rewritten(
    tmp_path: Path, extracted: list[str]
) -> None:
    cache = FindingsCache(tmp_path / "cache")
    case = load_case(BUNDLED_CASE)
    expected = render_json(aggregate(case, cache=cache))
    corrupt, foreign = _entry(cache, case, "000"), _entry(cache, case, "001")
    corrupt.write_bytes(b'{"key": "trunc')
    foreign.write_bytes(_entry(cache, case, "002").read_bytes())
    _entry(cache, case, "003").write_text('{"key": "x", "findings": []}', encoding="utf-8")
    mistyped = _entry(cache, case, "004")
    entry = json.loads(mistyped.read_bytes())
    entry["findings"][2][0][0] = "0"  # a sentence's start as text
    mistyped.write_text(json.dumps(entry), encoding="utf-8")
    del extracted[:]
    assert render_json(aggregate(case, cache=cache)) == expected
    assert extracted == ["000", "001", "003", "004"]
    del extracted[:]
    aggregate(case, cache=cache)
    assert extracted == []


def test_the_key_covers_body_front_matter_vocabulary_and_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = load_case(BUNDLED_CASE)
    source, vocabulary = case.sources[0], vocabulary_of(case)
    digest = vocabulary_digest(vocabulary)
    key = cache_key(source, digest)
    assert cache_key(attrs.evolve(source, path=Path("elsewhere.md")), digest) == key
    assert cache_key(attrs.evolve(source, body=source.body + " "), digest) != key
    assert cache_key(attrs.evolve(source, publisher="Another"), digest) != key
    party = attrs.evolve(case.parties[0], aliases=(*case.parties[0].aliases, "Open-AI"))
    other = attrs.evolve(vocabulary, parties=(party, *vocabulary.parties[1:]))
    assert cache_key(source, vocabulary_digest(other)) != key
    import sorabrief.findings_cache as module

    monkeypatch.setattr(module, "code_digest", lambda: "another version")
    assert cache_key(source, digest) != key


def test_the_command_line_caches_where_asked_and_not_at_all_with_no_cache(tmp_path: Path) -> None:
    folder = tmp_path / "findings"
    cached = run_cli("report", "--out", "a", "--cache", str(folder), cwd=tmp_path)
    assert cached.returncode == 0, cached.stderr
    assert len(list(folder.glob("*/*.json"))) == 5
    fresh = run_cli("report", "--out", "b", "--cache", "unused", "--no-cache", cwd=tmp_path)
    assert fresh.returncode == 0, fresh.stderr
    assert not (tmp_path / "unused").exists()
    assert (tmp_path / "a" / "sora-leak-briefing.md").read_bytes() == (
        tmp_path / "b" / "sora-leak-briefing.md"
    ).read_bytes()


def test_cue_links_are_cached_per_article_and_searched_again_when_cues_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = FindingsCache(tmp_path / "cache")
    case = load_case(BUNDLED_CASE)
    expected = render_json(aggregate(case))
    searched: list[str] = []
    real = cued.article_cue_links

    def counting(claims, findings, body, tested):  # type: ignore[no-untyped-def]
        searched.append(findings.source)
        return real(claims, findings, body, tested)

    monkeypatch.setattr(cued, "article_cue_links", counting)
    aggregate(attrs.evolve(case, sources=case.sources[:4]), cache=cache)
    del searched[:]
    assert render_json(aggregate(case, cache=cache)) == expected
    assert set(searched) == {"004"}
    for entry in (cache.folder / "cues").glob("*/*.json"):
        entry.write_text('{"key": "x", "data": {"a": [1]}}', encoding="utf-8")
    del searched[:]
    assert render_json(aggregate(case, cache=cache)) == expected
    assert set(searched) == {s.id for s in case.sources}
    first = next(c for c in case.claims if c.cues)
    claims = tuple(attrs.evolve(c, cues=(*c.cues, "qqq")) if c is first else c for c in case.claims)
    del searched[:]
    aggregate(attrs.evolve(case, claims=claims), cache=cache)
    assert set(searched) == {s.id for s in case.sources}


def test_copy_fingerprints_are_kept_in_the_findings_entry_and_a_bad_one_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extracted: list[str]
) -> None:
    cache = FindingsCache(tmp_path / "cache")
    case = load_case(BUNDLED_CASE)
    expected = render_json(aggregate(case))
    printed: list[str] = []
    real = fingerprints.fingerprint

    def counting(source, text):  # type: ignore[no-untyped-def]
        printed.append(source.id)
        return real(source, text)

    monkeypatch.setattr(fingerprints, "fingerprint", counting)
    aggregate(attrs.evolve(case, sources=case.sources[:4]), cache=cache)
    del printed[:], extracted[:]
    assert render_json(aggregate(case, cache=cache)) == expected
    assert printed == extracted == ["004"]
    assert sorted(p.name for p in cache.folder.iterdir()) == sorted(
        [*{_entry(cache, case, s.id).parent.name for s in case.sources}, "cues"]
    )
    entries = [_entry(cache, case, source_id) for source_id in ("000", "001", "002")]
    for entry, change in zip(
        entries,
        [
            lambda e: e | {"copies": {"credits": False}},
            lambda e: e | {"copies": e["copies"] | {"shingles": "!" + e["copies"]["shingles"]}},
            lambda e: {"key": e["key"], "findings": e["findings"]},  # round 29's layout
        ],
        strict=True,
    ):
        entry.write_text(json.dumps(change(json.loads(entry.read_bytes()))), encoding="utf-8")
    del printed[:], extracted[:]
    assert render_json(aggregate(case, cache=cache)) == expected
    assert printed == extracted == ["000", "001", "002"]


def test_shingle_numbers_are_the_same_in_every_run() -> None:
    text = "The harbour board says the ferry Aurora will not sail again before the spring tides."
    program = (
        "from sorabrief.aggregation.copies import fingerprint\n"
        "from sorabrief.model import Source\n"
        f"print(fingerprint(Source(id='x', body={text!r}), {text!r}).numbers.hex())"
    )
    other = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    here = fingerprint(Source(id="x", body=text), text)
    assert other.stdout.strip() == here.numbers.hex()
    assert len(here.numbers) == 8 * (len(text.split()) - 4)
