"""DOC217: a request body field the reference says is required, absent from a request example.

Checked in every object of the example its schema describes (nested objects and array items
too); a field documented for some microversions only is checked against the examples of a
version it has (``rstapi.microversions``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rstapi.diagnostics import Diagnostic
from rstapi.microversions import example_version, includes
from rstapi.model import Api, Example, Field, ObjectSchema, Operation
from rstapi.naming import schema_pointer

__all__ = ["check"]


def check(api: Api) -> Iterator[Diagnostic]:
    seen: set[tuple[str, str]] = set()
    for operation in api.operations:
        schema = api.schema(operation.request_schema) if operation.request_schema else None
        if schema is None:
            continue
        for example in operation.request_examples:
            if not example.parsed:
                continue
            for holder, field in _missing(api, schema, example.value, example_version(example, operation)):
                if (holder.name, field.name) not in seen:
                    seen.add((holder.name, field.name))
                    yield _finding(operation, holder, field, example)


def _missing(
    api: Api, schema: ObjectSchema, value: Any, version: tuple[int, int] | None, depth: int = 0
) -> Iterator[tuple[ObjectSchema, Field]]:
    if not isinstance(value, dict) or depth > 16:
        return
    for field in schema.fields:
        if field.name not in value:
            if field.required and (version is None or includes(field.extensions, version)):
                yield schema, field
            continue
        spec = field.type
        nested = spec.ref or (spec.items.ref if spec.items else None)
        inner = api.schema(nested) if nested else None
        if inner is None:
            continue
        for item in value[field.name] if isinstance(value[field.name], list) else [value[field.name]]:
            yield from _missing(api, inner, item, version, depth + 1)


def _finding(operation: Operation, holder: ObjectSchema, field: Field, example: Example) -> Diagnostic:
    message = (
        f"request field {field.full_name!r} (required, {field.location}) is absent from the request "
        f"example of {operation.method} {operation.path}"
    )
    return Diagnostic("DOC217", message, example.location, pointer=schema_pointer(holder.name, field.name))
