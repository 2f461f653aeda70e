"""Local initials written against a sum ("JD250,000", "KD 3.5 million", "QR2,000"), CLDR
names with "&" spelled "and", and a minor unit worth another fraction than the CLDR's."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


def _money(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.low, f.unit) for f in find_figures(text) if f.quantity.value == "money"]


def test_local_initials_before_a_sum() -> None:
    text = (
        "The Irbid water board owes JD412,500. A Kuwaiti refinery lost KD 3.5 million, a "
        "Doha mall fined a tenant QR2,000, a Manama garage billed BD 40,750 and a Sohar "
        "port paid RO 1.25 million."
    )
    assert _money(text) == [
        ("JD412,500", 412_500, "JOD"),
        ("KD 3.5 million", 3.5e6, "KWD"),
        ("QR2,000", 2000, "QAR"),
        ("BD 40,750", 40_750, "BHD"),
        ("RO 1.25 million", 1.25e6, "OMR"),
    ]


def test_local_initials_with_decimals_and_scale_words() -> None:
    text = "Diesel rose to JD0.71 a litre and the fund shrank to JD2.3 million."
    assert _money(text) == [("JD0.71", 0.71, "JOD"), ("JD2.3 million", 2.3e6, "JOD")]


@pytest.mark.parametrize(
    "text",
    [
        "Take SR 520 north to exit 12.",
        "The JD 4 tractor was parked by row BD 7.",
        "Scan the QR 2 code at gate RO 5.",
    ],
)
def test_initials_before_a_plain_number_are_not_money(text: str) -> None:
    assert _money(text) == []


def test_a_cldr_name_with_an_ampersand_spelled_and() -> None:
    text = (
        "The utility posted a loss of 87 million Trinidad and Tobago dollars, while a "
        "cocoa exporter earned 3,200 São Tomé and Príncipe dobras a tonne."
    )
    assert _money(text) == [
        ("87 million Trinidad and Tobago dollars", 87e6, "TTD"),
        ("3,200 São Tomé and Príncipe dobras", 3200, "STN"),
    ]


def test_piastres_of_the_jordanian_dinar_are_hundredths() -> None:
    text = "In Jordan a bus fare went up 15 piastres, and a stamp costs 750 fils."
    assert _money(text) == [("15 piastres", 0.15, "JOD"), ("750 fils", 0.75, "JOD")]


def test_piastres_take_the_currency_of_the_sums_beside_them() -> None:
    egypt = "A kilo of rice in Egypt costs E£32, up 75 piastres since May."
    jordan = "A kilo of sugar costs JD0.85, up 40 piastres since May."
    assert _money(egypt) == [("E£32", 32, "EGP"), ("75 piastres", 0.75, "EGP")]
    assert _money(jordan) == [("JD0.85", 0.85, "JOD"), ("40 piastres", 0.4, "JOD")]
