"""A bare "$" where the article's own currency is written "$": a paper marks the US dollar
and writes its own currency bare; a local paper's country is its domain's."""

from __future__ import annotations

import pytest

from sorabrief.extract.dollar_countries import outlet_dollar
from sorabrief.extract.figures import find_figures

_LOCAL = "A crate of lemons that sold for $3,800 last month now costs $5,100 at the Orvana market."


def _money(text: str, url: str = "") -> list[tuple[str, str]]:
    return [(f.text, f.unit) for f in find_figures(text, url=url) if f.quantity.value == "money"]


@pytest.mark.parametrize(
    ("url", "unit"),
    [
        ("https://www.orvanavoice.cl/local/lemons", "CLP"),
        ("https://orvanavoice.com.ar/en/lemons", "ARS"),
        ("https://www.orvanavoice.com.co/lemons", "COP"),
        ("https://www.orvanavoice.com.mx/lemons", "MXN"),
        ("https://www.orvanavoice.ca/lemons", "CAD"),
        ("https://www.orvanavoice.co/lemons", "USD"),
        ("https://www.orvanavoice.tv/lemons", "USD"),
        ("https://www.orvanavoice.com/lemons", "USD"),
        ("", "USD"),
    ],
)
def test_a_story_naming_no_country_takes_the_dollar_sign_of_its_domain(url: str, unit: str) -> None:
    assert [u for _, u in _money(_LOCAL, url)] == [unit, unit]


def test_a_domain_sold_for_any_use_counts_under_a_second_level() -> None:
    assert outlet_dollar("https://news.example.com.co/x") == "COP"
    assert outlet_dollar("https://news.example.co/x") is None
    assert outlet_dollar("https://example.co.nz/x") == "NZD"


def test_the_country_the_story_names_comes_before_the_domain() -> None:
    text = f"{_LOCAL} Growers in Ontario expect prices to ease."
    assert [u for _, u in _money(text, "https://www.orvanavoice.cl/x")] == ["CAD", "CAD"]


def test_a_marked_us_dollar_leaves_the_bare_sign_to_the_country_of_the_story() -> None:
    text = (
        "Each barge idle at Port Vesco costs its owner about US$40,000 a day. Traders in "
        "the Chilean port say they have lost $900 million (some US$620,000) since March."
    )
    [barge, lost] = find_figures(text)
    assert (barge.unit, lost.unit) == ("USD", "CLP")
    assert lost.converted is not None and lost.converted.unit == "USD"


def test_a_marked_us_dollar_is_no_mention_of_the_us() -> None:
    text = "Fees at the Orvana market rose to $5,100 (about US$5.40)."
    [fee] = find_figures(text, url="https://www.orvanavoice.cl/x")
    assert (fee.unit, fee.converted and fee.converted.unit) == ("CLP", "USD")


def test_a_marked_us_dollar_still_claims_the_bare_sign_in_a_us_story() -> None:
    text = "The Ohio board paid US$5 million and then $2 million more."
    assert [u for _, u in _money(text)] == ["USD", "USD"]


def test_dollars_in_words_in_a_peso_country_are_us_dollars() -> None:
    text = "In Colombia the stall charges $12,000 a kilo; importers pay 300 dollars a tonne."
    assert _money(text) == [("$12,000", "COP"), ("300 dollars", "USD")]


def test_a_peso_marked_explicitly_settles_pesos_written_bare() -> None:
    text = "The terminal now puts its losses at ARS 2.1bn, against the 900 million pesos it first gave."
    assert [u for _, u in _money(text)] == ["ARS", "ARS"]


def test_pesos_in_a_story_naming_no_country_follow_the_domain() -> None:
    text = "The co-operative owes its members 40 million pesos."
    assert [u for _, u in _money(text, "https://www.orvanavoice.com.uy/x")] == ["UYU"]
    assert [u for _, u in _money(text)] == ["MXN"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("In Jamaica the board paid $2.4 billion and US$3 million in fees.", ["JMD", "USD"]),
        ("Growers in Trinidad lost $40,000 (about US$5,900).", ["TTD"]),
        ("The Fijian council set aside $800,000.", ["FJD"]),
        ("The levy was J$1.5 million.", ["JMD"]),
        ("The regulator fined it U$S 2 million.", ["USD"]),
        ("The Dominican Republic paid $5 million.", ["USD"]),
    ],
)
def test_the_caribbean_and_pacific_dollars_and_their_press_prefixes(
    text: str, units: list[str]
) -> None:
    assert [u for _, u in _money(text)] == units
