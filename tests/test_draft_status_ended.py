"""Which newer sentence ends a drafted status (``draft/ended.py``), a state kept beside the
act that brought it (``draft/selection.py``), and statements from list items and clauses
written as sentences (``draft/wording.as_sentence``)."""

from __future__ import annotations

import attrs
import pytest

from sorabrief.draft.claims import ProposedClaim
from sorabrief.draft.ended import ends_status, names_subject, recounts, subject_words
from sorabrief.draft.kinds import guess_kind
from sorabrief.draft.selection import _same
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


@pytest.mark.parametrize(
    ("statement", "sentence", "replaced"),
    [
        (
            "Sixteen people remain missing.",
            "The toll is 14, with eight people still missing.",
            True,
        ),
        (
            "Four injured pupils remain in hospital.",
            "Two injured pupils are still in hospital.",
            True,
        ),
        ("Sixteen people remain missing.", "Sixteen people remain missing, police said.", False),
        (
            "About 900 evacuees remain in the school.",
            "Around 190 families remain in shelters.",
            False,
        ),
    ],
)
def test_a_newer_count_in_the_same_state_replaces_a_status(
    statement: str, sentence: str, replaced: bool
) -> None:
    assert recounts(sentence, statement) == replaced


def test_a_state_and_the_act_that_brought_it_are_two_claims() -> None:
    def proposed(kind: ClaimKind, statement: str) -> ProposedClaim:
        claim = Claim(id=kind.value, kind=kind, statement=statement)
        return ProposedClaim(claim, "", ("a", "b"), statement, "a")

    act = proposed(ClaimKind.EVENT, "The council suspended the Harwick depot contract on Monday.")
    state = proposed(ClaimKind.STATUS, "The Harwick depot contract remains suspended.")
    spans = frozenset({("a", 0), ("b", 10)})
    assert not _same(state, spans, act, spans)
    assert _same(
        attrs.evolve(state, claim=attrs.evolve(state.claim, kind=ClaimKind.EVENT)),
        spans,
        act,
        spans,
    )
