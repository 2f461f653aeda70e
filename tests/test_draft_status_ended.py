"""Which newer sentence ends a drafted status (``draft/ended.py``), and statements from list
items and clauses written as sentences (``draft/wording.as_sentence``)."""

from __future__ import annotations

import pytest

from sorabrief.draft.ended import ends_status, names_subject, subject_words
from sorabrief.draft.kinds import guess_kind
from sorabrief.draft.wording import as_sentence
from sorabrief.model import Claim, ClaimKind


def _status(statement: str, subject: str | None = None) -> Claim:
    return Claim(id="s", kind=ClaimKind.STATUS, statement=statement, subject=subject)


@pytest.mark.parametrize(
    ("statement", "sentence"),
    [
        (
            "Water tankers supply the four hill villages.",
            "Mains water came back on Friday and the tankers were withdrawn.",
        ),
        ("Mains water to the hill villages is off.", "Mains water resumed on Friday."),
        ("The coast road remains closed.", "Crews reopened the coast road on Sunday."),
        ("The coast road remains closed.", "The coast road has been reopened to cars."),
        ("Night sailings are suspended.", "Night sailings have now restarted from the pier."),
        ("The walkout by porters is in its third week.", "The walkout is over, porters said."),
    ],
)
def test_a_change_said_of_the_status_subject_ends_it(statement: str, sentence: str) -> None:
    assert ends_status(sentence, _status(statement))


@pytest.mark.parametrize(
    ("statement", "sentence"),
    [
        (  # the change is said of a strike, the status is about an audit
            "The audit of the pension fund is still under way.",
            "Porters ended their strike on Monday and the wards reopened.",
        ),
        ("The coast road remains closed.", "The coast road has not reopened."),
        ("The coast road remains closed.", "The harbour reopened on Sunday."),
        (  # a beginning ends no state
            "Police are investigating the fire.",
            "Police launched an investigation into the fire.",
        ),
    ],
)
def test_a_change_of_something_else_or_denied_ends_nothing(statement: str, sentence: str) -> None:
    assert not ends_status(sentence, _status(statement))


def test_what_a_status_is_about() -> None:
    assert subject_words(_status("The coast road remains closed.")).strip() == "The coast road"
    assert subject_words(_status("Tankers supply the villages.")) == "Tankers supply the villages."
    assert subject_words(_status("Jo Park said the road was shut.", "the road")) == "the road"
    audit = _status("The audit of the pension fund is still under way.")
    assert not names_subject("Porters called off the strike that had shut the wards.", audit)
    assert names_subject("The pension fund audit was completed on Friday.", audit)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("- mains water resumed on Friday;", "Mains water resumed on Friday."),
        ("• The tankers were withdrawn, and", "The tankers were withdrawn."),
        ("2) ferries are running again:", "Ferries are running again."),
        ("The coast road remains closed.", "The coast road remains closed."),
    ],
)
def test_a_list_item_or_clause_is_written_as_a_sentence(text: str, sentence: str) -> None:
    assert as_sentence(text) == sentence


def test_a_status_proposed_from_a_list_item_reads_as_a_sentence() -> None:
    guess = guess_kind("- The coast road remains closed to lorries;", [], None, False, {})
    assert guess.kind == ClaimKind.STATUS
    assert guess.statement == "The coast road remains closed to lorries."
