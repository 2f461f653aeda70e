"""Hypothesis against every way untrusted text enters: bodies, front matter, incident.yaml, templates.

Each entry point either works, giving valid JSON whose offsets slice the stored body
back and Markdown and HTML with no live markup, or raises sorabrief's own error naming
the file. Examples per entry point: 40 with a fixed seed in CI; the long run is

    SORABRIEF_FUZZ_EXAMPLES=10000 python -m pytest tests/test_reliability_fuzz.py -p no:cacheprovider
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import attrs
import yaml
from hypothesis import given
from hypothesis import strategies as st

import sorabrief
from fuzz_support import (
    ARTICLE,
    FUZZ,
    INCIDENT,
    TEMPLATE_TAGS,
    assert_outputs_safe,
    tags_of,
    texts,
    write_case,
)
from sorabrief.briefing import Briefing, MergedQuote, QuoteReport
from sorabrief.errors import SorabriefError
from sorabrief.model import Party, PartyKind


def load_or_refuse(folder: Path, blamed: Path) -> None:
    """Load and render the case; a refusal must be sorabrief's error, naming ``blamed``."""
    try:
        case = sorabrief.load(folder)
    except SorabriefError as error:
        assert str(error).startswith(str(blamed)), error
        return
    assert_outputs_safe(sorabrief.aggregate(case))


@FUZZ
@given(body=texts)
def test_any_body_is_kept_verbatim_and_renders_inert(body: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        case = sorabrief.load(write_case(Path(folder), a=ARTICLE, b=f"---\ntitle: b\n---\n{body}"))
        assert {s.id: s.body for s in case.sources}["b"] == body
        assert_outputs_safe(sorabrief.aggregate(case))


_KEYS = st.sampled_from(
    [
        "title",
        "publisher",
        "published",
        "url",
        "author",
        "retrieved",
        "language",
        "kind",
        "id",
        "x",
        "publsher",
    ]
)
_SCALARS = st.one_of(
    texts,
    st.none(),
    st.integers(),
    st.booleans(),
    st.dates().map(str),
    st.sampled_from(
        [
            "news",
            "opinion",
            "2024-11",
            "2024-13-45",
            "https://evil.example/x",
            "javascript:alert(1)",
            "../../etc",
            "010",
            "no",
        ]
    ),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(texts, inner, max_size=3)),
    max_leaves=8,
)
_YAML_TRICKS = st.sampled_from(
    [
        "",
        "&a x\n",
        "*a\n",
        "<<: *a\n",
        "title: x\ntitle: y\n",
        "[" * 60 + "]" * 60 + "\n",
        "!!python/object:os.system x\n",
        "? [a]\n: b\n",
        "%YAML 1.1\n",
        "\t",
        "---\n",
        "...\n",
    ]
)
front_matters = st.one_of(
    st.dictionaries(_KEYS, _VALUES, max_size=6).map(
        lambda d: yaml.safe_dump(d, allow_unicode=True)
    ),
    st.lists(st.one_of(_YAML_TRICKS, texts), max_size=6).map("".join),
    st.tuples(st.dictionaries(_KEYS, _VALUES, max_size=4), _YAML_TRICKS).map(
        lambda t: yaml.safe_dump(t[0]) + t[1]
    ),
)


