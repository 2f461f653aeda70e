"""``sorabrief draft``: bootstrap a case from raw articles.

The articles are imported as ``sorabrief add`` imports them, then read twice: once with
no parties, to find the names the coverage uses (``parties.py``), and once with the
proposed parties, to cluster the sentences that several reports share (``clusters.py``)
and guess a claim from each (``kinds.py``, ``claims.py``). The claims are linked the way
``report`` links them and those the most reports support kept (``selection.py``), the
unsupported ones dropped (``verify.py``), a status for each state a newer report ends
added as superseding it (``changes.py``) and the Summary ordered (``summary.py``); what is
left is written as incident.yaml with a comment on every guess (``writer.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs

from sorabrief.aggregation.case_index import CaseIndex
from sorabrief.aggregation.copies import find_copies
from sorabrief.briefing import Briefing
from sorabrief.casefile.articles import ARTICLE_SUFFIXES, read_article
from sorabrief.display import shown_path
from sorabrief.draft.annotate import footer, header, link_notes, with_answers, with_roles
from sorabrief.draft.answers import merged_answers
from sorabrief.draft.changes import with_changes
from sorabrief.draft.claims import propose_claims
from sorabrief.draft.clusters import cluster_sentences, name_stems
from sorabrief.draft.offices import with_office_holders
from sorabrief.draft.parties import propose_parties
from sorabrief.draft.propositions import narrowed
from sorabrief.draft.selection import choose_claims
from sorabrief.draft.summary import summary_claims
from sorabrief.draft.verify import verified
from sorabrief.draft.writer import incident_yaml
from sorabrief.errors import CaseError
from sorabrief.extract import Vocabulary, extract
from sorabrief.extract.masking import kept_spans, masked
from sorabrief.extract.sentences import split_sentences
from sorabrief.findings import Findings
from sorabrief.intake import Added, IntakeError, add_article, word_slug
from sorabrief.limits import ReadLimits
from sorabrief.model import Case, Source
from sorabrief.output import write_all

__all__ = ["Drafted", "draft_case"]

CASE_ID_LENGTH = 40
"""The longest case id ``draft`` writes, cut between the headline's words."""
OFF_TOPIC_TAIL = "off-topic tail"
"""The reason extraction gives for trailing paragraphs it finds off-topic."""


@attrs.frozen
class Drafted:
    """What ``draft`` did: the articles it imported or refused, and the case it wrote."""

    added: tuple[Added, ...]
    refused: tuple[str, ...]
    incident: Path
    case: Case
    copies: dict[str, str]
    shared: int
    """Claims that two or more independent reports support, as linked."""
    dropped: tuple[str, ...]
    single_left_out: int


