"""Reading case YAML safely: bounded aliases and nesting, no duplicate keys, values as written.

Case folders come from other people, so a YAML document is parsed once into nodes
with these limits, then built into Python values. The nodes are kept to give the
line of any field (``claims[2].by``) for error messages without parsing again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs
import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from sorabrief.lines import line_breaks

MAX_DEPTH = 50
"""How deeply collections may nest; a case needs about five levels."""
ALIAS_ALLOWANCE = 10_000
"""Aliases may expand to as many nodes as the document writes out, plus this many."""

_STEP = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"


class YamlProblem(Exception):
    """A document that is not valid YAML or breaks a limit; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class _BoundedLoader(Composer, SafeConstructor, Resolver):
    """Safe loading with limits on nesting and aliases, refusing duplicate keys.

    Dates stay text (sorabrief checks them and names the field when one is wrong); with
    ``all_text``, every scalar but null does (``id: 010``, ``language: no``). The parser
    comes from a subclass: libyaml's when PyYAML has it, PyYAML's own otherwise.
    """

    positions_in_bytes = False
    """Whether a ReaderError's position counts UTF-8 bytes (libyaml) or characters."""

    def _start(self, first_line: int, all_text: bool) -> None:
        self.first_line = first_line
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self.yaml_implicit_resolvers = _ALL_TEXT if all_text else _DATES_AS_TEXT

    def compose_document(self) -> yaml.Node | None:
        self._depth = 0
        self._written = 0
        self._expanded = 0
        self._sizes: dict[int, int] = {}
        return super().compose_document()

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[attr-defined]  # from the parser
        line = event.start_mark.line + self.first_line if event.start_mark else None
        if self._depth >= MAX_DEPTH:
            raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep; flatten it", line)
        self._depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        if node is None:
            return None
        if isinstance(event, yaml.AliasEvent):
            self._count_alias(node, line)
        else:
            self._written += 1
            self._sizes[id(node)] = 1 + sum(self._sizes[id(child)] for child in _children(node))
            if isinstance(node, yaml.MappingNode):
                _refuse_duplicate_keys(node, self.first_line)
        return node

    def _count_alias(self, node: yaml.Node, line: int | None) -> None:
        size = self._sizes.get(id(node))
        if size is None:
            raise YamlProblem("an alias refers to the collection that holds it", line)
        self._expanded += size
        if self._expanded > self._written + ALIAS_ALLOWANCE:
            raise YamlProblem(
                "aliases expand to far more than the file holds (a 'billion laughs' file?); "
                "write the values out",
                line,
            )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _refuse_duplicate_keys(node: yaml.MappingNode, first_line: int) -> None:
    seen: dict[tuple[str, str], int] = {}
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag == _MERGE:
            continue
        line = key.start_mark.line + first_line
        first = seen.setdefault((key.tag, key.value), line)
        if first != line:
            raise YamlProblem(
                f"key '{key.value}' appears twice, on lines {first} and {line}; keep one", line
            )


class _PythonLoader(_BoundedLoader, Reader, Scanner, Parser):
    """Parsing in Python, for a PyYAML built without libyaml."""

    def __init__(self, stream: str, first_line: int = 1, all_text: bool = False) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        self._start(first_line, all_text)


def _fastest_loader() -> type[_BoundedLoader]:
    """libyaml's parser when PyYAML was built with it, about three times faster; else Python's."""
    if not yaml.__with_libyaml__:
        return _PythonLoader
    from yaml._yaml import CParser

    class _LibyamlLoader(_BoundedLoader, CParser):
        positions_in_bytes = True

        def __init__(self, stream: str, first_line: int = 1, all_text: bool = False) -> None:
            CParser.__init__(self, stream)
            self._start(first_line, all_text)

    return _LibyamlLoader


_LOADER = _fastest_loader()
_DATES_AS_TEXT = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_ALL_TEXT = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == _NULL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@attrs.frozen
class YamlDocument:
    """A parsed document: its values, and its nodes for finding the line of a field."""

    data: Any
    root: yaml.Node | None = attrs.field(repr=False)
    first_line: int = 1
    """The line of the file the document starts on."""
    keys: Mapping[str, int] = attrs.field(factory=dict, repr=False)
    """For ``key: value`` lines read without the parser (``flat_yaml.py``): the 1-based
    line of each key."""

    def line_of(self, path: str) -> int | None:
        """The 1-based line of the node at ``path`` (``claims[2].by``), or of its nearest parent."""
        if path in self.keys:
            return self.keys[path]
        node = self.root
        line = None
        for key, index in _STEP.findall(path):
            if node is None:
                break
            line = node.start_mark.line + self.first_line
            node = _child(node, key, int(index) if index else None)
        return node.start_mark.line + self.first_line if node is not None else line


def parse_yaml(text: str, *, all_text: bool = False, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document; dates (with ``all_text``, every scalar but null) stay text.

    Line numbers, in messages and from ``line_of``, count from ``first_line``.

    Raises YamlProblem for invalid YAML, nesting deeper than MAX_DEPTH, aliases that
    expand past ALIAS_ALLOWANCE, and a key written twice in one mapping.
    """
    try:
        loader = _LOADER(text, first_line, all_text)  # type: ignore[call-arg]
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "not valid YAML"
        raise YamlProblem(
            f"not valid YAML ({problem}); check indentation and quoting",
            mark.line + first_line if mark else None,
        ) from None
    except yaml.reader.ReaderError as error:
        before = (
            text.encode("utf-8", "surrogatepass")[: error.position].decode("utf-8", "ignore")
            if _LOADER.positions_in_bytes
            else text[: error.position]
        )
        line = line_breaks(before) + first_line
        character = (
            f"the character U+{error.character:04X}"
            if isinstance(error.character, int)
            else "a character"
        )
        raise YamlProblem(
            f"holds {character}, which YAML does not allow; remove it", line
        ) from None
    return YamlDocument(data, root, first_line)


def _child(node: yaml.Node, key: str, index: int | None) -> yaml.Node | None:
    if index is not None and isinstance(node, yaml.SequenceNode):
        return node.value[index] if index < len(node.value) else None
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                return v if isinstance(v, yaml.Node) else None
    return None
