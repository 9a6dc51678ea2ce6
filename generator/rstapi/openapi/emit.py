"""model -> OpenAPI 3.1 dict. Deterministic: document order in, the same dict out."""

from __future__ import annotations

import bisect
import copy
import functools
from collections import Counter
from collections.abc import Sequence
from typing import Any, TypeVar
from urllib.parse import urlsplit

from rstapi import naming
from rstapi.conformance import (
    CheckedExample,
    FindingKind,
    array_items_from_examples,
    checked_again,
    checked_examples,
)
from rstapi.decimals import decimals_as_shown
from rstapi.formats import DECIMAL_BOUNDS
from rstapi.memo import EmitMemo, keep
from rstapi.model import (
    Api,
    Example,
    Exclusive,
    Field,
    ObjectSchema,
    Operation,
    Parameter,
    Response,
    SourceLocation,
    StateRule,
    TypeSpec,
)
from rstapi.openapi.auth import security_scheme
from rstapi.openapi.commonmark import commonmark
from rstapi.openapi.required import Requirement, documented_required, required_fields, with_required
from rstapi.openapi.sourcemap import EXAMPLE_SOURCE_KEY

__all__ = ["OPENAPI_VERSION", "REFUSED_WHEN", "emit"]

T = TypeVar("T")
OPENAPI_VERSION = "3.1.0"
REFUSED_WHEN = "x-rstapi-refused-when"  # on an operation: the states of its item it is refused in
_REASONS = {
    200: "OK",
    201: "Created",
    202: "Accepted",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    422: "Unprocessable Entity",
}


def emit(api: Api, memo: EmitMemo | None = None) -> dict[str, Any]:
    """The OpenAPI document for ``api``, before the overlay. With ``memo`` (a live preview's), an
    operation or schema emitted by an earlier build gives the same dict again (``rstapi.memo``)."""
    kept = keep(memo)
    checked = checked_examples(api, memo)
    with_items = array_items_from_examples(api, checked, memo)
    if with_items is not api:  # the examples' arrays are checked against their new item types
        api, checked = with_items, checked_again(with_items, api, checked, memo)
    sent = decimals_as_shown(api, checked)[0]
    if sent is not api:  # a decimal field is a string or a number, as its examples show it
        api, checked = sent, checked_again(sent, api, checked, memo)
    nullable = _nullable_from_examples(checked)
    inferred: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    documented = sorted(s.name for s in api.schemas)
    for operation in api.operations:
        taken = _taken_response_names(operation, documented)
        emitted, found = kept(
            (operation,), ("emitted", taken), functools.partial(_operation_alone, operation, taken)
        )
        paths.setdefault(operation.path, {})[operation.method.lower()] = emitted
        inferred.update(found)
    shown_null = _by_schema(nullable)
    schemas = {
        s.name: kept((s,), shown_null.get(s.name), functools.partial(_object_schema, s, nullable))
        for s in api.schemas
    }
    spec: dict[str, Any] = {
        "openapi": OPENAPI_VERSION,
        "info": {"title": api.title, "version": "1.0.0", **_described(api.description)},
        "servers": _servers(api),
        "tags": [{"name": tag} for tag in dict.fromkeys(op.tag for op in api.operations)],
        "paths": paths,
        "components": {"schemas": {**with_required(schemas, _requirements(api, checked, memo)), **inferred}},
    }
    schemes = _security_schemes(api)
    if schemes:
        spec["components"]["securitySchemes"] = schemes
    return spec


def _security_schemes(api: Api) -> dict[str, Any]:
    """The security schemes the operations' credentials name (``auth.security_scheme``), each
    described as the first operation that names it says."""
    found: dict[str, Any] = {}
    for operation in api.operations:
        said = operation.credentials
        if said is not None and said.scheme not in found:
            found[said.scheme] = security_scheme(said.scheme, commonmark(said.description))
        if said is not None and said.example_location is not None:
            # in memory only: an overlay's scheme of the name sending otherwise is OVL304 (schemes.py)
            found[said.scheme].setdefault(EXAMPLE_SOURCE_KEY, _source(said.example_location))
    return found


def _requirements(
    api: Api, checked: Sequence[CheckedExample], memo: EmitMemo | None
) -> dict[str, Requirement]:
    """Each schema's required fields: from its examples (which defer to what the table says of a
    field), else from what the table says."""
    return {**documented_required(api, memo), **required_fields(api, checked, memo)}


