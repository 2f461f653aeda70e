"""The drafted Summary opens with what happened, then the allegation, its answer, the status."""

from __future__ import annotations

import attrs

from sorabrief.briefing import Briefing, Evidence, SourceReport, SupportedClaim, TimelineEntry
from sorabrief.draft.summary import summary_claims
from sorabrief.draft.wording import opens_anaphorically
from sorabrief.extract import Vocabulary, extract
from sorabrief.findings import DatePrecision, Findings
from sorabrief.model import Claim, ClaimKind, Source
from sorabrief.partial_date import PartialDate

_OUTLETS = ("Glenmore Post", "Harbour Wire", "Tidewater Times", "Quayside Daily")


def _supported(claim: Claim, reports: int) -> SupportedClaim:
    sources = tuple(f"s{i}" for i in range(reports))
    return SupportedClaim(claim=claim, evidence=(), sources=sources, outlets=_OUTLETS[:reports])


def _briefing(
    claims: list[tuple[Claim, int]],
    dated: dict[str, PartialDate] | None = None,
    current: tuple[str, ...] = (),
    headlines: tuple[str, ...] = (),
) -> Briefing:
    timeline = tuple(
        TimelineEntry(claim=i, statement=i, date=d, precision=DatePrecision.DAY, sources=("s0",))
        for i, d in (dated or {}).items()
    )
    return Briefing(
        case_id="ferry-stoppage",
        title="Ferry stoppage",
        as_of=None,
        parties=(),
        sources=tuple(
            SourceReport(n, Source(id=f"s{n}", body="", title=h), Findings(source=f"s{n}"))
            for n, h in enumerate(headlines, 1)
        ),
        claims=tuple(_supported(c, n) for c, n in claims),
        current_status=current,
        timeline=timeline,
    )


ANSWER = Claim(
    id="operator-answer",
    kind=ClaimKind.RESPONSE,
    statement="Bellwether Ferries has said its crews met the rostering plan.",
    by="bellwether",
    answers=("crew-shortage",),
)
OTHER_ANSWER = Claim(
    id="fares", kind=ClaimKind.RESPONSE, statement="Bellwether Ferries has refunded fares."
)
ALLEGATION = Claim(
    id="crew-shortage",
    kind=ClaimKind.GRIEVANCE,
    statement="The union says crews were short-staffed for months.",
)
STOPPAGE = Claim(
    id="stoppage", kind=ClaimKind.EVENT, statement="Ferries to Pell Island stopped on 4 May."
)
INQUIRY = Claim(
    id="inquiry",
    kind=ClaimKind.EVENT,
    statement="The Pell Island Transport Board opened an inquiry on 9 May.",
)
STATUS = Claim(
    id="resumed", kind=ClaimKind.STATUS, statement="Sailings have resumed on a reduced timetable."
)
OLD_STATUS = Claim(id="halted", kind=ClaimKind.STATUS, statement="Sailings remain halted.")


def test_summary_opens_with_the_event_then_allegation_answer_and_status() -> None:
    claims = [OTHER_ANSWER, ANSWER, ALLEGATION, STOPPAGE, OLD_STATUS, STATUS]
    briefing = _briefing([(c, 3) for c in claims], current=("resumed",))
    assert summary_claims(claims, briefing) == (
        "stoppage",
        "crew-shortage",
        "operator-answer",
        "resumed",
    )


def test_of_events_as_widely_reported_the_earliest_dated_comes_first() -> None:
    claims = [INQUIRY, STOPPAGE, ANSWER]
    dated = {"inquiry": PartialDate(2031, 5, 9), "stoppage": PartialDate(2031, 5, 4)}
    assert summary_claims(claims, _briefing([(c, 4) for c in claims], dated))[0] == "stoppage"


def test_a_more_widely_reported_event_comes_before_a_dated_one() -> None:
    claims = [INQUIRY, STOPPAGE]
    briefing = _briefing([(INQUIRY, 4), (STOPPAGE, 2)], {"stoppage": PartialDate(2031, 5, 4)})
    assert summary_claims(claims, briefing)[0] == "inquiry"


def test_missing_parts_are_filled_by_the_most_reported_claims_left() -> None:
    figure = Claim(id="tickets", kind=ClaimKind.FIGURE, subject="tickets refunded")
    claims = [figure, OTHER_ANSWER, INQUIRY, STOPPAGE]
    briefing = _briefing([(figure, 4), (OTHER_ANSWER, 4), (INQUIRY, 3), (STOPPAGE, 2)])
    assert summary_claims(claims, briefing) == ("inquiry", "fares", "stoppage")


def test_of_dated_events_as_widely_reported_the_headlines_event_comes_first() -> None:
    refit = Claim(id="refit", kind=ClaimKind.EVENT, statement="The pier was rebuilt in 2019.")
    claims = [refit, INQUIRY, STOPPAGE]
    dated = {
        "refit": PartialDate(2019),
        "inquiry": PartialDate(2031, 5, 9),
        "stoppage": PartialDate(2031, 5, 4),
    }
    headlines = ("Pell Island ferries stopped", "Ferries to Pell Island halted as crews walk out")
    briefing = _briefing([(c, 3) for c in claims], dated, headlines=headlines)
    assert summary_claims(claims, briefing)[0] == "stoppage"


