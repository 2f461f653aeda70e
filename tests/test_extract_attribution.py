"""Speakers from every common attribution form, pronouns, and the quote styles of English news."""

from __future__ import annotations

import pytest

from sorabrief.extract import Vocabulary, extract
from sorabrief.extract.quotes import joined_passages
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(
        Party(id="severn-water", name="Severn Water", kind=PartyKind.ORGANIZATION, role="utility"),
        Party(
            id="residents",
            name="Riverside Residents Group",
            kind=PartyKind.GROUP,
            role="campaigners",
            aliases=("the residents' group",),
        ),
        Party(id="okafor", name="Dana Okafor", kind=PartyKind.PERSON, role="director", aliases=("Okafor",)),
        Party(id="bell", name="Marcus Bell", kind=PartyKind.PERSON, role="union chair", aliases=("Bell",)),
        Party(id="bbc", name="BBC", kind=PartyKind.OUTLET, role="broadcaster", aliases=("the BBC",)),
    )
)  # fmt: skip

Row = tuple[str, str | None, str | None, str | None, str | None]


def quotes(body: str) -> list[Row]:
    found = extract(Source(id="q", body=body), VOCABULARY).quotes
    for quote in found:
        assert joined_passages([body[s.start : s.end] for s in quote.segments]) == quote.text
    return [(q.text, q.speaker, q.attribution, q.verb, q.via) for q in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("“We are doing everything we can,” Okafor told the BBC.",
         ("We are doing everything we can", "okafor", "Okafor", "told", "the BBC")),
        ("“The pipes were never inspected,” Bell told reporters.",
         ("The pipes were never inspected", "bell", "Bell", "told", None)),
        ("“Supplies will be back by Friday,” according to Severn Water.",
         ("Supplies will be back by Friday", "severn-water", "Severn Water", "according to", None)),
        ("According to Severn Water, “supplies will be back by Friday.”",
         ("supplies will be back by Friday.", "severn-water", "Severn Water", "according to", None)),
        ("“We apologise to every customer,” Severn Water said in a statement.",
         ("We apologise to every customer", "severn-water", "Severn Water", "said", None)),
        ("“Nobody could have predicted this,” said Tom Reed, a spokesperson for Severn Water.",
         ("Nobody could have predicted this", "severn-water", "Tom Reed", "said", None)),
        ("Tom Reed, a spokesperson for Severn Water, said: “Nobody could have predicted this.”",
         ("Nobody could have predicted this.", "severn-water", "Tom Reed", "said", None)),
        ("“Nobody could have predicted this,” Tom Reed, a spokesperson for Severn Water, said.",
         ("Nobody could have predicted this", "severn-water", "Tom Reed", "said", None)),
        ("“Nobody could have predicted this,” said Dana Okafor, a spokesperson for Severn Water.",
         ("Nobody could have predicted this", "okafor", "Dana Okafor", "said", None)),
        ("“The claim is dismissed in its entirety,” the decision said.",
         ("The claim is dismissed in its entirety", None, "the decision", "said", None)),
        ("The adjudicator wrote: “The landlord kept the deposit without any lawful reason.”",
         ("The landlord kept the deposit without any lawful reason.", None, "The adjudicator", "wrote", None)),
        ("“Every household will be compensated,” said Okafor.",
         ("Every household will be compensated", "okafor", "Okafor", "said", None)),
    ],
)  # fmt: skip
def test_attribution_forms(body: str, expected: Row) -> None:
    assert quotes(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # he/she: the person named in the sentence before, even one who is not a party
        ("Tribunal member Peter Lin found the landlord at fault. He said: “The deposit must be returned.”",
         [("The deposit must be returned.", None, "Peter Lin", "said", None)]),
        ("Okafor visited the plant on Monday. “We will fix every main,” she said.",
         [("We will fix every main", "okafor", "she", "said", None)]),
        # a paragraph that opens with the quote looks one paragraph back, and no further
        ("Dana Okafor apologised for the outage.\n\n“We will look into every complaint,” she said.",
         [("We will look into every complaint", "okafor", "she", "said", None)]),
        ("Dana Okafor apologised for the outage.\n\nThe water was off for days.\n\n"
         "“We will look into every complaint,” she said.",
         [("We will look into every complaint", None, "she", "said", None)]),
        # they: a group before an organisation; it: an organisation
        ("The residents' group met Severn Water on Monday.\n\n“We were ignored for years,” they said.",
         [("We were ignored for years", "residents", "they", "said", None)]),
        ("Severn Water apologised on Monday. “We got this badly wrong,” it said.",
         [("We got this badly wrong", "severn-water", "it", "said", None)]),
        # an unresolved pronoun is one speaker, whatever its case
        ("They said: “We will not stop until the pipes are fixed.” “This is the worst week of our lives,” they said.",
         [("We will not stop until the pipes are fixed.", None, "they", "said", None),
          ("This is the worst week of our lives", None, "they", "said", None)]),
    ],
)  # fmt: skip
def test_pronouns_resolve_to_the_nearest_compatible_party_or_person(
    body: str, expected: list[Row]
) -> None:
    assert quotes(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("‘We are doing everything we can,’ Okafor told the BBC.",
         ("We are doing everything we can", "okafor", "Okafor", "told", "the BBC")),
        ("'We are doing everything we can,' Okafor said.",
         ("We are doing everything we can", "okafor", "Okafor", "said", None)),
        ("‘The workers’ union was never consulted, and that's wrong,’ Bell said.",
         ("The workers’ union was never consulted, and that's wrong", "bell", "Bell", "said", None)),
        ("Bell said: ‘They called it “a minor fault” for a week.’",
         ("They called it “a minor fault” for a week.", "bell", "Bell", "said", None)),
        ("Bell said residents were “furious”.", ("furious", "bell", "Bell", "said", None)),
    ],
)  # fmt: skip
def test_quote_styles(body: str, expected: Row) -> None:
    assert quotes(body) == [expected]


