"""How `sorabrief draft` reads the names of companies and public bodies written in the
forms of many countries: legal forms, a short name given after a long one, organisation
words of other languages, lower-case heads, and a common word or pronoun opening a
sentence before a name; and whom "the head of the agency" speaks for."""

from __future__ import annotations

from sorabrief.draft.legal_forms import is_legal_form, legal_form_tail
from sorabrief.draft.names import abbreviations_in, names_in
from sorabrief.draft.spokespeople import affiliations
from sorabrief.model import PartyKind
from support import proposed_parties


def test_a_company_keeps_its_legal_form_as_written() -> None:
    for sentence, name in (
        ("The contract went to Varnel Ostro S.R.L. in March.", "Varnel Ostro S.R.L."),
        ("Work by Kodra Ndertim sh.p.k. stopped on Monday.", "Kodra Ndertim sh.p.k."),
        ("Tessin Vale Co., Ltd said it would appeal.", "Tessin Vale Co., Ltd"),
        ("Orbel Foods Ltda denied the claim.", "Orbel Foods Ltda"),
        ("A letter from Pashley Rigs Ltd. arrived.", "Pashley Rigs Ltd."),
        ("Holm Tarn Pvt Ltd said so.", "Holm Tarn Pvt Ltd"),
    ):
        assert [n.text for n in names_in(sentence)][-1] == name, sentence


def test_a_place_and_a_country_code_are_no_legal_form() -> None:
    assert [n.text for n in names_in("She flew from Cape Town, SA, on Monday.")] == [
        "Cape Town",
        "SA",
    ]
    assert legal_form_tail(["Cape", "Town"]) == 0
    assert is_legal_form("Zrt.") and is_legal_form("s.r.o") and not is_legal_form("de")


def test_a_name_with_a_legal_form_is_a_company_and_its_shorter_name_an_alias() -> None:
    parties = proposed_parties(
        {
            "a": "Varnel Ostro S.R.L. runs the landfill. Varnel Ostro said the fire was "
            "under control.\n",
            "b": "Varnel Ostro denied that the cells were overfilled.\n",
        }
    )
    company = parties["Varnel Ostro S.R.L."]
    assert company.kind == PartyKind.ORGANIZATION
    assert "Varnel Ostro" in company.aliases


def test_a_plural_in_men_s_describes_and_a_title_s_possessive_still_owns() -> None:
    assert [n.text for n in names_in("The Oskar Lagoon Fishermen's Association said it.")] == [
        "Oskar Lagoon Fishermen's Association"
    ]
    assert [n.text for n in names_in("Northport's Harbour Board said so.")] == [
        "Northport",
        "Harbour Board",
    ]


def test_a_short_name_made_of_the_long_name_s_letters_is_its_alias() -> None:
    spelling = {
        n: n
        for n in (
            "Servicio Nacional de Vigilancia Costera",
            "Alimentos del Norte S.A.",
            "Pell Union",
        )
    }
    text = (
        "The Servicio Nacional de Vigilancia Costera (Senavic) said so. Alimentos del Norte "
        "S.A., known as Alinor, denied it. The Pell Union (Reuters) met."
    )
    assert abbreviations_in(text, spelling) == {
        "Senavic": "Servicio Nacional de Vigilancia Costera",
        "Alinor": "Alimentos del Norte S.A.",
    }


def test_a_union_of_another_language_is_a_group_as_an_english_one_is() -> None:
    parties = proposed_parties(
        {
            "a": "The Sindicato dos Enfermeiros do Vale called a strike. The Tarn Dockers' "
            "Union backed it.\n",
            "b": "Nurses of the Sindicato dos Enfermeiros do Vale stopped work on Friday. "
            "The Tarn Dockers' Union said its members would stay out.\n",
        }
    )
    assert parties["Sindicato dos Enfermeiros do Vale"].kind == PartyKind.GROUP
    assert parties["Tarn Dockers' Union"].kind == PartyKind.GROUP


