"""Field entries -> model fields and component schemas (dotted names nest, ``[]`` marks arrays)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from rstapi.model import Field, ObjectSchema, TypeSpec
from rstapi.rst.httpdomain.fields import Entry
from rstapi.rst.types import required_marked
from rstapi.rst.walk import Walk, add_schema, field

__all__ = ["fields_of", "inferred_schema", "schema_of", "typed"]

_ARRAY_MARK = re.compile(r"\[\*?\]$")


def typed(walk: Walk, entry: Entry, types: dict[str, Entry]) -> Field:
    """The entry as a field: its type as written (``:query int limit:``), else from a ``:type``
    field of the same name, else any; an unknown type is reported (RST112) by ``walk.field``."""
    type_entry = types.get(entry.name)
    written = entry.type or (type_entry.type if type_entry else "")
    raw, required = required_marked(written, entry.description)
    if raw.strip():
        made = field(walk, entry.name, raw, entry.description, entry.line)
    else:
        made = Field(entry.name, TypeSpec(None), entry.description, walk.at(entry.line))
    return attrs.evolve(made, required=required, refs=entry.refs)


def fields_of(walk: Walk, entries: Sequence[Entry], types: dict[str, Entry]) -> tuple[Field, ...]:
    """The entries as fields, with a field for every parent a dotted name implies and the doc
    does not list (``rows[].id`` alone implies an array ``rows`` of objects)."""
    found = [typed(walk, entry, types) for entry in entries]
    names = {f.name for f in found}
    result: list[Field] = []
    for made in found:
        for parent in _parents(made.name):
            if parent[0] not in names:
                names.add(parent[0])
                spec = TypeSpec("array", items=TypeSpec("object")) if parent[1] else TypeSpec("object")
                result.append(Field(parent[0], spec, "", made.location))
        result.append(made)
    return tuple(result)


def _parents(name: str) -> list[tuple[str, bool]]:
    """("rows", True), ("rows[].owner", False) for "rows[].owner.name": the parents, and whether
    each is an array."""
    parts = name.split(".")
    found = []
    for index in range(1, len(parts)):
        prefix = ".".join(parts[:index])
        array = bool(_ARRAY_MARK.search(prefix))
        found.append((_ARRAY_MARK.sub("", prefix), array))
    return found


def schema_of(walk: Walk, name: str, fields: tuple[Field, ...]) -> str:
    """A component for ``fields`` (dotted names nested into their parents' schemas)."""
    return add_schema(walk, ObjectSchema(name, fields, fields[0].location))


def inferred_schema(walk: Walk, name: str, value: dict[str, Any], where: Any) -> str:
    """A component from an example's keys, for a body the field list does not document."""
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    fields = tuple(
        Field(key, TypeSpec(names.get(type(item)), nullable=item is None), "", where)
        for key, item in value.items()
    )
    description = f"Inferred from the example at {where}; the reference has no field list for it."
    return add_schema(walk, ObjectSchema(name, fields, where, description=description))
