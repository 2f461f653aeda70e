"""What `sorabrief draft` must not propose as a party (places, vessels, storms, laws, bare
abbreviations, titles), names written in other languages' words, and the case id."""

from __future__ import annotations

from sorabrief.draft.fragments import only_inside_longer
from sorabrief.draft.names import names_in
from sorabrief.draft.spokespeople import affiliations
from sorabrief.intake import slug, word_slug
from support import proposed_parties


def test_a_case_id_is_cut_between_words() -> None:
    title = "Dockers walk out at the Quillan Bay container terminal in a row over pay"
    assert word_slug(title, 40) == "dockers-walk-out-at-the-quillan-bay"
    assert word_slug("Supercalifragilistic", 8) == "supercal"


def test_an_article_file_name_is_cut_between_words() -> None:
    title = "Ferry operator apologises as a booking outage strands thousands of travellers"
    assert slug(title) == "ferry-operator-apologises-as-a-booking-outage-strands"
    assert slug("«»") == "article"


def test_connectors_of_other_languages_stay_inside_a_name() -> None:
    for sentence, name in (
        ("The Stichting Varen en Wonen said it would appeal.", "Stichting Varen en Wonen"),
        ("Then the Bund der Fährleute und Lotsen objected.", "Bund der Fährleute und Lotsen"),
        ("The Liga de Pescadores y Armadores met.", "Liga de Pescadores y Armadores"),
        ("The Syndicat des Pilotes et Marins agreed.", "Syndicat des Pilotes et Marins"),
        (
            "The Office of Roads, Bridges and the Coast said so.",
            "Office of Roads, Bridges and the Coast",
        ),
    ):
        assert [n.text for n in names_in(sentence)] == [name], sentence


def test_a_name_that_lists_fields_after_a_comma_is_one_party() -> None:
    parties = proposed_parties(
        {
            "a": "The Office of Roads, Bridges and the Coast said the pier would shut.\n",
            "b": "The Office of Roads, Bridges and the Coast closed the pier on Friday.\n",
        }
    )
    assert list(parties) == ["Office of Roads, Bridges and the Coast"]


def test_two_names_joined_by_and_are_two_parties_when_each_is_written_alone() -> None:
    parties = proposed_parties(
        {
            "a": "Pellow Dairies and Tarrant Freight said the depot would reopen. "
            "Pellow Dairies said it was sorry. Tarrant Freight denied any fault.\n",
            "b": "Pellow Dairies said the milk was safe. Tarrant Freight said its lorries "
            "were checked.\n",
        }
    )
    assert {"Pellow Dairies", "Tarrant Freight"} <= set(parties)
    assert "Pellow Dairies and Tarrant Freight" not in parties


def test_an_abbreviation_given_in_brackets_joins_the_full_name_it_abbreviates() -> None:
    parties = proposed_parties(
        {
            "a": "On Monday the Vereniging van Loodsen en Schippers (VLS) stopped work. "
            "VLS said the talks had failed.\n",
            "b": "VLS said its members would stay out until Friday.\n",
        }
    )
    assert "VLS" not in parties
    assert "VLS" in parties["Vereniging van Loodsen en Schippers"].aliases


def test_a_town_the_outlets_write_as_a_place_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": "Queues of lorries stretched towards Orlby on Monday. Orlby was cut off "
            "for hours. Brenn Haulage said its drivers waited.\n",
            "b": "Orlby's transport minister visited the depot. Drivers around Tesk, Orlby "
            "and the Mere slept in cabs. Orlby had no buses. Brenn Haulage said so.\n",
        }
    )
    assert "Orlby" not in parties
    assert "Brenn Haulage" in parties
    parties = proposed_parties(
        {
            "a": "Tesk Vale, a market town of 8,000 people, was cut off on Monday. "
            "Brenn Haulage said its drivers waited.\n",
            "b": "Tesk Vale was without buses for a week. Brenn Haulage said so.\n",
        }
    )
    assert list(parties) == ["Brenn Haulage"]


def test_a_place_opening_a_sentence_does_not_take_its_speaker_with_it() -> None:
    parties = proposed_parties(
        {
            "a": "In Orlby, Tamsin Vey said the pier had failed. In March, Tamsin Vey "
            "said she warned the council.\n",
            "b": "Tamsin Vey said the pier had been unsafe for years.\n",
        }
    )
    assert "Tamsin Vey" in parties


