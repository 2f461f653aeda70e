"""A briefing whose source text tries to inject markup, scripts, links and local files."""

from __future__ import annotations

import attrs

from sorabrief.briefing import Briefing, MergedQuote, QuoteReport
from sorabrief.model import Party


def hostile_text(url: str) -> str:
    """Every trick at once: a script, a remote image, a javascript: link, a local file, pipes, backticks."""
    return (
        f'<script>alert(1)</script> <img src="{url}"> [x](javascript:alert(1)) '
        f'<a href="file:///etc/passwd">file:///etc/passwd</a> a | b | `code` ``` <style>@import url({url});</style>'
    )


def hostile_briefing(briefing: Briefing, url: str) -> Briefing:
    """``briefing`` with hostile text in a title, a publisher, URLs, a claim, a party and a quote."""
    text = hostile_text(url)
    first, second, *rest = briefing.sources
    sources = (
        attrs.evolve(
            first,
            source=attrs.evolve(
                first.source, title=text, publisher=text, url="javascript:alert(1)"
            ),
        ),
        attrs.evolve(
            second, source=attrs.evolve(second.source, title=None, url="file:///etc/passwd")
        ),
        *rest,
    )
    claim, *claims = briefing.claims
    claims = [attrs.evolve(claim, claim=attrs.evolve(claim.claim, statement=text)), *claims]
    parties = (Party("evil", text, briefing.parties[0].kind, role=text), *briefing.parties)
    quote = MergedQuote(None, text, text, (QuoteReport(first.source.id, 0, 10, "said", text),))
    return attrs.evolve(
        briefing,
        title=text,
        sources=sources,
        claims=tuple(claims),
        parties=parties,
        quotes=(quote, *briefing.quotes),
    )