def test_short_quotes_without_a_speech_verb_are_terms() -> None:
    body = (
        "Residents call the plant “the leaky fortress”. Bell said it was like a 'bad joke' to them."
    )
    findings = extract(Source(id="t", body=body), VOCABULARY)
    assert findings.quotes == ()
    assert [t.text for t in findings.terms] == ["the leaky fortress", "bad joke"]


def test_a_quotation_continued_over_paragraphs_is_one_quotation() -> None:
    body = (
        "Okafor said: “The first main failed at 3am.\n\n"
        "“By the morning, thousands of homes had no water.\n\n"
        "“We are sorry.”\n\n"
        "“The repairs will take a week,” Bell said.\n\n"
        "“It started small.\n\n"
        "“Then it spread,” he added."
    )
    assert quotes(body) == [
        ("The first main failed at 3am. By the morning, thousands of homes had no water. We are sorry.",
         "okafor", "Okafor", "said", None),
        ("The repairs will take a week", "bell", "Bell", "said", None),
        ("It started small. Then it spread", "bell", "he", "added", None),
    ]  # fmt: skip
    [first, _, _] = extract(Source(id="q", body=body), VOCABULARY).quotes
    assert len(first.segments) == 3


def test_an_unclosed_quote_with_no_continuation_is_skipped() -> None:
    assert quotes("Bell said “this never closes.\n\nThe next paragraph is narration.") == []


def test_an_attribution_with_an_appositive_can_interrupt_a_quotation() -> None:
    body = (
        "“We will find out what went wrong,” said Tom Reed, a spokesperson for Severn Water. "
        "“Customers deserve answers.”"
    )
    assert quotes(body) == [
        ("We will find out what went wrong \u2026 Customers deserve answers.", "severn-water",
         "Tom Reed", "said", None),
    ]  # fmt: skip


def test_a_surname_after_a_full_name_is_that_person() -> None:
    body = (
        "Ben Whitfield, an analyst at a bank, said the costs were small.\n\n"
        "“The direct costs are manageable,” Mr Whitfield said.\n\n"
        "Mr Whitfield said rivals would gain little. “People are angry,” he said."
    )
    assert quotes(body) == [
        ("The direct costs are manageable", None, "Ben Whitfield", "said", None),
        ("People are angry", None, "Ben Whitfield", "said", None),
    ]


def test_a_title_with_a_point_inside_an_interrupting_appositive() -> None:
    body = (
        "“The pipes were old. Nobody replaced them,” the director of the utility, Dr. Dana "
        "Okafor, told reporters. “We will now.”"
    )
    assert [
        (q.speaker, len(q.segments)) for q in extract(Source(id="q", body=body), VOCABULARY).quotes
    ] == [("okafor", 2)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("“The pumps failed twice,” Okafor said. “Nobody told the crews.”",
         "The pumps failed twice \u2026 Nobody told the crews."),
        ("“The pumps failed twice,” Okafor said, “and nobody told the crews.”",
         "The pumps failed twice and nobody told the crews."),
        ("“The pumps failed twice,” Okafor said. “nobody told the crews.”",
         "The pumps failed twice nobody told the crews."),
    ],
)  # fmt: skip
def test_interrupted_quotation_never_runs_one_sentence_into_the_next(
    body: str, expected: str
) -> None:
    assert [row[0] for row in quotes(body)] == [expected]
