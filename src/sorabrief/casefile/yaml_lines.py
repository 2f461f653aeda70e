"""Line numbers of fields in a YAML document, for error messages."""

from __future__ import annotations

import re

import yaml

_STEP = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")


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