def test_an_organisation_word_of_another_language_heads_the_name() -> None:
    parties = proposed_parties(
        {
            "a": "The Câmara Municipal de Vila Serra closed the road.\n",
            "b": "The Câmara Municipal de Vila Serra said the road would reopen.\n",
        }
    )
    assert parties["Câmara Municipal de Vila Serra"].kind == PartyKind.ORGANIZATION


def test_an_organisation_noun_before_another_language_s_connector_heads_the_name() -> None:
    parties = proposed_parties(
        {
            "a": "Ambulances were sent to Hospital de Vila Serra, 40km away.\n",
            "b": "Patients went to Hospital de Vila Serra instead.\n",
        }
    )
    assert parties["Hospital de Vila Serra"].kind == PartyKind.ORGANIZATION


def test_a_common_word_opening_a_sentence_is_no_part_of_the_name() -> None:
    parties = proposed_parties(
        {
            "a": "Contractor Brisk Vallen JV said the tunnel was safe. The contractor had "
            "dug for a year.\n",
            "b": "Brisk Vallen JV denied that it had ignored the warnings.\n",
        }
    )
    assert "Brisk Vallen JV" in parties
    assert not any(name.startswith("Contractor") for name in parties)


def test_a_pronoun_opens_no_name() -> None:
    assert [n.text for n in names_in("We Tarn Riders will strike, he said.")] == ["Tarn Riders"]


def test_a_lower_case_council_brigade_or_residents_committee_ends_a_body_s_name() -> None:
    for sentence, name in (
        ("The Quarro municipal council voted on Monday.", "Quarro municipal council"),
        ("The Punta Vela fire brigade arrived.", "Punta Vela fire brigade"),
        (
            "Mira Vento, president of the Cerro Alto residents' committee, said so.",
            "Cerro Alto residents' committee",
        ),
    ):
        assert [n.text for n in names_in(sentence)][-1] == name, sentence
    assert [n.text for n in names_in("Tarrow Mills head office said so.")] == ["Tarrow Mills"]


def test_the_head_of_a_named_body_in_apposition_speaks_for_it() -> None:
    organisations = {"Pellin Water Agency": "Pellin Water Agency", "Harrow Grid": "Harrow Grid"}
    for sentence in (
        "The head of the Pellin Water Agency, Oren Dask, said the tests were clean.",
        "Oren Dask, the head of the agency, said the tests were clean.",
    ):
        found = affiliations(sentence, None, ["Oren Dask"], organisations)
        assert [a.organisation for a in found] == ["Pellin Water Agency"], sentence
    assert not affiliations(
        "The mayor of Pellin, Oren Dask, said so.", None, ["Oren Dask"], {"Pellin": "Pellin"}
    )


def test_an_analyst_at_a_body_no_name_holds_speaks_for_no_business_named_before() -> None:
    organisations = {"Tarn Tunnelling": "Tarn Tunnelling", "Rail Watch Pell": "Rail Watch Pell"}
    found = affiliations(
        "Oren Dask, an infrastructure analyst at the watchdog, said the line was unsafe.",
        None,
        ["Oren Dask"],
        organisations,
        ["Rail Watch Pell", "Tarn Tunnelling"],
    )
    assert not [a for a in found if a.organisation == "Tarn Tunnelling"]


def test_a_name_whose_surname_takes_a_personal_title_is_a_person() -> None:
    parties = proposed_parties(
        {
            "a": "Regional Director of Schools Orla Venn said the team would finish its "
            "report within days. Ms Venn visited the school.\n",
            "b": "Orla Venn said the school would reopen once it was safe.\n",
        }
    )
    assert parties["Orla Venn"].kind == PartyKind.PERSON


