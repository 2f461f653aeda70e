"""The Jinja2 environments renderers use, with an explicit template search order.

Templates are looked up first in the user's ``--templates`` folder, then in the
packaged ``templates/``. ``!builtin/NAME`` always names the packaged template,
so a user's template can extend the one it overrides.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jinja2

from sorabrief.resources import templates_dir

BUILTIN_PREFIX = "!builtin"


def template_search_path(user_dir: Path | None) -> list[Path]:
    """The folders searched for a template, in order."""
    return [*([user_dir] if user_dir else []), templates_dir()]


def make_environment(
    user_dir: Path | None, *, autoescape: bool, finalize: Callable[[object], object] | None = None
) -> jinja2.Environment:
    """An environment over the search path; ``finalize`` runs on every ``{{ }}`` output."""
    search = jinja2.FileSystemLoader([str(p) for p in template_search_path(user_dir)])
    builtin = jinja2.FileSystemLoader(str(templates_dir()))
    loader = jinja2.ChoiceLoader([jinja2.PrefixLoader({BUILTIN_PREFIX: builtin}), search])
    environment = jinja2.Environment(
        loader=loader,
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=finalize,
    )
    return environment
