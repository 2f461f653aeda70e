"""Quotations merged across outlets, and one speaker's different wordings."""

from sorabrief.aggregation.quotes import comparable, merge_quotes, wording_discrepancies
from sorabrief.briefing import DiscrepancyKind, Evidence, SupportedClaim
from sorabrief.findings import Quote, Span
from sorabrief.model import Claim, ClaimKind

NAMES = {"felix": "Niko Felix", "group": "Sora PR Puppets"}


def quote(text: str, start: int, speaker: str | None, attribution: str | None = None) -> Quote:
    end = start + len(text)
    return Quote(text, start, end, (Span(start, end),), speaker, attribution, "said", None)


def test_the_same_words_from_two_outlets_merge_and_list_both() -> None:
    merged = merge_quotes(
        [
            ("s1", quote("Participation is voluntary.", 10, "felix")),
            ("s2", quote("participation is voluntary", 40, "felix")),
        ],
        NAMES.__getitem__,
    )
    assert len(merged) == 1
    assert merged[0].sources == ("s1", "s2")
    assert merged[0].attribution == "Niko Felix"


def test_a_fragment_merges_into_the_full_quotation_and_is_marked_partial() -> None:
    full = "Hundreds of artists provide unpaid labor. While hundreds contribute for free, few are paid."
    merged = merge_quotes(
        [("s1", quote("Hundreds of artists provide unpaid labor.", 5, None, "the group")),
         ("s2", quote(full, 7, "group", "the letter"))],
        NAMES.__getitem__,
    )  # fmt: skip
    assert len(merged) == 1
    assert merged[0].text == full
    assert merged[0].speaker == "group"
    assert [r.partial for r in merged[0].reports] == [True, False]


def test_different_speakers_never_merge() -> None:
    merged = merge_quotes(
        [("s1", quote("We disagree.", 0, "felix")), ("s2", quote("We disagree.", 0, "group"))],
        NAMES.__getitem__,
    )
    assert len(merged) == 2


def test_different_wordings_on_one_claim_are_a_wording_discrepancy() -> None:
    first = quote(
        "Participation is voluntary, with no obligation to provide feedback.", 10, "felix"
    )
    second = quote("Participation in the Sora preview is entirely voluntary.", 100, "felix")
    merged = merge_quotes([("s1", first), ("s2", second)], NAMES.__getitem__)
    evidence = (Evidence("s1", 0, 90, "…"), Evidence("s2", 80, 200, "…"))
    claim = Claim(id="voluntary", kind=ClaimKind.RESPONSE, statement="…", cues=("voluntary",))
    (discrepancy,) = wording_discrepancies(
        merged, [SupportedClaim(claim, evidence, ("s1", "s2"), ("A", "B"))]
    )
    assert discrepancy.kind == DiscrepancyKind.WORDING
    assert discrepancy.claim == "voluntary"
    assert sorted(v.sources for v in discrepancy.variants) == [("s1",), ("s2",)]
    assert "Niko Felix" in discrepancy.subject


def test_comparable_ignores_case_quote_marks_and_punctuation() -> None:
    assert comparable("“It’s voluntary,” ") == comparable("it s voluntary")


def test_a_remark_on_another_point_is_not_a_wording_of_this_one() -> None:
    first = quote("Participation is voluntary.", 10, "felix")
    other_point = quote("Artists have shaped the model.", 50, "felix")
    merged = merge_quotes([("s1", first), ("s2", other_point)], NAMES.__getitem__)
    evidence = (Evidence("s1", 0, 90, "…"), Evidence("s2", 0, 200, "…"))
    claim = Claim(id="voluntary", kind=ClaimKind.RESPONSE, statement="…", cues=("voluntary",))
    assert (
        wording_discrepancies(merged, [SupportedClaim(claim, evidence, ("s1", "s2"), ("A", "B"))])
        == ()
    )


def test_merging_does_not_depend_on_the_order_quotes_arrive_in() -> None:
    fragment = quote("minimal compensation which pales", 90, None, "they")
    short = quote("Hundreds of artists provide unpaid labor.", 5, "group")
    full = quote(
        "Hundreds of artists provide unpaid labor. Only minimal compensation which pales.",
        7,
        "group",
    )
    items = [("s1", short), ("s1", fragment), ("s2", full)]
    assert len(merge_quotes(items, NAMES.__getitem__)) == 1
    assert merge_quotes(items[::-1], NAMES.__getitem__) == merge_quotes(items, NAMES.__getitem__)
