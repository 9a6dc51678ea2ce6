"""A valid request for each operation, built from the spec: for benchmarks, load and smoke tests.

Path parameters take the identifying value of the documented example on detail endpoints and a
synthesized value elsewhere; JSON bodies take the documented request example or a synthesized one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

from rstapi.mock.operations import Operation, compile_operations
from rstapi.mock.validation import Schemas
from rstapi.openapi.auth import auth_prefix
from rstapi.openapi.refs import resolve
from rstapi.openapi.synthesize import REQUEST, synthesize

_IDENTIFYING = ("id", "uuid", "key")


@dataclass(frozen=True, slots=True)
class SampleRequest:
    """One request: `kind` is list, detail, post, token or other."""

    kind: str
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""


def sample_requests(spec: dict[str, Any], token: str = "") -> list[SampleRequest]:
    """One valid request per operation of the spec, in document order."""
    operations = compile_operations(spec, Schemas(spec))
    auth = {"Authorization": f"{auth_prefix(spec)} {token}"} if token else {}
    return [_sample(spec, op, auth) for methods in operations.values() for op in methods.values()]


def _sample(spec: dict[str, Any], op: Operation, auth: dict[str, str]) -> SampleRequest:
    headers = dict(auth) if op.secured else {}
    body = ""
    if op.body is not None and any("json" in media for media in op.body.media):
        body = json.dumps(_body_example(spec, op))
        headers["Content-Type"] = "application/json"
    return SampleRequest(_kind(op), op.method, _path(spec, op), headers, body)


def _path(spec: dict[str, Any], op: Operation) -> str:
    path = op.template
    for rule in op.parameters:
        if rule.location == "path":
            value = _detail_value(op) if rule.name == op.detail_parameter else None
            value = value or str(synthesize(spec, _parameter_schema(spec, op, rule.name)))
            path = path.replace("{" + rule.name + "}", quote(value, safe=":+@"))
    query = {
        rule.name: _query_value(spec, op, rule.name) for rule in op.parameters if rule.location == "query"
    }
    required = {name: value for name, value in query.items() if _required(op, name)}
    return path + ("?" + urlencode(required) if required else "")


def _required(op: Operation, name: str) -> bool:
    return any(rule.name == name and rule.location == "query" and rule.required for rule in op.parameters)


def _query_value(spec: dict[str, Any], op: Operation, name: str) -> str:
    value = synthesize(spec, _parameter_schema(spec, op, name, "query"))
    return json.dumps(value) if isinstance(value, bool) else str(value)


def _kind(op: Operation) -> str:
    if op.token_endpoint:
        return "token"
    if op.method == "GET" and op.is_paginated:
        return "list"
    if op.method == "GET" and op.detail_parameter and op.success and op.responses[op.success].identifiers:
        return "detail"
    if op.method == "POST" and op.body is not None:
        return "post"
    return "other"


def _detail_value(op: Operation) -> str | None:
    response = op.responses[op.success] if op.success is not None else None
    example = response.examples.get(response.default_name) if response is not None else None
    name = op.detail_parameter or ""
    if not isinstance(example, dict):
        return None
    for key, value in example.items():
        if isinstance(value, str) and (key == name or name.endswith("_" + key) or key in _IDENTIFYING):
            return value
    return None


def _parameter_schema(spec: dict[str, Any], op: Operation, name: str, location: str = "path") -> Any:
    item = spec["paths"][op.template]
    for raw in [*(item.get("parameters") or []), *(item[op.method.lower()].get("parameters") or [])]:
        parameter = resolve(spec, raw)
        if isinstance(parameter, dict) and parameter.get("name") == name and parameter.get("in") == location:
            return parameter.get("schema", {})
    return {"type": "string"}


def _body_example(spec: dict[str, Any], op: Operation) -> Any:
    body = resolve(spec, spec["paths"][op.template][op.method.lower()]["requestBody"])
    media = next(entry for name, entry in body["content"].items() if "json" in name)
    for example in (media.get("examples") or {}).values():
        example = resolve(spec, example)
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return media.get("example", synthesize(spec, media.get("schema", {}), side=REQUEST))