def test_a_vessel_a_storm_or_a_law_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": "The cargo ship Marit Sol ran aground on Sunday. The Marit Sol was towed "
            "off at noon. Storm Oswin had closed the port. Kettle Shipping said it was sorry.\n",
            "b": "Marit Sol, a bulk carrier, was carrying grain. The Marit Sol had lost power, "
            "and the Harbour Safety Act was breached, Kettle Shipping said.\n",
        }
    )
    assert list(parties) == ["Kettle Shipping"]


def test_a_title_with_a_company_word_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": "The Energy Minister said the plant would reopen. Halvard Power said so.\n",
            "b": "The Energy Minister visited the plant. Halvard Power said it was safe.\n",
        }
    )
    assert list(parties) == ["Halvard Power"]


def test_an_organisation_acts_through_its_noun() -> None:
    parties = proposed_parties(
        {
            "a": "Crews of the Estuary Pilots Union walked out. The union said pay was late.\n",
            "b": "The Estuary Pilots Union called the strike. The union says it will go on.\n",
        }
    )
    assert "Estuary Pilots Union" in parties


def test_a_hyphened_role_and_a_described_firm_tie_a_person_to_an_organisation() -> None:
    people = ["Ines Calder", "Rob Tate"]
    organisations = {"PWU": "Port Workers Union", "Larch Cyber": "Larch Cyber"}
    stated = affiliations(
        "PWU secretary-general Ines Calder said no ship would move.", None, people, organisations
    )
    assert [(a.person, a.organisation) for a in stated] == [("Ines Calder", "Port Workers Union")]
    stated = affiliations(
        "Rob Tate, of Hobart-based firm Larch Cyber, said the flaw was known.",
        None,
        people,
        organisations,
    )
    assert [(a.person, a.organisation) for a in stated] == [("Rob Tate", "Larch Cyber")]


def test_a_person_one_report_names_in_full_and_another_by_surname_recurs() -> None:
    parties = proposed_parties(
        {
            "a": "Harbour Commissioner Ines Calder said the pier was unsafe. Calder said she had "
            "warned Brenn Haulage.\n",
            "b": "Ms Calder said the warnings went unanswered. Brenn Haulage said it had "
            "no such letter.\n",
        }
    )
    assert "Ines Calder" in parties
    assert "Calder" not in parties


def test_a_researcher_at_a_described_firm_and_a_role_opening_a_sentence_are_affiliations() -> None:
    people = ["Ana Voss", "Rob Tate"]
    organisations = {"Kelp Labs": "Kelp Labs", "Brenn Haulage": "Brenn Haulage"}
    for sentence, previous, expected in (
        ("Ana Voss, a researcher at security firm Kelp Labs, said so.", None, "Kelp Labs"),
        ("Chief executive Rob Tate said the depot would reopen.", "Brenn Haulage", "Brenn Haulage"),
        ("Its national secretary Rob Tate said so.", "Brenn Haulage", "Brenn Haulage"),
    ):
        stated = affiliations(sentence, previous, people, organisations)
        assert [a.organisation for a in stated] == [expected], sentence


def test_an_abbreviation_followed_by_its_full_name_in_brackets_is_one_party() -> None:
    parties = proposed_parties(
        {
            "a": "The pilots' union LVS (Liga van Scheepsloodsen) said the strike would go on.\n",
            "b": "LVS said its members would stay out until Friday.\n",
        }
    )
    assert "LVS" not in parties
    assert "LVS" in parties["Liga van Scheepsloodsen"].aliases


def test_a_site_named_by_its_place_is_no_person() -> None:
    parties = proposed_parties(
        {
            "a": "Operators at the Tarrow Flats Water Treatment Plant added too much lime on "
            "3 June, Mereway Water said. Tarrow Flats supplies 9,000 homes, and she said the "
            "dose was checked twice. Mereway Water said it was investigating.\n",
            "b": "Staff at the Tarrow Flats Water Treatment Plant were sent home. Tarrow Flats "
            "failed an audit in 2020, she said. Mereway Water said crews were slow.\n",
        }
    )
    assert parties["Tarrow Flats"].kind != "person"


def test_a_person_a_foundation_is_named_after_stays_a_person_when_named_so() -> None:
    parties = proposed_parties(
        {
            "a": "Dr Ilse Marrow said the dose was wrong. The Ilse Marrow Foundation paid for "
            "the tests. Marrow said she had warned Mereway Water.\n",
            "b": "Dr Ilse Marrow warned Mereway Water in May. Marrow said the Ilse Marrow "
            "Foundation would publish the results.\n",
        }
    )
    assert parties["Ilse Marrow"].kind == "person"


