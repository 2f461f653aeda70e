"""The Jinja2 environments renderers use, with an explicit template search order.

Templates are looked up first in the user's ``--templates`` folder, then in the
packaged ``templates/``. ``!builtin/NAME`` always names the packaged template,
so a user's template can extend the one it overrides.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from pathlib import Path

import jinja2

from sorabrief.display import shown_path
from sorabrief.errors import RenderError
from sorabrief.render.precompiled import Precompiled
from sorabrief.resources import templates_dir

BUILTIN_PREFIX = "!builtin"
PRECOMPILED: jinja2.BytecodeCache = Precompiled()
"""Where environments find the packaged templates already translated to Python."""


def template_search_path(user_dir: Path | None) -> list[Path]:
    """The folders searched for a template, in order."""
    return [*([user_dir] if user_dir else []), templates_dir()]


class _TemplateFolders(jinja2.FileSystemLoader):
    """A FileSystemLoader whose read failures name the template file."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError:
            raise RenderError(
                f"{shown_path(self._file_of(template))}: not UTF-8 text; re-save the template as UTF-8"
            ) from None
        except OSError as error:
            where = error.filename or self._file_of(template)
            raise RenderError(
                f"{shown_path(where)}: cannot read the template ({error.strerror})"
            ) from None

    def _file_of(self, template: str) -> str:
        for folder in self.searchpath:
            candidate = Path(folder, *template.split("/"))
            if candidate.is_file():
                return str(candidate)
        return template


def make_environment(
    user_dir: Path | None,
    *,
    autoescape: bool,
    finalize: Callable[[object], object] | None = None,
    filters: Mapping[str, Callable[..., object]] | None = None,
) -> jinja2.Environment:
    """An environment over the search path; ``finalize`` runs on every ``{{ }}`` output.

    Without a user folder the environment is made once per process, so each packaged
    template is compiled once however many briefings and formats are rendered (Jinja still
    recompiles a template whose file changed). A user folder gets a new environment each
    time: its templates may change between renders. A packaged template Jinja has already
    translated (``precompiled``) is not compiled again, only its Python.
    """
    named = tuple(sorted((filters or {}).items()))
    if user_dir is None:
        return _packaged_environment(templates_dir(), autoescape, finalize, named)
    return _environment(user_dir, autoescape, finalize, named)


@functools.cache
def _packaged_environment(
    folder: Path,
    autoescape: bool,
    finalize: Callable[[object], object] | None,
    filters: tuple[tuple[str, Callable[..., object]], ...],
) -> jinja2.Environment:
    return _environment(None, autoescape, finalize, filters)


def _environment(
    user_dir: Path | None,
    autoescape: bool,
    finalize: Callable[[object], object] | None,
    filters: tuple[tuple[str, Callable[..., object]], ...],
) -> jinja2.Environment:
    search = _TemplateFolders([str(p) for p in template_search_path(user_dir)])
    builtin = _TemplateFolders(str(templates_dir()))
    loader = jinja2.ChoiceLoader([jinja2.PrefixLoader({BUILTIN_PREFIX: builtin}), search])
    environment = jinja2.Environment(
        loader=loader,
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=finalize,
        bytecode_cache=PRECOMPILED,
    )
    environment.filters.update(filters)
    return environment
