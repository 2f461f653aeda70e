"""A figure whose sentence has another party do what the claim's subject has its party do."""

from __future__ import annotations

from sorabrief.aggregation.actor import another_actor, party_names
from sorabrief.model import Party, PartyKind

_PARTIES = [
    Party("ministry", "Ministry of Finance", PartyKind.ORGANIZATION, "ministry", ("the ministry",)),
    Party("minister", "Ana Lopes", PartyKind.PERSON, "minister", ("Lopes",), "ministry"),
    Party("council", "City Council", PartyKind.ORGANIZATION, "council", ("the council",)),
    Party("utility", "Aguas del Sur", PartyKind.ORGANIZATION, "utility", ("the utility",)),
]
_NAMES = party_names(_PARTIES)
_SUBJECT = "compensation the ministry paid to households after the outage"


def test_another_party_doing_the_subjects_act_sets_the_figure_apart() -> None:
    assert another_actor("The council had paid households ", _SUBJECT, _NAMES)
    assert another_actor("Officials said the utility already paid ", _SUBJECT, _NAMES)


def test_the_same_party_its_members_or_another_act_do_not() -> None:
    assert not another_actor("The ministry has paid households ", _SUBJECT, _NAMES)
    assert not another_actor("Lopes paid households ", _SUBJECT, _NAMES)
    assert not another_actor("The council promised households ", _SUBJECT, _NAMES)


def test_a_subject_that_names_no_acting_party_sets_nothing_apart() -> None:
    subject = "compensation paid to households after the outage"
    assert not another_actor("The council had paid households ", subject, _NAMES)


def test_a_party_acted_on_is_no_act_of_its_own() -> None:
    """ "the distributor was given 30 days" and "the regulator had given the company 30 days"
    tell one event; "the company was owed" is no act of the company's."""
    subject = "time the distributor was given to pay the refunds"
    names = party_names(
        [
            Party("regulator", "Energy Regulator", PartyKind.ORGANIZATION, "r", ("the regulator",)),
            Party("distributor", "Norte SA", PartyKind.ORGANIZATION, "d", ("the distributor",)),
        ]
    )
    assert not another_actor("The regulator had given the company ", subject, names)
    assert not another_actor("The council was paid ", _SUBJECT, _NAMES)