def test_a_role_opening_with_a_federation_is_the_federation_s() -> None:
    organisations = {
        "Federación de Camioneros del Sur": "Federación de Camioneros del Sur",
        "Pell Grains": "Pell Grains",
    }
    found = affiliations(
        "Federation leader Oren Dask said the blockade would go on.",
        "Pell Grains",
        ["Oren Dask"],
        organisations,
        ["Federación de Camioneros del Sur", "Pell Grains"],
    )
    assert not [a for a in found if a.organisation == "Pell Grains"]


def test_an_abbreviated_saint_opens_a_name() -> None:
    assert [n.text for n in names_in("Oren Dask chairs the St. Alvin town council.")] == [
        "Oren Dask",
        "St. Alvin town council",
    ]


def test_a_rank_or_a_member_s_seat_is_no_part_of_the_name() -> None:
    for sentence, name in (
        ("Major Oren Dask Vell said the road was shut.", "Oren Dask Vell"),
        ("County Executive Member for Health Oren Dask said so.", "Oren Dask"),
    ):
        assert [n.text for n in names_in(sentence)] == [name], sentence


def test_a_firm_s_role_is_the_business_named_last_but_a_chain_s_is_no_guess() -> None:
    organisations = {"Pell Dyeworks": "Pell Dyeworks", "Tarn Water Agency": "Tarn Water Agency"}
    earlier = ["Tarn Water Agency", "Pell Dyeworks"]
    found = affiliations(
        "The firm's plant manager, Oren Dask, said a pump had failed.",
        None,
        ["Oren Dask"],
        organisations,
        earlier,
    )
    assert [a.organisation for a in found] == ["Pell Dyeworks"]
    assert not affiliations(
        "Oren Dask, the chain's managing director, said the shelves were cleared.",
        None,
        ["Oren Dask"],
        organisations,
        earlier,
    )


def test_a_word_before_of_opening_a_sentence_is_no_part_of_the_name() -> None:
    parties = proposed_parties(
        {
            "a": "Executives of Brisk Vallen Corp. blamed a software patch on Tuesday.\n",
            "b": "Brisk Vallen Corp. said the patch was faulty.\n",
        }
    )
    assert "Brisk Vallen Corp." in parties
    assert not any(name.startswith("Executives") for name in parties)


def test_an_official_in_apposition_before_any_verb_of_theirs_acts() -> None:
    parties = proposed_parties(
        {
            "a": "The ministry said the Secretary of State for Health, Orla Venn, would "
            "visit Pell on Monday.\n",
            "b": "A day after the Secretary of State for Health, Orla Venn, visited the "
            "hospital, the board resigned.\n",
        }
    )
    assert parties["Orla Venn"].kind == PartyKind.PERSON


def test_a_person_two_reports_give_a_role_in_apposition_is_a_party() -> None:
    parties = proposed_parties(
        {
            "a": "Pell Rail dismissed its director of rolling stock, Orla Venn, on Monday.\n",
            "b": "The regulator wrote to its former director of rolling stock, Orla Venn, "
            "last week.\n",
        }
    )
    assert parties["Orla Venn"].kind == PartyKind.PERSON


def test_the_letters_of_a_currency_are_no_party() -> None:
    """Letters that mark a sum somewhere ("CFA" of "300 CFA francs") are a currency, even
    where no sum follows them ("Not one CFA franc"); the parties beside them stay."""
    parties = proposed_parties(
        {
            "a": "In Mali, Roka Fuel Cards SA said it was owed 90 million FCFA. The Kessel "
            "Boatmen's Union said 2 billion francs CFA had vanished. \"Not one CFA franc is "
            'missing," the ministry said.\n',
            "b": "The Kessel Boatmen's Union said boats paid 300 CFA francs a litre more. Roka "
            "Fuel Cards SA said it was owed 90 million FCFA and stopped the cards.\n",
            "c": "The union said fuel rose by 300 CFA francs. Roka Fuel Cards SA blamed the "
            "ministry, which owes it 90 million FCFA.\n",
        }
    )
    assert sorted(parties) == ["Kessel Boatmen's Union", "Roka Fuel Cards SA"]
