"""DOC218: a microversion range that excludes every example.

An example's version is the one it shows (``x-openstack-min-version``: its "(v2.47)" title or
"v2.47/" folder), else its operation's minimum; where an example has neither, the check is not
made. An operation's range is checked against all its examples, a body field's against the
examples of its direction (request or response).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.microversions import Version, example_version, includes, shown, version_range
from rstapi.model import Api, Example, Field, ObjectSchema, Operation
from rstapi.naming import path_pointer, schema_pointer

__all__ = ["check"]


def check(api: Api) -> Iterator[Diagnostic]:
    seen: set[tuple[str, str]] = set()
    for operation in api.operations:
        request = _versions(operation, operation.request_examples)
        response = _versions(operation, tuple(e for r in operation.responses for e in r.examples))
        everything = None if request is None or response is None else request + response
        if everything and not any(includes(operation.extensions, v) for v in everything):
            yield _finding(
                f"{operation.method} {operation.path}",
                operation.extensions,
                everything,
                operation.location,
                path_pointer(operation.path, operation.method),
            )
        for name, versions in ((operation.request_schema, request), (_response_schema(operation), response)):
            schema = api.schema(name) if name else None
            if schema is None or not versions:
                continue
            for holder, field in _fields(api, schema):
                if (holder.name, field.name) in seen or any(includes(field.extensions, v) for v in versions):
                    continue
                seen.add((holder.name, field.name))
                yield _finding(
                    f"field {field.full_name!r}",
                    field.extensions,
                    versions,
                    field.location,
                    schema_pointer(holder.name, field.name),
                )


def _versions(operation: Operation, examples: Sequence[Example]) -> list[Version] | None:
    """The versions the examples show; None when one of them has no version."""
    found = [example_version(e, operation) for e in examples if e.parsed]
    return None if any(v is None for v in found) else [v for v in found if v is not None]


def _response_schema(operation: Operation) -> str | None:
    return next((r.schema.ref for r in operation.responses if r.schema and r.schema.ref), None)


def _fields(api: Api, schema: ObjectSchema) -> Iterator[tuple[ObjectSchema, Field]]:
    """The schema's fields and its nested schemas' fields, each schema once."""
    pending, done = [schema], set()
    while pending:
        current = pending.pop(0)
        if current.name in done:
            continue
        done.add(current.name)
        for field in current.fields:
            yield current, field
            spec = field.type
            nested = spec.ref or (spec.items.ref if spec.items else None)
            found = api.schema(nested) if nested else None
            if found is not None:
                pending.append(found)


def _finding(
    what: str,
    extensions: Sequence[tuple[str, object]],
    versions: Sequence[Version],
    where: SourceLocation,
    pointer: str,
) -> Diagnostic:
    low, high = version_range(extensions) or ((0, 0), (0, 0))
    span = f"{shown(low) if low != (0, 0) else ''}-{shown(high) if high[0] < 2**31 else ''}"
    samples = ", ".join(sorted({shown(v) for v in versions}))
    message = f"{what} is documented for microversions {span}, but its examples show {samples}: none of them"
    return Diagnostic("DOC218", message, where, pointer=pointer)
