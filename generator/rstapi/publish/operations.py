"""The spec's operations as publishing sees them: method, path, merged parameters, examples."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from rstapi.openapi.auth import is_token_endpoint
from rstapi.openapi.refs import resolve
from rstapi.openapi.structure import OPERATION_METHODS

__all__ = [
    "SpecOperation",
    "documented_responses",
    "example_value",
    "has_example",
    "spec_operations",
    "status_phrase",
    "success_response",
]


@dataclass(frozen=True, slots=True)
class SpecOperation:
    """One operation of the spec with its path-level parameters merged in."""

    method: str
    path: str
    operation: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]
    secured: bool
    is_token_endpoint: bool = False

    @property
    def operation_id(self) -> str:
        return str(self.operation.get("operationId") or f"{self.method} {self.path}")

    @property
    def title(self) -> str:
        return str(self.operation.get("summary") or self.operation_id)


def spec_operations(spec: dict[str, Any]) -> list[SpecOperation]:
    """Every operation in `paths`, in the spec's order."""
    paths = spec.get("paths")
    return list(_operations(spec, paths)) if isinstance(paths, dict) else []


def _operations(spec: dict[str, Any], paths: dict[str, Any]) -> Iterator[SpecOperation]:
    for path, raw_item in paths.items():
        item = resolve(spec, raw_item)
        if not isinstance(item, dict):
            continue
        for method in OPERATION_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                parameters = _parameters(spec, item.get("parameters"), operation.get("parameters"))
                secured = bool(operation.get("security", spec.get("security")))
                token = method == "post" and is_token_endpoint(spec, operation)
                yield SpecOperation(method.upper(), str(path), operation, parameters, secured, token)


def _parameters(spec: dict[str, Any], *levels: Any) -> tuple[dict[str, Any], ...]:
    """Path-item parameters overridden by the operation's, keyed by (name, in)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for level in levels:
        for raw in level if isinstance(level, list) else []:
            parameter = resolve(spec, raw)
            if isinstance(parameter, dict):
                merged[(str(parameter.get("name")), str(parameter.get("in")))] = parameter
    return tuple(merged.values())


_NO_EXAMPLE = object()


def example_value(spec: dict[str, Any], holder: dict[str, Any]) -> Any:
    """The first documented example of a parameter or media type; `_NO_EXAMPLE` when none."""
    if "example" in holder:
        return holder["example"]
    for raw in (holder.get("examples") or {}).values():
        example = resolve(spec, raw)
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    schema = resolve(spec, holder.get("schema"))
    return _schema_example(schema) if isinstance(schema, dict) else _NO_EXAMPLE


def _schema_example(schema: dict[str, Any]) -> Any:
    for key in ("example", "default", "const"):
        if key in schema:
            return schema[key]
    for key in ("examples", "enum"):
        values = schema.get(key)
        if isinstance(values, list) and values:
            return values[0]
    return _NO_EXAMPLE


def has_example(value: Any) -> bool:
    return value is not _NO_EXAMPLE


def documented_responses(spec: dict[str, Any], operation: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """status -> resolved response object, for every numeric status, in ascending order."""
    found: dict[int, dict[str, Any]] = {}
    for code, raw in (operation.get("responses") or {}).items():
        response = resolve(spec, raw)
        if str(code).isdigit() and isinstance(response, dict):
            found[int(code)] = response
    return dict(sorted(found.items()))


def success_response(spec: dict[str, Any], operation: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """The lowest documented 2xx status and its response object."""
    for code, response in documented_responses(spec, operation).items():
        if 200 <= code < 300:
            return code, response
    return None


def status_phrase(code: int) -> str:
    """The reason phrase for an HTTP status ("Accepted"), or the number for an unregistered one."""
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return str(code)
