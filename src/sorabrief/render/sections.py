"""Each section of the view model, worded from the briefing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sorabrief.briefing import (
    Agreement,
    Briefing,
    DiscrepancyKind,
    FigureReport,
    MergedQuote,
    SupportedClaim,
    TimelineEntry,
)
from sorabrief.independence import independent_reports
from sorabrief.render.items import (
    Cites,
    ClaimLine,
    CoverageRow,
    DiscrepancyView,
    FigureRow,
    PartyRow,
    QuoteCite,
    QuoteView,
    Reported,
    Section,
    SpeakerGroup,
    TimelineGroup,
    TimelineRow,
)
from sorabrief.render.words import (
    PRECISION_NOTES,
    amount,
    capitalised,
    count,
    dated,
    iso_dated,
    listing,
    possessive,
    sentence,
    smart,
)

if TYPE_CHECKING:
    from sorabrief.render.view import Wording

AGREEMENT = {
    Agreement.SINGLE: "1 outlet only",
    Agreement.AGREE: "outlets agree",
    Agreement.SOFT: "broadly agree (some values vague)",
    Agreement.DISAGREE: "outlets disagree",
    Agreement.UPDATED: "updated in later reports (newest shown)",
}
DISCREPANCY = {
    DiscrepancyKind.FIGURE: "Figures differ",
    DiscrepancyKind.DATE: "Dates differ",
    DiscrepancyKind.WORDING: "Wording differs",
}
UNDATED = "Date not given in the sources"
COVERAGE_COLUMNS = 12
"""Up to this many sources, coverage is a matrix with one column per source."""
COVERAGE_CITED = 10
"""With more sources, each claim's coverage row cites this many and says how many more."""
QUOTES_PER_SPEAKER = 3
"""In a summarised view, how many quotations of each speaker are shown."""
_PRONOUNS = frozenset({"they", "he", "she", "it", "we", "i", "you"})


def claims_section(
    section_id: str, title: str, note: str, claims: Sequence[SupportedClaim], wording: Wording
) -> Section:
    return Section(section_id, title, note, tuple(wording.claim_line(c) for c in claims))


def parties(briefing: Briefing, wording: Wording) -> Section:
    rows = []
    for p in briefing.parties:
        role = smart(p.role)
        affiliation = wording.name(p.affiliation) if p.affiliation else ""
        if affiliation and smart(affiliation) not in role:  # "parents’" as typeset
            role = f"{role} ({affiliation})"
        rows.append(PartyRow(p.name, p.kind.value, role))
    return Section("parties", "Parties", "", tuple(rows))


def whose(report: FigureReport, wording: Wording) -> str:
    """Whose figure it is: ``Sora PR Puppets’ letter``."""
    assert report.attribution is not None
    party = wording.name(report.attribution.party)
    document = report.attribution.document
    return f"{possessive(party)} {document}" if document else party


def figure_statement(report: FigureReport, wording: Wording) -> str:
    """A figure claim stated from the data: its subject and value, and whose figure it is."""
    subject = smart(report.subject)
    if report.consensus is None:
        values = "; ".join(amount(v) for v in report.variants)
        return sentence(f"{capitalised(subject)}: outlets disagree ({values})")
    if report.attribution:
        return sentence(f"{whose(report, wording)} puts {subject} at {amount(report.consensus)}")
    return sentence(f"{capitalised(subject)}: {amount(report.consensus)}")


def figures(briefing: Briefing, wording: Wording) -> Section:
    rows = []
    for f in briefing.figures:
        value = amount(f.consensus) if f.consensus else "no consensus"
        label, key = AGREEMENT[f.agreement], f.agreement.value
        if f.attribution and f.consensus:
            outlets = len(
                {
                    wording.briefing.source_report(s).source.outlet
                    for v in f.variants
                    for s in v.sources
                }
            )
            label = f"{whose(f, wording)}, as {count(outlets, 'outlet')} report it"
            key = "attributed"
        reported = tuple(
            Reported(", ".join(f"“{t}”" for t in v.texts), wording.cites(v.sources))
            for v in f.variants
        )
        rows.append(FigureRow(capitalised(smart(f.subject)), value, label, key, reported))
    note = (
        "The consensus is the value most outlets give. A figure the outlets only quote "
        "from one party is shown as that party’s."
    )
    return Section("figures", "Key figures", note, tuple(rows))


