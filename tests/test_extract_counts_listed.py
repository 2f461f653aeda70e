"""A count whose noun follows a list of modifiers ("9 smoked trout, salmon and eel fillets")."""

from __future__ import annotations

import pytest

from sorabrief.extract.figures import find_figures


def counts(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.low, f.unit) for f in find_figures(text) if f.quantity == "count"]


def test_a_listed_set_of_modifiers_before_the_noun() -> None:
    text = "The agency recalled 9 smoked trout, salmon and eel fillets on Monday."
    assert counts(text) == [("9 smoked trout, salmon and eel fillets", 9, "fillet")]


@pytest.mark.parametrize(
    "text",
    [
        "A crossing costs 60 kronor, and regular drivers pay less.",
        "It sold 40 tonnes, mostly cod, to the market.",
        "About 30 trout, salmon, eel swam there.",
    ],
)
def test_a_comma_that_ends_the_counted_words(text: str) -> None:
    assert all("," not in t for t, _, _ in counts(text))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Thousands marched through Varnby on Sunday.", 2000, 9999),
        ("Hundreds stuck overnight as ferry strands island", 200, 999),
        ("The pier closed.\n\nDozens were treated for smoke.", 24, 99),
    ],
)
def test_a_vague_plural_opening_a_sentence_counts_people(text: str, low: int, high: int) -> None:
    [figure] = find_figures(text)
    assert (figure.low, figure.high, figure.unit) == (low, high, "person")


@pytest.mark.parametrize(
    "text", ["The firm sold hundreds.", "Hundreds of the boats sank.", "Hundreds more came."]
)
def test_a_vague_plural_that_is_not_a_crowd(text: str) -> None:
    assert all(f.unit != "person" for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Thousands of Lomondians queued for refunds.", "lomondian"),
        ("The ban stranded hundreds of Velkans abroad.", "velkan"),
        ("Dozens of Ostravites signed the letter.", "ostravite"),
    ],
)
def test_people_named_for_their_place_after_a_vague_amount(text: str, unit: str) -> None:
    assert [u for _, _, u in counts(text)] == [unit]


def test_a_name_modifying_a_plural_after_a_vague_amount() -> None:
    assert counts("It reached dozens of Quaybook users.") == [
        ("dozens of Quaybook users", 24, "user")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It killed 40 sheep, and farmers said more were missing.", ("40 sheep", 40, "sheep")),
        ("Police grounded 200 aircraft, and pilots waited.", ("200 aircraft", 200, "aircraft")),
        ("They lost 9 sheep, cattle and horses.", ("9 sheep", 9, "sheep")),
        ("Rangers saw 12 deer, one boar and two foxes.", ("12 deer", 12, "deer")),
    ],
)
def test_a_zero_plural_stays_counted_when_no_list_of_modifiers_follows(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert counts(text)[0] == expected
