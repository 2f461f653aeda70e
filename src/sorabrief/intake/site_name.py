"""The publisher's name a saved page states, when trafilatura's site name is only an account.

trafilatura takes a page's site name from the first tag that has one, and a ``twitter:site``
tag names the outlet's social-media account ("@OutletEN"), not the outlet. When the site
name it found is that handle, the name the page states for its publisher is read instead:
the JSON-LD ``publisher``'s name, then ``og:site_name``. Neither is guessed: with no such
name the handle is dropped and the masthead is read as for any page without a site name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


def is_account_handle(sitename: str, tree: Any) -> bool:
    """Whether ``sitename`` is the page's ``twitter:site`` handle without its "@"."""
    handles = tree.xpath("//meta[@name='twitter:site' or @property='twitter:site']/@content")
    wanted = sitename.strip().lstrip("@").casefold()
    return any(h.strip().lstrip("@").casefold() == wanted for h in handles)


def stated_publisher(tree: Any) -> str | None:
    """The publisher's name in the page's JSON-LD, else its ``og:site_name``."""
    nodes = list(_json_ld_nodes(tree))
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    for node in nodes:
        publisher = node.get("publisher")
        if isinstance(publisher, dict):
            named = publisher if "name" in publisher else by_id.get(publisher.get("@id"), {})
            name = named.get("name")
            if isinstance(name, str) and name.strip():
                return " ".join(name.split())
    for content in tree.xpath("//meta[@property='og:site_name']/@content"):
        if content.strip():
            return " ".join(content.split())
    return None


def _json_ld_nodes(tree: Any) -> Iterator[dict[str, Any]]:
    """Every object in the page's JSON-LD blocks, ``@graph`` members included."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        yield from _objects(data)


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph", []))
