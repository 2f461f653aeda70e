"""Dates of an event: a day that papers were put out is the statement's; a date no other
outlet gives, from a clause telling nothing of the event, gives way to a day of the same
source's evidence that other outlets give, and is dropped when its sentence shares only
names with the event."""

from sorabrief.aggregation.dating import dates_in
from sorabrief.aggregation.timeline import date_event
from sorabrief.briefing import Evidence, SupportedClaim
from sorabrief.findings import DateMention, DatePrecision, Findings
from sorabrief.model import Claim, ClaimKind, Source
from sorabrief.partial_date import PartialDate

SOURCES = {s: Source(id=s, body="") for s in ("s1", "s2")}
FINE = Claim(id="fine", kind=ClaimKind.EVENT, statement="The regulator fined the Hollin quarry.")


def _day(text: str, words: str, day: int, offset: int = 0) -> DateMention:
    start = offset + text.index(words)
    return DateMention(
        words, start, start + len(words), PartialDate(2031, 6, day), DatePrecision.DAY
    )


def test_the_day_papers_were_put_out_does_not_date_what_they_report() -> None:
    for text in (
        "In a report published on Monday, inspectors said the Hollin weir had cracked.",
        "The Hollin weir had cracked, according to documents presented on Monday.",
    ):
        monday = _day(text, "on Monday", 9)
        findings = {"s1": Findings(source="s1", dates=(monday,))}
        excerpt = Evidence("s1", 0, len(text), text)
        assert dates_in([excerpt], findings, "The Hollin weir cracked.") == []


def _fine(first: str, second: str) -> tuple[SupportedClaim, dict[str, Findings]]:
    """s1 tells ``first`` (its strongest sentence) then ``second``; s2 dates the fine to
    Monday 9 June."""
    text = f"{first} {second}"
    dates = [
        _day(text, words, day)
        for words, day in (("on Sunday", 8), ("on Monday", 9))
        if words in text
    ]
    s2 = "The regulator fined the Hollin quarry on Monday."
    findings = {
        "s1": Findings(source="s1", dates=tuple(dates)),
        "s2": Findings(source="s2", dates=(_day(s2, "on Monday", 9),)),
    }
    evidence = (
        Evidence("s1", 0, len(first), first, score=0.9),
        Evidence("s1", len(first) + 1, len(text), second, score=0.8),
        Evidence("s2", 0, len(s2), s2, score=0.9),
    )
    return SupportedClaim(FINE, evidence, ("s1", "s2"), ("s1", "s2")), findings


def test_a_lone_date_of_another_moment_gives_way_to_a_day_other_outlets_give() -> None:
    claim, findings = _fine(
        "Neighbours protested at the gates on Sunday.",
        "The regulator fined the quarry on Monday.",
    )
    entry, discrepancy = date_event(claim, findings, SOURCES)
    assert discrepancy is None
    assert (entry.date, entry.date_sources) == (PartialDate(2031, 6, 9), ("s1", "s2"))


def test_a_lone_date_told_with_the_events_words_is_still_a_disagreement() -> None:
    claim, findings = _fine(
        "The regulator fined the quarry on Sunday.",
        "Neighbours said the trucks were back at the gates on Monday.",
    )
    _, discrepancy = date_event(claim, findings, SOURCES)
    assert discrepancy is not None
    assert [(v.value, v.sources) for v in discrepancy.variants] == [
        ("2031-06-08", ("s1",)),
        ("2031-06-09", ("s2",)),
    ]
    claim, findings = _fine(
        "Neighbours protested at the quarry gates on Sunday.",
        "Trucks left the site.",
    )
    _, discrepancy = date_event(claim, findings, SOURCES)
    assert discrepancy is not None  # its clause tells of the quarry; no day of it agrees


def test_a_lone_date_of_a_sentence_sharing_only_names_with_the_event_is_dropped() -> None:
    claim, findings = _fine(
        "Neighbours protested at the gates of Hollin on Sunday.",
        "Trucks left the site.",
    )
    entry, discrepancy = date_event(claim, findings, SOURCES)
    assert discrepancy is None
    assert (entry.date, entry.date_sources) == (PartialDate(2031, 6, 9), ("s2",))
