"""Press abbreviations of a currency ("LE 75", "TL 3.2 billion", "DH620"), the lettered
pound sign ("E£"), "pounds" that are not sterling, and units of weight and volume counted."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


def _money(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.low, f.unit) for f in find_figures(text) if f.quantity.value == "money"]


def test_press_abbreviations_before_an_amount() -> None:
    text = (
        "An Aswan bakery in Egypt charged LE 75 a tray, up from E£60. A port in Izmir owes "
        "TL 3.2 billion. In Morocco a Fes grocer paid DH620 and then Dh 1,450."
    )
    assert _money(text) == [
        ("LE 75", 75, "EGP"),
        ("E£60", 60, "EGP"),
        ("TL 3.2 billion", 3.2e9, "TRY"),
        ("DH620", 620, "MAD"),
        ("Dh 1,450", 1450, "MAD"),
    ]


def test_press_abbreviations_need_a_sum_or_a_country() -> None:
    assert _money("Row LE 75 and bay TL 3 were painted; aisle DH620 is shut.") == []


def test_a_dirham_is_the_one_the_article_writes_elsewhere() -> None:
    text = "The Sharjah shop charged AED 90 for the part and Dhs 1,400 for fitting."
    assert _money(text) == [("AED 90", 90, "AED"), ("Dhs 1,400", 1400, "AED")]


def test_pounds_are_the_other_pound_the_article_marks() -> None:
    text = "The clinic in Tanta charges E£210 a visit; rivals ask 260 pounds (about £4)."
    assert _money(text)[:2] == [("E£210", 210, "EGP"), ("260 pounds", 260, "EGP")]


def test_pounds_are_those_of_the_country_named() -> None:
    text = "Tenants in Beirut, Lebanon, now pay 900,000 pounds a month."
    assert _money(text) == [("900,000 pounds", 900_000, "LBP")]


@pytest.mark.parametrize(
    "text",
    [
        "The Leeds club paid 40,000 pounds for the striker.",
        "A tour of Egypt cost her £1,900, or 1,900 pounds, in all.",
    ],
)
def test_pounds_are_sterling_otherwise(text: str) -> None:
    assert {unit for _, _, unit in _money(text)} == {"GBP"}


def test_liras_are_turkish() -> None:
    assert _money("The Konya mill owes 2.4bn liras.") == [("2.4bn liras", 2.4e9, "TRY")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("About 65 tonnes of grain spilled into the canal.", "tonne"),
        ("The tanker lost 3,000 litres of diesel.", "litre"),
        ("Fire burned 120 hectares of pine.", "hectare"),
    ],
)
def test_weights_volumes_and_areas_are_counted(text: str, unit: str) -> None:
    counts = [f for f in find_figures(text) if f.quantity.value == "count"]
    assert [f.unit for f in counts] == [unit]
