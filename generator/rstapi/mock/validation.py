"""Checking requests against the spec: parameters and bodies, with jsonschema validators built once.

Problems point into the request with JSON pointers: `/path/<name>`, `/query/<name>`,
`/header/<name>` and `/body/<pointer into the body>`; `rule` is the JSON Schema keyword that failed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from jsonschema import Draft202012Validator, ValidationError

from rstapi.mock.decimal_bounds import holds_decimal_bounds, jsonschema_class, rust_keywords
from rstapi.mock.errors import Problem, problem
from rstapi.mock.formats import as_jsonschema_reads
from rstapi.mock.refs import absolutize
from rstapi.naming import pointer_token
from rstapi.openapi.refs import SPEC_URI, resolve, spec_registry
from rstapi.openapi.structure import SCHEMA

try:  # an optional accelerator: the Rust validator answers "valid?" ~100x faster
    import jsonschema_rs

    HAS_FAST_VALIDATOR = True
except ImportError:  # pragma: no cover - jsonschema alone gives the same answers, slower
    HAS_FAST_VALIDATOR = False

_INTEGER: Final = re.compile(r"-?[0-9]{1,300}")
_NUMBER: Final = re.compile(r"-?[0-9]{1,300}(\.[0-9]{1,300})?([eE][-+]?[0-9]{1,4})?")
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}
_MAX_PROBLEMS: Final = 50


class Schemas:
    """The spec's schemas, compiled into checks that can `$ref` any component of the spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self._registry = spec_registry(spec)
        self._fast_registry = _fast_registry(spec)
        # a string decimal's bounds (x-rstapi-minimum ...) as keywords, only for a spec that has one
        bounded = holds_decimal_bounds(spec)
        self._validator_class: Any = jsonschema_class() if bounded else Draft202012Validator
        self._keywords: dict[str, type] | None = rust_keywords() if bounded else None

    def check(self, schema: Any) -> SchemaCheck:
        absolute = absolutize(schema)
        validator = self._validator_class(
            absolute, registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        return SchemaCheck(validator, _fast_validator(absolute, self._fast_registry, self._keywords))

    def conforms(self, schema: Any, value: Any) -> bool:
        return schema is None or not self.check(schema).problems(value, "")


def _fast_registry(spec: dict[str, Any]) -> Any:
    if not HAS_FAST_VALIDATOR:
        return None
    try:
        return jsonschema_rs.Registry([(SPEC_URI, as_jsonschema_reads(spec))])
    except Exception:  # the accelerator is optional: any schema it cannot load is checked by jsonschema
        return None


def _fast_validator(schema: Any, registry: Any, keywords: dict[str, type] | None = None) -> Any:
    if registry is None:
        return None
    try:
        return jsonschema_rs.Draft202012Validator(
            as_jsonschema_reads(schema, SCHEMA), registry=registry, validate_formats=True, keywords=keywords
        )
    except Exception:  # as above: fall back to jsonschema alone
        return None


class SchemaCheck:
    """A compiled validator for one schema of the spec (jsonschema, with the Rust one in front)."""

    def __init__(self, validator: Draft202012Validator, fast: Any) -> None:
        self._validator = validator
        self._fast = fast
        # True only for a valid instance; False means "ask `problems`" (it may raise, e.g. for a
        # value the Rust side cannot convert: the caller then asks `problems` too)
        self.accepts: Callable[[Any], bool] = fast.is_valid if fast is not None else _undecided

    def problems(self, instance: Any, prefix: str) -> list[Problem]:
        """Every way `instance` breaks the schema, each pointing below `prefix`."""
        fast = self._fast
        if fast is not None:  # asked first, inline: it answers nearly every request
            try:
                if fast.is_valid(instance):
                    return []
            except Exception:  # e.g. a value the Rust side cannot convert; jsonschema decides instead
                pass
        try:
            if self._validator.is_valid(instance):
                return []
            errors = sorted(self._validator.iter_errors(instance), key=lambda e: list(map(str, e.path)))
        except RecursionError:
            return [problem(prefix, "maxDepth", "The value is nested too deeply to check.")]
        return [found for error in errors[:_MAX_PROBLEMS] for found in _problems_of(error, prefix)]


def _undecided(instance: Any) -> bool:
    return False


def _problems_of(error: ValidationError, prefix: str) -> list[Problem]:
    pointer = prefix + "".join("/" + pointer_token(str(part)) for part in error.absolute_path)
    rule = str(error.validator)
    if rule == "required" and isinstance(error.instance, dict):
        required = error.validator_value if isinstance(error.validator_value, list) else []
        missing = [str(name) for name in required if name not in error.instance]
        named = [name for name in missing if repr(name) in error.message] or missing
        return [problem(f"{pointer}/{pointer_token(name)}", rule, error.message) for name in named[:1]]
    return [problem(pointer, rule, _short(error.message))]


def _short(message: str) -> str:
    return message if len(message) <= 300 else message[:297] + "..."


@dataclass(frozen=True, slots=True)
class ParameterRule:
    """One declared path, query or header parameter."""

    name: str
    location: str
    required: bool
    kind: str
    item_kind: str
    check: SchemaCheck | None
    pointer: str

    def problems(self, raw: list[str] | None) -> list[Problem]:
        pointer = self.pointer
        if raw is None:
            if self.required:
                return [
                    problem(pointer, "required", f"The {self.location} parameter {self.name!r} is required.")
                ]
            return []
        if self.check is None:
            return []
        if len(raw) > 1 and self.kind != "array":  # a repeated key: every value is checked
            found = [each for value in raw for each in self.check.problems(self.coerce([value]), pointer)]
            return list({(each["rule"], each["message"]): each for each in found}.values())
        return self.check.problems(self.coerce(raw), pointer)

    def coerce(self, raw: list[str]) -> Any:
        """The typed value of the raw strings, per the declared schema type; unparseable stays a string.
        Of a repeated key that is no array, the last value, as Django's ``QueryDict.get`` reads it."""
        if self.kind == "array":
            values = raw if len(raw) > 1 else raw[0].split(",")
            return [coerce_scalar(value, self.item_kind) for value in values]
        return coerce_scalar(raw[-1], self.kind)


def coerce_scalar(raw: str, kind: str) -> Any:
    if kind == "integer" and _INTEGER.fullmatch(raw):
        return int(raw)
    if kind == "number" and _NUMBER.fullmatch(raw):
        number = float(raw)
        return int(number) if number.is_integer() and "." not in raw and "e" not in raw.lower() else number
    if kind == "boolean" and raw.lower() in _BOOLEANS:
        return _BOOLEANS[raw.lower()]
    if kind == "null" and raw in ("", "null"):
        return None
    return raw


def schema_kind(spec: Any, schema: Any) -> str:
    """The first non-null JSON type a schema declares ("string" when it says none)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return "string"
    declared = schema.get("type")
    types = declared if isinstance(declared, list) else [declared]
    for kind in types:
        if isinstance(kind, str) and kind != "null":
            return kind
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key, []) if isinstance(schema.get(key), list) else []:
            kind = schema_kind(spec, sub)
            if kind != "string":
                return kind
    return "string"


def is_trivial(schema: Any) -> bool:
    """True for schemas every string satisfies (a bare `type: string`), which need no validator."""
    return (
        isinstance(schema, dict)
        and set(schema) <= {"type", "description", "title", "example"}
        and (schema.get("type") in ("string", None))
    )


def parameter_rule(spec: Any, parameter: dict[str, Any], schemas: Schemas) -> ParameterRule:
    schema = parameter.get("schema", {})
    resolved = resolve(spec, schema)
    items = resolved.get("items", {}) if isinstance(resolved, dict) else {}
    return ParameterRule(
        name=str(parameter["name"]),
        location=str(parameter["in"]),
        required=bool(parameter.get("required", False)) or parameter["in"] == "path",
        kind=schema_kind(spec, schema),
        item_kind=schema_kind(spec, items),
        check=None if is_trivial(schema) else schemas.check(schema),
        pointer=f"/{parameter['in']}/{pointer_token(str(parameter['name']))}",
    )
