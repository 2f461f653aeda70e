"""Currency nouns that are also English words ("dong", "kip") count where the article names
their country; the Vietnamese spelling "đồng" always counts."""

from __future__ import annotations

from sorabrief.extract.money import find_money


def _sums(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in find_money(text)]


def test_a_noun_counts_in_an_article_naming_its_country() -> None:
    text = "Farmers in Vietnam's Ha Tinh province were offered 12 million dong (about US$470)."
    [money] = find_money(text)
    assert (money.text, money.value, money.unit) == ("12 million dong", 12_000_000.0, "VND")
    assert money.converted is not None and money.converted.unit == "USD"
    laos = "The Laos ministry paid 900,000 kip to each household."
    assert _sums(laos) == [("900,000 kip", 900_000.0, "LAK")]


def test_the_same_noun_without_its_country_is_no_currency() -> None:
    assert _sums("The bell rang 12 dong-like peals, and the 3 kip nights were short.") == []


def test_the_vietnamese_spelling_needs_no_country() -> None:
    assert _sums("The fund holds 3.4 billion đồng.") == [("3.4 billion đồng", 3.4e9, "VND")]


def test_words_that_often_follow_a_number_stay_out() -> None:
    assert _sums("In Brazil, 3,000 real fans and 40 gold medals.") == []
