"""A peso the writer spells out ("CLP 4.5 billion", "300 million pesos") leaves a bare "$"
to US dollars; a peso spoken in a quotation is the speaker's word and leaves it alone."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.extract.quoted_words import in_quotation


def _units(text: str, url: str = "") -> list[str]:
    return [f.unit for f in find_figures(text, url=url) if f.quantity.value == "money"]


@pytest.mark.parametrize(
    ("text", "url", "units"),
    [
        (
            "The Chilean miner set up a CLP 4.5 billion fund. Analysts put its losses at $2.8 million a day.",
            "",
            ["CLP", "USD"],
        ),
        (
            "The Argentine union wants 300 million pesos back; the port lost $12 million in March.",
            "",
            ["ARS", "USD"],
        ),
        (
            "The Colombian regulator fined the bottler COP 900 million. Its shares lost $40 million.",
            "https://www.valleytimes.com.co/x",
            ["COP", "USD"],
        ),
    ],
)
def test_a_peso_the_writer_spells_out_leaves_the_bare_sign_to_us_dollars(
    text: str, url: str, units: list[str]
) -> None:
    assert _units(text, url) == units


@pytest.mark.parametrize(
    ("text", "url", "units"),
    [
        (
            'The council paid $ 3 million. "I lost 20,000 pesos of stock," a grocer said.',
            "https://www.riverpost.com.uy/x",
            ["UYU", "UYU"],
        ),
        (
            "The Mexican city fined the firm $ 2.5 million. “We owe 80,000 pesos,” one driver said.",
            "",
            ["MXN", "MXN"],
        ),
        (
            "A bus ticket in Chile now costs $ 800. “I pay 16,000 pesos a month,” a commuter said.",
            "https://www.example.com/x",
            ["CLP", "CLP"],
        ),
    ],
)
def test_a_peso_spoken_in_a_quotation_leaves_the_bare_sign_to_the_local_peso(
    text: str, url: str, units: list[str]
) -> None:
    assert _units(text, url) == units


def test_a_conversion_beside_a_spelled_peso_stays_us_dollars() -> None:
    text = "The Chilean ministry fined the miner CLP 4.5 billion ($5.1 million)."
    [fine] = find_figures(text)
    assert (fine.unit, fine.converted and fine.converted.unit) == ("CLP", "USD")


def test_a_conversion_beside_a_quoted_peso_stays_us_dollars() -> None:
    text = '"They took 200 million pesos (about $10.9 million)," the Uruguayan mayor said.'
    [taken] = find_figures(text)
    assert (taken.unit, taken.converted and taken.converted.unit) == ("UYU", "USD")


def test_a_quotation_ends_at_its_closing_mark_or_its_paragraph() -> None:
    text = 'He said "forty pesos" and left.\nThen 30 pesos.\n“Unclosed 5 pesos\nNext'
    assert in_quotation(text, text.index("forty"))
    assert not in_quotation(text, text.index("and left"))
    assert not in_quotation(text, text.index("30 pesos"))
    assert in_quotation(text, text.index("5 pesos"))
    assert not in_quotation(text, text.index("Next"))
