"""How `sorabrief draft` reads names with the honorifics, ranks and particles of other
naming traditions: "Hajji", "Sheikh", "Pak", "His Worship", "ACP", "al-"."""

from __future__ import annotations

from sorabrief.draft.names import names_in
from sorabrief.model import PartyKind
from support import proposed_parties


def test_an_honorific_of_another_tradition_is_no_part_of_the_name() -> None:
    for sentence, name in (
        ("Hajji Idris Mukasa, the market chairman, said so.", "Idris Mukasa"),
        ("Sheikh Omar Farah told the crowd to stay calm.", "Omar Farah"),
        ("Pak Budi Santoso said the nets were ruined.", "Budi Santoso"),
        ("Harbour Mayor Her Worship Ana Lisle said so.", "Ana Lisle"),
        ("Dasho Karma Wangchuk chairs the panel.", "Karma Wangchuk"),
    ):
        assert [n.text for n in names_in(sentence)] == [name], sentence


def test_a_korean_surname_that_is_also_an_honorific_keeps_its_name() -> None:
    assert [n.text for n in names_in("Pak Min-jun said the crane was old.")] == ["Pak Min-jun"]


def test_a_police_rank_s_abbreviation_or_advocate_is_a_title() -> None:
    for sentence, name in (
        ("ACP Joseph Okello said the trucks arrived late.", "Joseph Okello"),
        ("Advocate Naledi Mokoena chairs the board.", "Naledi Mokoena"),
    ):
        assert [n.text for n in names_in(sentence)] == [name], sentence


def test_an_arabic_surname_with_its_article_is_part_of_the_name() -> None:
    assert [n.text for n in names_in("Deputy Minister Karim al-Saeed said so.")] == [
        "Karim al-Saeed"
    ]


def test_a_mayor_styled_his_worship_is_a_person() -> None:
    parties = proposed_parties(
        {
            "a": "Harbour Mayor His Worship Tomas Elery said the beach would stay shut.\n",
            "b": "Harbour Mayor His Worship Tomas Elery told reporters the council had "
            "written to the utility twice.\n",
        }
    )
    assert parties["Tomas Elery"].kind == PartyKind.PERSON
