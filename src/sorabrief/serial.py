"""The briefing as JSON data and back, through one cattrs converter.

Field names follow the model, with a few overrides that are part of the JSON contract
(docs/briefing.schema.json): ``case`` for ``case_id``, ``unsupported_claims``, a claim's
pinned excerpts as ``pinned``. A source's report is one object (its number, the article's
front matter and body, and what extraction found), and so is a supported claim (the claim
and its support). Values derived from the rest are written for other tools and ignored when
read back: a figure's ``value``, a source's ``outlet``, a removed span's ``text``, a claim's
``corroboration`` and ``single_source``. Where an article was read from is left out.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import attrs
import cattrs
import cattrs.preconf.json
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from sorabrief.briefing import Briefing, SourceReport, SupportedClaim
from sorabrief.errors import SorabriefError
from sorabrief.findings import Figure, Findings
from sorabrief.model import Claim, Source
from sorabrief.partial_date import PartialDate

SCHEMA_VERSION = "2.1"
RENAMED: dict[type, dict[str, str]] = {
    Briefing: {"case_id": "case", "unsupported": "unsupported_claims"},
    Claim: {"evidence": "pinned"},
}
"""Model field -> JSON key, where they differ."""
OMITTED: dict[type, tuple[str, ...]] = {Source: ("path", "body_line")}
"""Fields that describe the reader's machine, not the briefing."""


class BriefingReadError(SorabriefError):
    """JSON that is not a briefing this version can read."""


def make_converter() -> cattrs.Converter:
    """The converter for briefings: partial dates as ISO text, the overrides above."""
    converter = cattrs.preconf.json.make_converter()
    converter.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    converter.register_structure_hook(PartialDate, lambda value, _: PartialDate.parse(value))
    _register_figure(converter)
    _register_source_report(converter)
    _register_supported_claim(converter)
    for cls in (Claim, Source, Briefing):
        overrides: dict[str, Any] = {
            name: override(rename=key) for name, key in RENAMED.get(cls, {}).items()
        }
        overrides |= {name: override(omit=True) for name in OMITTED.get(cls, ())}
        converter.register_unstructure_hook(
            cls, make_dict_unstructure_fn(cls, converter, **overrides)
        )
        converter.register_structure_hook(cls, make_dict_structure_fn(cls, converter, **overrides))
    return converter


def _register_figure(converter: cattrs.Converter) -> None:
    plain = make_dict_unstructure_fn(Figure, converter)
    converter.register_unstructure_hook(Figure, lambda f: {**plain(f), "value": f.value})


def _register_source_report(converter: cattrs.Converter) -> None:
    def unstructure(report: SourceReport) -> dict[str, Any]:
        source: dict[str, Any] = converter.unstructure(report.source)
        found: dict[str, Any] = converter.unstructure(report.findings)
        del found["source"]
        body = report.source.body
        for removed in found["removed"]:
            removed["text"] = body[removed["start"] : removed["end"]]
        return {
            "number": report.number,
            **source,
            "outlet": report.source.outlet,
            "copy_of": report.copy_of,
            **found,
        }

    def structure(data: dict[str, Any], _: type) -> SourceReport:
        source = converter.structure(data, Source)
        findings = converter.structure({**data, "source": source.id}, Findings)
        return SourceReport(data["number"], source, findings, data.get("copy_of"))

    converter.register_unstructure_hook(SourceReport, unstructure)
    converter.register_structure_hook(SourceReport, structure)


def _register_supported_claim(converter: cattrs.Converter) -> None:
    support = [f.name for f in attrs.fields(SupportedClaim) if f.name != "claim"]

    def unstructure(claim: SupportedClaim) -> dict[str, Any]:
        return {
            **converter.unstructure(claim.claim),
            **{name: converter.unstructure(getattr(claim, name)) for name in support},
            "corroboration": claim.corroboration,
            "single_source": claim.single_source,
        }

    hints = typing.get_type_hints(SupportedClaim)

    def structure(data: dict[str, Any], _: type) -> SupportedClaim:
        return SupportedClaim(
            claim=converter.structure(data, Claim),
            **{
                name: converter.structure(data[name], hints[name])
                for name in support
                if name in data
            },
        )

    converter.register_unstructure_hook(SupportedClaim, unstructure)
    converter.register_structure_hook(SupportedClaim, structure)


CONVERTER = make_converter()


def briefing_data(briefing: Briefing) -> dict[str, Any]:
    """The briefing as JSON-ready data, headed by its schema version."""
    return {"schema_version": SCHEMA_VERSION, **CONVERTER.unstructure(briefing)}


def read_briefing(text: str) -> Briefing:
    """A briefing from the JSON ``render_json`` wrote."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BriefingReadError(f"briefing JSON: {error}") from None
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
        found = data.get("schema_version") if isinstance(data, dict) else None
        raise BriefingReadError(
            f"briefing JSON: schema_version is {found!r}; this version reads {SCHEMA_VERSION!r}"
        )
    try:
        return CONVERTER.structure(data, Briefing)
    except (cattrs.BaseValidationError, KeyError, ValueError, TypeError) as error:
        detail = (
            "; ".join(cattrs.transform_error(error))
            if isinstance(error, cattrs.BaseValidationError)
            else str(error)
        )
        raise BriefingReadError(f"briefing JSON: {detail}") from None
