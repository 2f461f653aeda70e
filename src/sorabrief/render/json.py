"""Render a briefing as versioned JSON; the field names are a contract (docs/briefing.schema.json).

The mapping lives in ``sorabrief.serial``, which also reads the JSON back into a Briefing.
"""

from __future__ import annotations

import json

from sorabrief.briefing import Briefing
from sorabrief.errors import require
from sorabrief.serial import briefing_data


def render_json(briefing: Briefing) -> str:
    """The whole briefing as JSON text, keys in a fixed order, ending in a newline."""
    require(briefing, Briefing, "render_json", "from sorabrief.aggregate()")
    return json.dumps(briefing_data(briefing), ensure_ascii=False, indent=2) + "\n"
