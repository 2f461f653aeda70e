"""Signs several countries' presses write for their own currency ("Rs", "Sh", "£", "¥",
"CFA", "francs"): read as the currency the article marks, else its outlet's country's,
else that of the one country it names, else as before."""

from __future__ import annotations

import pytest

from sorabrief.casefile.units import unit_problem
from sorabrief.extract.figures import find_figures
from sorabrief.model import Claim, ClaimKind


def _money(text: str, url: str = "") -> list[tuple[str, str]]:
    return [(f.text, f.unit) for f in find_figures(text, url=url) if f.quantity.value == "money"]


_RUPEES = "The Varnel ward levy rose to Rs 2,400 a year, and the depot cost Rs. 80 million."


@pytest.mark.parametrize(
    ("where", "unit"),
    [
        ("in Lahore, Pakistan", "PKR"),
        ("on Sri Lanka's west coast", "LKR"),
        ("in Nepal's Terai", "NPR"),
        ("in Mauritius, in the Indian Ocean", "MUR"),
        ("in the Seychelles", "SCR"),
        ("in Pune, India", "INR"),
        ("in Varnel", "INR"),
    ],
)
def test_rupees_are_the_rupee_of_the_country_named(where: str, unit: str) -> None:
    text = f"Officials {where} said the fee would change. {_RUPEES}"
    assert [u for _, u in _money(text)] == [unit, unit]


def test_rupees_in_words_and_the_rupee_sign_follow_the_country_too() -> None:
    text = "In Kandor, Sri Lanka, the board paid 3 million rupees and ₨ 45,000 in fines."
    assert _money(text) == [("3 million rupees", "LKR"), ("₨ 45,000", "LKR")]


def test_a_rupee_written_explicitly_settles_the_bare_sign() -> None:
    text = "The fund holds PKR 4.2bn. India and Nepal were not asked; each share is Rs 1,200."
    assert _money(text) == [("PKR 4.2bn", "PKR"), ("Rs 1,200", "PKR")]


def test_an_explicit_code_is_its_own_currency() -> None:
    text = "In Lahore, Pakistan, the importer paid INR 9,000 and Rs 4,000."
    assert _money(text) == [("INR 9,000", "INR"), ("Rs 4,000", "INR")]


def test_countries_named_together_keep_the_usual_reading() -> None:
    text = "Traders from Pakistan and India met; the toll is Rs 2,400."
    assert _money(text) == [("Rs 2,400", "INR")]


def test_the_outlet_domain_settles_a_sign_before_the_places_named() -> None:
    text = "Traders from Pakistan met in Varnel; the toll is Rs 2,400."
    assert _money(text, "https://www.varnelpost.lk/news") == [("Rs 2,400", "LKR")]
    assert _money(text, "https://www.varnelpost.com/news") == [("Rs 2,400", "PKR")]


@pytest.mark.parametrize(
    ("text", "url", "unit"),
    [
        ("The Oruma council in Uganda set aside Shs50b.", "", "UGX"),
        ("The Oruma council set aside Sh2.4 billion.", "https://www.orumadaily.co.ke/x", "KES"),
        ("The Oruma council set aside Sh2.4 billion.", "https://www.orumadaily.co.tz/x", "TZS"),
        ("The Oruma council in Somalia set aside Sh. 900,000.", "", "SOS"),
        ("The Oruma council set aside Sh2.4 billion.", "", "KES"),
    ],
)
def test_the_east_african_shilling_sign(text: str, url: str, unit: str) -> None:
    assert [u for _, u in _money(text, url)] == [unit]


def test_shillings_in_words_follow_the_country_and_a_shilling_marked() -> None:
    assert _money("In Oruma, Tanzania, fees were 40,000 shillings.") == [
        ("40,000 shillings", "TZS")
    ]
    assert _money("The grant was USh 3 billion; each stall paid Sh 50,000.") == [
        ("USh 3 billion", "UGX"),
        ("Sh 50,000", "UGX"),
    ]


def test_a_shilling_letter_against_a_plain_number_needs_its_country() -> None:
    assert _money("The Sh 12 unit closed.") == []
    assert _money("In Kenya, a ride costs Sh 80.") == [("Sh 80", "KES")]


def test_the_pound_sign_of_a_paper_of_another_pound_country() -> None:
    text = "The Marrin port raised its fee to £90,000."
    assert _money(text, "https://www.marrin.com.eg/x") == [("£90,000", "EGP")]
    assert _money(text, "https://www.marrin.com.lb/x") == [("£90,000", "LBP")]
    assert _money(text, "https://www.marrin.co.uk/x") == [("£90,000", "GBP")]


@pytest.mark.parametrize(
    ("text", "pounds"),
    [
        ("In Egypt, the clinic charges E£450 (£11) a vial, up from £9.", ["EGP", "GBP"]),
        ("In Egypt, a vial costs 450 Egyptian pounds; UK buyers pay £9.", ["EGP", "GBP"]),
        ("British tourists in Egypt paid £900 for the Marrin tour.", ["GBP"]),
        ("In Sudan's Delvar district a sack of flour now costs £14,000.", ["GBP"]),
        ("The Marrin tour costs £900.", ["GBP"]),
    ],
)
def test_the_pound_sign_stays_sterling_where_the_article_tells_pounds_apart(
    text: str, pounds: list[str]
) -> None:
    assert [u for _, u in _money(text)] == pounds


