"""Forms any currency's sums take: an ISO code on either side, a minor unit in words, one
unit written with an article, a negated bound; and currency-like nouns that stay counts."""

from __future__ import annotations

import pytest

from sorabrief.extract.currency_symbols import CODES, WORD_CODES
from sorabrief.extract.figures import find_figures
from sorabrief.extract.money import find_money
from sorabrief.findings import Figure
from sorabrief.quantities import hedged


def _money(text: str, url: str = "", ours: frozenset[str] = frozenset()) -> list[Figure]:
    return [f for f in find_figures(text, url=url, ours=ours) if f.quantity == "money"]


def _read(text: str, **kwargs: object) -> list[tuple[str, float, str, str | None]]:
    return [(f.text, f.low, f.unit, f.hedge) for f in _money(text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize("code", sorted(CODES))
@pytest.mark.parametrize(
    ("form", "written", "value"),
    [
        ("Drivers paid {c} 48,000 in fines.", "{c} 48,000", 48_000),
        ("Drivers paid 48,000 {c} in fines.", "48,000 {c}", 48_000),
        ("The fund got {c}1.2m last year.", "{c}1.2m", 1.2e6),
        ("The bill came to {c} 3.4m.", "{c} 3.4m", 3.4e6),
        ("The deficit hit 3.4 million {c}.", "3.4 million {c}", 3.4e6),
    ],
)
def test_every_iso_code_against_a_sum(code: str, form: str, written: str, value: float) -> None:
    assert _read(form.format(c=code)) == [(written.format(c=code), value, code, None)]


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("A Tunisian bakery raised bread to 900 TND a sack.", "900 TND", "TND"),
        ("In Georgia a bus pass is GEL 50.", "GEL 50", "GEL"),
        ("Uruguay's levy is UYU 350 a head.", "UYU 350", "UYU"),
        ("A Jordanian family receives 120 JOD a month.", "120 JOD", "JOD"),
        ("Peru's regulator charged PEN 300 per permit.", "PEN 300", "PEN"),
    ],
)
def test_a_code_beside_a_plain_number_in_its_country(text: str, written: str, unit: str) -> None:
    assert [(f.text, f.unit) for f in _money(text)] == [(written, unit)]


@pytest.mark.parametrize(("code", "big", "small"), [("TND", "TND 1.2m", "900 TND"), ("OMR", "OMR 2.5bn", "OMR 3"), ("GEL", "GEL 48,000", "GEL 90")])  # fmt: skip
def test_a_code_written_against_a_sum_makes_a_plain_number_a_sum(
    code: str, big: str, small: str
) -> None:
    text = f"The fund was {big}. Each family paid {small} more."
    assert [(f.text, f.unit) for f in _money(text)] == [(big, code), (small, code)]


