"""The print stylesheet's custom properties, inlined before WeasyPrint reads it."""

from __future__ import annotations

import pytest

from sorabrief.render.css_variables import inline_custom_properties


def test_each_var_takes_the_value_the_last_root_rule_gives() -> None:
    css = (
        ":root { --tint: #123456; --face: Georgia, serif; }\n"
        "p { color: var(--tint); font: 1rem/1.2 var( --face ); }\n"
        "@media print { em { border: 1px solid var(--tint); } }\n"
        ':root { --face: "House Serif"; }\n'
    )
    assert inline_custom_properties(css) == (
        ":root { --tint: #123456; --face: Georgia, serif; }\n"
        'p { color: #123456; font: 1rem/1.2 "House Serif"; }\n'
        "@media print { em { border: 1px solid #123456; } }\n"
        ':root { --face: "House Serif"; }\n'
    )


def test_page_rules_fallbacks_and_unknown_names_are_left_to_weasyprint() -> None:
    css = (
        ":root { --tint: red; }\n"
        "@page { @top-left { color: var(--tint); } }\n"
        "a { color: var(--tint, blue); background: var(--unset); }\n"
    )
    assert inline_custom_properties(css) == css


@pytest.mark.parametrize(
    "declared",
    [
        "body { --tint: blue; }",  # an element could give it another value
        "@media print { :root { --tint: blue; } }",  # only under a condition
        ":root { --tint: blue !important; }",
        ":root { --shade: var(--tint); }",
        ":root { --empty: ; }",
    ],
)
def test_a_property_declared_anywhere_else_leaves_the_sheet_as_written(declared: str) -> None:
    css = f":root {{ --tint: red; }}\np {{ color: var(--tint); }}\n{declared}\n"
    assert inline_custom_properties(css) == css