def draft_case(inputs: Sequence[str], out: Path, *, private_addresses: bool = False) -> Drafted:
    """Import ``inputs`` into the case folder ``out`` and write its incident.yaml."""
    incident = out / "incident.yaml"
    if incident.exists():
        raise CaseError(
            f"{shown_path(incident)}: already exists; draft writes a new case, "
            "so give --out a new folder"
        )
    added, refused = [], []
    for item in inputs:
        try:
            added.append(add_article(item, out, private_addresses=private_addresses))
        except IntakeError as error:
            refused.append(str(error))
    sources = _sources(out)
    titles = tuple(s.title for s in sources if s.title)
    first = {s.id: _first_reading(s, titles) for s in sources}
    copies = find_copies((s, masked(s.body, first[s.id].removed)) for s in sources)
    report_of = {s.id: copies.get(s.id, s.id) for s in sources}
    parties = propose_parties(sources, first, report_of)
    parties = attrs.evolve(parties, parties=tuple(with_office_holders(parties.parties)))
    vocabulary = Vocabulary(parties=tuple(p.party for p in parties.parties), topic=titles)
    findings = {s.id: extract(s, vocabulary) for s in sources}
    affiliation = {p.id: p.affiliation for p in vocabulary.parties if p.affiliation}
    index = CaseIndex(findings, affiliation)
    clusters = cluster_sentences(index, report_of, name_stems(vocabulary.parties))
    published = {s.id: s.published.first_day for s in sources if s.published}
    proposal = propose_claims(clusters, index, vocabulary.parties, report_of, published=published)
    proposal = attrs.evolve(proposal, claims=tuple(merged_answers(proposal.claims, affiliation)))
    title, title_source = _title(sources, copies)
    pool = Case(
        id=word_slug(title, CASE_ID_LENGTH) or "incident",
        title=title,
        parties=vocabulary.parties,
        claims=tuple(c.claim for c in proposal.claims),
        sources=tuple(sources),
        path=out,
    )
    chosen = choose_claims(pool, proposal.claims)
    checked = verified(attrs.evolve(pool, claims=tuple(c.claim for c in chosen.claims)))
    worded_from = {c.claim.id: c.sentence for c in chosen.claims}
    checked = narrowed(checked, name_stems(vocabulary.parties), worded_from)
    now = {c.id: c for c in checked.case.claims}
    changed = with_changes(
        checked,
        [attrs.evolve(c, claim=now[c.claim.id]) for c in chosen.claims if c.claim.id in now],
        report_of,
    )
    checked = changed.checked
    kept = with_answers(list(changed.claims), affiliation)
    summary = summary_claims([c.claim for c in kept], checked.briefing)
    checked = attrs.evolve(checked, case=attrs.evolve(checked.case, summary_claims=summary))
    dropped = (*chosen.dropped, *checked.dropped)
    text = incident_yaml(
        checked.case.id,
        title,
        header(sources, copies, title_source),
        with_roles(parties.parties, kept),
        kept,
        link_notes(kept, checked.briefing),
        footer(
            proposal.claims,
            dropped,
            (*proposal.single_left_out, *chosen.single_left_out),
            proposal.quotations_left_out,
            parties.left_out,
            (*proposal.capped, *chosen.capped),
            chosen.repeats,
            proposal.unreadable,
            chosen.mislinked,
        ),
        checked.case.summary_claims,
    )
    write_all({incident: text})
    return Drafted(
        tuple(added),
        tuple(refused),
        incident,
        checked.case,
        copies,
        sum(_corroboration(checked.briefing, c.claim.id) > 1 for c in kept),
        dropped,
        len(proposal.single_left_out) + len(chosen.single_left_out),
    )


def _first_reading(source: Source, titles: tuple[str, ...]) -> Findings:
    """Findings with no parties known, to find the names: an off-topic tail is kept, since
    without parties a paragraph naming no one seen before looks off-topic."""
    findings = extract(source, Vocabulary(parties=(), topic=titles))
    removed = tuple(r for r in findings.removed if r.reason != OFF_TOPIC_TAIL)
    if removed == findings.removed:
        return findings
    sentences = split_sentences(source.body, kept_spans(len(source.body), removed))
    return attrs.evolve(findings, removed=removed, sentences=sentences)


def _corroboration(briefing: Briefing, claim_id: str) -> int:
    supported = briefing.supported(claim_id)
    return supported.corroboration if supported else 0


def _sources(out: Path) -> list[Source]:
    articles = out / "articles"
    files = sorted(p for p in articles.glob("*") if p.suffix in ARTICLE_SUFFIXES and p.is_file())
    if not files:
        raise CaseError(
            f"{shown_path(articles)}: no articles to draft from; "
            "give saved pages, text files or addresses"
        )
    return [read_article(p, out, ReadLimits().article_mb) for p in files]


def _title(sources: Sequence[Source], copies: Mapping[str, str]) -> tuple[str, str | None]:
    """The headline of the earliest published original with one: a copy's headline is its
    republisher's, so a copy is used only when no original has a headline."""
    titled = sorted(
        (s for s in sources if s.title),
        key=lambda s: (
            s.id in copies,
            s.published is None,
            s.published.first_day if s.published else None,
            s.id,
        ),
    )
    if not titled:
        return "Untitled incident", None
    return titled[0].title or "", titled[0].id
