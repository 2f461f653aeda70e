"""Read and check incident.yaml: parties, claims and their cues."""

from __future__ import annotations

import enum
import re
from pathlib import Path
from typing import Any

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError
from cattrs.v import format_exception

from sorabrief.casefile.files import read_case_file
from sorabrief.casefile.safe_yaml import YamlDocument, YamlProblem, parse_yaml
from sorabrief.casefile.units import unit_problem
from sorabrief.cues import CueError, compile_cue
from sorabrief.display import shortened, shown_path
from sorabrief.errors import CaseError
from sorabrief.findings import Quantity
from sorabrief.model import Claim, ClaimKind, Party
from sorabrief.suggest import did_you_mean


@attrs.frozen(kw_only=True)
class Incident:
    """The editorial layer of a case, as written in incident.yaml."""

    id: str
    title: str
    parties: tuple[Party, ...]
    claims: tuple[Claim, ...]
    summary: tuple[str, ...] = ()


class _FieldMistake(ValueError):
    """A value of the wrong shape; its message is written for the user."""


def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)

    def text_tuple(value: Any, _: type) -> tuple[str, ...]:
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise _FieldMistake("must be a list, such as [a, b]")
        return tuple(_text(item) for item in value)

    def text(value: Any, _: type) -> str:
        return _text(value)

    def yes_no(value: Any, _: type) -> bool:
        if not isinstance(value, bool):
            raise _FieldMistake("must be true or false")
        return value

    def choice(value: Any, wanted: type[enum.StrEnum]) -> enum.StrEnum:
        allowed = [str(k.value) for k in wanted]
        if _text(value) not in allowed:
            hint = did_you_mean(_text(value), allowed)
            raise _FieldMistake(f"is not one of the allowed values ({', '.join(allowed)}){hint}")
        return wanted(value)

    converter.register_structure_hook_func(lambda t: t == tuple[str, ...], text_tuple)
    # Class hooks, so they replace cattrs' own str(value) for str and every str subclass.
    converter.register_structure_hook(str, text)
    converter.register_structure_hook(enum.StrEnum, choice)
    converter.register_structure_hook(bool, yes_no)
    return converter


