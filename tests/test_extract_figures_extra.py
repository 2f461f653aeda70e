"""Figures that look like durations but are not."""

import pytest

from sorabrief.extract.figures import find_figures
from sorabrief.quantities import hedged


def test_time_ago_is_a_date_not_a_duration() -> None:
    found = find_figures("It happened three days ago and lasted three hours.")
    assert [f.text for f in found] == ["three hours"]


def test_a_single_unit_late_or_early_is_a_duration() -> None:
    found = find_figures("The ferry left an hour late and the bus came a minute early.")
    assert [(f.text, f.low, f.unit) for f in found] == [
        ("an hour", 1.0, "hour"),
        ("a minute", 1.0, "minute"),
    ]


def test_other_between_the_amount_and_its_noun_is_read() -> None:
    found = find_figures("Staff at three other Leeds hospitals walked out.")
    assert [(f.text, f.low, f.unit) for f in found] == [
        ("three other Leeds hospitals", 3.0, "hospital")
    ]


def test_a_day_of_the_month_is_not_a_count() -> None:
    found = find_figures(
        "The notice of 3 June orders the mill to stop, and 12 Sept. filings agree."
    )
    assert found == ()


def test_a_closing_single_quote_after_a_plural_is_not_a_possessive() -> None:
    found = find_figures("The union said the owners had 'risked 40 jobs'.")
    assert [(f.text, f.low, f.unit) for f in found] == [("40 jobs", 40.0, "job")]


def test_an_amount_whose_noun_its_sentence_just_counted_counts_that_noun() -> None:
    found = find_figures(
        "The ward needs 30 nurses but has only 21. Forty vans ran and 12 more stood idle, "
        "eight of them new. The firm owns 90 kilns, roughly 9 in Kent and 3 which failed."
    )
    assert [(f.text, f.low, f.unit) for f in found] == [
        ("30 nurses", 30.0, "nurse"),
        ("21", 21.0, "nurse"),
        ("Forty vans", 40.0, "van"),
        ("12", 12.0, "van"),
        ("eight", 8.0, "van"),
        ("90 kilns", 90.0, "kiln"),
        ("roughly 9", 9.0, "kiln"),
        ("3", 3.0, "kiln"),
    ]


def test_a_left_out_noun_is_not_taken_from_another_sentence_or_for_names_and_ages() -> None:
    found = find_figures(
        "The app hired 12 staff and blocked users under 18. Gate 4 closed. "
        "The crew rescued 239 people, aged 58 on average, from Flight 370."
    )
    assert [(f.text, f.unit) for f in found] == [("12 staff", "staff"), ("239 people", "person")]


def test_a_partitive_with_an_amount_counts_the_noun_after_that_amount() -> None:
    found = find_figures("More than 20 of the 25 nurses quit; two of the depot’s five sheds shut.")
    assert [(f.text, f.low, f.unit) for f in found] == [
        ("More than 20", 20.0, "nurse"),
        ("25 nurses", 25.0, "nurse"),
        ("two", 2.0, "shed"),
        ("five sheds", 5.0, "shed"),
    ]


def test_more_between_the_amount_and_its_noun_is_read() -> None:
    found = find_figures("The board will hire 18 more guards.")
    assert [(f.text, f.low, f.unit) for f in found] == [("18 more guards", 18.0, "guard")]


def test_after_an_invariant_noun_the_plural_that_follows_is_the_head() -> None:
    found = find_figures("Some 40 police officers and 12 staff members came, and 30 aircraft flew.")
    assert [(f.text, f.unit) for f in found] == [
        ("Some 40 police officers", "officer"),
        ("12 staff members", "member"),
        ("30 aircraft", "aircraft"),
    ]


def test_more_between_an_amount_and_its_time_unit_is_a_duration() -> None:
    found = find_figures("The pool stays shut for two more weeks, perhaps several more days.")
    assert [(f.text, f.quantity.value, f.low, f.high, f.unit) for f in found] == [
        ("two more weeks", "duration", 2.0, 2.0, "week"),
        ("several more days", "duration", 3.0, 7.0, "day"),
    ]


def test_a_number_joined_to_a_noun_counts_that_noun() -> None:
    found = find_figures("They built a 40-bed ward beside the 1990-built wing and a 5-metre wall.")
    assert [(f.text, f.low, f.unit) for f in found] == [("40-bed", 40.0, "bed")]


def test_a_scale_word_joined_by_a_hyphen_scales_the_sum() -> None:
    found = find_figures("The county approved a $3.2-million levee repair.")
    assert [(f.text, f.low) for f in found] == [("$3.2-million", 3_200_000.0)]


