"""Currencies read from the CLDR table: names, nouns, signs and letter symbols, and nouns
several countries share, resolved by the country an article names."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The co-op lost 40 million naira in the flood.", "40 million naira", 40e6, "NGN"),
        ("A grant of ₦2.5bn was promised to the town.", "₦2.5bn", 2.5e9, "NGN"),
        ("Each stallholder owes 15 000 Kč in fees.", "15 000 Kč", 15_000, "CZK"),
        ("The brewery was fined 1.2 million Czech korunas.", "1.2 million Czech korunas",
         1.2e6, "CZK"),
        ("The museum raised 800,000 koruna from visitors.", "800,000 koruna", 800_000, "CZK"),
        ("Tickets cost ₱350 at the gate.", "₱350", 350, "PHP"),
        ("A bowl of noodles is 45,000 ₫ at the stall.", "45,000 ₫", 45_000, "VND"),
        ("The pier repair cost Rp 4.5 billion.", "Rp 4.5 billion", 4.5e9, "IDR"),
        ("The council set aside RM12 million.", "RM12 million", 12e6, "MYR"),
        ("Fishers were promised 3,000 hryvnias each.", "3,000 hryvnias", 3_000, "UAH"),
        ("The levy is HUF 9,000 a year.", "HUF 9,000", 9_000, "HUF"),
        ("Boat owners got ฿12,000 each.", "฿12,000", 12_000, "THB"),
        ("Boat owners got Bt12,000 each.", "Bt12,000", 12_000, "THB"),
        ("The lagoon clean-up cost 3.1 million baht.", "3.1 million baht", 3.1e6, "THB"),
    ],
)  # fmt: skip
def test_a_currency_the_cldr_names(sentence: str, text: str, value: float, unit: str) -> None:
    [figure] = [f for f in find_figures(sentence) if f.quantity == "money"]
    assert (figure.text, figure.low, figure.unit) == (text, value, unit)


def test_a_shared_noun_is_the_currency_of_the_country_named() -> None:
    text = "Bakers in Tunisia paid 300 dinars more for flour; Tunisian mills blamed the drought."
    [figure] = [f for f in find_figures(text) if f.quantity == "money"]
    assert (figure.text, figure.unit) == ("300 dinars", "TND")


def test_a_shared_noun_is_left_out_when_no_single_country_is_named() -> None:
    text = "Traders in Kuwait and Bahrain paid 300 dinars more for flour."
    assert [f for f in find_figures(text) if f.quantity == "money"] == []


def test_a_bare_kroner_follows_the_country_named() -> None:
    text = "A Norwegian ferry line refunded 300 kroner a ticket, and 12 million kroner in all."
    assert [(f.text, f.unit) for f in find_figures(text) if f.quantity == "money"] == [
        ("300 kroner", "NOK"),
        ("12 million kroner", "NOK"),
    ]


def test_an_abbreviation_keeps_its_point_before_a_conversion() -> None:
    text = "Stranded riders in Denmark get 300 kr. (about £35) each."
    [figure] = find_figures(text)
    assert (figure.text, figure.unit) == ("300 kr.", "DKK")
    assert figure.converted is not None and figure.converted.unit == "GBP"


def test_an_abbreviation_ends_before_the_full_stop_of_its_sentence() -> None:
    text = "In Denmark the fee was 300 kr. Riders paid it twice."
    assert [f.text for f in find_figures(text)] == ["300 kr"]


@pytest.mark.parametrize(
    "text",
    [
        "Turnout passed the 50 mark by noon.",
        "She poured a 2 dram measure.",
        "The TOP 10 list was printed.",
        "The road sign read KM 12.",
    ],
)
def test_words_that_only_look_like_currencies(text: str) -> None:
    assert [f for f in find_figures(text) if f.quantity == "money"] == []


def test_the_table_is_what_the_cldr_gives() -> None:
    babel = pytest.importorskip("babel")
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).parent.parent
    table = (root / "src" / "sorabrief" / "extract" / "currency_table.py").read_text(encoding="utf-8")  # fmt: skip
    if f"(Babel {babel.__version__})" not in table.splitlines()[0]:
        pytest.skip(f"the table was made with another Babel; with {babel.__version__}, run tests/make_currency_table.py")  # fmt: skip
    made = subprocess.run(
        [sys.executable, str(root / "tests" / "make_currency_table.py")],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert made == table


@pytest.mark.parametrize(
    "text",
    [
        "The UN goal SDG 13 covers climate.",
        "It uses a CRC 32 checksum.",
        "Take NAD 500 mg daily.",
        "The MGA 2024 rally was cancelled.",
        "Take the SR520 bridge north.",
        "An old VT100 terminal sat there.",
    ],
)
def test_a_rare_code_beside_a_plain_number_is_another_abbreviation(text: str) -> None:
    assert [f for f in find_figures(text) if f.quantity == "money"] == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Costa Rica's regulator fined it CRC 5 million.", "CRC 5 million"),
        ("The lodge owner paid MWK 12,500.", "MWK 12,500"),
        ("A Namibian farmer paid NAD 500 for the permit.", "NAD 500"),
    ],
)
def test_a_rare_code_against_a_sum_or_in_its_country(text: str, written: str) -> None:
    [figure] = [f for f in find_figures(text) if f.quantity == "money"]
    assert figure.text == written


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The bakery was fined 18,000 leva last spring.", "18,000 leva", 18_000, "BGN"),
        ("A ticket cost BGN 4.50 before the changeover.", "BGN 4.50", 4.5, "BGN"),
        ("Parking rose to 2.50 лв. an hour.", "2.50 лв.", 2.5, "BGN"),
        ("The marina charged 900 kunas a night in 2021.", "900 kunas", 900, "HRK"),
        ("The dairy paid 3 million Lithuanian litas in 2013.", "3 million Lithuanian litas",
         3e6, "LTL"),
        ("Rooms cost 40 lati a night.", "40 lati", 40, "LVL"),
    ],
)  # fmt: skip
def test_a_currency_replaced_since_2010_is_still_read(
    sentence: str, text: str, value: float, unit: str
) -> None:
    [figure] = [f for f in find_figures(sentence) if f.quantity == "money"]
    assert (figure.text, figure.low, figure.unit) == (text, value, unit)


def test_an_ended_currencys_latin_symbol_is_not_read() -> None:
    """The kuna's "kn" is also the knot's, and no article of today writes kuna so."""
    assert not [
        f for f in find_figures("The ferry slowed to 12 kn off the cape.") if f.quantity == "money"
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("A fine of 75 000 лв. was imposed.", "75 000 лв.", 75_000, "BGN"),
        ("Each permit costs 1,200 ден. a year.", "1,200 ден.", 1_200, "MKD"),
        ("Bread now sells for 45 сом in the bazaar.", "45 сом", 45, "KGS"),
    ],
)
def test_a_symbol_in_another_script_is_read_after_its_amount(
    sentence: str, text: str, value: float, unit: str
) -> None:
    [figure] = [f for f in find_figures(sentence) if f.quantity == "money"]
    assert (figure.text, figure.low, figure.unit) == (text, value, unit)
