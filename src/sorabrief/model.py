"""The case model: parties, claims and sources, as frozen attrs classes.

This is what readers produce and what extraction and aggregation consume.
"""

from __future__ import annotations

import enum
from pathlib import Path

import attrs

from sorabrief.lines import line_breaks
from sorabrief.partial_date import PartialDate


class PartyKind(enum.StrEnum):
    """What sort of actor a party is."""

    ORGANIZATION = "organization"
    GROUP = "group"
    PERSON = "person"
    OUTLET = "outlet"
    PLATFORM = "platform"


class SourceKind(enum.StrEnum):
    """The genre of an article, from its front matter."""

    NEWS = "news"
    ANALYSIS = "analysis"
    OPINION = "opinion"
    PRESS_RELEASE = "press-release"
    LETTER = "letter"
    OTHER = "other"


class ClaimKind(enum.StrEnum):
    """The five kinds of thing a briefing may say."""

    GRIEVANCE = "grievance"
    RESPONSE = "response"
    STATUS = "status"
    EVENT = "event"
    FIGURE = "figure"


@attrs.frozen
class Party:
    """A person, group or organization involved in, or reporting on, the incident."""

    id: str
    name: str
    kind: PartyKind
    role: str
    """What the party is in this incident, in a few words ("accused", "protesting artists")."""
    aliases: tuple[str, ...] = ()
    """Names that refer to this party in articles; the name itself always counts."""
    affiliation: str | None = None
    """The id of the party this one speaks for or belongs to."""

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias, without repeats."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))


@attrs.frozen
class PinnedEvidence:
    """A verbatim excerpt the editor pinned to a claim."""

    source: str
    text: str


@attrs.frozen(kw_only=True)
class Claim:
    """One thing the briefing may say, written neutrally by the editor.

    Support is found in the articles by ``cues`` (case-insensitive regular
    expressions matched per sentence) and by pinned ``evidence``; sentences
    matching an ``exclude`` pattern never support the claim.
    """

    id: str
    kind: ClaimKind
    statement: str = ""
    """What the briefing says; figure claims leave it out and are stated from their consensus."""
    cues: tuple[str, ...] = ()
    evidence: tuple[PinnedEvidence, ...] = ()
    exclude: tuple[str, ...] = ()
    by: str | None = None
    """Grievance and response: the party that makes it."""
    against: str | None = None
    """Grievance: the party it is made against."""
    answers: tuple[str, ...] = ()
    """Response: the ids of the grievances it answers."""
    reported: bool = False
    """Response: an action outlets report, not something the party says. Grievance: an
    accusation worded as the outlets word it ("X blamed Y for …"), not a clause of X's."""
    supersedes: tuple[str, ...] = ()
    """Status: the ids of earlier statuses this one replaces."""
    subject: str | None = None
    """Figure: what is measured, in a few words ("the group's size")."""
    quantity: str | None = None
    """Figure: the kind of quantity (money, count, duration, resolution, length)."""
    unit: str | None = None
    """Figure: the unit values are compared in (USD, artists, hours, p, seconds)."""


@attrs.frozen
class Source:
    """One article: its front matter and its body exactly as published."""

    id: str
    body: str
    title: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None
    url: str | None = None
    author: str | None = None
    retrieved: PartialDate | None = None
    language: str = "en"
    kind: SourceKind = SourceKind.NEWS
    path: Path | None = attrs.field(default=None, eq=False)
    """Where the article was read from; not part of its identity."""
    body_line: int = attrs.field(default=1, eq=False)
    """The line of the file the body starts on, for messages that point into it."""

    def line_of(self, offset: int) -> int:
        """The line of the file holding character ``offset`` of the body."""
        return self.body_line + line_breaks(self.body, 0, offset)

    @property
    def outlet(self) -> str:
        """The outlet for corroboration: the publisher, or the source itself when unknown."""
        return self.publisher if self.publisher else f"source {self.id}"


@attrs.frozen
class Case:
    """A whole incident: the editorial layer plus its articles."""

    id: str
    title: str
    parties: tuple[Party, ...]
    claims: tuple[Claim, ...]
    sources: tuple[Source, ...]
    summary_claims: tuple[str, ...] = ()
    """Ids of the claims whose statements open the briefing as its summary."""
    path: Path | None = attrs.field(default=None, eq=False)

    def party(self, party_id: str) -> Party:
        """The party with this id."""
        return next(p for p in self.parties if p.id == party_id)

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id."""
        return next(c for c in self.claims if c.id == claim_id)
