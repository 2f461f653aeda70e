"""The packaged templates as Jinja has already translated them to Python, not compiled again
by every process.

Jinja turns a template into Python source (lexing, parsing and generating code: about 90%
of the cost) and then has Python compile that source. ``compiled_templates`` holds the
Python source Jinja generated for each packaged template in each environment the renderers
use, made by ``python -m sorabrief.render.precompiled``. It is keyed by a hash of the
Jinja version, the environment's settings that shape the generated code, the template's
name and its exact text, so a template that was edited, overridden by a user's folder or
rendered by another Jinja is never matched and Jinja compiles it as before. The table is
part of the package, like any module; nothing is read from a cache folder.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

TABLE = Path(__file__).with_name("compiled_templates.py")


def template_key(environment: jinja2.Environment, name: str, source: str) -> str:
    """What the generated Python of template ``name`` (text ``source``) depends on."""
    env = environment
    settings = (
        jinja2.__version__,
        _named(env.autoescape),
        _named(env.finalize),
        sorted((name, _named(function)) for name, function in env.filters.items()),
        sorted(env.extensions),
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        name,
        source,
    )
    return hashlib.sha256(repr(settings).encode()).hexdigest()


def _named(value: object) -> str:
    """A setting by its qualified name when it is a function, else as written."""
    if callable(value):
        named = getattr(value, "__qualname__", type(value).__qualname__)
        return f"{getattr(value, '__module__', '')}.{named}"
    return repr(value)


class Precompiled(jinja2.BytecodeCache):
    """Gives Jinja the code of a template the table holds; any other template is compiled."""

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        from sorabrief.render.compiled_templates import CODE

        bucket = Bucket(environment, "", "")
        python = CODE.get(template_key(environment, name, source))
        if python is not None:
            bucket.code = compile(python, filename or "<template>", "exec")
        return bucket

    def set_bucket(self, bucket: Bucket) -> None:
        """Nothing is stored while rendering."""

    def load_bytecode(self, bucket: Bucket) -> None:
        """Unused: ``get_bucket`` does the loading."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Unused: nothing is stored."""


class _Recording(Precompiled):
    """Notes the generated Python of every template compiled while it is in use."""

    def __init__(self) -> None:
        self.code: dict[str, str] = {}

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        key = template_key(environment, name, source)
        self.code[key] = environment.compile(source, name, filename, raw=True)
        return Bucket(environment, "", "")


@contextmanager
def _recording() -> Iterator[_Recording]:
    """New environments record what they compile (``Precompiled`` is swapped for it)."""
    from sorabrief.render import environment

    recorder = _Recording()
    environment._packaged_environment.cache_clear()
    original = environment.PRECOMPILED
    environment.PRECOMPILED = recorder
    try:
        yield recorder
    finally:
        environment.PRECOMPILED = original
        environment._packaged_environment.cache_clear()


def table_source() -> str:
    """The text of ``compiled_templates.py``: every packaged template the bundled briefing
    uses in every format, as each environment compiles it."""
    from sorabrief.aggregation import aggregate
    from sorabrief.casefile import load_case
    from sorabrief.render import FORMATS

    briefing = aggregate(load_case(None), cache=None)
    with _recording() as recorder:
        for name, output in FORMATS.items():
            if name != "pdf":  # its HTML is the "html" format's, with print_css
                output.render(briefing, templates=None, paper="a4")
        from sorabrief.render.html import render_html

        render_html(briefing, None, print_css=True)
    return (
        '"""The packaged templates as Jinja translates them to Python (see ``precompiled``).\n\n'
        'Made by ``python -m sorabrief.render.precompiled``; do not edit.\n"""\n\n'
        f'JINJA_VERSION = "{jinja2.__version__}"\n\n'
        "CODE: dict[str, str] = {\n"
        + "".join(f'    "{key}": {python!r},\n' for key, python in sorted(recorder.code.items()))
        + "}\n"
    )


if __name__ == "__main__":
    TABLE.write_text(table_source(), "utf-8")
    print(TABLE)