def _text(value: Any) -> str:
    """A text field's value, checked before anything turns it into text."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if value is None:
        raise _FieldMistake("is empty; write a value")
    raise _FieldMistake("must be text, not a list, a mapping or true/false")


_CONVERTER = _converter()
_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_CATTRS_MESSAGE = re.compile(r"^(?P<message>.*) @ \$(?P<path>.*)$")
_REQUIRED = {
    ClaimKind.GRIEVANCE: ("by", "against"),
    ClaimKind.RESPONSE: ("by",),
    ClaimKind.FIGURE: ("subject", "quantity", "unit"),
}


def read_incident(path: Path, folder: Path, limit_mb: float) -> Incident:
    """Read incident.yaml of the case ``folder``; every mistake names its file, line and field."""
    text = read_case_file(path, folder, limit_mb, "--max-incident-mb", CaseError)
    try:
        document = parse_yaml(text)
    except YamlProblem as problem:
        where = f":{problem.line}" if problem.line else ""
        raise CaseError(f"{shown_path(path)}{where}: {problem.message}") from None
    if not isinstance(document.data, dict):
        raise CaseError(f"{shown_path(path)}: must be a mapping with id, title, parties and claims")
    try:
        incident = _CONVERTER.structure(document.data, Incident)
    except ClassValidationError as error:
        raise CaseError(_first_structure_error(error, path, document)) from None
    problems = _problems(incident)
    if problems:
        field, message = problems[0]
        raise CaseError(_locate(path, document, field, message))
    return incident


def _first_structure_error(error: ClassValidationError, path: Path, document: YamlDocument) -> str:
    extra = _find_extra_keys(error)
    for line in cattrs.transform_error(error, path="$", format_exception=_describe):
        match = _CATTRS_MESSAGE.match(line)
        if not match:
            continue
        field, message = match["path"].lstrip("."), match["message"]
        if message.startswith("extra fields found") and extra:
            key, allowed = extra
            message = f"unknown key '{shortened(key)}'{did_you_mean(key, allowed)}"
        elif message == "required field missing":
            message = "is required"
        elif message.startswith("must be text, not") and _lists_parties(document.data, field):
            message = "must name one party id; write one claim for each party it names"
        return _locate(path, document, field, message)
    return f"{shown_path(path)}: {error}"


_CLAIM_PARTY = re.compile(r"claims\[(\d+)\]\.(?:by|against)")


def _lists_parties(data: Any, field: str) -> bool:
    """Whether ``field`` is a claim's ``by`` or ``against`` and holds a list (of party
    ids), not a mapping or true/false."""
    match = _CLAIM_PARTY.fullmatch(field)
    claims = data.get("claims") if isinstance(data, dict) else None
    if not match or not isinstance(claims, list) or int(match[1]) >= len(claims):
        return False
    claim = claims[int(match[1])]
    return isinstance(claim, dict) and isinstance(claim.get(field.rsplit(".", 1)[1]), list)


def _find_extra_keys(error: BaseException) -> tuple[str, list[str]] | None:
    if isinstance(error, ForbiddenExtraKeysError):
        allowed = [a.name for a in attrs.fields(error.cl)]
        return sorted(error.extra_fields)[0], allowed
    for inner in getattr(error, "exceptions", ()):
        found = _find_extra_keys(inner)
        if found:
            return found
    return None


def _describe(error: BaseException, wanted: type | None) -> str:
    """One structuring failure in the user's words; cattrs' own wording for the rest."""
    if isinstance(error, _FieldMistake):
        return str(error)
    return format_exception(error, wanted)


def _locate(path: Path, document: YamlDocument, field: str, message: str) -> str:
    line = document.line_of(field)
    where = f":{line}" if line else ""
    return f"{shown_path(path)}{where}: {field}: {message}"


def _problems(incident: Incident) -> list[tuple[str, str]]:
    """Cross-references and patterns that structuring alone cannot check."""
    problems: list[tuple[str, str]] = []
    if not _SLUG.fullmatch(incident.id):
        problems.append(
            (
                "id",
                f"'{shortened(incident.id)}' must be letters, digits, '.', '_' or '-' (it names the output files)",
            )
        )
    party_ids = [p.id for p in incident.parties]
    claim_ids = [c.id for c in incident.claims]
    for index, party in enumerate(incident.parties):
        for alias_index, name in enumerate(party.names):
            if not name.strip():
                field = "name" if alias_index == 0 else f"aliases[{party.aliases.index(name)}]"
                problems.append((f"parties[{index}].{field}", "must not be empty"))
    for ids, what in ((party_ids, "parties"), (claim_ids, "claims")):
        for index, item in enumerate(ids):
            if ids.index(item) != index:
                problems.append(
                    (
                        f"{what}[{index}].id",
                        f"'{shortened(item)}' is used twice; ids must be unique",
                    )
                )
    for index, party in enumerate(incident.parties):
        if party.affiliation and party.affiliation not in party_ids:
            hint = did_you_mean(party.affiliation, party_ids)
            problems.append(
                (
                    f"parties[{index}].affiliation",
                    f"unknown party '{shortened(party.affiliation)}'{hint}",
                )
            )
    kinds = {c.id: c.kind for c in incident.claims}
    for index, claim in enumerate(incident.claims):
        problems.extend(_claim_problems(f"claims[{index}]", claim, party_ids, kinds))
    for index, claim_id in enumerate(incident.summary):
        if claim_id not in kinds:
            hint = did_you_mean(claim_id, claim_ids)
            problems.append((f"summary[{index}]", f"unknown claim '{shortened(claim_id)}'{hint}"))
    return problems


def _claim_problems(
    at: str, claim: Claim, party_ids: list[str], kinds: dict[str, ClaimKind]
) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for name in _REQUIRED.get(claim.kind, ()):
        if getattr(claim, name) is None:
            problems.append((at, f"a {claim.kind.value} claim needs '{name}'"))
    quantities = [q.value for q in Quantity]
    if claim.quantity is not None and claim.quantity not in quantities:
        hint = did_you_mean(claim.quantity, quantities)
        problems.append(
            (
                f"{at}.quantity",
                f"'{shortened(claim.quantity)}' is not one of {', '.join(quantities)}{hint}",
            )
        )
    unit_wrong = unit_problem(claim)
    if unit_wrong:
        problems.append((f"{at}.unit", unit_wrong))
    for name in ("by", "against"):
        value = getattr(claim, name)
        if value is not None and value not in party_ids:
            problems.append(
                (
                    f"{at}.{name}",
                    f"unknown party '{shortened(value)}'{did_you_mean(value, party_ids)}",
                )
            )
    for name, wanted in (("answers", ClaimKind.GRIEVANCE), ("supersedes", ClaimKind.STATUS)):
        for index, ref in enumerate(getattr(claim, name)):
            if kinds.get(ref) != wanted:
                hint = did_you_mean(ref, [i for i, k in kinds.items() if k == wanted])
                problems.append(
                    (
                        f"{at}.{name}[{index}]",
                        f"'{shortened(ref)}' is not a {wanted.value} claim{hint}",
                    )
                )
    for name in ("cues", "exclude"):
        for index, pattern in enumerate(getattr(claim, name)):
            try:
                compile_cue(pattern)
            except CueError as error:
                problems.append((f"{at}.{name}[{index}]", error.reason))
    if claim.kind != ClaimKind.FIGURE and not claim.statement.strip():
        problems.append((at, f"a {claim.kind.value} claim needs a 'statement'"))
    return problems
