"""Syndicated copies: found by shingle containment, folded into their original when counting."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import attrs
import pytest

import sorabrief
from sorabrief.aggregation.copies import _CREDIT, credits_another, find_copies
from sorabrief.check import check_case
from sorabrief.independence import independent_reports
from sorabrief.model import Source
from sorabrief.partial_date import PartialDate
from support import BUNDLED_CASE, REPO

CORPUS_ARTICLE = REPO / "tests" / "corpus" / "uk-water-outage" / "articles" / "01.md"
LOCAL = (
    "Residents who spoke to this newspaper on Thursday said they had heard nothing from the "
    "council about what happens next, and a public meeting has been called for next week."
)


def _body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("\n---\n", 1)[1]


def _edited_copies(body: str) -> dict[str, str]:
    """A changed headline, a trimmed ending, an added paragraph, and all three."""
    lines = [line for line in body.splitlines() if line.strip()]
    kept = lines[: round(len(lines) * 0.6)]
    middle = len(lines) // 2
    return {
        "headline": "\n".join(["Wire: what we know so far", *lines[1:]]),
        "trimmed": "\n".join(kept),
        "added": "\n".join([*lines[:middle], LOCAL, *lines[middle:]]),
        "all three": "\n".join(["Wire: what we know so far", *kept[1:], LOCAL]),
    }


def _source(source_id: str, published: str | None = None) -> Source:
    return Source(
        id=source_id, body="", published=PartialDate.parse(published) if published else None
    )


@pytest.mark.parametrize("kind", ["headline", "trimmed", "added", "all three"])
def test_an_edited_copy_is_found_and_points_at_the_earlier_original(kind: str) -> None:
    body = _body(CORPUS_ARTICLE)
    copy = _edited_copies(body)[kind]
    found = find_copies([(_source("b", "2024-03-06"), copy), (_source("a", "2024-03-05"), body)])
    assert found == {"b": "a"}


def test_independent_reports_of_one_incident_are_not_copies() -> None:
    folder = REPO / "tests" / "corpus" / "uk-water-outage" / "articles"
    texts = [(_source(p.stem), _body(p)) for p in sorted(folder.glob("*.md"))]
    assert len(texts) >= 3
    assert find_copies(texts) == {}


def test_the_original_is_the_earliest_published_then_the_smallest_id_and_undated_last() -> None:
    body = _body(CORPUS_ARTICLE)
    dated = [(_source("z", "2024-03-01"), body), (_source("a", "2024-03-02"), body)]
    assert find_copies(dated) == {"a": "z"}
    tie = [(_source("m", "2024-03-02"), body), (_source("c", "2024-03-02"), body)]
    assert find_copies(tie) == {"m": "c"}
    undated = [(_source("a"), body), (_source("q", "2024-03-09"), body)]
    assert find_copies(undated) == {"a": "q"}


def test_on_one_day_the_article_crediting_another_outlet_is_the_copy() -> None:
    body = _body(CORPUS_ARTICLE)
    credited = body + "\n\nThis article originally appeared in the Wire Service."
    same_day = [
        (attrs.evolve(_source("a", "2024-03-02"), body=credited), body),
        (_source("z", "2024-03-02"), body),
    ]
    assert find_copies(same_day) == {"a": "z"}


def test_an_undated_article_that_credits_nobody_leads_a_dated_copy_that_credits_it() -> None:
    body = _body(CORPUS_ARTICLE)
    credited = body + "\n\nThis article first appeared in the Harbour Gazette."
    pages = [
        (attrs.evolve(_source("copy", "2024-03-03"), body=credited), body),
        (_source("gazette"), body),
        (_source("later", "2024-03-05"), body),
    ]
    assert find_copies(pages) == {"copy": "gazette", "later": "gazette"}
    dated = [(attrs.evolve(_source("copy", "2024-03-03"), body=credited), body)]
    dated += [(_source("gazette", "2024-03-04"), body)]
    assert find_copies(dated) == {"gazette": "copy"}


@pytest.mark.parametrize(
    "page",
    [
        "This article originally appeared in the Wire Service.",
        "ORIGINALLY  PUBLISHED by the Courier",
        "It first ran in print; it was first\u00a0published online.",
        "The first ran out; firstran; xfirst ran; first ranch",
        "Republished with permission. Reprinted by arrangement with the Post.",
        "Syndicated from the Herald. First first appeared.",
        "It was firſt published in the Times.",
        "Orİginally appeared in the Times.",
        "It orıginally ran in the Times.",
        "Nothing credited here, not first or originally.",
    ],
)
def test_a_credit_line_is_found_as_the_pattern_searched_through_the_page_finds_it(
    page: str,
) -> None:
    assert credits_another(page) == (_CREDIT.search(page) is not None)


def test_copies_do_not_depend_on_the_order_articles_arrive_in() -> None:
    body = _body(CORPUS_ARTICLE)
    other = _body(CORPUS_ARTICLE.with_name("02.md"))
    texts = [
        (_source(f"s{n}", f"2024-03-0{1 + n % 3}"), text)
        for n, text in enumerate([body, *_edited_copies(body).values(), other])
    ]
    expected = find_copies(texts)
    assert set(expected.values()) == {"s0"} and "s5" not in expected
    for seed in range(5):
        shuffled = texts[:]
        random.Random(seed).shuffle(shuffled)
        assert find_copies(shuffled) == expected


def test_a_text_too_short_to_judge_is_never_a_copy() -> None:
    short = "OpenAI said the programme was voluntary."
    assert find_copies([(_source("a"), short), (_source("b"), short)]) == {}


def test_independent_reports_fold_copies_and_same_outlet_articles() -> None:
    outlets = {"a": "AP", "b": "Metro", "c": "Valley", "d": "Valley", "e": "Harbor"}
    assert independent_reports("abcde", outlets, {}) == 4
    assert independent_reports("abcde", outlets, {"b": "a", "e": "c"}) == 2
    # a copy whose original does not support the claim still counts once, with its outlet
    assert independent_reports("be", outlets, {"b": "a", "e": "a"}) == 1
    # an outlet printing its own story and a copy of another's is two reports, not one
    outlets = {"own": "Courier", "wire": "Wire", "copy": "Courier"}
    assert independent_reports(["own", "wire", "copy"], outlets, {"copy": "wire"}) == 2


@pytest.fixture(scope="module")
def case_with_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled case plus a later copy of article 001 under another outlet's name."""
    folder = tmp_path_factory.mktemp("copies") / "case"
    shutil.copytree(BUNDLED_CASE, folder)
    lines = _body(BUNDLED_CASE / "articles" / "001.md").splitlines()
    body = "\n".join(["Wire copy: artists leak Sora", *lines[1:], LOCAL])
    front = '---\ntitle: "Artists leak Sora"\npublisher: "Metro Wire"\npublished: 2024-12-07\n---\n'
    (folder / "articles" / "009.md").write_text(front + body + "\n", encoding="utf-8")
    return folder


