"""Events dated from their evidence, conflicting dates, and timeline order."""

import attrs

from sorabrief.aggregation.dating import dates_in, sharing_events
from sorabrief.aggregation.timeline import date_event, order_timeline
from sorabrief.briefing import DiscrepancyKind, Evidence, LinkMethod, SupportedClaim
from sorabrief.findings import DateMention, DatePrecision, Findings
from sorabrief.model import Claim, ClaimKind, Source
from sorabrief.partial_date import PartialDate

SOURCES = {s: Source(id=s, body="") for s in ("s1", "s2", "s3")}
LEAK = Claim(id="leak", kind=ClaimKind.EVENT, statement="Artists leaked access.", cues=("leak",))


def mention(text: str, start: int, value: PartialDate | None) -> DateMention:
    precision = DatePrecision(value.precision.value) if value else DatePrecision.UNRESOLVED
    return DateMention(text, start, start + len(text), value, precision)


def event(*dated: tuple[str, DateMention]) -> tuple[SupportedClaim, dict[str, Findings]]:
    evidence = tuple(Evidence(s, 0, 100, "…") for s, _ in dated)
    findings = {s: Findings(source=s, dates=(m,)) for s, m in dated}
    sources = tuple(sorted(findings))
    return SupportedClaim(LEAK, evidence, sources, sources), findings


def test_compatible_dates_keep_the_most_precise() -> None:
    claim, findings = event(
        ("s1", mention("in November 2024", 5, PartialDate(2024, 11))),
        ("s2", mention("November 26, 2024", 5, PartialDate(2024, 11, 26))),
    )
    entry, discrepancy = date_event(claim, findings, SOURCES)
    assert discrepancy is None
    assert entry.date == PartialDate(2024, 11, 26)
    assert (entry.date, entry.precision) == (PartialDate(2024, 11, 26), DatePrecision.DAY)
    assert entry.sources == ("s1", "s2")
    assert entry.date_sources == ("s1", "s2")


def test_different_days_are_a_date_discrepancy() -> None:
    claim, findings = event(
        ("s1", mention("November 26, 2024", 5, PartialDate(2024, 11, 26))),
        ("s2", mention("November 27, 2024", 5, PartialDate(2024, 11, 27))),
        ("s3", mention("on Tuesday, November 26", 5, PartialDate(2024, 11, 26))),
    )
    entry, discrepancy = date_event(claim, findings, SOURCES)
    assert discrepancy is not None and discrepancy.kind == DiscrepancyKind.DATE
    assert [(v.value, v.precision, v.sources) for v in discrepancy.variants] == [
        ("2024-11-26", DatePrecision.DAY, ("s1", "s3")),
        ("2024-11-27", DatePrecision.DAY, ("s2",)),
    ]
    assert entry.date == PartialDate(2024, 11, 26)


def test_an_unresolved_date_is_kept_as_written() -> None:
    claim, findings = event(("s1", mention("in February", 5, None)))
    entry, _ = date_event(claim, findings, SOURCES)
    assert entry.date is None
    assert entry.precision == DatePrecision.UNRESOLVED
    assert (entry.words, entry.undated_source, entry.date_sources) == (
        "in February",
        True,
        ("s1",),
    )


def test_timeline_orders_by_date_with_unresolved_last() -> None:
    early, f1 = event(("s1", mention("February 2024", 5, PartialDate(2024, 2))))
    late, f2 = event(("s1", mention("November 26, 2024", 5, PartialDate(2024, 11, 26))))
    undated, f3 = event(("s1", mention("earlier this week", 5, None)))
    entries = [date_event(c, f, SOURCES)[0] for c, f in ((undated, f3), (late, f2), (early, f1))]
    assert [e.date for e in order_timeline(entries)][:2] == [
        PartialDate(2024, 2),
        PartialDate(2024, 11, 26),
    ]
    assert order_timeline(entries)[-1].date is None


def test_a_week_overlapping_a_day_is_not_a_date_discrepancy() -> None:
    week = DateMention(
        "this week", 5, 14, PartialDate(2026, 3, 2), DatePrecision.WEEK, relative=True
    )
    claim, findings = event(
        ("s1", mention("3 March 2026", 5, PartialDate(2026, 3, 3))),
        ("s2", mention("on Tuesday", 5, PartialDate(2026, 3, 3))),
        ("s3", week),
    )
    entry, discrepancy = date_event(claim, findings, SOURCES)
    assert discrepancy is None
    assert entry.date == PartialDate(2026, 3, 3)
    assert entry.date_sources == ("s1", "s2", "s3")


