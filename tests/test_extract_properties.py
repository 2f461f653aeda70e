"""Properties of extraction on arbitrary text: offsets slice back, nothing raises, same input same output."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sorabrief.casefile import load_case
from sorabrief.extract import extract, vocabulary_of
from sorabrief.extract.quotes import joined_passages
from sorabrief.findings import Findings
from sorabrief.model import Source
from sorabrief.partial_date import PartialDate

ROOT = Path(__file__).resolve().parents[1]
CASE = load_case(ROOT / "sources" / "sora-leak")
VOCABULARY = vocabulary_of(CASE)
SEED_TEXT = "\n".join(s.body for s in CASE.sources)

_pieces = st.sampled_from(
    [
        "“", "”", '"', "‘", "’", "'", ",” they write. “", " said: ", "\n", "\n\n", " ", ".",
        "Niko Felix", "the group", "OpenAI", "$150B", "three hours", "a few hours", "1080p",
        "10-second", "hundreds of artists", "on Tuesday", "in February", "November 26, 2024",
        "Discover More\n", "  • Home\n", "Image Not Found", "Sign up for our newsletter.",
        " date 2024-12-06 ", "\x00", "\r\n", "\u2028", "\x0b", "é", "👨💻",
    ]
)  # fmt: skip
texts = st.one_of(
    st.text(),
    st.lists(st.one_of(_pieces, st.text(max_size=12)), max_size=40).map("".join),
    st.builds(lambda start, size: SEED_TEXT[start : start + size], st.integers(0, len(SEED_TEXT)), st.integers(0, 3000)),
)  # fmt: skip
dates = st.one_of(st.none(), st.dates().map(PartialDate.from_date))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _source(body: str, published: PartialDate | None = None) -> Source:
    return Source(id="p", body=body, published=published)


def _assert_offsets_slice_back(body: str, findings: Findings) -> None:
    for item in (
        *findings.sentences,
        *findings.terms,
        *findings.figures,
        *findings.dates,
        *findings.mentions,
    ):
        assert body[item.start : item.end] == item.text
    for quote in findings.quotes:
        assert quote.text == joined_passages([body[s.start : s.end] for s in quote.segments])
        assert (quote.start, quote.end) == (quote.segments[0].start, quote.segments[-1].end)
        if len(quote.segments) == 1:
            assert body[quote.start : quote.end] == quote.text
    for removed in findings.removed:
        assert 0 <= removed.start < removed.end <= len(body)


def _assert_nothing_from_removed_text(findings: Findings) -> None:
    found = (*findings.sentences, *findings.quotes, *findings.terms, *findings.figures,
             *findings.dates, *findings.mentions)  # fmt: skip
    for item in found:
        for removed in findings.removed:
            assert item.end <= removed.start or item.start >= removed.end


@FAST
@given(texts, dates)
def test_offsets_slice_back_and_removed_text_stays_out(
    body: str, published: PartialDate | None
) -> None:
    findings = extract(_source(body, published), VOCABULARY)
    _assert_offsets_slice_back(body, findings)
    _assert_nothing_from_removed_text(findings)


@FAST
@given(texts, dates)
def test_extraction_is_deterministic(body: str, published: PartialDate | None) -> None:
    assert extract(_source(body, published), VOCABULARY) == extract(
        _source(body, published), VOCABULARY
    )


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["x", "“", "a few hours ", "Sora. ", "\x00", "-"]), st.integers(20_000, 60_000)
)
def test_huge_lines_do_not_raise(piece: str, size: int) -> None:
    body = piece * (size // len(piece))
    _assert_offsets_slice_back(body, extract(_source(body), VOCABULARY))


def test_empty_text() -> None:
    assert extract(_source(""), VOCABULARY) == Findings(source="p")
