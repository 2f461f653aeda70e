"""A "he" stands for the person named last, not the body the person's words name; a party
is a business or its overseer, not both; roles that write an organisation by its initials
or a branch of it; a body's own act is no allegation."""

from __future__ import annotations

from sorabrief.draft.claims import _OWN_ACT, _words_a_wrong
from sorabrief.draft.pronouns import standalone
from sorabrief.draft.spokespeople import affiliations
from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind
from support import outlet_source, proposed_parties


def test_he_is_the_person_named_last_though_the_company_follows() -> None:
    parties = (
        Party("tova-lind", "Tova Lind", PartyKind.PERSON, "manager", ("Lind",)),
        Party("harrow-grid", "Harrow Grid", PartyKind.ORGANIZATION, "", ("the company",)),
    )
    source = outlet_source(
        "a",
        "Harrow Grid's manager, Tova Lind, said the company was helping the families. "
        "He said Harrow Grid had cut the trees along the line in May.\n",
    )
    findings = extract(source, Vocabulary(parties=parties, topic=()))
    alone = standalone(findings, 1, [], {p.id: p for p in parties})
    assert not alone.dangling
    assert alone.text.startswith("Tova Lind said Harrow Grid had cut")


def test_a_business_is_not_also_the_regulator_that_follows_it() -> None:
    parties = proposed_parties(
        {
            "a": "Harrow Grid said it had cut the trees. The company said it would pay. "
            "The company will appeal. The regulator opened a case.\n",
            "b": "Harrow Grid denied any fault. The company said crews were at the line.\n",
        }
    )
    aliases = parties["Harrow Grid"].aliases
    assert "the company" in aliases
    assert "the regulator" not in aliases


def test_a_role_writing_the_organisation_by_its_initials_affiliates() -> None:
    parties = proposed_parties(
        {
            "a": "Harrow Delta Grid (HDG) said it had cut the trees. HDG president Tova "
            "Lind said the line was safe.\n",
            "b": "Harrow Delta Grid denied any fault. HDG president Tova Lind said crews "
            "were at the line.\n",
        }
    )
    assert parties["Tova Lind"].affiliation == "harrow-delta-grid"


def test_a_branch_between_the_organisation_and_the_role() -> None:
    found = affiliations(
        "HDG Northern Coast regional director Tova Lind said the line was safe.",
        None,
        ["Tova Lind"],
        {"HDG": "Harrow Delta Grid"},
    )
    assert [a.organisation for a in found] == ["Harrow Delta Grid"]


def test_a_bodys_own_act_is_no_allegation() -> None:
    clause = "the agency's coastal office had suspended the permit on Monday"
    assert _OWN_ACT.match(clause) and not _words_a_wrong(clause)
    assert not _OWN_ACT.match("the quarry had dug past its markers")


def test_the_groups_convenor_is_the_group_its_article_named_last() -> None:
    found = affiliations(
        "“The slope was cut too far,” said Tova Lind, the group's convenor.",
        None,
        ["Tova Lind"],
        {"Harbour Watch Collective": "Harbour Watch Collective", "HDG": "Harrow Delta Grid"},
        ["Harrow Delta Grid", "Harbour Watch Collective"],
    )
    assert [a.organisation for a in found] == ["Harbour Watch Collective"]