def test_a_week_alone_is_shown_as_a_week() -> None:
    week = DateMention(
        "last week", 5, 14, PartialDate(2026, 2, 23), DatePrecision.WEEK, relative=True
    )
    claim, findings = event(("s1", week))
    entry, _ = date_event(claim, findings, SOURCES)
    assert entry.date == PartialDate(2026, 2, 23)
    assert entry.precision == DatePrecision.WEEK


def test_words_a_dated_article_gives_are_not_blamed_on_a_missing_date() -> None:
    claim, findings = event(("s1", mention("in the spring", 5, None)))
    dated = {"s1": Source(id="s1", body="", published=PartialDate(2024, 12, 6))}
    entry, _ = date_event(claim, findings, dated)
    assert (entry.words, entry.undated_source) == ("in the spring", False)


def test_a_month_sorts_before_the_days_inside_it() -> None:
    month, f1 = event(("s1", mention("in November 2024", 5, PartialDate(2024, 11))))
    day, f2 = event(("s2", mention("November 1, 2024", 5, PartialDate(2024, 11, 1))))
    entries = [date_event(c, f, SOURCES)[0] for c, f in ((day, f2), (month, f1))]
    assert [e.precision for e in order_timeline(entries)] == [
        DatePrecision.MONTH,
        DatePrecision.DAY,
    ]


def test_same_day_events_from_one_article_keep_its_order() -> None:
    later = Claim(id="a-later", kind=ClaimKind.EVENT, statement="Second.", cues=("x",))
    earlier = Claim(id="z-earlier", kind=ClaimKind.EVENT, statement="First.", cues=("x",))
    first = mention("on Tuesday", 10, PartialDate(2024, 11, 26))
    second = mention("the same day", 200, PartialDate(2024, 11, 26))
    findings = {"s1": Findings(source="s1", dates=(first, second))}
    entries = [
        date_event(
            SupportedClaim(c, (Evidence("s1", a, b, "…"),), ("s1",), ("s1",)), findings, SOURCES
        )[0]
        for c, a, b in ((later, 150, 260), (earlier, 0, 100))
    ]
    assert [e.claim for e in order_timeline(entries)] == ["z-earlier", "a-later"]


def test_the_date_comes_from_the_clause_with_the_claims_words() -> None:
    text = "The ferry company lodged its appeal last week, and a hearing is set for 14 May 2024."
    week = mention("last week", text.index("last week"), None)
    hearing = mention("14 May 2024", text.index("14 May"), PartialDate(2024, 5, 14))
    findings = {"s1": Findings(source="s1", dates=(week, hearing))}
    excerpt = Evidence("s1", 0, len(text), text)
    assert dates_in([excerpt], findings, "The ferry company lodged an appeal.") == [("s1", week)]
    assert dates_in([excerpt], findings, "A hearing was set.") == [("s1", hearing)]


def test_a_clause_without_a_date_takes_the_nearest_one_beside_it_in_its_own_clause() -> None:
    text = (
        "Divers checked the hull in March, and the last survey of the pier, on 2 May, found rust."
    )
    march = mention("March", text.index("March"), PartialDate(2024, 3))
    may = mention("2 May", text.index("2 May"), PartialDate(2024, 5, 2))
    findings = {"s1": Findings(source="s1", dates=(march, may))}
    excerpt = Evidence("s1", 0, len(text), text)
    assert dates_in([excerpt], findings, "The last survey of the pier.") == [("s1", may)]
    fronted = (
        "In a report dated 2 May, the harbour master found rust on the pier, which shut in June."
    )
    may = mention("2 May", fronted.index("2 May"), PartialDate(2024, 5, 2))
    june = mention("June", fronted.index("June"), PartialDate(2024, 6))
    findings = {"s1": Findings(source="s1", dates=(may, june))}
    excerpt = Evidence("s1", 0, len(fronted), fronted)
    claim = "The harbour master found rust on the pier."
    assert dates_in([excerpt], findings, claim) == [("s1", may)]


