"""Deterministic, schema-valid values where the spec gives no example: the mock's responses and
headers, the Postman collection's stand-in parameters and bodies.

The same schema always yields the same value. Formats, enums, bounds and required properties are
honoured; recursion through `$ref` stops at a fixed depth with the smallest valid value. A value
for one side of the exchange (``side``: ``RESPONSE`` or ``REQUEST``) leaves out the properties that
side never carries: a response no ``writeOnly`` one, a request no ``readOnly`` one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from rstapi.openapi.refs import resolve

__all__ = ["REQUEST", "RESPONSE", "synthesize"]

REQUEST, RESPONSE = "request", "response"
# the side -> the mark of a property that side never carries
_ABSENT_ON: dict[str, str] = {REQUEST: "readOnly", RESPONSE: "writeOnly"}
_MAX_DEPTH = 6
_FORMATS: dict[str, str] = {
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "email": "learner@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "decimal": "0.00",
}


def synthesize(spec: Any, schema: Any, depth: int = 0, side: str | None = None) -> Any:
    """A value valid against `schema` (components are looked up in `spec`), for ``side`` (REQUEST,
    RESPONSE; None: either) of the exchange."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return None
    for key in ("const", "default"):
        if key in schema:
            return schema[key]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    composed = _composed(spec, schema, depth, side)
    if composed is not _NOTHING:
        return composed
    return _BY_TYPE.get(_first_type(schema), _null)(spec, schema, depth, side)


_NOTHING = object()


def _composed(spec: Any, schema: dict[str, Any], depth: int, side: str | None) -> Any:
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            return synthesize(spec, options[0], depth + 1, side)
    parts = schema.get("allOf")
    if isinstance(parts, list) and parts:
        merged: dict[str, Any] = {}
        for part in parts:
            value = synthesize(spec, part, depth + 1, side)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return merged
    return _NOTHING


def _first_type(schema: dict[str, Any]) -> str:
    declared = schema.get("type")
    types = declared if isinstance(declared, list) else [declared]
    concrete = [kind for kind in types if isinstance(kind, str) and kind != "null"]
    if concrete:
        return concrete[0]
    if "null" in types:
        return "null"
    return "object" if "properties" in schema else "string"


def _string(spec: Any, schema: dict[str, Any], depth: int, side: str | None = None) -> Any:
    value = _FORMATS.get(str(schema.get("format", "")), "string")
    if schema.get("format") == "decimal":
        value = _bounded_decimal(schema) or value
    min_length = schema.get("minLength", 0)
    max_length = schema.get("maxLength")
    if isinstance(min_length, int) and len(value) < min_length:
        value = value + "x" * (min_length - len(value))
    if isinstance(max_length, int) and len(value) > max_length:
        value = value[:max_length]
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not _matches(pattern, value):
        return _matching(pattern, min_length, max_length) or value
    return value


def _bounded_decimal(schema: dict[str, Any]) -> str | None:
    """Decimal text within a string decimal's bounds (the x-rstapi- keys: JSON Schema's own judge
    numbers only), as ``_number`` picks a number's; None when it has none."""
    bounds = {key.removeprefix("x-rstapi-"): schema[key] for key in _DECIMAL_KEYS if key in schema}
    if not bounds:
        return None
    from decimal import Decimal

    number = _number(None, bounds, 0, None)
    return format(Decimal(repr(number)), "f") if isinstance(number, int | float) else None


_DECIMAL_KEYS = (
    "x-rstapi-minimum",
    "x-rstapi-maximum",
    "x-rstapi-exclusiveMinimum",
    "x-rstapi-exclusiveMaximum",
)
_PATTERN_TRIES = 16  # strings rstr makes for a pattern (seeds 0, 1 ...) before one fits the lengths too


def _matching(pattern: str, min_length: Any, max_length: Any) -> str | None:
    """A string ``pattern`` matches, within the lengths, made by rstr's ``xeger`` from fixed seeds
    (the same pattern always gives the same string); None when none of the tries fits."""
    import random

    import rstr

    least = min_length if isinstance(min_length, int) else 0
    most = max_length if isinstance(max_length, int) else None
    for seed in range(_PATTERN_TRIES):
        try:
            made = rstr.Rstr(random.Random(seed)).xeger(pattern)
        except Exception:  # a construct rstr does not generate: no string is made
            return None
        if least <= len(made) and (most is None or len(made) <= most) and _matches(pattern, made):
            return made
    return None


def _matches(pattern: str, value: str) -> bool:
    """JSON Schema's reading of ``pattern``: a match anywhere in the value (not anchored)."""
    try:
        return re.search(pattern, value) is not None
    except re.error:
        return True  # an expression Python cannot read: the spec's own check says so, not the mock


def _number(spec: Any, schema: dict[str, Any], depth: int, side: str | None = None) -> Any:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    value: float = 0
    if isinstance(low, int | float):
        value = low + (1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0)
    elif isinstance(high, int | float) and (high < 0 or (high == 0 and "maximum" not in schema)):
        value = high - (1 if "exclusiveMaximum" in schema and "maximum" not in schema else 0)
    return int(value) if schema.get("type") == "integer" or isinstance(value, int) else value


def _boolean(spec: Any, schema: dict[str, Any], depth: int, side: str | None = None) -> Any:
    return True


def _null(spec: Any, schema: dict[str, Any], depth: int, side: str | None = None) -> Any:
    return None


def _array(spec: Any, schema: dict[str, Any], depth: int, side: str | None = None) -> Any:
    count = schema.get("minItems", 1 if depth < _MAX_DEPTH else 0)
    count = count if isinstance(count, int) else 0
    max_items = schema.get("maxItems")
    if isinstance(max_items, int):
        count = min(count, max_items)
    return [synthesize(spec, schema.get("items", {}), depth + 1, side) for _ in range(count)]


def _object(spec: Any, schema: dict[str, Any], depth: int, side: str | None = None) -> Any:
    properties = schema.get("properties", {})
    properties = properties if isinstance(properties, dict) else {}
    required = schema.get("required", [])
    required = required if isinstance(required, list) else []
    absent = _absent(spec, properties, side)
    names = list(properties) if depth < _MAX_DEPTH else [name for name in properties if name in required]
    value = {
        name: synthesize(spec, properties[name], depth + 1, side) for name in names if name not in absent
    }
    for name in required:
        if name not in absent:
            value.setdefault(name, "string")
    return value


def _absent(spec: Any, properties: dict[str, Any], side: str | None) -> set[str]:
    """The properties ``side`` never carries (OpenAPI: a ``readOnly`` one is sent in no request, a
    ``writeOnly`` one in no response, even when listed as required)."""
    mark = _ABSENT_ON.get(side or "")
    if mark is None:
        return set()
    found = set()
    for name, raw in properties.items():
        held = resolve(spec, raw)
        if isinstance(held, dict) and held.get(mark) is True:
            found.add(name)
    return found


_BY_TYPE: dict[str, Callable[[Any, dict[str, Any], int, str | None], Any]] = {
    "string": _string,
    "integer": _number,
    "number": _number,
    "boolean": _boolean,
    "null": _null,
    "array": _array,
    "object": _object,
}
