"""The JSON briefing read back: any Briefing survives the round trip, and the schema is the model's."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sorabrief
from sorabrief.briefing import Briefing, SourceReport
from sorabrief.findings import Findings
from sorabrief.model import Source
from sorabrief.partial_date import PartialDate
from sorabrief.schema import briefing_schema
from sorabrief.serial import BriefingReadError, read_briefing
from test_model_json import partial_dates

SCHEMA_FILE = Path(__file__).parents[1] / "docs" / "briefing.schema.json"
VALIDATOR = jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text("utf-8")))

st.register_type_strategy(PartialDate, partial_dates())
st.register_type_strategy(float, st.floats(allow_nan=False, allow_infinity=False))
st.register_type_strategy(Path, st.sampled_from([Path("articles/a.md"), Path("b.md")]))


@st.composite
def source_reports(draw: st.DrawFn) -> SourceReport:
    """A source and its findings: the findings name the source they were found in."""
    source = draw(st.from_type(Source))
    findings = draw(st.from_type(Findings))
    return SourceReport(draw(st.integers()), source, attrs.evolve(findings, source=source.id))


st.register_type_strategy(SourceReport, source_reports())


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.from_type(Briefing))
def test_any_briefing_round_trips_and_matches_the_schema(briefing: Briefing) -> None:
    text = sorabrief.render_json(briefing)
    VALIDATOR.validate(json.loads(text))
    assert read_briefing(text) == briefing


def test_the_bundled_briefing_round_trips() -> None:
    briefing = sorabrief.aggregate(sorabrief.load())
    assert sorabrief.read_json(sorabrief.render_json(briefing)) == briefing


def test_the_documented_schema_is_generated_from_the_model() -> None:
    generated = json.dumps(briefing_schema(), ensure_ascii=False, indent=2) + "\n"
    assert SCHEMA_FILE.read_text("utf-8") == generated, (
        "docs/briefing.schema.json is out of date: "
        "python -m sorabrief.schema > docs/briefing.schema.json"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "briefing JSON: Expecting value"),
        ('{"schema_version": "1.0"}', "schema_version is '1.0'; this version reads '2.1'"),
        ('{"schema_version": "2.1", "case": "x"}', "required field missing @ $.title"),
    ],
)
def test_a_bad_document_gives_one_clear_error(text: str, message: str) -> None:
    with pytest.raises(BriefingReadError, match=r"^briefing JSON: ") as raised:
        read_briefing(text)
    assert message in str(raised.value)