def test_an_excerpt_leading_another_event_dates_this_one_only_in_its_own_clause() -> None:
    text = (
        "The mill at Orvane has not ground any flour since 4 March, when its owner, Tilbury "
        "Grain, shut the gates in a row with the county over the water levy."
    )
    march = mention("4 March", text.index("4 March"), PartialDate(2025, 3, 4))
    findings = {"s1": Findings(source="s1", dates=(march,))}
    shut = Evidence("s1", 0, len(text), text, score=0.95)
    levy = Evidence("s1", 0, len(text), text, score=0.6)
    shared = sharing_events(
        [
            ("mill-shut", "Tilbury Grain stopped grinding flour at the Orvane mill.", [shut]),
            ("levy-raised", "The county raised the water levy.", [levy]),
        ]
    )
    assert shared[("s1", 0)].leader == "mill-shut"
    raised = "The county raised the water levy."
    assert dates_in([levy], findings, raised, "levy-raised", shared) == []
    closed = "Tilbury Grain shut the mill gates in a row over the water levy."
    assert dates_in([levy], findings, closed) == [("s1", march)]
    later = "Tilbury Grain ground flour again on 9 June at the mill."
    june = mention("9 June", len(text) + 1 + later.index("9 June"), PartialDate(2025, 6, 9))
    findings = {"s1": Findings(source="s1", dates=(march, june))}
    own = Evidence("s1", len(text) + 1, len(text) + 1 + len(later), later, score=0.5)
    again = "Tilbury Grain ground flour again."
    assert dates_in([levy, own], findings, again, "flour-again", shared) == [("s1", june)]


def test_an_excerpt_telling_two_events_dates_each_by_the_words_the_other_lacks() -> None:
    text = "The Brenna ferry appeal was lodged last week, and a hearing was set for 14 May."
    week = mention("last week", text.index("last week"), PartialDate(2025, 4, 28))
    may = mention("14 May", text.index("14 May"), PartialDate(2025, 5, 14))
    findings = {"s1": Findings(source="s1", dates=(week, may))}
    lodged = Evidence("s1", 0, len(text), text, score=0.9)
    hearing = Evidence("s1", 0, len(text), text, score=0.95)
    appeal = "The Brenna ferry company lodged an appeal."
    set_ = "A hearing of the Brenna ferry appeal was set."
    shared = sharing_events([("lodged", appeal, [lodged]), ("hearing", set_, [hearing])])
    assert dates_in([hearing], findings, set_, "hearing", shared) == [("s1", may)]
    assert dates_in([lodged], findings, appeal, "lodged", shared) == [("s1", week)]


def test_a_date_set_apart_in_time_from_the_claims_clause_does_not_date_it() -> None:
    text = "Fenwick Rail shut the Carrow line after a landslip on 3 May."
    may = mention("3 May", text.index("3 May"), PartialDate(2025, 5, 3))
    findings = {"s1": Findings(source="s1", dates=(may,))}
    excerpt = Evidence("s1", 0, len(text), text)
    assert dates_in([excerpt], findings, "Fenwick Rail shut the Carrow line.") == []
    assert dates_in([excerpt], findings, "A landslip came down.") == [("s1", may)]
    relative = "Tugs freed the barge Malva, which grounded on 4 June near the Tollis weir."
    june = mention("4 June", relative.index("4 June"), PartialDate(2025, 6, 4))
    findings = {"s1": Findings(source="s1", dates=(june,))}
    excerpt = Evidence("s1", 0, len(relative), relative)
    assert dates_in([excerpt], findings, "The barge Malva grounded near the weir.") == [
        ("s1", june)
    ]
    since = "The Tollis weir has been closed since 4 June."
    june = mention("4 June", since.index("4 June"), PartialDate(2025, 6, 4))
    findings = {"s1": Findings(source="s1", dates=(june,))}
    excerpt = Evidence("s1", 0, len(since), since)
    assert dates_in([excerpt], findings, "The weir was closed.") == [("s1", june)]


