"""Whether an article writes its numbers as Portuguese, Spanish and much of Europe do.

There a point groups the thousands and a comma opens the decimals: "1.400 households",
"12.347,50 escudos". A single point before three digits is ambiguous on its own ("1.400"
is 1.4 in English), but an article that writes some number only that style can mean
("1.240.000", "12.347,50", the cifrão's "3.250$00") and no thousands grouped by a comma
("1,400") means 1,400 by "1.400" everywhere in it.
"""

from __future__ import annotations

import functools
import re

_ONLY_POINT_GROUPED = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]?\d)"
    r"|(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)"
    r"|(?<![\d.,])\d{1,3}(?:\.\d{3})+\$\d{2}(?!\d)"
)
"""A number only the point-grouping style writes: several grouping points, grouping points
before a decimal comma, or grouping points before the cifrão's centavos."""
_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d|[.,]\d)")
"""A number whose commas group its thousands, as English writes it ("1,400")."""


@functools.lru_cache(maxsize=8)
def groups_with_points(text: str) -> bool:
    """Whether ``text`` writes its thousands with a point: some number only that style
    writes, and none grouped by a comma."""
    return _ONLY_POINT_GROUPED.search(text) is not None and _COMMA_GROUPED.search(text) is None