def quotes(briefing: Briefing, wording: Wording) -> Section:
    groups: dict[str, list[MergedQuote]] = {}
    for quote in briefing.quotes:
        groups.setdefault(quote.speaker or quote.attribution.casefold(), []).append(quote)
    speakers = []
    for key, said in groups.items():
        party = wording.parties.get(key)
        if party:
            name, role = party.name, smart(party.role)
        elif key in _PRONOUNS:
            name, role = "Speaker not named", f"the article says only “{said[0].attribution}”"
        else:
            name, role = capitalised(said[0].attribution), ""
        shown = said[:QUOTES_PER_SPEAKER] if wording.summarise else said
        views = tuple(_quote(q, name, wording) for q in shown)
        speakers.append(SpeakerGroup(name, role, views, len(said) - len(shown)))
    note = (
        "Verbatim, as the outlets printed them. “In part” marks a source that printed only "
        "part of the quotation."
    )
    return Section("quotes", "Quotes", note, tuple(speakers))


def _quote(quote: MergedQuote, name: str, wording: Wording) -> QuoteView:
    by_source: dict[str, list[tuple[bool, str | None]]] = {}
    for r in quote.reports:
        by_source.setdefault(r.source, []).append((r.partial, r.via))
    cites = []
    for source_id, reports in by_source.items():
        notes = ["in part"] if all(partial for partial, _ in reports) else []
        vias = list(dict.fromkeys(via for _, via in reports if via))
        notes += [f"as reported by {listing(vias)}"] if vias else []
        cites.append(QuoteCite(Cites((wording.cite_of[source_id],)), "; ".join(notes)))
    shown = wording.cites(list(by_source))
    return QuoteView(quote.text, name, tuple(cites[: len(shown.shown)]), shown.more)


def discrepancies(briefing: Briefing, wording: Wording) -> Section:
    items = []
    for d in briefing.discrepancies:
        variants = []
        for v in d.variants:
            if d.kind == DiscrepancyKind.FIGURE and v.figure:
                words, quoted = amount(v.figure), False
            elif d.kind == DiscrepancyKind.DATE:
                words, quoted = iso_dated(str(v.value), v.precision), False
            else:
                words, quoted = str(v.value), True
            variants.append(Reported(words, wording.cites(v.sources), quoted))
        subject = (
            f"What {d.subject} said"
            if d.kind == DiscrepancyKind.WORDING
            else capitalised(smart(d.subject))
        )
        items.append(DiscrepancyView(DISCREPANCY[d.kind], subject, tuple(variants)))
    note = (
        "The outlets below report the same thing differently. Each version is listed with the "
        "sources that give it; the briefing does not pick one."
        if items
        else "The outlets do not contradict one another on any figure, date or quotation this "
        "briefing tracks."
    )
    single = tuple(wording.claim_line(c) for c in briefing.claims if c.single_source)
    return Section(
        "discrepancies",
        "Where sources disagree",
        note,
        tuple(items),
        also=single,
        also_title="Reported by one outlet only, so not corroborated:",
    )


def timeline(briefing: Briefing, wording: Wording) -> Section:
    dated = [_timeline_row(t, wording) for t in briefing.timeline if t.date]
    undated = [_timeline_row(t, wording) for t in briefing.timeline if not t.date]
    groups = [TimelineGroup("", tuple(dated))] if dated else []
    groups += [TimelineGroup(UNDATED, tuple(undated))] if undated else []
    return Section("timeline", "Timeline", "", tuple(groups))


def _timeline_row(entry: TimelineEntry, wording: Wording) -> TimelineRow:
    claim = wording.briefing.supported(entry.claim)
    if entry.date:
        date, note = dated(entry.date, entry.precision), PRECISION_NOTES[entry.precision]
    elif entry.words:
        date = f"“{entry.words}”"
        note = (
            "the article states no publication date"
            if entry.undated_source
            else "the article’s words could not be placed"
        )
    else:
        date, note = "no date", "no source dates it"
    return TimelineRow(
        date=date,
        note=note,
        date_cites=wording.cites(entry.date_sources),
        event=sentence(smart(entry.statement)),
        cites=wording.cites(entry.sources),
        outlets=wording.carried_by(entry.sources),
        single=bool(claim and claim.single_source),
    )


