"""The print stylesheet with its custom properties written into the values that use them.

WeasyPrint resolves a ``var()`` while it computes each element's style: the declaration is
kept as tokens, and every element it applies to substitutes them and validates the result
again (``font: 600 0.75rem/1 var(--sans)`` is expanded per element). When every custom
property is declared only in top-level ``:root`` rules, without ``!important`` and without
a ``var()`` of its own, ``var(--name)`` has the same value on every element, so it is
replaced by that value once, in the stylesheet's tokens (the last ``:root`` declaration
wins, as in the cascade). Only style rules change (top level, ``@media``, ``@supports``);
``@page`` and ``@font-face`` keep theirs. A stylesheet declaring a custom property anywhere
else is returned as written, and WeasyPrint resolves it as before.
"""

from __future__ import annotations

from collections.abc import Iterable

import tinycss2
from tinycss2.ast import (
    AtRule,
    Declaration,
    FunctionBlock,
    IdentToken,
    LiteralToken,
    Node,
    QualifiedRule,
)

Values = dict[str, list[Node]]

_STYLE_BLOCKS = {"media", "supports"}
"""At-rules whose block holds style rules for elements."""


def inline_custom_properties(css: str) -> str:
    """``css`` with each ``var(--name)`` (no fallback) replaced by the value ``:root`` gives it."""
    rules = tinycss2.parse_stylesheet(css)
    values = _root_values(rules)
    if not values:
        return css
    for rule in rules:
        styles = isinstance(rule, QualifiedRule) or (
            isinstance(rule, AtRule) and rule.lower_at_keyword in _STYLE_BLOCKS
        )
        if styles and rule.content is not None:
            rule.content = _substituted(rule.content, values)
    inlined: str = tinycss2.serialize(rules)
    return inlined


def _root_values(rules: list[Node]) -> Values | None:
    """The custom properties ``:root`` declares, or None when they are not safe to inline."""
    values: Values = {}
    for rule in rules:
        if isinstance(rule, QualifiedRule) and tinycss2.serialize(rule.prelude).strip() == ":root":
            items = tinycss2.parse_declaration_list(
                rule.content, skip_comments=True, skip_whitespace=True
            )
            for item in items:
                if not isinstance(item, Declaration):
                    return None
                if item.name.startswith("--"):
                    value = _stripped(item.value)
                    if item.important or not value or _uses_var(value):
                        return None
                    values[item.name] = value
        elif isinstance(rule, QualifiedRule | AtRule) and (
            _declares_custom_property(rule.prelude) or _declares_custom_property(rule.content or [])
        ):
            return None
    return values


def _substituted(tokens: Iterable[Node], values: Values) -> list[Node]:
    """``tokens`` with every ``var(--name)`` of a known name replaced by its value."""
    result: list[Node] = []
    for token in tokens:
        if isinstance(token, FunctionBlock) and token.lower_name == "var":
            arguments = _stripped(token.arguments)
            if len(arguments) == 1 and isinstance(arguments[0], IdentToken):
                value = values.get(arguments[0].value)
                if value is not None:
                    result.extend(value)
                    continue
        if isinstance(token, FunctionBlock):
            token.arguments = _substituted(token.arguments, values)
        elif hasattr(token, "content") and isinstance(token.content, list):
            token.content = _substituted(token.content, values)
        result.append(token)
    return result


def _declares_custom_property(tokens: Iterable[Node]) -> bool:
    """Whether ``tokens`` (at any depth) hold ``--name:``, a custom property's declaration."""
    previous: Node | None = None
    for token in tokens:
        if token.type in ("whitespace", "comment"):
            continue
        if (
            isinstance(token, LiteralToken)
            and token.value == ":"
            and isinstance(previous, IdentToken)
            and previous.value.startswith("--")
        ):
            return True
        inner = getattr(token, "arguments", None) or getattr(token, "content", None)
        if isinstance(inner, list) and _declares_custom_property(inner):
            return True
        previous = token
    return False


def _uses_var(tokens: Iterable[Node]) -> bool:
    """Whether ``tokens`` (at any depth) call ``var()``."""
    for token in tokens:
        if isinstance(token, FunctionBlock) and (
            token.lower_name == "var" or _uses_var(token.arguments)
        ):
            return True
        inner = getattr(token, "content", None)
        if isinstance(inner, list) and _uses_var(inner):
            return True
    return False


def _stripped(tokens: list[Node]) -> list[Node]:
    """``tokens`` without leading or trailing whitespace and comments."""
    start, end = 0, len(tokens)
    while start < end and tokens[start].type in ("whitespace", "comment"):
        start += 1
    while end > start and tokens[end - 1].type in ("whitespace", "comment"):
        end -= 1
    return tokens[start:end]