def test_the_summary_never_opens_with_a_definite_noun_phrase_it_never_introduced() -> None:
    backward = Claim(
        id="notice",
        kind=ClaimKind.EVENT,
        statement="The notice had been in force for four days, since Tuesday.",
    )
    named = Claim(
        id="closure",
        kind=ClaimKind.EVENT,
        statement="Pell Island's harbour master closed the slipway to ferries.",
    )
    briefing = _briefing([(backward, 3), (named, 2)])
    assert summary_claims([backward, named], briefing)[0] == "closure"
    alleged = _briefing([(backward, 3), (ALLEGATION, 2)])
    assert summary_claims([backward, ALLEGATION], alleged) == ("crew-shortage", "notice")
    assert summary_claims([backward], _briefing([(backward, 3)])) == ("notice",)


def test_a_definite_noun_phrase_names_its_subject_only_with_a_name_in_it_or_linked_to_it() -> None:
    backward = [
        "The ferry was held in port for nine hours.",
        "The storm reached the coast on Sunday.",
        "Its skipper said the ramp had jammed.",
        "At its peak, the queue stretched for a mile.",
        "The closure has cost traders dearly, one said.",
    ]
    named = [
        "The Pell Island Harbour Board closed the slipway.",
        "The owner of Bellwether Ferries apologised.",
        "The ferry operator Bellwether said the ramp had jammed.",
        "The firm's skipper, Ada Lorne, said the ramp had jammed.",
        "A ferry was held in port for nine hours.",
        "Bellwether Ferries said its ramp had jammed.",
    ]
    assert all(opens_anaphorically(s) for s in backward)
    assert not any(opens_anaphorically(s) for s in named)


def test_an_event_told_as_someone_s_view_opens_only_when_none_is_told_as_news() -> None:
    view = Claim(
        id="union-view",
        kind=ClaimKind.EVENT,
        statement="The Pell Island Crew Union said the operator had cut 40 deck posts since 2029.",
    )
    told = Claim(
        id="told",
        kind=ClaimKind.EVENT,
        statement="Bellwether Ferries told passengers on 4 May that all sailings had stopped.",
    )
    briefing = _briefing([(view, 4), (STOPPAGE, 2)])
    assert summary_claims([view, STOPPAGE], briefing)[0] == "stoppage"
    assert summary_claims([view, STOPPAGE], _briefing([(view, 4), (STOPPAGE, 1)]))[0] == (
        "union-view"
    )
    assert summary_claims([view, told], _briefing([(view, 4), (told, 2)]))[0] == "told"


def test_a_forecast_does_not_open_the_summary_when_an_event_tells_what_happened() -> None:
    forecast = Claim(
        id="forecast",
        kind=ClaimKind.EVENT,
        statement="The inspectors' report, published on Monday, will be read closely by every operator.",
    )
    shut = Claim(id="shut", kind=ClaimKind.EVENT, statement="Bellwether Ferries shut its pier.")
    briefing = _briefing([(forecast, 4), (shut, 2)])
    assert summary_claims([forecast, shut], briefing)[0] == "shut"


def test_the_event_the_earliest_report_opens_with_opens_the_summary() -> None:
    first = Source(
        id="s1", body="Bellwether Ferries shut its pier.", published=PartialDate(2026, 3, 2)
    )
    later = Source(id="s2", body="The inquiry met.", published=PartialDate(2026, 3, 9))
    shut = Claim(id="shut", kind=ClaimKind.EVENT, statement="Bellwether Ferries shut its pier.")
    inquiry = Claim(id="inquiry", kind=ClaimKind.EVENT, statement="An inquiry into the pier met.")
    lede = Evidence(source="s1", start=0, end=33, text="Bellwether Ferries shut its pier.")
    briefing = attrs.evolve(
        _briefing([(inquiry, 3)]),
        sources=tuple(
            SourceReport(n, s, extract(s, Vocabulary(parties=(), topic=())))
            for n, s in enumerate((first, later), 1)
        ),
        claims=(
            _supported(inquiry, 3),
            SupportedClaim(
                claim=shut, evidence=(lede,), sources=("s1", "s2"), outlets=_OUTLETS[:2]
            ),
        ),
    )
    assert summary_claims([inquiry, shut], briefing)[0] == "shut"


def test_a_part_one_report_states_gives_way_to_a_claim_several_state() -> None:
    claims = [ANSWER, ALLEGATION, STOPPAGE, INQUIRY, STATUS]
    counts = {"operator-answer": 1, "resumed": 1}
    briefing = _briefing([(c, counts.get(c.id, 2)) for c in claims], current=("resumed",))
    assert summary_claims(claims, briefing) == (
        "stoppage",
        "crew-shortage",
        "operator-answer",
        "inquiry",
    )


def test_a_part_one_report_states_stays_when_no_claim_of_several_is_left() -> None:
    claims = [ANSWER, ALLEGATION, STOPPAGE, STATUS]
    counts = {"operator-answer": 1, "resumed": 1}
    briefing = _briefing([(c, counts.get(c.id, 2)) for c in claims], current=("resumed",))
    assert summary_claims(claims, briefing) == (
        "stoppage",
        "crew-shortage",
        "operator-answer",
        "resumed",
    )
