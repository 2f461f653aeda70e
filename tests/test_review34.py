"""Round 34's new patterns match only what they say they do. Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from sorabrief.aggregation.change_ends import other_end
from sorabrief.aggregation.mood import announced
from sorabrief.draft.kinds import guess_kind
from sorabrief.draft.wording import reported
from sorabrief.extract.money_amounts import read_amounts
from sorabrief.findings import Figure, Quantity
from sorabrief.intake import read_input
from sorabrief.model import ClaimKind


def test_a_word_that_only_opens_like_a_verb_of_change_is_none() -> None:
    body = "Government grants range from €500 to €2,000 per household."
    start = body.index("€500")
    figure = Figure("€500", start, start + 4, Quantity.MONEY, 500.0, 500.0, "EUR")
    assert not other_end(body, figure, "grant per household")


def test_ruling_out_or_deciding_against_is_no_announcement() -> None:
    assert not announced("The minister ruled out claims that fares would rise.")
    assert not announced("The board decided against the plan that would raise fares.")
    assert announced("The board decided on Friday that fares would rise.")


def test_one_verb_of_saying_is_no_second_speaker() -> None:
    sentence = "Residents say that the road is still closed."
    assert guess_kind(sentence, [], None, False, {}).kind == ClaimKind.STATUS


def test_a_noun_after_and_is_no_second_verb_of_saying() -> None:
    assert reported("The insurer said payouts and claims would be processed by May.")
    assert not reported("The insurer said payouts were late and insisted that claims would wait.")


def test_contos_are_a_thousand_escudos_only_in_an_article_about_escudos() -> None:
    assert not list(read_amounts("The storytellers shared thousands of contos at dusk.", ""))
    article = "In Praia the fund paid thousands of contos to traders in Cape Verdean escudos."
    (amount,) = read_amounts(article, "")
    assert (amount.figure.low, amount.figure.high) == (2_000_000.0, 9_999_000.0)
    (sum_,) = read_amounts("Traders in Praia got 1.240 contos in Cape Verdean escudos.", "")
    assert sum_.figure.low == 1_240_000.0


def test_a_word_ending_like_men_is_no_dwellers(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Ferry delayed</title>"
        "<meta name='author' content='Rosa Pell, Tom Avery'></head><body><article>"
        "<p>The ferry to the island was delayed by four hours on Monday, and spokesmen from "
        "Tom Avery said the engine had failed again after repairs in the spring.</p>"
        "<p>Passengers waited on the quay for most of the afternoon while the crew worked, and "
        "the company said a second vessel would run from Tuesday.</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_input(str(page)).author == "Rosa Pell; Tom Avery"


@pytest.mark.parametrize(
    "byline", ["By Mina Osei, Suite 123 May 2026", "By Mina Osei 123 May 2026"]
)
def test_a_number_ending_in_a_day_is_no_date(tmp_path: Path, byline: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Library shuts</title></head><body><article>"
        f"<h1>Library shuts</h1><p>{byline}</p><p>The county library closed its reading rooms "
        "after water came through the roof of the east wing during the storm.</p><p>Staff "
        "moved about 4,000 books to the basement while the roof is surveyed.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    assert read_input(str(page)).published is None


def test_a_personal_title_goes_only_after_a_title_of_office() -> None:
    from sorabrief.draft.names import names_in

    found = [n.text for n in names_in("The Miss World Organisation said the show would go on.")]
    assert "Miss World Organisation" in found
    found = [n.text for n in names_in("District Commissioner Dr Jo Park said the road was shut.")]
    assert "Jo Park" in found
