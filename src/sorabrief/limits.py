"""How large a case's files may be; the command line can raise the limits."""

from __future__ import annotations

import attrs


@attrs.frozen
class ReadLimits:
    """The largest files a case may hold, in megabytes; raise them for genuine large files."""

    incident_mb: float = 5
    """incident.yaml (``--max-incident-mb``)."""
    article_mb: float = 20
    """Each article file (``--max-article-mb``)."""
