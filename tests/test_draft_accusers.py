"""Who accuses whom, whom a quoted chief speaks for, and statuses reported in speech."""

from __future__ import annotations

from sorabrief.draft.accused import accused_parties
from sorabrief.draft.kinds import Named, guess_kind
from sorabrief.draft.spokespeople import affiliations
from sorabrief.draft.wording import reported
from sorabrief.model import ClaimKind


def _named(sentence: str, *names: tuple[str, str]) -> list[Named]:
    return sorted((Named(party, sentence.index(text)) for party, text in names), key=lambda n: n.at)


def test_only_the_object_of_an_order_or_a_fine_is_accused() -> None:
    ordered = "The agency ordered the company to clear the mud in the Tarrow district."
    fined = "The agency fined gravel maker Pellow Quarries R$2 million."
    sentences = [
        (ordered, _named(ordered, ("tarrow", "Tarrow"))),
        (fined, _named(fined, ("pellow", "Pellow Quarries"))),
    ]
    assert accused_parties(sentences, {}) == {"pellow"}


def test_people_who_say_the_company_failed_allege_it_in_the_outlets_words() -> None:
    sentence = (
        "Residents of the flooded Tarrow district, Veldland, and a prosecutor say the company "
        "that runs the pit was warned months ago but failed to mend the wall."
    )
    named = _named(sentence, ("tarrow", "Tarrow"), ("pellow", "the company"))
    guess = guess_kind(sentence, named, None, False, {})
    assert guess.kind == ClaimKind.GRIEVANCE
    assert (guess.by, guess.against, guess.reported) == ("tarrow", "pellow", True)
    assert guess.statement == sentence


def test_a_bare_role_after_a_quotation_is_not_of_a_body_the_quotation_names() -> None:
    found = affiliations(
        "“We respect the Orvik Board's work, but the rain was exceptional,” chief executive "
        "Ines Palm said.",
        "Pellow Quarries",
        ["Ines Palm"],
        {"Pellow Quarries": "Pellow Quarries", "Orvik Board": "Orvik Board"},
        ["Pellow Quarries", "Orvik Board"],
    )
    assert [a.organisation for a in found] == ["Pellow Quarries"]


def test_a_state_reported_after_a_linking_adverb_is_a_status_with_its_own_subject() -> None:
    sentence = (
        "Meanwhile, the town's water board, Veldwater, said piped water remained off for "
        "about 9,000 homes."
    )
    assert reported(sentence) is not None
    guess = guess_kind(sentence, _named(sentence, ("veldwater", "Veldwater")), None, False, {})
    assert guess.kind == ClaimKind.STATUS
    assert guess.subject == "piped water"
