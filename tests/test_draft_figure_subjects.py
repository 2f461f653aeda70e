"""A drafted figure claim's subject says what was counted, outlets' different values of
one quantity make one claim, and two figures of one sentence make two
(``sorabrief.draft.figures``, ``sorabrief.draft.selection``)."""

from __future__ import annotations

from sorabrief.draft.claims import ProposedClaim
from sorabrief.draft.figure_subject import figure_subject
from sorabrief.draft.figures import FigureSeen, shared_figures
from sorabrief.draft.selection import _same
from sorabrief.findings import Figure
from sorabrief.model import Claim, ClaimKind


def _count(text: str, counts: str | None) -> Figure:
    return Figure(text, 0, 0, "count", 1, 1, "unit", counts=counts)  # type: ignore[arg-type]


def _figure(text: str, quantity: str) -> Figure:
    return Figure(text, 0, 0, quantity, 1, 1, "unit")  # type: ignore[arg-type]


def test_a_count_that_is_a_verbs_object_names_the_act() -> None:
    text = "The council closed 12 libraries last winter."
    assert figure_subject(text, _count("12 libraries", "libraries")) == "libraries closed"
    text = "Police arrested 9 men near the depot."
    assert figure_subject(text, _count("9 men", "men")) == "men arrested"


def test_an_adjective_or_an_auxiliary_before_a_count_is_no_act_on_it() -> None:
    text = "An estimated 300 people were at the rally."
    assert figure_subject(text, _count("300 people", "people")) == "people"
    text = "Those affected were 40 tenants on the top floor."
    assert figure_subject(text, _count("40 tenants", "tenants")) == "tenants"


def test_a_count_of_a_measure_keeps_what_it_measures() -> None:
    text = "Crews removed 40 tonnes of rubble from the lane."
    assert figure_subject(text, _count("40 tonnes", "tonnes")) == "tonnes of rubble removed"
    text = "About 900 litres of the heating oil were pumped out."
    assert (
        figure_subject(text, _count("About 900 litres", "litres")) == "litres of heating oil pumped"
    )


def test_a_figure_put_at_a_value_measures_the_object_of_the_verb() -> None:
    text = "Auditors put the number of missing laptops at 75."
    assert figure_subject(text, _count("75", None)) == "missing laptops"
    text = "The insurer put the repair bill at £2m."
    assert figure_subject(text, _figure("£2m", "money")) == "repair bill"
    text = "The insurer puts the figure at £2m."
    assert figure_subject(text, _figure("£2m", "money")) == "The insurer puts the figure"


def test_a_duration_of_a_past_act_names_its_object_and_the_act() -> None:
    text = "The board suspended the licence for 30 days."
    assert figure_subject(text, _figure("30 days", "duration")) == "licence suspended"


def test_a_duration_given_for_an_act_is_the_time_to_do_it() -> None:
    text = "The court gave the firm 14 days to pay the fine."
    assert figure_subject(text, _figure("14 days", "duration")) == "days to pay fine"


def _seen(source: str, subject: str, amount: float) -> FigureSeen:
    figure = Figure("€5m", 0, 0, "money", amount, amount, "EUR")  # type: ignore[arg-type]
    return FigureSeen(source, figure, ("money", "EUR"), subject, "")


def test_outlets_different_values_of_one_sum_are_one_figure_claim() -> None:
    items = [_seen("a", "ransom", 5e6), _seen("b", "ransom demanded", 4e6)]
    shared = shared_figures(items, {"a": "a", "b": "b"})
    assert [reports for _, reports in shared] == [("a", "b")]


def test_sums_of_different_things_stay_apart() -> None:
    items = [_seen("a", "fine", 5e6), _seen("b", "grant", 4e6)]
    assert shared_figures(items, {"a": "a", "b": "b"}) == []


def test_a_participle_after_a_count_says_more_than_the_verb_before_it() -> None:
    text = "Police ordered 40 chalets evacuated overnight."
    assert figure_subject(text, _count("40 chalets", "chalets")) == "chalets evacuated"


def test_a_value_put_on_a_phrase_keeps_its_prepositions() -> None:
    text = "The guild now puts the cost to its members at £2m."
    assert figure_subject(text, _figure("£2m", "money")) == "cost to its members"


def _figure_claim(claim_id: str, amount: float) -> ProposedClaim:
    claim = Claim(
        id=claim_id, kind=ClaimKind.FIGURE, subject=claim_id, quantity="money", unit="PHP"
    )
    return ProposedClaim(claim, "a guess", ("a", "b"), "", "a", (amount, amount))


def test_two_sums_far_apart_in_the_same_sentences_are_two_figure_claims() -> None:
    spans = frozenset({("a", 1), ("b", 2)})
    voucher, cash, payment = (
        _figure_claim("voucher", 2000),
        _figure_claim("cash", 5000),
        _figure_claim("payment", 2500),
    )
    assert not _same(voucher, spans, cash, spans)
    assert _same(voucher, spans, payment, spans)


def test_an_estimate_keeps_its_verb() -> None:
    text = "The board estimated the repair bill at £2m."
    assert figure_subject(text, _figure("£2m", "money")) == "repair bill estimated"