def test_a_code_beside_a_plain_number_alone_is_not_read() -> None:
    assert _money("The list says SDG 13 and the price was 900 TND.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The ALL 2,000 STAFF TO GO headline ran on Monday.",
        "RENT UP: GEL 48,000 FOR A FLAT",
        "The TOP 10 list was printed.",
        "PEN America counted 2,000 bans.",
        "The PEN 2,000 members voted.",
        "Only 2,000 TOP players qualify.",
    ],
)
def test_a_code_that_is_a_word_among_capitals_or_before_a_plural_is_a_word(text: str) -> None:
    assert not any(f.unit in WORD_CODES for f in _money(text))


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("Bus fares rose 40 tetri, to 1.40 lari.", "40 tetri", 0.4, "GEL"),
        ("Bread is 500 millimes dearer in Tunisia.", "500 millimes", 0.5, "TND"),
        ("Transfers rose 50 fils, to 1.250 dinars, in Kuwait.", "50 fils", 0.05, "KWD"),
        ("Transfers rose 50 fils, to 3 dirhams, in Dubai, the United Arab Emirates.", "50 fils",
         0.5, "AED"),
        ("A metro token in Kyiv, Ukraine, rose 30 kopecks.", "30 kopecks", 0.3, "UAH"),
        ("Bags cost 20 centavos more, at MXN 2.50.", "20 centavos", 0.2, "MXN"),
        ("Bags cost 20 centavos more, at ARS 1,500.", "20 centavos", 0.2, "ARS"),
        ("Tea rose 75 paise, to ₹12.", "75 paise", 0.75, "INR"),
        ("Milk rose by 10 pence.", "10 pence", 0.1, "GBP"),
        ("Fuel rose by 50 cents a litre, to €1.80.", "50 cents", 0.5, "EUR"),
        ("Fares rose 25 cents, to C$3.35.", "25 cents", 0.25, "CAD"),
        ("Fares rose 25 cents, to R12.50 a trip.", "25 cents", 0.25, "ZAR"),
        ("Fares rose twenty cents.", "twenty cents", 0.2, "USD"),
        ("The stamp costs 60 kobo more.", "60 kobo", 0.6, "NGN"),
        ("A bag is 50 satang dearer.", "50 satang", 0.5, "THB"),
        ("A sachet costs 30 pesewas.", "30 pesewas", 0.3, "GHS"),
        ("The bus is 90 groszy dearer.", "90 groszy", 0.9, "PLN"),
        ("A call costs 15 halalas a minute.", "15 halalas", 0.15, "SAR"),
    ],
)  # fmt: skip
def test_a_minor_unit_is_a_fraction_of_its_major_currency(
    text: str, written: str, value: float, unit: str
) -> None:
    [figure] = [f for f in _money(text) if f.text == written]
    assert (figure.low, figure.high, figure.unit) == pytest.approx((value, value, unit))


def test_a_minor_unit_follows_the_sentence_before_the_article() -> None:
    text = "The loan was A$2 million. In Dublin, a fare rose to €2.10. It rose 20 cents."
    [cents] = [f for f in _money(text) if "cents" in f.text]
    assert cents.unit == "EUR"


def test_a_minor_unit_nothing_settles_takes_the_case_currency() -> None:
    [figure] = _money("A ticket rose 30 kopecks.", ours=frozenset({"BYN"}))
    assert (figure.low, figure.unit) == (pytest.approx(0.3), "BYN")


def test_a_minor_unit_nothing_settles_is_neither_money_nor_a_count() -> None:
    assert find_figures("A ticket rose 30 kopecks.") == ()


def test_a_minor_unit_of_a_currency_without_one_is_not_read() -> None:
    assert find_money("Tickets rose 50 fils in Iraq, where the dinar is 1,300 to the dollar.") == ()  # fmt: skip


def test_a_minor_unit_keeps_its_hedge() -> None:
    assert _read("Fares may rise by no more than 50 cents, to €2.") == [
        ("no more than 50 cents", 0.5, "EUR", "no more than"),
        ("€2", 2.0, "EUR", None),
    ]


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("Petrol costs a dollar a litre.", "a dollar", "USD"),
        ("In Tbilisi it costs a lari per trip.", "a lari", "GEL"),
        ("Tickets cost a euro each.", "a euro", "EUR"),
        ("Drivers pay a rand a trip.", "a rand", "ZAR"),
        ("Fares went up by a euro.", "a euro", "EUR"),
        ("A coffee costs a pound.", "a pound", "GBP"),
        ("Entry is one euro.", "one euro", "EUR"),
        ("The fare is one dollar.", "one dollar", "USD"),
        ("Parking is one lari an hour.", "one lari", "GEL"),
    ],
)
def test_one_unit_written_with_an_article_or_one(text: str, written: str, unit: str) -> None:
    assert _read(text) == [(written, 1.0, unit, None)]


def test_one_unit_keeps_its_hedge() -> None:
    assert _read("Up to a dollar a litre was added.") == [("Up to a dollar", 1.0, "USD", "up to")]