def test_a_date_of_what_was_due_or_of_a_stop_undone_does_not_date_an_event() -> None:
    text = "The Tollis exams, which were due to be sat on 10 June, leaked online."
    june = mention("10 June", text.index("10 June"), PartialDate(2025, 6, 10))
    findings = {"s1": Findings(source="s1", dates=(june,))}
    excerpt = Evidence("s1", 0, len(text), text)
    assert dates_in([excerpt], findings, "The Tollis exams leaked online.") == []
    assert dates_in([excerpt], findings, "The Tollis exams were due to be sat.") == [("s1", june)]
    lifted = "The council lifted its closure order on the Brenna pool on 2 July."
    july = mention("2 July", lifted.index("2 July"), PartialDate(2025, 7, 2))
    findings = {"s1": Findings(source="s1", dates=(july,))}
    excerpt = Evidence("s1", 0, len(lifted), lifted)
    assert dates_in([excerpt], findings, "The council ordered the Brenna pool closed.") == []
    assert dates_in([excerpt], findings, "The council lifted its closure order.") == [("s1", july)]


def test_the_day_a_statement_was_made_gives_way_to_the_date_it_reports() -> None:
    text = "The Orvane board said on Tuesday that its pump failed on 2 March."
    tuesday = mention("on Tuesday", text.index("on Tuesday"), PartialDate(2025, 3, 11))
    march = mention("2 March", text.index("2 March"), PartialDate(2025, 3, 2))
    findings = {"s1": Findings(source="s1", dates=(tuesday, march))}
    excerpt = Evidence("s1", 0, len(text), text)
    assert dates_in([excerpt], findings, "The Orvane pump failed.") == [("s1", march)]


def test_the_day_of_a_statement_alone_dates_only_an_event_that_is_a_statement() -> None:
    alone = "The Orvane board said on Tuesday that its pump had failed."
    tuesday = mention("on Tuesday", alone.index("on Tuesday"), PartialDate(2025, 3, 11))
    findings = {"s1": Findings(source="s1", dates=(tuesday,))}
    excerpt = Evidence("s1", 0, len(alone), alone)
    assert dates_in([excerpt], findings, "The Orvane pump failed.") == []
    admitted = "The Orvane board admitted that its pump had failed."
    assert dates_in([excerpt], findings, admitted) == [("s1", tuesday)]
    again = "Its director repeated on Friday that the Orvane pump had failed without warning."
    friday = mention("on Friday", again.index("on Friday"), PartialDate(2025, 3, 14))
    findings = {"s1": Findings(source="s1", dates=(friday,))}
    excerpt = Evidence("s1", 0, len(again), again)
    assert dates_in([excerpt], findings, "The Orvane pump failed.") == []
    later = "The Orvane pump failed on 2 March."
    march = mention("2 March", len(again) + 1 + later.index("2 March"), PartialDate(2025, 3, 2))
    findings = {"s1": Findings(source="s1", dates=(friday, march))}
    weaker = Evidence("s1", len(again) + 1, len(again) + 1 + len(later), later, score=0.6)
    strong = attrs.evolve(excerpt, score=0.9)
    assert dates_in([strong, weaker], findings, "The Orvane pump failed.") == [("s1", march)]


def test_a_relative_clause_on_the_events_noun_dates_it_in_an_excerpt_another_event_leads() -> None:
    text = (
        "The flood, which began before dawn on 3 May, forced the Tollis ferry to cancel "
        "forty crossings."
    )
    may = mention("3 May", text.index("3 May"), PartialDate(2025, 5, 3))
    findings = {"s1": Findings(source="s1", dates=(may,))}
    flood = Evidence("s1", 0, len(text), text, score=0.6)
    cancel = Evidence("s1", 0, len(text), text, score=0.9)
    flooded = "A flood swept the Tollis valley."
    cancelled = "The Tollis ferry cancelled its crossings."
    shared = sharing_events([("flood", flooded, [flood]), ("cancel", cancelled, [cancel])])
    assert shared[("s1", 0)].leader == "cancel"
    assert dates_in([flood], findings, flooded, "flood", shared) == [("s1", may)]
    apart = "The flood forced the Tollis ferry, which had sailed on 3 May, to cancel crossings."
    may = mention("3 May", apart.index("3 May"), PartialDate(2025, 5, 3))
    findings = {"s1": Findings(source="s1", dates=(may,))}
    flood = Evidence("s1", 0, len(apart), apart, score=0.6)
    cancel = Evidence("s1", 0, len(apart), apart, score=0.9)
    shared = sharing_events([("flood", flooded, [flood]), ("cancel", cancelled, [cancel])])
    assert dates_in([flood], findings, flooded, "flood", shared) == []


