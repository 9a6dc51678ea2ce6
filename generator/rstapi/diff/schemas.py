"""What a client sees of a schema, with ``$ref``, ``allOf`` and null alternatives looked through."""

from __future__ import annotations

from typing import Any

import attrs

from rstapi.diff.side import Side
from rstapi.naming import pointer_token
from rstapi.records import Record

__all__ = ["Shape", "shape_of"]

MAX_REFS = 32


@attrs.frozen(repr=False)
class Shape(Record):
    pointer: str  # where the schema's own text is (after following $ref)
    types: frozenset[str] = frozenset()  # JSON types (with format), without "null"
    nullable: bool = False
    enum: tuple[Any, ...] | None = None  # without null
    properties: dict[str, tuple[Any, str]] = attrs.field(factory=dict)  # name -> (schema, pointer)
    required: frozenset[str] = frozenset()
    items: tuple[Any, str] | None = None
    description: str | None = None
    bounds: dict[str, float] = attrs.field(factory=dict)  # "minimum", "maxLength" ... -> its value
    pattern: str | None = None  # the regular expression a string matches

    @property
    def type_label(self) -> str:
        return " | ".join(sorted(self.types)) or "any"


def _follow(side: Side, schema: Any, pointer: str) -> tuple[Any, str]:
    for _ in range(MAX_REFS):
        if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
            break
        found = side.lookup(schema["$ref"])
        if found is None:
            break
        schema, pointer = found
    return schema, pointer


# The bounds a schema sets on its value, each with the end it bounds: a "low" bound raised, or a
# "high" one lowered (or either added), allows fewer values.
BOUNDS: dict[str, str] = {
    "minimum": "low",
    "exclusiveMinimum": "low",
    "minLength": "low",
    "minItems": "low",
    "maximum": "high",
    "exclusiveMaximum": "high",
    "maxLength": "high",
    "maxItems": "high",
}


def _merge(into: dict[str, Any], shape: Shape) -> None:
    into["types"] = into.get("types") or shape.types
    into["nullable"] = into.get("nullable", False) or shape.nullable
    into["enum"] = into.get("enum") if into.get("enum") is not None else shape.enum
    into.setdefault("properties", {}).update(shape.properties)
    into["required"] = into.get("required", frozenset()) | shape.required
    into["items"] = into.get("items") or shape.items
    into["bounds"] = {**shape.bounds, **into.get("bounds", {})}
    into["pattern"] = into.get("pattern") or shape.pattern


def shape_of(side: Side, schema: Any, pointer: str, depth: int = 0) -> Shape:
    """The schema at ``pointer`` in ``side`` as a client sees it."""
    description = schema.get("description") if isinstance(schema, dict) else None
    schema, pointer = _follow(side, schema, pointer)
    if not isinstance(schema, dict) or depth > MAX_REFS:
        return Shape(pointer)
    found: dict[str, Any] = {}
    for key in ("allOf", "anyOf", "oneOf"):
        for index, member in enumerate(schema.get(key) or ()):
            if isinstance(member, dict) and member.get("type") == "null":
                found["nullable"] = True
            else:
                _merge(found, shape_of(side, member, f"{pointer}/{key}/{index}", depth + 1))
    _merge(found, _own(schema, pointer))
    return Shape(
        pointer,
        types=found["types"],
        nullable=found["nullable"],
        enum=found["enum"],
        properties=found["properties"],
        required=found["required"],
        items=found["items"],
        description=description if description is not None else schema.get("description"),
        bounds=found["bounds"],
        pattern=found["pattern"],
    )


def _own(schema: dict[str, Any], pointer: str) -> Shape:
    kinds = schema.get("type")
    names = [kinds] if isinstance(kinds, str) else list(kinds or ())
    suffix = f" ({schema['format']})" if isinstance(schema.get("format"), str) else ""
    enum = schema.get("enum")
    properties = schema.get("properties") or {}
    items = schema.get("items")
    return Shape(
        pointer,
        types=frozenset(f"{name}{suffix}" for name in names if name != "null"),
        nullable="null" in names or (isinstance(enum, list) and None in enum),
        enum=tuple(value for value in enum if value is not None) if isinstance(enum, list) else None,
        properties={
            str(name): (value, f"{pointer}/properties/{pointer_token(str(name))}")
            for name, value in properties.items()
        },
        required=frozenset(str(name) for name in schema.get("required") or ()),
        items=(items, f"{pointer}/items") if isinstance(items, dict) else None,
        bounds={
            key: float(value)
            for key in BOUNDS
            if isinstance(value := schema.get(key), int | float) and not isinstance(value, bool)
        },
        pattern=schema["pattern"] if isinstance(schema.get("pattern"), str) else None,
    )