@pytest.mark.parametrize(
    "text",
    [
        "We have never cut a dollar from maintenance.",
        "He shops at a dollar store.",
        "The value of a dollar fell.",
        "She lost a pound a week.",
        "The euro zone grew.",
    ],
)
def test_an_article_before_a_currency_that_prices_nothing(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("hedge", "sum_", "unit"),
    [
        ("no more than", "$500", "USD"),
        ("not more than", "€500", "EUR"),
        ("no less than", "£500", "GBP"),
        ("not less than", "GEL 500,000", "GEL"),
        ("at most", "₹500", "INR"),
        ("at least", "TND 5,000", "TND"),
        ("up to", "¥500", "JPY"),
        ("as much as", "R500 million", "ZAR"),
    ],
)
def test_a_hedge_is_kept_whole(hedge: str, sum_: str, unit: str) -> None:
    [figure] = _money(f"Fines of {hedge} {sum_} apply.")
    assert (figure.text, figure.hedge, figure.unit) == (f"{hedge} {sum_}", hedge, unit)


@pytest.mark.parametrize(
    ("hedge", "count"),
    [
        ("no fewer than", "40 people"),
        ("not fewer than", "12 boats"),
        ("no more than", "20 passengers"),
        ("as many as", "200 families"),
    ],
)
def test_a_hedge_on_a_count_is_kept_whole(hedge: str, count: str) -> None:
    [figure] = find_figures(f"Officials said {hedge} {count} were affected.")
    assert (figure.text, figure.hedge) == (f"{hedge} {count}", hedge)


@pytest.mark.parametrize(
    ("hedge", "low", "high"),
    [
        ("no more than", 0.0, 100.0),
        ("not more than", 0.0, 100.0),
        ("no fewer than", 100.0, float("inf")),
        ("not fewer than", 100.0, float("inf")),
        ("no less than", 100.0, float("inf")),
        ("not less than", 100.0, float("inf")),
    ],
)
def test_a_negated_bound_bounds_the_other_way(hedge: str, low: float, high: float) -> None:
    assert hedged(100.0, 100.0, hedge) == (low, high)


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("Police seized 300 fake 50 euro notes.", "50 euro notes", "note"),
        ("They sold 12 dollar coins.", "12 dollar coins", "coin"),
        ("They found 12 marks on the wall.", "12 marks", "mark"),
        ("We saw 20 crowns on display at the museum.", "20 crowns", "crown"),
        ("The jeweller sold 12 sovereigns.", "12 sovereigns", "sovereign"),
    ],
)
def test_a_currency_like_noun_that_is_no_sum_stays_a_count(
    text: str, written: str, unit: str
) -> None:
    assert [(f.text, f.quantity, f.unit) for f in find_figures(text)] == [(written, "count", unit)]


def test_an_unscaled_amount_of_pounds_of_something_is_a_weight_not_a_sum() -> None:
    assert _money("He found 40 pounds of cocaine.") == []


def test_a_scaled_amount_of_pounds_of_something_is_a_sum() -> None:
    assert _read("The council wasted 2 million pounds of public money.") == [
        ("2 million pounds", 2e6, "GBP", None)
    ]


@pytest.mark.parametrize(
    ("text", "written", "low", "high", "unit"),
    [
        ("Fares rose between 20 and 30 cents, to €2.", "20 and 30 cents", 0.2, 0.3, "EUR"),
        ("Bread rose 20 to 30 tetri in Georgia.", "20 to 30 tetri", 0.2, 0.3, "GEL"),
        ("Stamps rose 20-30 kobo.", "20-30 kobo", 0.2, 0.3, "NGN"),
        ("Ninety-nine cents a song, the US store said.", "Ninety-nine cents", 0.99, 0.99, "USD"),
    ],
)
def test_a_range_of_minor_units(
    text: str, written: str, low: float, high: float, unit: str
) -> None:
    [figure] = [f for f in _money(text) if f.text == written]
    assert (figure.low, figure.high, figure.unit) == pytest.approx((low, high, unit))


