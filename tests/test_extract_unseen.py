"""The same extraction on an article it was not written against, and on small cases of each rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from sorabrief.casefile import load_case
from sorabrief.extract import Vocabulary, extract, vocabulary_of
from sorabrief.extract.quotes import joined_passages
from sorabrief.findings import DatePrecision, Quantity
from sorabrief.model import Source
from sorabrief.partial_date import PartialDate

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = (ROOT / "tests" / "data" / "unseen_article.md").read_text(encoding="utf-8")
NOISE = {
    "By Dana Whitfield": "byline",
    "A screenshot of the leaked Sora interface shared by the group. (Photo: Hugging Face)": "image caption",
    "Sign up for our AI newsletter to get the week's biggest stories delivered to your inbox.": "newsletter sign-up",
    "Related stories\n- OpenAI delays Sora launch again\n- What early testers really think of AI video tools\n"
    "- Hugging Face tightens rules on leaked model access": "related links",
    UNSEEN[UNSEEN.index("City council approves") :].rstrip("\n"): "off-topic tail",
}


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return vocabulary_of(load_case(ROOT / "sources" / "sora-leak"))


def _extract(
    body: str, vocabulary: Vocabulary, published: PartialDate | None = None
) -> tuple[Source, object]:
    source = Source(id="unseen", body=body, publisher="Example Tribune", published=published)
    return source, extract(source, vocabulary)


def test_unseen_article_loses_exactly_its_noise(vocabulary: Vocabulary) -> None:
    source = Source(
        id="u", body=UNSEEN, publisher="Example Tribune", published=PartialDate(2024, 11, 28)
    )
    findings = extract(source, vocabulary)
    removed = {UNSEEN[r.start : r.end]: r.reason for r in findings.removed}
    assert removed == NOISE
    kept = "".join(s.text for s in findings.sentences)
    for line in UNSEEN.splitlines():
        if not any(line in noise for noise in NOISE):
            assert line.replace(" ", "") in kept.replace(" ", ""), line


def test_unseen_article_findings(vocabulary: Vocabulary) -> None:
    source = Source(id="u", body=UNSEEN, published=PartialDate(2024, 11, 28))
    findings = extract(source, vocabulary)
    [quote] = findings.quotes
    assert (quote.speaker, quote.attribution, quote.verb) == ("pr-puppets", "the group", "wrote")
    figures = {(f.text, f.quantity, f.low, f.high, f.unit) for f in findings.figures}
    assert figures == {
        ("a handful of artists", Quantity.COUNT, 3, 6, "artist"),
        ("within hours", Quantity.DURATION, 1, 24, "hour"),
        ("about 300 artists", Quantity.COUNT, 300, 300, "artist"),
    }
    [date] = findings.dates
    assert (date.text, date.value, date.precision) == (
        "on Tuesday",
        PartialDate(2024, 11, 26),
        DatePrecision.DAY,
    )
    assert "Priya" not in " ".join(s.text for s in findings.sentences)


def test_sentences_keep_abbreviations_and_multi_sentence_quotes(vocabulary: Vocabulary) -> None:
    body = (
        "OpenAI met the U.S. artists at 5 p.m. on Nov. 26 in Washington. Ms. Murati was not there. "
        "“We received access. However, we were used,” they write. The end."
    )
    findings = extract(Source(id="s", body=body), vocabulary)
    assert [s.text for s in findings.sentences] == [
        "OpenAI met the U.S. artists at 5 p.m. on Nov. 26 in Washington.",
        "Ms. Murati was not there.",
        "“We received access. However, we were used,” they write.",
        "The end.",
    ]


@pytest.mark.parametrize(
    ("body", "text", "speaker", "attribution", "verb", "via"),
    [
        ('"We were never paid for any of it," they write. "It was unpaid labor for a huge company."',
         "We were never paid for any of it \u2026 It was unpaid labor for a huge company.", None, "they", "write", None),
        ("“Participation is voluntary,” Niko Felix told Variety. “Nobody is obliged to do anything.”",
         "Participation is voluntary \u2026 Nobody is obliged to do anything.", "niko-felix", "Niko Felix", "told", "Variety"),
        ("OpenAI said: \"The artists called it 'art washing' but that is not what we asked for.\"",
         "The artists called it 'art washing' but that is not what we asked for.", "openai", "OpenAI", "said", None),
        ("“Participation is voluntary,” said OpenAI spokesperson Niko Felix.",
         "Participation is voluntary", "niko-felix", "OpenAI spokesperson Niko Felix", "said", None),
    ],
)  # fmt: skip
def test_quotation_forms(
    vocabulary: Vocabulary,
    body: str,
    text: str,
    speaker: str | None,
    attribution: str,
    verb: str,
    via: str | None,
) -> None:
    [quote] = extract(Source(id="q", body=body), vocabulary).quotes
    assert (quote.text, quote.speaker, quote.attribution, quote.verb, quote.via) == (
        text, speaker, attribution, verb, via,
    )  # fmt: skip
    assert joined_passages([body[s.start : s.end] for s in quote.segments]) == quote.text


def test_unbalanced_quote_is_skipped(vocabulary: Vocabulary) -> None:
    findings = extract(
        Source(id="q", body="He said “this never closes and goes on and on."), vocabulary
    )
    assert findings.quotes == () and findings.terms == ()


@pytest.mark.parametrize(
    ("phrase", "quantity", "low", "high", "unit"),
    [
        ("twenty-five artists", Quantity.COUNT, 25, 25, "artist"),
        ("$1.5 million", Quantity.MONEY, 1.5e6, 1.5e6, "USD"),
        ("$150 billion", Quantity.MONEY, 150e9, 150e9, "USD"),
        ("ninety minutes", Quantity.DURATION, 90, 90, "minute"),
        ("a 2-minute video", Quantity.LENGTH, 2, 2, "minute"),
        ("dozens of testers", Quantity.COUNT, 24, 99, "tester"),
        ("4K", Quantity.RESOLUTION, 2160, 2160, "p"),
        ("30%", Quantity.PERCENT, 30, 30, "%"),
    ],
)
def test_figure_forms(
    vocabulary: Vocabulary, phrase: str, quantity: Quantity, low: float, high: float, unit: str
) -> None:
    [figure] = extract(Source(id="f", body=f"They mentioned {phrase} today."), vocabulary).figures
    assert (figure.quantity, figure.low, figure.high, figure.unit) == (quantity, low, high, unit)


@pytest.mark.parametrize(
    ("phrase", "value", "precision"),
    [
        ("on Tuesday", PartialDate(2024, 12, 3), DatePrecision.DAY),
        ("yesterday", PartialDate(2024, 12, 5), DatePrecision.DAY),
        ("earlier this week", PartialDate(2024, 12, 2), DatePrecision.WEEK),
        ("in February", PartialDate(2024, 2), DatePrecision.MONTH),
        ("in December", PartialDate(2024, 12), DatePrecision.MONTH),
        ("Nov. 26", PartialDate(2024, 11, 26), DatePrecision.DAY),
        ("last month", PartialDate(2024, 11), DatePrecision.MONTH),
        ("three days ago", PartialDate(2024, 12, 3), DatePrecision.DAY),
        ("26 November 2024", PartialDate(2024, 11, 26), DatePrecision.DAY),
    ],
)
def test_dates_resolve_against_publication(
    vocabulary: Vocabulary, phrase: str, value: PartialDate, precision: DatePrecision
) -> None:
    body = f"It happened {phrase}, they said."
    [date] = extract(
        Source(id="d", body=body, published=PartialDate(2024, 12, 6)), vocabulary
    ).dates
    assert (date.text, date.value, date.precision) == (phrase, value, precision)


def test_dates_in_an_undated_article_stay_unresolved(vocabulary: Vocabulary) -> None:
    [date] = extract(Source(id="d", body="It happened on Tuesday."), vocabulary).dates
    assert (date.value, date.precision, date.relative) == (None, DatePrecision.UNRESOLVED, True)


def test_mentions_use_aliases_on_word_boundaries(vocabulary: Vocabulary) -> None:
    body = "The group met Felix and RAC at the race, and OpenAI’s team."
    mentions = extract(Source(id="m", body=body), vocabulary).mentions
    assert [(m.party, m.text) for m in mentions] == [
        ("pr-puppets", "The group"), ("niko-felix", "Felix"),
        ("andre-allen-anjos", "RAC"), ("openai", "OpenAI"),
    ]  # fmt: skip


def test_sentences_naming_a_party_survive_caption_and_promo_rules() -> None:
    case = load_case()
    on_topic = [
        "The artists said OpenAI shut the access down after three hours, according to a report by Reuters.",
        "Artists who sign up for OpenAI's programme said the approval rules were unfair.",
        "OpenAI's top executives said the deal with the artists collapsed after the leak.",
    ]
    body = "\n\n".join(
        ["OpenAI's Sora was leaked by protesting artists on Hugging Face this week.", *on_topic]
    )
    findings = extract(Source(id="x", body=body), vocabulary_of(case))
    assert findings.removed == ()
    kept = " ".join(s.text for s in findings.sentences)
    assert all(sentence in kept for sentence in on_topic)