def coverage(briefing: Briefing, wording: Wording) -> Section:
    """A claims × sources matrix; with many sources, the first cited sources of each claim."""
    capped = len(briefing.sources) > COVERAGE_COLUMNS
    rows = []
    for c in briefing.claims:
        line: ClaimLine = wording.claim_line(c)
        cites = line.cites
        if capped and len(cites.shown) > COVERAGE_CITED:
            hidden = len(cites.shown) - COVERAGE_CITED
            cites = Cites(cites.shown[:COVERAGE_CITED], cites.more + hidden)
        rows.append(
            CoverageRow(
                label=_short(line.text),
                marks=tuple(r.source.id in c.source_set for r in briefing.sources),
                outlets="1 only"
                if c.single_source
                else str(len(c.outlets))
                + (f" ({c.corroboration} indep.)" if c.corroboration < len(c.outlets) else ""),
                single=c.single_source,
                cites=cites,
            )
        )
    note = (
        f"Which sources support each claim: the first {COVERAGE_CITED} by reference number, "
        "then how many more. The screen HTML and the JSON have the full matrix."
        if capped
        else "Which source supports which claim. Columns are the numbered references; "
        "“1 only” marks a claim a single outlet carries."
    )
    return Section(
        "coverage",
        "Coverage",
        note,
        tuple(rows),
        columns=tuple(r.number for r in briefing.sources),
        capped=capped,
    )


def outlets_line(briefing: Briefing) -> str:
    """``3 named outlets and 2 articles with no stated publisher``."""
    named = len({r.source.publisher for r in briefing.sources if r.source.publisher})
    unnamed = sum(1 for r in briefing.sources if not r.source.publisher)
    parts = [count(named, "named outlet")] if named else []
    if unnamed:
        parts.append(count(unnamed, "article") + " with no stated publisher")
    return listing(parts) or "no articles"


def independence_line(briefing: Briefing) -> tuple[str, ...]:
    """``4 independent reports (1 syndicated copy)`` when the case holds copies."""
    outlet_of = {r.source.id: r.source.outlet for r in briefing.sources}
    copy_of = {r.source.id: r.copy_of for r in briefing.sources if r.copy_of}
    if not copy_of:
        return ()
    independent = independent_reports(tuple(outlet_of), outlet_of, copy_of)
    copies = "1 syndicated copy" if len(copy_of) == 1 else f"{len(copy_of)} syndicated copies"
    return (f"{count(independent, 'independent report')} ({copies})",)


def _short(text: str, width: int = 72) -> str:
    """A worded claim cut to one short line, for tables."""
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def _copies_found(briefing: Briefing) -> str:
    """How many syndicated copies were found, ending the sentence that explains them."""
    copies = [r for r in briefing.sources if r.copy_of]
    if not copies:
        return "; none was found."
    numbers = listing(
        [
            f"[{r.number}] copies [{briefing.number_of(r.copy_of)}]"
            for r in copies
            if r.copy_of is not None
        ]
    )
    return f": {numbers}."


def method(briefing: Briefing, left_out: tuple[str, ...]) -> Section:
    """How this briefing was made, in one wording for every format."""
    articles = count(len(briefing.sources), "article")
    paragraphs = [
        f"sorabrief built this briefing from {articles} ({outlets_line(briefing)}). An article "
        "with no stated publisher counts as its own outlet. An article most of whose text is "
        "another’s is a syndicated copy and counts as one report with the article it copies"
        + _copies_found(briefing),
        "Each statement is the editor’s neutral wording of a claim in the case file, shown "
        "only when at least one article supports it with a verbatim passage; quotations are "
        "verbatim. Corroboration counts independent reports, not articles. Figures, dates and "
        "quotations are compared across outlets, and every difference is listed under "
        "“Where sources disagree”."
        + (
            f" {count(len(briefing.unsupported), 'claim')} of the case file found no support "
            f"and {'is' if len(briefing.unsupported) == 1 else 'are'} left out."
            if briefing.unsupported
            else ""
        ),
    ]
    removed = Counter(r.reason for s in briefing.sources for r in s.findings.removed)
    if removed:
        reasons = sorted(removed.items(), key=lambda item: (-item[1], item[0]))
        paragraphs.append(
            f"Before matching, cleaning removed {count(sum(removed.values()), 'passage')} of "
            f"noise ({', '.join(f'{reason}: {n}' for reason, n in reasons)}); each removal is "
            "listed under its source in the references and in the JSON output."
        )
    else:
        paragraphs.append("Cleaning found no navigation, promotions or unrelated text to remove.")
    if left_out:
        paragraphs.append(
            f"This is a summary of a large briefing. It leaves out {listing(list(left_out))}; "
            "the full HTML, PDF or JSON briefing has everything."
        )
    return Section("method", "How this briefing was made", "", tuple(paragraphs))