def test_the_yen_sign_in_a_story_set_in_china() -> None:
    assert _money("In Shenzhen, China, the Quill Works fine was ¥2.1 billion.") == [
        ("¥2.1 billion", "CNY")
    ]
    assert _money("Quill Works of Japan paid ¥2.1 billion; Chinese buyers waited.") == [
        ("¥2.1 billion", "JPY")
    ]
    assert _money("Quill Works paid RMB 40 million.") == [("RMB 40 million", "CNY")]


def test_cfa_francs_are_west_or_central_african_by_country() -> None:
    assert _money("A court in Dakar, Senegal, fined Tolma 50 million CFA francs.") == [
        ("50 million CFA francs", "XOF")
    ]
    assert _money("In Cameroon, Tolma paid FCFA 2.5 billion and 900,000 FCFA.") == [
        ("FCFA 2.5 billion", "XAF"),
        ("900,000 FCFA", "XAF"),
    ]
    assert _money("Tolma was fined 50 million CFA francs.") == [("50 million CFA francs", "XOF")]
    assert _money("A court in Douala fined Tolma 900,000 FCFA.") == [("900,000 FCFA", "XAF")]
    assert _money("Fishers in Dakar paid 5,000 FCFA.") == [("5,000 FCFA", "XOF")]


def test_francs_are_swiss_unless_another_franc_country_is_named() -> None:
    assert _money("In Kigali, Rwanda, the fee is 5,000 francs.") == [("5,000 francs", "RWF")]
    assert _money("The Tolma fee is 5,000 francs and Fr. 20.") == [
        ("5,000 francs", "CHF"),
        ("Fr. 20", "CHF"),
    ]


def test_press_abbreviations_of_single_currencies() -> None:
    assert _money("In Bangladesh, the bridge cost Tk 500 crore.") == [("Tk 500 crore", "BDT")]
    assert _money("Ferry fares in the Philippines rose to Php1,200.") == [("Php1,200", "PHP")]
    assert _money("Colombo traders paid SLRs 3,000; Kathmandu ones NRs 900.") == [
        ("SLRs 3,000", "LKR"),
        ("NRs 900", "NPR"),
    ]


def test_a_case_file_unit_written_as_a_shared_sign_asks_for_its_usual_code() -> None:
    def problem(unit: str) -> str | None:
        return unit_problem(Claim(id="c", kind=ClaimKind.FIGURE, quantity="money", unit=unit))

    assert problem("£") == "'£' is not an ISO 4217 currency code; write GBP"
    assert problem("Rs") == "'Rs' is not an ISO 4217 currency code; write INR"
    assert problem("FCFA") == "'FCFA' is not an ISO 4217 currency code such as XOF or XAF"


def test_the_other_pounds_lettered_signs() -> None:
    assert _money("Lebanon's Marrin port raised its fee to LL90,000.") == [("LL90,000", "LBP")]
    assert _money("The Marrin fare rose to £E 2,500.") == [("£E 2,500", "EGP")]


def test_letters_and_crowns_follow_any_country_domain() -> None:
    text = "The Lomar guesthouse fee rose to K1,500 a night."
    assert _money(text, "https://www.lomarpost.com.pg/x") == [("K1,500", "PGK")]
    assert _money(text, "https://www.lomarpost.com.mm/x") == [("K1,500", "MMK")]
    assert _money("Entry now costs 300 kr.", "https://www.lomar.fo/x") == [("300 kr", "DKK")]


def test_a_sign_against_a_plain_number_counts_in_its_own_countrys_paper() -> None:
    text = "A matatu ride to Lomar now costs Sh 80."
    assert _money(text, "https://www.lomardaily.co.ke/x") == [("Sh 80", "KES")]
    assert _money(text, "https://www.lomardaily.com/x") == []


def test_the_country_a_story_names_most_settles_a_shared_sign() -> None:
    text = (
        "Sri Lanka's Varnel port opened on Monday. Fishermen from India were among the first "
        "to dock. Sri Lanka's ports authority said fees of Rs. 4,500 a berth apply. "
        "Officials in Sri Lanka expect more."
    )
    assert _money(text) == [("Rs. 4,500", "LKR")]
    even = "Pakistan and India both sent boats; Pakistan and India pay Rs. 4,500 a berth."
    assert _money(even) == [("Rs. 4,500", "INR")]


@pytest.mark.parametrize(
    "where", ["Ivory Coast", "Cote d'Ivoire", "Côte d’Ivoire", "the Ivorian capital"]
)
def test_a_cfa_country_by_its_english_names(where: str) -> None:
    assert _money(f"A court in {where} fined Tolma CFA 50 million.") == [("CFA 50 million", "XOF")]