def _servers(api: Api) -> list[dict[str, str]]:
    """The server the curl examples call most: scheme, host and the base path their URLs put
    before the documented paths ("https://api.example.com/gizmo/v1" for a table path
    "/gadgets/" that curl calls as ".../gizmo/v1/gadgets/")."""
    servers = Counter(
        f"{url.scheme}://{url.netloc}{base or ''}"
        for op in api.operations
        for curl in op.curl_examples
        if (url := urlsplit(curl.url)).scheme and url.netloc
        for base in [naming.base_path(url.path, op.path)]
    )
    return [
        {"url": server} for server, _ in sorted(servers.items(), key=lambda item: (-item[1], item[0]))[:1]
    ]


def _source(location: Any) -> str:
    return str(location)


# ---------------------------------------------------------------- operations


def _taken_response_names(operation: Operation, documented: list[str]) -> frozenset[str]:
    """The documented schemas' names (``documented``, sorted) a schema inferred from one of the
    operation's examples could take (they begin with its response names), which it must not:
    the documented schema stays."""
    prefix = f"{naming.pascal(operation.operation_id)}Response"
    first = end = bisect.bisect_left(documented, prefix)
    while end < len(documented) and documented[end].startswith(prefix):
        end += 1
    return frozenset(documented[first:end])