def test_a_name_written_only_inside_a_longer_name_is_no_party() -> None:
    article = (
        "Harlow's Dock Kitchen said it had closed its stalls.\n"
        "Inspectors visited Harlow's Dock Kitchen on Sunday.\n"
        "New Zealand's Office of the Fisheries Commissioner said it was investigating.\n"
        "Brenmoor Foods said its sauces were safe.\n"
        "Shops in New Zealand stopped selling the sauces.\n"
    )
    parties = proposed_parties({"a": article, "b": article})
    assert "Dock Kitchen" not in parties
    assert "Office of the Fisheries Commissioner" in parties
    assert "Brenmoor Foods" in parties
    texts = [
        "The Tarrow Flats Water Treatment Plant failed. Staff at Tarrow Flats Water "
        "Treatment Plant said so. Leeds-based Harlow Mills said so. CEO Ada Lorne said so."
    ]
    free = {"The", "Staff", "CEO"}
    assert only_inside_longer({"Tarrow Flats"}, texts, free)
    assert not only_inside_longer({"Harlow Mills"}, texts, free)
    assert not only_inside_longer({"Ada Lorne"}, texts, free)
    assert not only_inside_longer({"Pellam"}, texts, free)


def test_a_pair_with_an_abbreviation_or_an_opening_plural_is_split() -> None:
    parties = proposed_parties(
        {
            "a": "Dunmore Water Company (DWC) said the pipes were sound. The Corle Chamber "
            "asked DWC and Dunmore Borough Council to pay for the losses.\n",
            "b": "The Corle Chamber wants DWC and Dunmore Borough Council to pay. Tenants and "
            "the Corle Renters Union say the pipes were never checked.\n",
            "c": "The Corle Renters Union said the pipes leaked for a year.\n",
        }
    )
    assert "Dunmore Borough Council" in parties
    assert "Corle Renters Union" in parties
    assert not [n for n in parties if " and " in n]


def test_an_office_with_its_remit_is_its_holder_s_role_not_a_party() -> None:
    parties = proposed_parties(
        {
            "a": "The Minister for Harbours, Oona Brannagh, said she was concerned.\n",
            "b": "The Minister for Harbours, Oona Brannagh, has ordered a review. "
            '"It must not happen again," Ms Brannagh said.\n',
        }
    )
    assert "Minister for Harbours" not in parties
    assert parties["Oona Brannagh"].kind == "person"
    assert parties["Oona Brannagh"].role == "Minister for Harbours"


def test_a_first_name_after_a_word_of_kinship_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": "Ruth Allardyce, whose mother Morwenna has lived at the home since 2020, "
            "said she had complained. Morwenna has dementia.\n",
            "b": "Ruth Allardyce said her mother Morwenna was left alone. Morwenna has moved.\n",
        }
    )
    assert "Morwenna" not in parties


def test_a_person_in_apposition_before_said_or_leading_a_review_acts() -> None:
    parties = proposed_parties(
        {
            "a": "The board's chief inspector, Dr Ilse Marrow, said the pier was unsafe. "
            "The review will be led by senior counsel Tobiah Venn.\n",
            "b": "Its chief inspector, Dr Ilse Marrow, said the risk was real. A review, led "
            "by senior counsel Tobiah Venn, starts on Monday.\n",
        }
    )
    assert parties["Ilse Marrow"].kind == "person"
    assert parties["Tobiah Venn"].kind == "person"


def test_a_personal_title_between_a_role_and_the_name_keeps_the_affiliation() -> None:
    parties = proposed_parties(
        {
            "a": "The Harbour Safety Authority said the pier was unsafe. The authority's chief "
            "inspector, Dr Ilse Marrow, said the risk was real.\n",
            "b": "The Harbour Safety Authority shut the pier. Its chief inspector, Dr Ilse "
            "Marrow, said so.\n",
        }
    )
    assert parties["Ilse Marrow"].affiliation == "harbour-safety-authority"


def test_two_accentings_of_one_person_s_name_are_one_party() -> None:
    parties = proposed_parties(
        {
            "a": "The Harbour Safety Authority shut the pier. Zoë Varga, chief executive of the "
            "Harbour Safety Authority, said it was unsafe.\n",
            "b": "The Harbour Safety Authority acted. Zoe Varga, chief executive of the Harbour "
            "Safety Authority, said so.\n",
        }
    )
    assert len([n for n in parties if n in ("Zoë Varga", "Zoe Varga")]) == 1