def _dated(text: str, *mentions: tuple[str, PartialDate]) -> tuple[Evidence, dict[str, Findings]]:
    found = tuple(mention(words, text.index(words), value) for words, value in mentions)
    return Evidence("s1", 0, len(text), text), {"s1": Findings(source="s1", dates=found)}


def test_a_wire_datelines_date_is_not_the_events() -> None:
    text = "VELMORA, Oct 23 (Coastwire) - The harbour board has ordered a survey of the quay."
    excerpt, findings = _dated(text, ("Oct 23", PartialDate(2025, 10, 23)))
    assert dates_in([excerpt], findings, "The harbour board ordered a survey of the quay.") == []


def test_a_date_a_span_before_the_events_clause_dates_the_other_end_of_the_span() -> None:
    text = (
        "Cabins on the Tarnwick line ran again on Sunday morning, a week to the day after "
        "a gale stopped the line with forty skiers aboard."
    )
    excerpt, findings = _dated(text, ("Sunday morning", PartialDate(2026, 3, 8)))
    stopped = "A gale stopped the Tarnwick line on Sunday 1 March, with skiers in its cabins."
    [(_, gale)] = dates_in([excerpt], findings, stopped)  # the other end, by arithmetic
    assert (gale.value, gale.precision) == (PartialDate(2026, 3, 1), DatePrecision.DAY)
    timed = "Cabins ran again a week after the gale."  # the statement itself spans the time
    assert dates_in([excerpt], findings, timed) == [("s1", findings["s1"].dates[0])]


def test_a_weekday_in_the_statement_only_breaks_a_tie_between_clauses() -> None:
    text = (
        "The lift company at Dunmore came under pressure on Tuesday, after its cabins "
        "halted in Sunday's gale."
    )
    excerpt, findings = _dated(
        text, ("on Tuesday", PartialDate(2026, 3, 3)), ("Sunday", PartialDate(2026, 3, 1))
    )
    statement = "The Dunmore lift halted in a gale on Sunday, its cabins stuck."
    assert dates_in([excerpt], findings, statement) == [("s1", findings["s1"].dates[1])]


def test_a_date_something_had_happened_by_does_not_date_it() -> None:
    text = "The petition to the Orlan council had gathered 4,000 names by Saturday evening."
    excerpt, findings = _dated(text, ("Saturday evening", PartialDate(2026, 5, 9)))
    assert dates_in([excerpt], findings, "Residents petitioned the Orlan council.") == []


def test_a_date_whose_event_did_something_by_it_dates_the_event() -> None:
    text = "The Orlan line was blocked by Sunday's landslip."
    excerpt, findings = _dated(text, ("Sunday", PartialDate(2026, 5, 10)))
    statement = "A landslip blocked the Orlan line."
    assert dates_in([excerpt], findings, statement) == [("s1", findings["s1"].dates[0])]


def test_on_a_tie_of_outlets_a_vaguer_date_far_off_is_set_aside() -> None:
    claim, findings = event(
        ("s1", mention("on 7 November 2026", 5, PartialDate(2026, 11, 7))),
        ("s2", mention("since January", 5, PartialDate(2026, 1))),
    )
    entry, discrepancy = date_event(claim, findings, SOURCES)
    assert discrepancy is None and entry.date == PartialDate(2026, 11, 7)
    claim, findings = event(
        ("s1", mention("on 7 November 2026", 5, PartialDate(2026, 11, 7))),
        ("s2", mention("in November", 5, PartialDate(2026, 11))),
        ("s3", mention("on 12 November 2026", 5, PartialDate(2026, 11, 12))),
    )
    assert date_event(claim, findings, SOURCES)[1] is not None  # days apart still disagree


def test_a_month_led_by_by_does_not_date_an_event() -> None:
    text = "The Orlan council had rehoused every family by March 2026."
    excerpt, findings = _dated(text, ("by March 2026", PartialDate(2026, 3)))
    assert dates_in([excerpt], findings, "The Orlan council rehoused the families.") == []


def test_a_year_a_state_began_in_does_not_date_an_event() -> None:
    text = "Dara Venn, who had run the Orlan depot since 2019, was dismissed."
    excerpt, findings = _dated(text, ("2019", PartialDate(2019)))
    assert dates_in([excerpt], findings, "Dara Venn was dismissed from the depot.") == []
    closed = "The Orlan depot has been shut since 3 May."  # a day: when the closure began
    excerpt, findings = _dated(closed, ("3 May", PartialDate(2026, 5, 3)))
    assert dates_in([excerpt], findings, "The Orlan depot was shut.") != []