def test_a_vague_amount_of_a_currency_word_is_a_sum() -> None:
    found = find_figures("Farmers lost hundreds of euros a week on spoiled milk.")
    assert [(f.text, f.quantity.value, f.low, f.high, f.unit) for f in found] == [
        ("hundreds of euros", "money", 200.0, 999.0, "EUR")
    ]


def test_well_under_and_probably_are_hedges() -> None:
    found = find_figures(
        "Turnout was well under 30 percent, and the bypass is probably another nine months away."
    )
    assert [(f.text, f.low, f.hedge) for f in found] == [
        ("well under 30 percent", 30.0, "well under"),
        ("probably another nine months", 9.0, "probably"),
    ]


def test_dates_in_figures_are_not_counts_and_a_length_is_counted_in_its_unit() -> None:
    found = find_figures(
        "The beam sagged a few millimetres after the inspection of 2029-04-17, and on Oct. 9, "
        "said the engineers."
    )
    assert [(f.text, f.low, f.high, f.unit) for f in found] == [
        ("a few millimetres", 2.0, 4.0, "millimetre")
    ]


def test_a_range_of_counts_and_a_quoted_amount_before_its_noun() -> None:
    found = find_figures(
        "Two or three ferries ran, 10-12 boats sailed, and the harbour master counted "
        "“at least six” collisions. Crews fell from 30 to 25 deckhands."
    )
    assert [(f.text, f.low, f.high, f.unit, f.hedge) for f in found] == [
        ("Two or three ferries", 2.0, 3.0, "ferry", None),
        ("10-12 boats", 10.0, 12.0, "boat", None),
        ("at least six” collisions", 6.0, 6.0, "collision", "at least"),
        ("25 deckhands", 25.0, 25.0, "deckhand", None),
    ]


def test_a_capitalised_sum_in_words_is_read_whole() -> None:
    found = find_figures("Three hundred and forty euros, the fund offers, is too little.")
    assert [(f.text, f.low, f.unit) for f in found] == [
        ("Three hundred and forty euros", 340.0, "EUR")
    ]


def test_a_duration_with_an_article_after_be_take_or_spend_is_read() -> None:
    found = find_figures(
        "The pass costs £3 a week. If repairs take a fortnight, the ferry could be a month "
        "late, and crews may spend a day on each pier. Sunday will be a day of rest."
    )
    assert [(f.text, f.low, f.unit) for f in found] == [
        ("£3", 3.0, "GBP"),
        ("a fortnight", 1.0, "fortnight"),
        ("a month", 1.0, "month"),
        ("a day", 1.0, "day"),
    ]


def test_the_best_part_of_a_duration_is_a_hedge() -> None:
    found = find_figures("The bridge stayed shut for the better part of a month.")
    assert [(f.text, f.low, f.unit, f.hedge) for f in found] == [
        ("the better part of a month", 1.0, "month", "the better part of")
    ]


def test_a_word_that_stresses_a_duration_may_stand_before_its_unit() -> None:
    found = find_figures("Pickets stood at the gate for nine straight days and six full weeks.")
    assert [(f.text, f.low, f.unit) for f in found] == [
        ("nine straight days", 9.0, "day"),
        ("six full weeks", 6.0, "week"),
    ]


def test_the_best_part_of_an_amount_allows_more_than_half_of_it() -> None:
    assert hedged(10.0, 10.0, "the best part of") == (5.0, 10.0)


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("The ferry may be laid up for twelve days or more.", "or more"),
        ("Grants of £800 or less need no receipt.", "or less"),
        ("The pass stays shut for a week or so.", "or so"),
        ("Fewer tourists came, 40 coaches or fewer each day.", "or fewer"),
    ],
)
def test_a_hedge_written_after_the_amount(sentence: str, hedge: str) -> None:
    [figure] = find_figures(sentence)
    assert figure.hedge == hedge


def test_or_more_than_is_not_a_hedge_after_the_amount() -> None:
    [figure, *_] = find_figures("Repairs take two days or more than a week, by the weather.")
    assert figure.hedge is None


def test_barely_and_scarcely_are_hedges() -> None:
    text = "Bookings rose to 70%, up from barely 25% in May and scarcely 12 rooms in April."
    hedges = [(f.text, f.hedge) for f in find_figures(text)]
    assert hedges == [("70%", None), ("barely 25%", "barely"), ("scarcely 12 rooms", "scarcely")]
