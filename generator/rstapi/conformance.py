"""Walk an example value against the field tables that document it.

Both the emitter (nullability the examples show) and the lint (contradictions)
read the same findings, so the two can never disagree about an example.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Any

import attrs

from rstapi.model import Api, Example, Field, ObjectSchema, TypeSpec

__all__ = ["Finding", "FindingKind", "check_example", "documented_examples", "python_type_matches"]


class FindingKind(enum.Enum):
    PRESENT = "present"  # the field appears (for "documented but in no example")
    UNDOCUMENTED = "undocumented"
    NULL = "null"  # null for a field not documented as nullable
    TYPE = "type"
    ENUM = "enum"


@attrs.frozen
class Finding:
    kind: FindingKind
    schema: ObjectSchema
    name: str
    field: Field | None
    value: Any
    pointer: str  # where in the example, as a JSON pointer


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def python_type_matches(spec: TypeSpec, value: Any) -> bool:
    if spec.json_type is None or spec.ref:
        return spec.json_type is None or isinstance(value, dict)
    expected = _PYTHON_TYPES[spec.json_type]
    if isinstance(value, bool) and bool not in expected:
        return False
    return isinstance(value, expected)


def json_type_name(value: Any) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def check_example(
    api: Api, schema: ObjectSchema, value: Any, pointer: str = "", depth: int = 0
) -> Iterator[Finding]:
    """Every way ``value`` (an example of ``schema``) agrees or disagrees with the field table."""
    if not isinstance(value, dict) or depth > 32:
        return
    for name, item in value.items():
        field = schema.field(name)
        where = f"{pointer}/{name}"
        if field is None:
            yield Finding(FindingKind.UNDOCUMENTED, schema, name, None, item, where)
            continue
        yield Finding(FindingKind.PRESENT, schema, name, field, item, where)
        yield from _check_value(api, schema, field, field.type, item, where, depth)


def _check_value(
    api: Api, schema: ObjectSchema, field: Field, spec: TypeSpec, value: Any, where: str, depth: int
) -> Iterator[Finding]:
    if value is None:
        if not spec.nullable:
            yield Finding(FindingKind.NULL, schema, field.name, field, value, where)
        return
    if not python_type_matches(spec, value):
        yield Finding(FindingKind.TYPE, schema, field.name, field, value, where)
        return
    if spec.enum and isinstance(value, str) and value not in spec.enum:
        yield Finding(FindingKind.ENUM, schema, field.name, field, value, where)
    nested = api.schema(spec.ref) if spec.ref else None
    if nested is not None:
        yield from check_example(api, nested, value, where, depth + 1)
    if spec.items is not None and isinstance(value, list):
        for index, element in enumerate(value):
            yield from _check_value(api, schema, field, spec.items, element, f"{where}/{index}", depth + 1)


def documented_examples(api: Api) -> list[tuple[ObjectSchema, Example]]:
    """Every parsed example with the field table it documents."""
    pairs: list[tuple[ObjectSchema, Example]] = []
    for schema in api.schemas:
        pairs += [(schema, e) for e in schema.examples if e.parsed]
    for operation in api.operations:
        request = api.schema(operation.request_schema or "")
        if request is not None:
            pairs += [(request, e) for e in operation.request_examples if e.parsed]
        for response in operation.responses:
            target = api.schema(response.schema.ref or "") if response.schema else None
            if target is not None:
                own = [e for e in response.examples if e.parsed and all(e is not s for s in target.examples)]
                pairs += [(target, e) for e in own]
    return pairs
