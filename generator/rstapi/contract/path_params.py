"""`--path-param NAME=VALUE`: a value for the requests the reference documents as valid, never for
the invalid ones, and never for a stateful step whose item a link names.

A fixed value is an existing item's id, so it must be a value the parameter's schema allows, of a
parameter some operation has (`check_path_params`, a usage error otherwise). It fills every positive
case; a case whose path values schemathesis made invalid on purpose (the coverage phase's "0" for
"minimum: 1", "AAA" for an integer) keeps them, since overwriting them with a valid id turns the
negative case into a valid request and the service's rightful 200 into "laxer input rules"
(`fill_fixed_path_values`, the coverage and stateful phases' hook; the examples and fuzzing phases
take the value as schemathesis' own `parameters` override, which there only fixes the path before
generating, so it is never negated; in the stateful phase it is written over every step's path just
before the call, negative steps included).

In the stateful phase a path parameter that a response link of the spec supplies to the step's
operation (`linked_path_names`) keeps the step's own value: the link's (the item the previous step
just created) or the unknown id schemathesis explores instead. Written over, a follow-up such as
DELETE after POST acted on the user's fixed item, the QA engineer's own fixture, instead of the one
just created.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from rstapi.contract.settings import ContractError, ContractSettings
from rstapi.naming import pointer_token
from rstapi.openapi.refs import SPEC_URI, resolve, spec_registry

__all__ = [
    "check_path_params",
    "fill_fixed_path_values",
    "fits_as_written",
    "linked_path_names",
    "schema_validator",
]

_PARAM = re.compile(r"\{([^}/]+)\}")
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def check_path_params(spec: dict[str, Any], settings: ContractSettings) -> None:
    """Every `--path-param` names a path parameter of some operation and is a value its schema
    allows; else a usage error naming the flag (and the schema)."""
    declared: dict[str, list[tuple[str, Any]]] = {}
    for pointer, parameter in _path_parameters(spec):
        declared.setdefault(str(parameter.get("name")), []).append((pointer, parameter.get("schema")))
    for name, value in settings.path_params:
        if name not in declared:
            known = ", ".join(sorted(declared)) or "none"
            raise ContractError(
                f"--path-param {name}={value}: no operation has a path parameter {name!r} (path parameters: {known})"
            )
        for pointer, schema in declared[name]:
            if not _allowed(spec, pointer, value):
                raise ContractError(
                    f"--path-param {name}={value}: the value breaks the parameter's schema "
                    f"{json.dumps(resolve(spec, schema), sort_keys=True)} (at {pointer}); give a value it allows"
                )


def fill_fixed_path_values(
    fixed: Mapping[str, str], linked: Mapping[str, frozenset[str]] | None = None
) -> Callable[[Any, Any], Any]:
    """A schemathesis `map_case` hook: the fixed values in every case, except the path values a
    negative case made invalid (its path component negative: the one parameter the phase's data
    names, else all of them) and, in the stateful phase, the ones a link supplies to the case's
    operation (``linked``: "METHOD /path" label -> names, `linked_path_names`)."""
    from schemathesis.core.parameters import ParameterLocation
    from schemathesis.generation.meta import TestPhase
    from schemathesis.generation.modes import GenerationMode

    links = linked or {}

    def map_case(context: Any, case: Any) -> Any:
        names = {parameter.name for parameter in case.operation.path_parameters}
        meta = case._meta  # what generation made; `case.meta` would revalidate it
        component = meta.components.get(ParameterLocation.PATH) if meta is not None else None
        kept: set[str] = set()
        if component is not None and component.mode == GenerationMode.NEGATIVE:
            data = meta.phase.data
            named = getattr(data, "parameter", None)
            on_path = getattr(data, "parameter_location", None) == ParameterLocation.PATH
            kept = {named} if on_path and named else names
        if meta is not None and meta.phase.name == TestPhase.STATEFUL:
            kept |= links.get(case.operation.label, frozenset())
        values = {name: value for name, value in fixed.items() if name in names and name not in kept}
        if values:
            case.path_parameters = {**(case.path_parameters or {}), **values}
        return case

    return map_case


def linked_path_names(document: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The "METHOD /path" label -> the path parameters some response link of the document supplies to
    that operation (a `path.` name, or a bare name its path has; by operationId or operationRef)."""
    labels = _labels_by_operation(document)
    found: dict[str, set[str]] = {}
    for link in _links(document):
        label = labels.get(str(link.get("operationId") or link.get("operationRef") or ""))
        parameters = link.get("parameters")
        if label is None or not isinstance(parameters, dict):
            continue
        in_path = set(_PARAM.findall(label.partition(" ")[2]))
        for written in parameters:
            where, _, name = str(written).rpartition(".")
            if where == "path" or (not where and name in in_path):
                found.setdefault(label, set()).add(name)
    return {label: frozenset(names) for label, names in found.items()}


def _labels_by_operation(document: dict[str, Any]) -> dict[str, str]:
    """operationId and local operationRef ("#/paths/~1x/get") -> "METHOD /path" label."""
    labels: dict[str, str] = {}
    for path, item in (document.get("paths") or {}).items():
        for method in _METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            label = f"{method.upper()} {path}"
            labels[f"#/paths/{pointer_token(path)}/{method}"] = label
            if "operationId" in operation:
                labels[str(operation["operationId"])] = label
    return labels


def _links(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every response link of the document (a `$ref` to components/links resolved)."""
    for item in (document.get("paths") or {}).values():
        for method in _METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            responses = operation.get("responses") if isinstance(operation, dict) else None
            for response in (responses or {}).values() if isinstance(responses, dict) else ():
                response = resolve(document, response)
                links = response.get("links") if isinstance(response, dict) else None
                for link in (links or {}).values() if isinstance(links, dict) else ():
                    link = resolve(document, link)
                    if isinstance(link, dict):
                        yield link


def _path_parameters(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(JSON pointer of the schema, parameter) of every path parameter, path-level ones included."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        base = f"/paths/{pointer_token(path)}"
        places = [(f"{base}/parameters", item.get("parameters"))]
        places += [(f"{base}/{m}/parameters", (item.get(m) or {}).get("parameters")) for m in _METHODS]
        for where, parameters in places:
            for index, written in enumerate(parameters if isinstance(parameters, list) else ()):
                parameter = resolve(spec, written)
                if isinstance(parameter, dict) and parameter.get("in") == "path":
                    ref = written.get("$ref") if isinstance(written, dict) else None
                    place = str(ref).lstrip("#") if isinstance(ref, str) else f"{where}/{index}"
                    yield f"{place}/schema", parameter


def _allowed(spec: dict[str, Any], pointer: str, raw: str) -> bool:
    """`raw` (text from the command line) is a value of the schema at `pointer`."""
    return fits_as_written(schema_validator(spec, pointer), raw)


def schema_validator(spec: dict[str, Any], pointer: str, registry: Any = None) -> Any:
    """A JSON Schema validator (formats checked) of the spec's schema at ``pointer``."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=registry if registry is not None else spec_registry(spec),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def fits_as_written(validator: Any, raw: str) -> bool:
    """Text written in a request (a path segment, a query value, a command-line value) is a value
    of ``validator``'s schema: as a string, or read as JSON (an integer, a boolean)."""
    if validator.is_valid(raw):
        return True
    try:
        return bool(validator.is_valid(json.loads(raw)))
    except ValueError:
        return False
