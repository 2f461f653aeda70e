"""Sites named like places: "Tarrow Flats" of the "Tarrow Flats Water Treatment Plant".

Articles name a plant, depot or school by its place and then, for short, by the place
alone. Such a shortened name is two capitalised words like a person's, and a "she" of a
nearby sentence may follow it; but a name the articles also write as the start of a longer
site's or organisation's name is that site's, not a person's, unless a title, a role or a
saying verb marks it as one.
"""

from __future__ import annotations

from collections.abc import Collection

_SITE_WORDS = """Plant Works Depot Station Centre Center Terminal Airport Dam Reservoir Facility
    Site Mine Quarry Yard Factory Mill Refinery Prison Clinic Laboratory Lab School College
    Hospital Stadium Tower Building Hall Campus Wharf Pier Dock Harbour Farm Estate"""
SITE_NOUNS = frozenset(_SITE_WORDS.split())
"""Words of a site's name after the place it is named by."""


def opens_a_longer_name(name: str, written: Collection[str], nouns: Collection[str]) -> bool:
    """Whether the articles write ``name`` as the start of a longer name that goes on with a
    site's word or one of ``nouns`` (an organisation's words)."""
    for longer in written:
        if longer.startswith(name + " "):
            rest = longer[len(name) :].split()
            if any(w in SITE_NOUNS or w in nouns for w in rest):
                return True
    return False
