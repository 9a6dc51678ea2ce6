"""Response schemas made self-contained for Postman's `pm.response.to.have.jsonSchema`.

Postman's sandbox (and so newman) validates with ajv 6, a draft-07 validator. OpenAPI 3.1 schemas
are JSON Schema 2020-12; the subset the emitter uses (type arrays with "null", enum, const, bounds,
required, properties, items, allOf/anyOf/oneOf) means the same in draft-07. So the conversion keeps
the validation keywords draft-07 knows, inlines every `$ref`, and drops the rest: annotations,
`x-*` extensions, and formats ajv 6 does not know (ajv 6 refuses a schema with an unknown format).
A `$ref` cycle is cut with `{}` (anything), which loosens the check but never fails a valid body.
"""

from __future__ import annotations

from typing import Any

from rstapi.openapi.refs import lookup

__all__ = ["standalone_schema"]

_SCHEMA_VALUED = frozenset(
    {"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"}
)
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf"})
_SCHEMA_MAPS = frozenset({"properties", "patternProperties"})
_PLAIN = frozenset(
    {
        "type", "enum", "const", "required", "multipleOf", "maximum", "minimum", "exclusiveMaximum",
        "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems",
        "maxProperties", "minProperties",
    }
)  # fmt: skip
_AJV6_FORMATS = frozenset(
    {
        "date", "time", "date-time", "uri", "uri-reference", "uri-template", "url", "email",
        "hostname", "ipv4", "ipv6", "regex", "uuid", "json-pointer", "relative-json-pointer",
    }
)  # fmt: skip


def standalone_schema(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """`schema` with its refs inlined from `spec`, in the draft-07 subset ajv 6 checks."""
    converted = _convert(spec, schema, ())
    return converted if isinstance(converted, dict) else {}


def _convert(spec: dict[str, Any], schema: Any, seen: tuple[str, ...]) -> Any:
    if isinstance(schema, bool):
        return schema
    if not isinstance(schema, dict):
        return {}
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return {} if ref in seen else _convert(spec, lookup(spec, ref), (*seen, ref))
    converted: dict[str, Any] = {}
    for key, value in schema.items():
        kept = _keyword(spec, key, value, seen)
        if kept is not None:
            converted[key] = kept
    return converted


def _keyword(spec: dict[str, Any], key: str, value: Any, seen: tuple[str, ...]) -> Any:
    """The draft-07 form of one keyword's value, or None to drop the keyword."""
    if key in _PLAIN:
        return value
    if key == "format":
        return value if value in _AJV6_FORMATS else None
    if key in _SCHEMA_VALUED:
        return (
            [_convert(spec, item, seen) for item in value]
            if isinstance(value, list)
            else _convert(spec, value, seen)
        )
    if key in _SCHEMA_LISTS and isinstance(value, list):
        return [_convert(spec, item, seen) for item in value]
    if key in _SCHEMA_MAPS and isinstance(value, dict):
        return {name: _convert(spec, item, seen) for name, item in value.items()}
    return None
