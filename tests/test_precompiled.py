"""Packaged templates come translated from the table, and give the same pages as when Jinja
compiles them; any other template is compiled as before."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from jinja2.bccache import Bucket

from sorabrief.render import compiled_templates, environment, precompiled
from sorabrief.render.markdown_text import escape_markdown, markdown_url


def test_the_table_holds_the_packaged_templates_as_they_are() -> None:
    if jinja2.__version__ != compiled_templates.JINJA_VERSION:
        pytest.skip("the table was made under another Jinja; its templates are compiled as before")
    assert precompiled.table_source() == precompiled.TABLE.read_text("utf-8"), (
        "run: python -m sorabrief.render.precompiled"
    )


def _noted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """The templates loaded from now on, each with whether the table had it."""
    seen: list[tuple[str, bool]] = []
    get_bucket = precompiled.Precompiled.get_bucket

    def noting(
        self: precompiled.Precompiled,
        env: jinja2.Environment,
        name: str,
        filename: str | None,
        source: str,
    ) -> Bucket:
        bucket = get_bucket(self, env, name, filename, source)
        seen.append((name, bucket.code is not None))
        return bucket

    monkeypatch.setattr(precompiled.Precompiled, "get_bucket", noting)
    return seen


def test_packaged_templates_come_from_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _noted(monkeypatch)
    environment._packaged_environment.cache_clear()
    try:
        environment.make_environment(
            None, autoescape=False, finalize=escape_markdown, filters={"url": markdown_url}
        ).get_template("claim-line.md.j2")
    finally:
        environment._packaged_environment.cache_clear()
    assert seen == [("claim-line.md.j2", True)]


def test_a_users_template_is_compiled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen = _noted(monkeypatch)
    (tmp_path / "claim-line.md.j2").write_text("{{ 'Lantern' }} harbour\n", "utf-8")
    env = environment.make_environment(tmp_path, autoescape=False)
    assert env.get_template("claim-line.md.j2").render() == "Lantern harbour\n"
    assert seen == [("claim-line.md.j2", False)]


def test_the_key_changes_with_what_shapes_the_code() -> None:
    plain = jinja2.Environment()
    key = precompiled.template_key(plain, "a.j2", "{{ x }}")
    assert precompiled.template_key(plain, "a.j2", "{{ x }} ") != key
    assert precompiled.template_key(plain, "b.j2", "{{ x }}") != key
    assert precompiled.template_key(jinja2.Environment(autoescape=True), "a.j2", "{{ x }}") != key
    assert precompiled.template_key(jinja2.Environment(trim_blocks=True), "a.j2", "{{ x }}") != key
    filtered = jinja2.Environment()
    filtered.filters["harbour"] = str.upper
    assert precompiled.template_key(filtered, "a.j2", "{{ x }}") != key
