"""A shared currency sign or noun that the article does not settle is read as the currency
the case's money claims are in ("Rs" in a case whose figures are in PKR); "Br" is the
Belarusian rouble or the Ethiopian birr."""

from __future__ import annotations

import pytest

from sorabrief.extract import extract, vocabulary_of
from sorabrief.extract.figures import find_figures
from sorabrief.model import Case, Claim, ClaimKind, Party, PartyKind, Source


def _money(text: str, home: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    figures = find_figures(text, ours=frozenset(home))
    return [(f.text, f.unit) for f in figures if f.quantity.value == "money"]


@pytest.mark.parametrize(
    ("text", "home", "expected"),
    [
        ("The clinic was fined Rs 4 lakh on Tuesday.", ("NPR",), ("Rs 4 lakh", "NPR")),
        ("The clinic was fined Rs 4 lakh on Tuesday.", ("LKR", "USD"), ("Rs 4 lakh", "LKR")),
        ("Each family got 25,000 dinars from the fund.", ("JOD",), ("25,000 dinars", "JOD")),
        ("Tenants were asked for Br 90,000 as a deposit.", ("ETB",), ("Br 90,000", "ETB")),
    ],
)
def test_the_case_currency_settles_a_shared_sign(
    text: str, home: tuple[str, ...], expected: tuple[str, str]
) -> None:
    assert _money(text, home) == [expected]


def test_without_a_case_currency_a_shared_sign_reads_as_before() -> None:
    assert _money("The clinic was fined Rs 4 lakh on Tuesday.") == [("Rs 4 lakh", "INR")]
    assert _money("Tenants were asked for Br 90,000 as a deposit.") == [("Br 90,000", "BYN")]
    assert _money("Each family got 25,000 dinars from the fund.") == []


def test_the_article_outranks_the_case() -> None:
    text = "Mills in Mangalore, India, paid Rs 300 a day, the report said."
    assert _money(text, ("NPR",)) == [("Rs 300", "INR")]
    assert _money("A bus ride in Bahir Dar, Ethiopia, costs Br 12.", ("BYN",)) == [("Br 12", "ETB")]


def test_two_case_currencies_of_one_sign_settle_nothing() -> None:
    assert _money("The clinic was fined Rs 4 lakh.", ("NPR", "PKR")) == [("Rs 4 lakh", "INR")]


def test_the_case_vocabulary_carries_its_money_claims_currencies() -> None:
    claims = (
        Claim(id="fine", kind=ClaimKind.FIGURE, statement="The fine", quantity="money", unit="NPR"),
        Claim(id="hurt", kind=ClaimKind.FIGURE, statement="Hurt", quantity="count", unit="person"),
    )
    party = Party(id="board", name="Valley Board", kind=PartyKind.ORGANIZATION, role="fined")
    case = Case(id="c", title="Valley fine", parties=(party,), claims=claims, sources=())
    vocabulary = vocabulary_of(case)
    assert vocabulary.currencies == ("NPR",)
    source = Source(id="a", title="Fine", body="The Valley Board was fined Rs 4 lakh on Monday.\n")
    figures = extract(source, vocabulary).figures
    assert [(f.text, f.unit) for f in figures] == [("Rs 4 lakh", "NPR")]
