"""Crowns of Sweden, Denmark, Norway and Iceland, and a scale word joined to its sum."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The ferry ticket rose to 85 kronor this spring.", "85 kronor", 85, "SEK"),
        ("Villagers raised Skr2.7mn for the chapel roof.", "Skr2.7mn", 2.7e6, "SEK"),
        ("A parking fine of SKr450 was waived.", "SKr450", 450, "SEK"),
        ("The museum got Dkr 900,000 from the lottery.", "Dkr 900,000", 900_000, "DKK"),
        ("Anglers paid Nkr350 for a licence.", "Nkr350", 350, "NOK"),
        ("A grant of 40 million Norwegian kroner was approved.", "40 million Norwegian kroner",
         40e6, "NOK"),
        ("Each stall paid 600 Danish kroner in rent.", "600 Danish kroner", 600, "DKK"),
    ],
)  # fmt: skip
def test_a_crown_marked_explicitly(sentence: str, text: str, value: float, unit: str) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.low, figure.unit) == (text, value, unit)


def test_a_bare_kr_is_the_crown_the_article_marks_elsewhere() -> None:
    text = (
        "The co-op billed members SEK 3.4 million too much. "
        "One baker was charged kr 2,150 twice, and a fisher 1 900 kr."
    )
    figures = find_figures(text)
    assert [(f.text, f.low, f.unit) for f in figures] == [
        ("SEK 3.4 million", 3.4e6, "SEK"),
        ("kr 2,150", 2150, "SEK"),
        ("1 900 kr", 1900, "SEK"),
    ]


def test_a_bare_kroner_follows_a_danish_article() -> None:
    text = "The library spent DKK 75,000 on books and 12,000 kroner on chairs."
    assert [f.unit for f in find_figures(text)] == ["DKK", "DKK"]


@pytest.mark.parametrize(
    "text",
    [
        "The toll was kr 38 per car.",
        "A NOK 6 million deal and a SEK 2 million deal; the fee was kr 95.",
    ],
)
def test_a_bare_kr_is_left_out_when_no_single_crown_is_marked(text: str) -> None:
    assert all(f.text != "kr 38" and f.text != "kr 95" for f in find_figures(text))


def test_a_kr_sum_is_not_read_before_a_name() -> None:
    assert find_figures("Rita Krantz 5 came second.") == ()


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The insurer set aside about £4.3million for claims.", "about £4.3million", 4.3e6, "GBP"),
        ("The plan costs €2billion in all.", "€2billion", 2e9, "EUR"),
    ],
)  # fmt: skip
def test_a_scale_word_joined_to_its_sum(sentence: str, text: str, value: float, unit: str) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.low, figure.unit) == (text, value, unit)