def test_and_joins_two_minor_amounts_only_after_between() -> None:
    assert [f.text for f in _money("He paid 20 and 30 cents in Ireland, €0.50 in all.")] == [
        "30 cents",
        "€0.50",
    ]


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("A stamp costs 50¢ now.", "50¢", 0.5, "USD"),
        ("A stamp in Toronto costs 92¢.", "92¢", 0.92, "CAD"),
        ("Shares rose 4p to 210p.", "210p", 2.1, "GBP"),
        ("The levy is 12.5p a litre.", "12.5p", 0.125, "GBP"),
    ],
)
def test_the_cent_sign_and_the_pennys_p(text: str, written: str, value: float, unit: str) -> None:
    [figure] = [f for f in _money(text) if f.text == written]
    assert (figure.low, figure.unit) == pytest.approx((value, unit))


def test_a_video_resolution_is_no_pence() -> None:
    [figure] = find_figures("The clip was filmed in 720p.")
    assert (figure.quantity, figure.unit) == ("resolution", "p")


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("The fare is 1 euro 50 cents.", "1 euro 50 cents", 1.5, "EUR"),
        ("It cost 2 dollars and 50 cents.", "2 dollars and 50 cents", 2.5, "USD"),
        ("A loaf is 3 lari 40 tetri.", "3 lari 40 tetri", 3.4, "GEL"),
        ("A loaf is 2 dinars 500 millimes in Tunisia.", "2 dinars 500 millimes", 2.5, "TND"),
    ],
)
def test_a_sum_completed_by_its_minor_units_is_one_sum(
    text: str, written: str, value: float, unit: str
) -> None:
    [figure] = _money(text)
    assert (figure.text, figure.low, figure.high, figure.unit) == pytest.approx(
        (written, value, value, unit)
    )


def test_minor_units_after_a_comma_are_a_sum_of_their_own() -> None:
    assert [(f.text, f.unit) for f in _money("It costs C$2, 50 cents more than last year.")] == [
        ("C$2", "CAD"),
        ("50 cents", "CAD"),
    ]


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("A court fined it 5 million roubles in Moscow, Russia.", "5 million roubles", "RUB"),
        ("It cost 300 Russian roubles.", "300 Russian roubles", "RUB"),
        ("In Belarus a ticket costs 30 roubles.", "30 roubles", "BYN"),
        ("Each family paid about 18,000 quetzales.", "about 18,000 quetzales", "GTQ"),
        ("The club paid 2,000 reais.", "2,000 reais", "BRL"),
        ("The permit costs 90,000 colones.", "90,000 colones", "CRC"),
        ("The fare is 25 córdobas.", "25 córdobas", "NIO"),
    ],
)
def test_a_plural_the_press_writes_beside_the_cldrs(text: str, written: str, unit: str) -> None:
    assert [(f.text, f.unit) for f in _money(text)] == [(written, unit)]


@pytest.mark.parametrize("noun", ["dinars", "riyals", "rubles", "dirhams"])
def test_a_shared_currency_noun_nothing_settles_is_no_count(noun: str) -> None:
    assert find_figures(f"Each family paid 300 {noun} more for bread.") == ()


def test_a_sum_is_taken_over_a_count_that_starts_with_it() -> None:
    [figure] = find_figures("A fine of 5 million tenge applies to each plant.")
    assert (figure.text, figure.quantity, figure.unit) == ("5 million tenge", "money", "KZT")


def test_an_article_before_a_sum_that_goes_on_is_not_one_unit() -> None:
    assert _money("He paid a dollar fifty.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met for a euro summit.",
        "Shoppers paid for a pound coin.",
        "They paid for a dollar shortage with jobs.",
        "It sold at a rand discount.",
    ],
)
def test_an_article_before_a_currency_that_qualifies_a_noun(text: str) -> None:
    assert _money(text) == []