def _operation_alone(operation: Operation, taken: frozenset[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The operation's dict and the schemas it infers from its examples, by name (none of ``taken``)."""
    inferred: dict[str, Any] = {}
    return _operation(operation, inferred, taken), inferred


def _operation(operation: Operation, inferred: dict[str, Any], taken: frozenset[str]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "operationId": operation.operation_id,
        "tags": [operation.tag],
        "summary": operation.summary,
        "description": commonmark(operation.description),
        "x-rst-source": _source(operation.location),
    }
    if operation.deprecated:
        result["deprecated"] = True
    if operation.credentials is not None:
        result["security"] = [{operation.credentials.scheme: []}]
    result.update(operation.extensions)
    if operation.refused_when:
        result[REFUSED_WHEN] = [_refused_when(rule) for rule in operation.refused_when]
    if operation.parameters:
        result["parameters"] = [_parameter(p) for p in operation.parameters]
    if operation.request_schema or operation.request_type is not None:
        result["requestBody"] = _request_body(operation)
    stem = naming.pascal(operation.operation_id)
    result["responses"] = {str(r.status): _response(r, stem, inferred, taken) for r in operation.responses}
    return result


def _parameter(parameter: Parameter) -> dict[str, Any]:
    result: dict[str, Any] = {
        "name": parameter.name,
        "in": parameter.located_in,
        "required": parameter.required,
        **_described(parameter.description),
        "schema": _type_schema(parameter.type),
    }
    if parameter.example is not None:
        result["example"] = parameter.example
        if parameter.example_location is not None:  # in memory only: the overlay's literal cites it
            result[EXAMPLE_SOURCE_KEY] = _source(parameter.example_location)
    if parameter.deprecated:
        result["deprecated"] = True
    result.update(parameter.extensions)
    result["x-rst-source"] = _source(parameter.location)
    return result


def _header(header: Parameter) -> dict[str, Any]:
    """A response header: a parameter without its name and place (the headers map's key says them);
    ``required`` only when it is (the header is always sent)."""
    return {k: v for k, v in _parameter(header).items() if k not in ("name", "in") and (k != "required" or v)}


def _request_body(operation: Operation) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": _request_schema(operation)}
    examples = _examples(operation.request_examples)
    if examples:
        media["examples"] = examples
    at = operation.request_media_type_location
    if at is not None:
        media["x-rst-source"] = _source(at)
    more = operation.request_more_media_types
    return {
        "required": True,
        "content": {operation.request_media_type: media, **_more_media(media, more, at)},
    }


def _more_media(
    media: dict[str, Any], more: tuple[tuple[str, bool], ...], at: SourceLocation | None
) -> dict[str, Any]:
    """The other media types of a body: the schema and examples of the first (``media``) when they
    are its too, else nothing of its shape (an empty media type object)."""
    bare = {"x-rst-source": _source(at)} if at is not None else {}
    return {kind: copy.deepcopy(media if shaped else bare) for kind, shaped in more}


def _request_schema(operation: Operation) -> dict[str, Any]:
    """A component object (or an array of one), else the body's own type (a string, an array of strings)."""
    if not operation.request_schema and operation.request_type is not None:
        return _type_schema(operation.request_type)
    schema = _ref(operation.request_schema or "")
    return {"type": "array", "items": schema} if operation.request_array else schema


def _response(
    response: Response, stem: str, inferred: dict[str, Any], taken: frozenset[str]
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "description": commonmark(response.description or _REASONS.get(response.status, "Response."))
    }
    if _bodiless(response.status):
        return _bodiless_response(response, result)
    examples = _examples(response.examples)
    schema: dict[str, Any] | None = _type_schema(response.schema) if response.schema else None
    if schema is None and examples:
        name = _inferred_name(stem, response.status, taken | inferred.keys())
        inferred[name] = _schema_from_value(next(iter(examples.values()))["value"])
        inferred[name]["description"] = "Inferred from the example; the reference has no field table for it."
        schema = _ref(name)
    if response.headers:
        result["headers"] = {h.name: _header(h) for h in response.headers}
    if schema is not None:
        media: dict[str, Any] = {"schema": schema}
        if examples:
            media["examples"] = examples
        at = response.media_type_location
        if at is not None:
            media["x-rst-source"] = _source(at)
        result["content"] = {response.media_type: media, **_more_media(media, response.more_media_types, at)}
    result.update(response.extensions)
    # Every documented status points at the line that documents it (a status table row, a "returns
    # 404 if ..." sentence), whether or not it has a body: the contract run cites it.
    result["x-rst-source"] = _source(response.location)
    return result


def _bodiless(status: int) -> bool:
    """A status whose response has no content (RFC 9110: 1xx, 204, 205, 304)."""
    return status < 200 or status in {204, 205, 304}


def _bodiless_response(response: Response, result: dict[str, Any]) -> dict[str, Any]:
    """A response with no content: its headers, extensions and source line; no schema is made
    (nor inferred from an example the reader should not have given it)."""
    if response.headers:
        result["headers"] = {h.name: _header(h) for h in response.headers}
    result.update(response.extensions)
    result["x-rst-source"] = _source(response.location)
    return result


def _inferred_name(stem: str, status: int, taken: frozenset[str] | set[str]) -> str:
    """The name of a schema inferred from a response's example: ``<Stem>Response`` for a success,
    ``<Stem>Response<status>`` for another status or when a documented schema has the first, a
    number added while the name is ``taken``."""
    base = f"{stem}Response" if status < 300 else f"{stem}Response{status}"
    if base in taken:
        base = f"{stem}Response{status}"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}{number}", number + 1
    return name


def _examples(examples: tuple[Example, ...]) -> dict[str, Any]:
    """Examples by name, each summarised in the doc's words (a repeated name numbered:
    ``example_request_2``, "Example request (2)"); where it is written is left to the source map."""
    result: dict[str, Any] = {}
    for example in examples:
        if example.parsed:
            name, number = _unique(example.name or "example", result)
            summary = example.summary or naming.humanised(example.name or "example")
            result[name] = {
                "summary": f"{summary} ({number})" if number > 1 else summary,
                "value": example.value,
                **dict(example.extensions),
                "x-rst-source": _source(example.location),
            }
    return result


def _unique(name: str, taken: dict[str, Any]) -> tuple[str, int]:
    """``name``, else ``name_2``, ``name_3`` ... whichever is free, and its number (1 for ``name``)."""
    number, found = 1, name
    while found in taken:
        number += 1
        found = f"{name}_{number}"
    return found, number


def _described(text: str) -> dict[str, str]:
    """A description in CommonMark; none at all rather than an empty one."""
    return {"description": commonmark(text)} if text else {}


# ---------------------------------------------------------------- schemas


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _type_schema(spec: TypeSpec, nullable: bool = False) -> dict[str, Any]:
    nullable = nullable or spec.nullable
    if spec.ref:
        return {"anyOf": [_ref(spec.ref), {"type": "null"}]} if nullable else _ref(spec.ref)
    if spec.choices:  # anyOf, not oneOf: the doc's tables are open, so an item fits several of them
        choices = [_ref(name) for name in spec.choices]
        return {"anyOf": [*choices, {"type": "null"}] if nullable else choices}
    result: dict[str, Any] = {}
    if spec.json_type:
        result["type"] = [spec.json_type, "null"] if nullable and spec.json_type != "null" else spec.json_type
    if spec.format:
        result["format"] = spec.format
    if spec.items is not None:
        result["items"] = _type_schema(spec.items)
    elif spec.json_type == "array":
        result["items"] = {}
    if spec.enum:
        result["enum"] = [*spec.enum, None] if nullable else list(spec.enum)
    result.update(_bounds(spec))
    if spec.max_items is not None:
        result["maxItems"] = spec.max_items
    if spec.min_items is not None:
        result["minItems"] = spec.min_items
    if spec.min_length is not None:
        result["minLength"] = spec.min_length
    if spec.max_length is not None:
        result["maxLength"] = spec.max_length
    if spec.pattern is not None:
        result["pattern"] = spec.pattern
    if spec.read_only:
        result["readOnly"] = True
    if spec.write_only:
        result["writeOnly"] = True
    if spec.default is not None:
        result["default"] = spec.default
    return result


def _bounds(spec: TypeSpec) -> dict[str, int | float]:
    """A number's bounds as JSON Schema's keywords; a string decimal's (which those judge numbers
    only) as the x-rstapi- keys the mock's values and the lint respect (``formats.DECIMAL_BOUNDS``)."""
    text = spec.json_type == "string"
    return {
        extension if text else extension.removeprefix("x-rstapi-"): _number(getattr(spec, attribute))
        for attribute, extension, _, _ in DECIMAL_BOUNDS
        if getattr(spec, attribute) is not None
    }


def _number(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def _field_schema(field: Field, nullable: bool) -> dict[str, Any]:
    schema = _type_schema(field.type, nullable)
    if field.example is not None:
        schema["examples"] = [field.example]
    if "$ref" in schema:
        schema = {"allOf": [schema]}
    if field.deprecated:
        schema["deprecated"] = True
    extensions = dict(field.extensions)
    return {**schema, **_described(field.description), **extensions, "x-rst-source": _source(field.location)}


def _object_schema(schema: ObjectSchema, nullable: set[tuple[str, str]]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for field in schema.fields:
        properties.setdefault(field.name, _field_schema(field, (schema.name, field.name) in nullable))
    result: dict[str, Any] = {"type": "object"}
    result.update(_described(schema.description))
    result["properties"] = properties
    result["x-rst-source"] = _source(schema.location)
    rules = [_exclusive(rule) for rule in schema.exclusive]
    if len(rules) == 1:  # the rule's own line is its source
        result.update(rules[0])
    elif rules:
        result["allOf"] = rules
    return result


def _refused_when(rule: StateRule) -> dict[str, Any]:
    """A state of the item the operation is refused in: the operation that sets it, the documented
    refusal status (none: a 4xx), the sentence, at its line (rst/states.py)."""
    written: dict[str, Any] = {"state": rule.state, "operationId": rule.setter}
    if rule.status is not None:
        written["status"] = str(rule.status)
    return {**written, "rule": rule.sentence, "x-rst-source": _source(rule.location)}


def _exclusive(rule: Exclusive) -> dict[str, Any]:
    """ "Not both" (and, for "either", one of them) in JSON Schema, sourced at the row saying it."""
    source = _source(rule.location)
    written: dict[str, Any] = {"not": {"required": list(rule.names), "x-rst-source": source}}
    if rule.one_required:
        written["anyOf"] = [{"required": [name], "x-rst-source": source} for name in rule.names]
    return written


def _nullable_from_examples(checked: Sequence[CheckedExample]) -> set[tuple[str, str]]:
    """(schema, field) pairs that an example shows as null: the doc's evidence of nullability."""
    found: set[tuple[str, str]] = set()
    for _, _, findings in checked:
        for finding in findings:
            if finding.kind is FindingKind.NULL:
                found.add((finding.schema.name, finding.name))
    return found


def _by_schema(nullable: set[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """The fields an example shows as null, by schema name."""
    found: dict[str, set[str]] = {}
    for schema, field in nullable:
        found.setdefault(schema, set()).add(field)
    return {schema: frozenset(fields) for schema, fields in found.items()}


def _schema_from_value(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return {"type": "object", "properties": {k: _schema_from_value(v) for k, v in value.items()}}
    if isinstance(value, list):
        return {"type": "array", "items": _schema_from_value(value[0]) if value else {}}
    if value is None:
        return {}
    names = {bool: "boolean", int: "integer", float: "number", str: "string"}
    return {"type": names.get(type(value), "string")}