def test_a_year_in_a_background_clause_does_not_date_an_event() -> None:
    statement = "The Brasko footbridge gave way under a crowd."
    for text, words in (
        ("The Brasko footbridge, which was built in 1961, gave way under a crowd.", "1961"),
        ("The Brasko footbridge, a steel span opened in 1961, gave way under a crowd.", "1961"),
        ("The Brasko footbridge, designed in 1959, gave way under a crowd.", "1959"),
        ("The Brasko footbridge, left in use during a 2019 refit, gave way under a crowd.", "2019"),
        (
            "The Brasko footbridge, a span kept in service since 2004, gave way under a crowd.",
            "2004",
        ),
        ("The footbridge has drawn crowds since the Brasko fair began in 1961.", "1961"),
    ):
        excerpt, findings = _dated(text, (words, PartialDate(int(words))))
        assert dates_in([excerpt], findings, statement) == [], text
    told = "The Brasko footbridge gave way in 2025, a council engineer said."
    excerpt, findings = _dated(told, ("2025", PartialDate(2025)))
    assert dates_in([excerpt], findings, statement) == [("s1", findings["s1"].dates[0])]
    relative_day = "The Brasko footbridge, which gave way on 3 May, is closed."
    excerpt, findings = _dated(relative_day, ("3 May", PartialDate(2026, 5, 3)))
    assert dates_in([excerpt], findings, statement) != []  # a day in it is the event's


def test_a_far_weaker_meaning_link_of_the_same_source_does_not_date_the_event() -> None:
    text = (
        "The mayor said 300 people had slept in the two halls. "
        "He said the firm had shut the halls in May 2024."
    )
    may = mention("May 2024", text.index("May 2024"), PartialDate(2024, 5))
    findings = {"s1": Findings(source="s1", dates=(may,))}
    first, second = text.index("The mayor"), text.index("He said")
    strong = Evidence(
        "s1", first, second - 1, text[: second - 1], score=0.95, method=LinkMethod.MEANING
    )
    weak = Evidence("s1", second, len(text), text[second:], score=0.4, method=LinkMethod.MEANING)
    statement = "The mayor said 300 people had slept in the two halls."
    assert dates_in([strong, weak], findings, statement) == []
    near = attrs.evolve(weak, score=0.6)
    assert dates_in([strong, near], findings, statement) == [("s1", may)]


def test_a_day_a_state_still_held_does_not_date_the_event_that_began_it() -> None:
    text = "The ban on boats at the Tollis weir was still in force on Friday."
    friday = mention("on Friday", text.index("on Friday"), PartialDate(2025, 6, 13))
    findings = {"s1": Findings(source="s1", dates=(friday,))}
    excerpt = Evidence("s1", 0, len(text), text)
    assert dates_in([excerpt], findings, "The council banned boats at the Tollis weir.") == []
    stays = "The ban on boats at the Tollis weir remained in force."
    assert dates_in([excerpt], findings, stays) == [("s1", friday)]
    banned = "The council banned boats at the Tollis weir on Friday."
    friday = mention("on Friday", banned.index("on Friday"), PartialDate(2025, 6, 13))
    findings = {"s1": Findings(source="s1", dates=(friday,))}
    excerpt = Evidence("s1", 0, len(banned), banned)
    assert dates_in([excerpt], findings, "The council banned boats at the Tollis weir.") == [
        ("s1", friday)
    ]


