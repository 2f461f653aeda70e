"""The JSON briefing: valid against docs/briefing.schema.json, offsets that slice back, stable bytes."""

import json
from pathlib import Path

import jsonschema
import pytest

import sorabrief
from sorabrief.render.json import render_json

SCHEMA = json.loads(
    (Path(__file__).parents[1] / "docs" / "briefing.schema.json").read_text("utf-8")
)


@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads(render_json(sorabrief.aggregate(sorabrief.load())))


def test_bundled_briefing_validates_against_the_schema(document: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(document, SCHEMA, cls=jsonschema.Draft202012Validator)


def test_offsets_slice_back_to_the_reported_text(document: dict) -> None:
    bodies = {s.id: s.body for s in sorabrief.load().sources}
    for source in document["sources"]:
        body = bodies[source["id"]]
        for item in source["removed"] + source["figures"] + source["dates"] + source["mentions"]:
            assert body[item["start"] : item["end"]] == item["text"]
    for claim in document["claims"]:
        for evidence in claim["evidence"]:
            assert (
                bodies[evidence["source"]][evidence["start"] : evidence["end"]] == evidence["text"]
            )


def test_claims_carry_the_fields_other_tools_rely_on(document: dict) -> None:
    assert document["schema_version"] == "2.1"
    assert document["as_of"] == "2024-12-06"
    for claim in document["claims"]:
        assert claim["corroboration"] == len(claim["outlets"]) >= 1
        assert set(claim["sources"]) <= {s["id"] for s in document["sources"]}


def test_the_same_case_renders_the_same_bytes() -> None:
    first = render_json(sorabrief.aggregate(sorabrief.load()))
    assert render_json(sorabrief.aggregate(sorabrief.load(), jobs=2)) == first
