"""A single letter written for a currency's sign, a symbol typed without its accent, and
crowns written in English."""

from __future__ import annotations

from sorabrief.extract.figures import find_figures


def _money(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.low, f.unit) for f in find_figures(text) if f.quantity.value == "money"]


def test_a_letter_is_the_currency_the_article_writes_elsewhere() -> None:
    text = (
        "The Ibadan guild paid N3.7bn into the fund. Each trader got N12,500, "
        "and the rest of the 4 billion naira is unspent."
    )
    assert _money(text) == [
        ("N3.7bn", 3.7e9, "NGN"),
        ("N12,500", 12_500, "NGN"),
        ("4 billion naira", 4e9, "NGN"),
    ]


def test_a_letter_is_the_currency_of_the_country_the_article_names() -> None:
    text = "The Zambian mill owes K2.1m to growers around Kabwe."
    assert _money(text) == [("K2.1m", 2.1e6, "ZMW")]


def test_a_letter_needs_a_sum_and_a_country() -> None:
    assert _money("The Kabwe mill owes K2.1m to growers.") == []
    assert _money("Nigerian pupils sat form N2 and climbed the K2 in a film.") == []


def test_a_symbol_typed_without_its_accent() -> None:
    text = "Tickets to the Brodek fair cost Kc 2,150, and its debts reach Kc 37 million."
    assert _money(text) == [("Kc 2,150", 2150, "CZK"), ("Kc 37 million", 37e6, "CZK")]


def test_crowns_are_the_crown_the_article_writes_elsewhere() -> None:
    text = "The Brodek fair owes 21m korun; a sponsor lent it 3 million crowns."
    assert _money(text) == [("21m korun", 21e6, "CZK"), ("3 million crowns", 3e6, "CZK")]


def test_crowns_of_no_known_country_are_not_money() -> None:
    assert _money("The jeweller set 40 crowns in one window.") == []