def test_a_date_in_a_relative_clause_of_another_act_does_not_date_the_event() -> None:
    fined = "The regulator fined the owner of the Corvell kiln, which had reopened on 4 April."
    excerpt, findings = _dated(fined, ("4 April", PartialDate(2026, 4, 4)))
    assert dates_in([excerpt], findings, "The regulator fined the kiln's owner.") == [
        ("s1", findings["s1"].dates[0])
    ]  # "which" after a noun of the statement: the clause may tell its event
    assert dates_in([excerpt], findings, "The regulator fined the owner.") == []
    paid = "The council paid the Tamsin contractors, who started digging the trench on 9 May."
    excerpt, findings = _dated(paid, ("9 May", PartialDate(2026, 5, 9)))
    assert dates_in([excerpt], findings, "The council paid the contractors.") == []
    condemned = "Inspectors condemned the Halvey flats, citing the survey the landlord commissioned on 2 June."
    excerpt, findings = _dated(condemned, ("2 June", PartialDate(2026, 6, 2)))
    assert dates_in([excerpt], findings, "Inspectors condemned the Halvey flats.") == []
    named = "Inspectors condemned the Halvey flats, naming the firm that rewired them on 3 March."
    excerpt, findings = _dated(named, ("3 March", PartialDate(2026, 3, 3)))
    assert dates_in([excerpt], findings, "Inspectors condemned the Halvey flats.") == []
    assert dates_in([excerpt], findings, "A firm rewired the Halvey flats.") == [
        ("s1", findings["s1"].dates[0])
    ]


def test_a_relative_clause_sharing_the_statements_words_still_dates_it() -> None:
    text = "The Pellan regulator, which ordered the audit on 22 October, has named a firm."
    excerpt, findings = _dated(text, ("22 October", PartialDate(2026, 10, 22)))
    assert dates_in([excerpt], findings, "The regulator ordered an audit of Pellan.") == [
        ("s1", findings["s1"].dates[0])
    ]


def test_the_day_of_a_statement_named_as_one_does_not_date_what_it_reports() -> None:
    text = "In a statement on Tuesday, the Orvane board said its pump had failed."
    excerpt, findings = _dated(text, ("on Tuesday", PartialDate(2025, 3, 11)))
    assert dates_in([excerpt], findings, "The Orvane pump failed.") == []
    text = "The Orvane board said at a news conference on Tuesday that its pump had failed."
    excerpt, findings = _dated(text, ("on Tuesday", PartialDate(2025, 3, 11)))
    assert dates_in([excerpt], findings, "The Orvane pump failed.") == []
    assert dates_in([excerpt], findings, "The Orvane board admitted the pump failed.") == [
        ("s1", findings["s1"].dates[0])
    ]


def test_a_day_something_is_set_for_does_not_date_a_past_event() -> None:
    text = "A second round of talks at the Kelby depot is set for 30 November."
    excerpt, findings = _dated(text, ("30 November", PartialDate(2026, 11, 30)))
    assert dates_in([excerpt], findings, "Talks at the Kelby depot were held.") == []
    assert dates_in([excerpt], findings, "Talks at the Kelby depot are set for late November.") == [
        ("s1", findings["s1"].dates[0])
    ]


def test_a_relative_clause_with_a_word_of_the_statements_family_still_dates_it() -> None:
    text = "The Varrow association, which complained to the ombudsman on 3 May, wants answers."
    excerpt, findings = _dated(text, ("3 May", PartialDate(2026, 5, 3)))
    assert dates_in([excerpt], findings, "Residents lodged a formal complaint.") == [
        ("s1", findings["s1"].dates[0])
    ]


def test_a_date_followed_by_a_when_clause_dates_that_clause() -> None:
    text = "The trouble started on Friday 4 June, when the filters at the Oskel works clogged."
    excerpt, findings = _dated(text, ("Friday 4 June", PartialDate(2026, 6, 4)))
    assert dates_in([excerpt], findings, "The filters at the Oskel works clogged.") == [
        ("s1", findings["s1"].dates[0])
    ]
    text = "On Friday 4 June the board met, and the filters at the Oskel works later clogged."
    excerpt, findings = _dated(text, ("Friday 4 June", PartialDate(2026, 6, 4)))
    assert dates_in([excerpt], findings, "The filters at the Oskel works clogged.") == []


def test_a_weaker_sentence_is_dated_by_a_when_clause_after_a_date_with_a_comma() -> None:
    first = "The filters at the Oskel works clogged without warning."
    later = "Trouble began on Friday, 4 June, when the Oskel filters clogged."
    at = len(first) + 1
    june = mention("Friday, 4 June", at + later.index("Friday"), PartialDate(2026, 6, 4))
    findings = {"s1": Findings(source="s1", dates=(june,))}
    strong = Evidence("s1", 0, len(first), first, score=0.9)
    weaker = Evidence("s1", at, at + len(later), later, score=0.6)
    assert dates_in([strong, weaker], findings, "The Oskel filters clogged.") == [("s1", june)]
