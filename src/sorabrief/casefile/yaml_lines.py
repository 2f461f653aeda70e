"""Reading case YAML: loaders that keep values as written, and line numbers for error messages."""

from __future__ import annotations

import re
from typing import Any

import yaml

_STEP = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _DatesAsTextLoader(yaml.SafeLoader):
    """Safe loading, but dates stay text: sorabrief checks them and names the field when wrong."""


_FastSafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it: front matter is read for every
article, and the C parser reads it about five times faster."""


class _AllTextLoader(_FastSafeLoader):  # type: ignore[valid-type,misc]
    """Safe loading, but every scalar stays text (``id: 010``, ``language: no``) except null."""


_DatesAsTextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_AllTextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == _NULL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_dates_as_text(text: str) -> Any:
    """A YAML document with dates left as written (PyYAML would build, or crash on, them)."""
    return yaml.load(text, Loader=_DatesAsTextLoader)


def load_all_as_text(text: str) -> Any:
    """A YAML document whose scalars are all text as written; empty values and null are None."""
    return yaml.load(text, Loader=_AllTextLoader)


def line_of(text: str, path: str) -> int | None:
    """The 1-based line of the node at ``path`` (``claims[2].by``), or of its nearest parent."""
    try:
        node: yaml.Node | None = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    line = None
    for key, index in _STEP.findall(path):
        if node is None:
            break
        line = node.start_mark.line + 1
        node = _child(node, key, int(index) if index else None)
    return node.start_mark.line + 1 if node is not None else line


def _child(node: yaml.Node, key: str, index: int | None) -> yaml.Node | None:
    if index is not None and isinstance(node, yaml.SequenceNode):
        return node.value[index] if index < len(node.value) else None
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                return v if isinstance(v, yaml.Node) else None
    return None
