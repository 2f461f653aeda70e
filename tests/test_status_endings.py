"""A sentence reporting that a state ended (called off, stood down, handed back,
finished) says a change, by its aspect; a status no source links is opposed through its
statement (invented text)."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.case_index import SentenceRef
from sorabrief.aggregation.polarity import Aspect, Polarity, polarity
from sorabrief.aggregation.status import changes_its_words, possibly_stated, status_changes
from sorabrief.briefing import Evidence, LinkMethod, StatusChange, SupportedClaim
from sorabrief.findings import Findings, Sentence
from sorabrief.model import Claim, ClaimKind
from sorabrief.partial_date import PartialDate


@pytest.mark.parametrize(
    "text",
    [
        "The Veldra board has called off the search at Kessmoor.",
        "The council stood down its water bowsers on Tuesday.",
        "Wardens handed the two lakes back to their owners on Friday.",
        "The agency declared the clean-up at Tarrow Point finished on Monday.",
        "Engineers completed the repair of the Ombrel viaduct overnight.",
        "The union wound down its picket at the Harlo depot.",
    ],
)
def test_an_ending_says_a_change(text: str) -> None:
    assert polarity(text) == Polarity(Aspect.CHANGED, False)


@pytest.mark.parametrize(
    "text",
    [
        "The Veldra board has not called off the search at Kessmoor.",
        "The clean-up at Tarrow Point is not yet finished.",
    ],
)
def test_an_ending_denied_says_none(text: str) -> None:
    assert polarity(text).aspect != Aspect.CHANGED or polarity(text).negated


STATEMENT = "The Harlo tram depot strike is continuing, with drivers staying off the routes."
OLDER = "Harlo tram drivers vow to stay off the routes while talks on rosters go on."
CHANGE = "Harlo trams returned to their routes after the drivers called off the depot strike."
STILL = "Harlo tram drivers are staying off the routes, with the depot strike continuing."


def _changes(newer: tuple[str, ...], possible: dict[str, str]) -> tuple[StatusChange, ...]:
    """Status changes of a status no source links, possibly supported by ``possible``
    (source to its sentence), with ``newer`` the sentences of source 02."""
    claim = Claim(id="strike-on", kind=ClaimKind.STATUS, statement=STATEMENT)
    texts = {"01": (OLDER,), "02": newer}
    findings = {
        s: Findings(s, sentences=tuple(Sentence(0, len(t), t) for t in ts))
        for s, ts in texts.items()
    }
    near = [
        (c, Evidence(s, 0, len(t), t, score=0.45, method=LinkMethod.MEANING))
        for s, t in possible.items()
        for c in [claim.id]
    ]
    published = {"01": PartialDate(2026, 5, 2), "02": PartialDate(2026, 5, 9)}
    opposed = {claim.id: [(SentenceRef("02", i), 0.1, False) for i in range(len(newer))]}
    unlinked = possibly_stated([claim], near, published)
    return status_changes((), opposed, findings, published, None, unlinked)


def test_a_status_no_source_links_is_opposed_by_a_newer_change_like_its_statement() -> None:
    (change,) = _changes((CHANGE,), {"01": OLDER})
    assert (change.claim, change.source, change.text) == ("strike-on", "02", CHANGE)


def test_a_status_no_source_possibly_supports_is_opposed_by_nothing() -> None:
    assert _changes((CHANGE,), {}) == ()


def test_a_newer_change_outweighs_the_same_article_s_weaker_possible_support() -> None:
    assert _changes((CHANGE, STILL), {"01": OLDER, "02": STILL}) == ()
    (change,) = _changes((CHANGE, "Rosters at Harlo."), {"01": OLDER, "02": "Rosters at Harlo."})
    assert change.text == CHANGE


@pytest.mark.parametrize(
    ("statement", "newer", "changed"),
    [
        (
            "Gas is not being piped to the Orrin estate.",
            "Merrow Gas restarted piping on Friday.",
            True,
        ),
        (
            "The two hamlets depend on water bowsers for their supply.",
            "The council stood down its bowser rounds on Monday.",
            True,
        ),
        (
            "The Harlo tram depot strike is continuing.",
            "Drivers called off their strike late on Friday.",
            True,
        ),
        (
            "Residents of the Velt tower cannot return home.",
            "Now a residents' group says the cladding burned fast.",
            False,
        ),
        (
            "Gas is not being piped to the Orrin estate.",
            "Merrow Gas has not restarted piping.",
            False,
        ),
        (
            "Gas is not being piped to the Orrin estate.",
            "A bakery in Tarrow restarted its ovens on Friday.",
            False,
        ),
    ],
)
def test_a_newer_change_acting_on_the_status_s_words_opposes_it(
    statement: str, newer: str, changed: bool
) -> None:
    claim = Claim(id="state", kind=ClaimKind.STATUS, statement=statement)
    supported = SupportedClaim(
        claim, (Evidence("01", 0, len(statement), statement),), ("01",), ("Orla Echo",),
        PartialDate(2026, 5, 2),
    )  # fmt: skip
    findings = {
        "01": Findings("01", sentences=(Sentence(0, len(statement), statement),)),
        "02": Findings("02", sentences=(Sentence(0, len(newer), newer),)),
    }
    published = {"01": PartialDate(2026, 5, 2), "02": PartialDate(2026, 5, 9)}
    opposed = {claim.id: [(SentenceRef("02", 0), 0.05, False)]}
    found = status_changes((supported,), opposed, findings, published)
    assert bool(found) == changed


def test_a_change_word_acts_on_nothing_past_a_conjunction() -> None:
    newer = "Bus services resumed while fuel deliveries stay suspended at the Orrin depot."
    assert not changes_its_words(newer, "Fuel is not being delivered to the Orrin depot.")
    assert changes_its_words("Crews resumed fuel deliveries.", "Fuel deliveries are halted.")


def test_no_article_from_the_replacing_status_on_possibly_supports_the_replaced_one() -> None:
    claim = Claim(id="strike-on", kind=ClaimKind.STATUS, statement=STATEMENT)
    rostered = Claim(
        id="new-rosters",
        kind=ClaimKind.STATUS,
        statement="Harlo tram drivers are working to the new rosters agreed at the depot.",
        supersedes=("strike-on",),
    )
    possible = {
        "01": OLDER,
        "03": "Harlo tram drivers said the depot rosters were still being argued over.",
        "04": "Some drivers are still unhappy with the rosters at the Harlo depot.",
    }
    near = [
        (claim.id, Evidence(s, 0, len(t), t, score=0.45, method=LinkMethod.MEANING))
        for s, t in possible.items()
    ]
    published = {
        "01": PartialDate(2026, 5, 2),
        "03": PartialDate(2026, 5, 12),
        "04": PartialDate(2026, 5, 20),
    }
    said = "Harlo tram drivers are back at work on the new rosters agreed at the depot."
    replacing = SupportedClaim(
        rostered, (Evidence("03", 0, len(said), said),), ("03",), ("Harlo Post",)
    )
    (alone,) = possibly_stated([claim], near, published)
    assert alone.sources == ("01", "03", "04")
    (stated,) = possibly_stated([claim], near, published, [replacing])
    assert stated.sources == ("01",)
    assert stated.date == PartialDate(2026, 5, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody may go back to the Fenwold flats until the gas readings are clean.",
        "Nothing has reopened on the Orrin quay since the fire.",
        "Nobody has returned to the Fenwold flats since the gas leak.",
    ],
)
def test_a_negative_pronoun_negates_a_change(text: str) -> None:
    assert polarity(text).negated


def test_a_change_said_by_someone_else_still_says_no_negation() -> None:
    assert polarity("Somebody reopened the Orrin quay gate on Monday.") == Polarity(
        Aspect.CHANGED, False
    )