@FUZZ
@given(front_matter=front_matters, body=texts)
def test_any_front_matter_loads_or_is_refused_naming_the_article(
    front_matter: str, body: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        case = write_case(Path(folder), a=ARTICLE, b=f"---\n{front_matter}\n---\n{body}")
        load_or_refuse(case, case / "articles" / "b.md")


_INCIDENT = yaml.safe_load(INCIDENT)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        found += [p for k, v in data.items() for p in _paths(v, (*prefix, k))]
    elif isinstance(data, list):
        found += [p for i, v in enumerate(data) for p in _paths(v, (*prefix, i))]
    return found


_PATHS = [p for p in _paths(_INCIDENT) if p]
_CUES = st.sampled_from(
    [
        "(",
        "[a-",
        "a{99999999}",
        "((a{1000}){1000}){1000}",
        "(?<=a+)b",
        r"\bx\b(?! of)",
        "(?i)",
        "\\",
    ]
)


def _mutated(edits: list[tuple[tuple[Any, ...], Any]]) -> Any:
    """The small incident with each edit applied whose path still exists after the ones before."""
    data = yaml.safe_load(INCIDENT)
    for path, value in edits:
        *parents, last = path
        target = _at(data, parents)
        if _has(target, last):
            if value == "<delete>":
                del target[last]
            else:
                target[last] = value
    return data


def _has(container: Any, key: Any) -> bool:
    if isinstance(container, dict):
        return key in container
    return isinstance(container, list) and isinstance(key, int) and key < len(container)


def _at(data: Any, path: list[Any]) -> Any:
    for step in path:
        if _has(data, step):
            data = data[step]
        else:
            return None
    return data


incidents = st.one_of(
    st.lists(
        st.tuples(st.sampled_from(_PATHS), st.one_of(_VALUES, _CUES, st.just("<delete>"))),
        min_size=1,
        max_size=4,
    )
    .map(_mutated)
    .map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
    st.tuples(
        st.lists(st.one_of(_YAML_TRICKS, texts), max_size=4).map("".join),
        st.integers(0, len(INCIDENT)),
    ).map(lambda t: INCIDENT[: t[1]] + t[0] + INCIDENT[t[1] :]),
)


@FUZZ
@given(incident=incidents)
def test_any_incident_yaml_loads_or_is_refused_naming_the_file(incident: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        case = write_case(Path(folder), incident)
        load_or_refuse(case, case)


@attrs.frozen
class _Hostile:
    title: str
    publisher: str
    url: str
    statement: str
    name: str
    role: str
    quote: str


_BASE: list[Briefing] = []


def _base() -> Briefing:
    if not _BASE:
        with tempfile.TemporaryDirectory() as folder:
            _BASE.append(sorabrief.aggregate(sorabrief.load(write_case(Path(folder)))))
    return _BASE[0]


def _with(briefing: Briefing, h: _Hostile) -> Briefing:
    first, *rest = briefing.sources
    source = attrs.evolve(first.source, title=h.title, publisher=h.publisher, url=h.url)
    claim, *claims = briefing.claims
    quote = MergedQuote(
        None, h.name, h.quote, (QuoteReport(first.source.id, 0, 1, "said", h.publisher),)
    )
    return attrs.evolve(
        briefing,
        title=h.title,
        sources=(attrs.evolve(first, source=source), *rest),
        claims=(
            attrs.evolve(claim, claim=attrs.evolve(claim.claim, statement=h.statement)),
            *claims,
        ),
        parties=(Party("hostile", h.name or "x", PartyKind.GROUP, role=h.role), *briefing.parties),
        quotes=(quote, *briefing.quotes),
    )


_URLS = st.one_of(
    texts,
    st.sampled_from(
        [
            'https://evil.example/x?a=<b>&c="d"',
            "javascript:alert(1)",
            "file:///etc/passwd",
            "HTTPS://x.y/)",
            "https://x.y/ z",
            "//evil.com",
            "data:text/html,<script>",
        ]
    ),
)


@FUZZ
@given(hostile=st.builds(_Hostile, texts, texts, _URLS, texts, texts, texts, texts))
def test_any_text_in_the_template_context_renders_inert(hostile: _Hostile) -> None:
    briefing = _with(_base(), hostile)
    assert_outputs_safe(briefing)
    for tag, attributes in tags_of(sorabrief.render_email_html(briefing)):
        assert tag in TEMPLATE_TAGS, tag
        assert "src" not in attributes and not any(a.startswith("on") for a in attributes)
