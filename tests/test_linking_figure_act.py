"""A count whose own words tell another act (died, hurt, taken to hospital, rescued) than
the one a figure claim counts is not the claim's figure. Invented text."""

from __future__ import annotations

from pathlib import Path

import sorabrief
from sorabrief.aggregation.figure_act import another_act, counted_acts, tells_subjects_verb

_INCIDENT = """\
id: tram-derailment
title: Tram leaves the rails on the harbour line
parties:
  - id: operator
    name: Harbourline Trams
    kind: organization
    role: company that runs the trams
claims:
  - id: passengers-killed
    kind: figure
    subject: passengers killed in the derailment
    quantity: count
    unit: passenger
"""

_ARTICLES = {
    "01": "Three passengers died when a tram of Harbourline Trams left the rails on Friday.",
    "02": "The derailment of the Harbourline Trams service killed three passengers on Friday.",
    "03": "Four passengers were injured in the derailment of the Harbourline Trams "
    "service on Friday.",
}


def test_a_count_of_another_act_is_not_the_claims(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, body in _ARTICLES.items():
        text = f"---\ntitle: Trams {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    briefing = sorabrief.aggregate(sorabrief.load(folder))
    assert not briefing.discrepancies
    (report,) = briefing.figures
    assert [v.low for v in report.variants] == [3.0]


def test_acts_of_one_family_stand_together() -> None:
    assert not another_act("31 workers taken to hospital", "workers injured in the blaze")
    assert not another_act("14 were hurt", "pupils injured when the ceiling fell")
    assert not another_act("nine cavers were still missing", "cavers trapped by the flood")


def test_acts_named_together_are_all_counted() -> None:
    assert not another_act("eight dead", "dead and injured")
    assert not another_act("15 fans were killed", "killed or injured fans")
    assert not another_act("five hikers are still missing", "missing and dead hikers")


def test_those_who_act_name_no_act() -> None:
    assert not another_act("200 walked out, guided by rescuers", "passengers evacuated")
    assert not another_act("40 rescuers", "rescuers sent to the evacuation", "40 rescuers")
    assert not another_act("40 from the Cave Rescue Team", "volunteers sent to the evacuation")


def test_acts_of_other_families_stand_apart() -> None:
    assert another_act("and four were admitted overnight", "people killed in the stampede")
    assert another_act("Nineteen people were injured", "people killed in the crash")
    assert another_act("rescuers brought six divers out", "divers trapped in the wreck")
    assert another_act("crews brought six divers out", "divers trapped", "six divers")
    assert another_act("two guests taken to hospital", "guests who fell ill after the dinner")


def test_those_cared_for_are_counted_by_the_hurt_or_sick() -> None:
    assert not another_act("the syrup sickened 22 toddlers", "toddlers treated after the syrup")
    assert not another_act("the gale hurt 14 sailors", "sailors admitted to the naval hospital")


def test_the_hurt_are_no_count_of_some_of_them() -> None:
    assert another_act("the gale hurt 14 sailors", "hurt sailors admitted to the naval hospital")
    assert not another_act("six of the hurt were admitted", "hurt sailors admitted to hospital")


def test_acts_before_the_subjects_people_tell_who_they_are() -> None:
    assert counted_acts("injured sailors sent home from hospital") == (
        {"discharge"},
        {"injury"},
    )
    assert counted_acts("the injured climbers in critical condition") == ({"care"}, {"injury"})
    assert counted_acts("injured climbers") == ({"injury"}, set())
    assert another_act("and 11 sailors were hurt", "injured sailors sent home from hospital")
    assert another_act("eight climbers had died and 30 were hurt", "hurt climbers in hospital")
    assert not another_act("six of the hurt had been sent home", "hurt climbers sent home")


def test_words_of_no_act_decide_nothing() -> None:
    assert not another_act("about 300 residents were affected", "residents evacuated")
    assert not another_act("12 people died", "people affected by the leak")


def test_the_count_its_subjects_verb_governs() -> None:
    subject = "cars towed by wardens during the ban"
    assert tells_subjects_verb("and towed four cars from the square", subject)
    assert not tells_subjects_verb("wardens ticketed eleven cars", subject)
    assert not tells_subjects_verb("and towed four cars", "cars on the square during the ban")