def test_a_copy_is_recorded_counted_once_and_said_in_the_briefing(case_with_copy: Path) -> None:
    briefing = sorabrief.aggregate(sorabrief.load(case_with_copy))
    assert briefing.source_report("009").copy_of == "001"
    assert all(r.copy_of is None for r in briefing.sources if r.source.id != "009")
    both = [c for c in briefing.claims if {"001", "009"} <= c.source_set]
    assert both
    for claim in both:
        assert claim.corroboration == claim.independent_reports == len(claim.outlets) - 1
    markdown = sorabrief.render_markdown(briefing)
    line = f"; {len(both[0].outlets)} outlets, {both[0].corroboration} independent reports)_"
    assert line in markdown
    assert "5 independent reports" in markdown.splitlines()[2]
    assert "\\[6\\] copies \\[2\\]" in markdown
    data = json.loads(sorabrief.render_json(briefing))
    assert [s["copy_of"] for s in data["sources"]] == [None] * 5 + ["001"]
    assert sorabrief.read_json(sorabrief.render_json(briefing)) == briefing


def test_check_lists_each_copy_with_both_files(case_with_copy: Path) -> None:
    report = check_case(case_with_copy)
    copies = [p for p in report.problems if p.code == "copy"]
    assert len(copies) == 1
    assert copies[0].file is not None and copies[0].file.endswith("009.md")
    assert "a syndicated copy of" in copies[0].message and "001.md (eWEEK)" in copies[0].message
