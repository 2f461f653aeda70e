"""Single capital letters that a currency's own country writes for it, taken from the CLDR
("D" for the Gambian dalasi, "E" for the lilangeni, "M" for the loti): read like the
press's letters, only against a sum in an article that settles whose currency it is."""

from __future__ import annotations

import pytest

from sorabrief.extract import currency_table
from sorabrief.extract.currency_symbols import COUNTRY_LETTERS
from sorabrief.extract.figures import find_figures


def _money(text: str) -> list[tuple[str, float, float, str | None]]:
    return [
        (f.text, f.low, f.high, f.unit) for f in find_figures(text) if f.quantity.value == "money"
    ]


def test_every_letter_the_cldr_gives_a_country_is_read() -> None:
    for letter, codes in currency_table.LETTER_SIGNS.items():
        if letter != "R":
            assert set(codes) <= COUNTRY_LETTERS[letter]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A Gambian bakery now charges D1,350 for a tray of loaves.",
            [("D1,350", 1350, 1350, "GMD")],
        ),
        (
            "Farmers in Eswatini were promised E4.5 million in seed grants.",
            [("E4.5 million", 4.5e6, 4.5e6, "SZL")],
        ),
        (
            "The Lesotho wool board held back M12,400 from each shearing shed.",
            [("M12,400", 12_400, 12_400, "LSL")],
        ),
    ],
)
def test_a_country_letter_against_a_sum(
    text: str, want: list[tuple[str, float, float, str]]
) -> None:
    assert _money(text) == want


def test_a_letter_once_written_against_a_sum_reads_the_plain_amounts_after_it() -> None:
    text = (
        "Gambian fishmongers paid D3,600 for a crate on Monday. A single bonga that cost "
        "D25 last month now costs between D30 and D35."
    )
    assert _money(text) == [
        ("D3,600", 3600, 3600, "GMD"),
        ("D25", 25, 25, "GMD"),
        ("D30 and D35", 30, 35, "GMD"),
    ]


def test_a_letter_with_no_country_to_settle_it_is_no_sum() -> None:
    assert _money("Block D2,400 of the archive and grade M12 steel were listed.") == []
    assert _money("The Gambian squad wore D10 shirts at the D-Day memorial.") == []
