"""The API as of one microversion (``--microversion X.Y``), and without the operations a later
version of the same method and path supersedes (RST188): a build that leaves nothing out
imports none of it. Which elements a version has is ``rstapi.microversions``'.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from rstapi.microversions import HIGHEST, LOWEST, Version, includes, version_range
from rstapi.model import Api, Example, Field, ObjectSchema, Operation, Parameter, Response

__all__ = ["at_version", "without"]


def at_version(api: Api, version: Version) -> Api:
    """``api`` as of ``version``: parameters, fields, responses and examples of other versions left
    out (and out of the coverage's count), with the schemas only they used."""
    keep: Callable[[Sequence[tuple[str, Any]]], bool] = lambda ext: includes(ext, version)  # noqa: E731
    operations = tuple(_operation_at(op, version, keep) for op in api.operations)
    schemas = tuple(_schema_at(schema, version, keep) for schema in api.schemas)
    narrowed = attrs.evolve(api, operations=operations, schemas=schemas)
    dropped = [r.schema for op in api.operations for r in op.responses if not keep(r.extensions)]
    unused = _closure(api, [s.ref for s in dropped if s and s.ref]) - _reached(narrowed, operations)
    if unused:
        schemas = tuple(s for s in schemas if s.name not in unused)
        narrowed = attrs.evolve(narrowed, schemas=schemas)
    gone = _places(api, api.operations, api.schemas) - _places(narrowed, operations, schemas)
    return _uncounted(narrowed, gone)


def without(api: Api, left_out: Sequence[Operation]) -> Api:
    """``api`` without ``left_out``'s schemas (those no other operation uses) and the places they
    used (out of the coverage's count: a finding says why they are left out)."""
    if not left_out:
        return api
    kept_schemas = _reached(api, api.operations)
    schemas = tuple(s for s in api.schemas if s.name in kept_schemas or s.name not in _reached(api, left_out))
    gone = _places(api, left_out, api.schemas) - _places(api, api.operations, api.schemas)
    return _uncounted(attrs.evolve(api, schemas=schemas), gone)


def _reached(api: Api, operations: Sequence[Operation]) -> set[str]:
    """The schemas ``operations`` use, through fields' references."""
    pending = [op.request_schema for op in operations if op.request_schema]
    pending += [r.schema.ref for op in operations for r in op.responses if r.schema and r.schema.ref]
    return _closure(api, pending)


def _closure(api: Api, pending: list[str]) -> set[str]:
    """The schemas named and those their fields reference."""
    found: set[str] = set()
    while pending:
        name = pending.pop()
        schema = api.schema(name)
        if name in found or schema is None:
            continue
        found.add(name)
        for field in schema.fields:
            spec = field.type
            pending += [n for n in (spec.ref, spec.items.ref if spec.items else None, *spec.choices) if n]
    return found


def _places(
    api: Api, operations: Sequence[Operation], schemas: Sequence[ObjectSchema]
) -> set[tuple[str, int]]:
    """The places (file, line) the operations' parameters, fields and examples were read from."""
    by_name = {s.name: s for s in schemas}
    reached = _reached(api, operations)
    located = [
        *(where for op in operations for _, where in op.path_spellings),
        *(p.location for op in operations for p in op.parameters),
        *(e.location for op in operations for e in op.request_examples),
        *(e.location for op in operations for r in op.responses for e in r.examples),
        *(f.location for name in reached if name in by_name for f in by_name[name].fields),
    ]
    return {(where.path, where.line) for where in located}


def _uncounted(api: Api, gone: set[tuple[str, int]]) -> Api:
    inventory = tuple(item for item in api.inventory if (item.location.path, item.location.line) not in gone)
    return attrs.evolve(api, inventory=inventory)


def _operation_at(
    operation: Operation, version: Version, keep: Callable[[Sequence[tuple[str, Any]]], bool]
) -> Operation:
    parameters: tuple[Parameter, ...] = tuple(p for p in operation.parameters if keep(p.extensions))
    responses: tuple[Response, ...] = tuple(
        attrs.evolve(r, examples=_examples_at(r.examples, version))
        for r in operation.responses
        if keep(r.extensions)
    )
    return attrs.evolve(
        operation,
        parameters=parameters,
        request_examples=_examples_at(operation.request_examples, version),
        responses=responses,
    )


def _schema_at(
    schema: ObjectSchema, version: Version, keep: Callable[[Sequence[tuple[str, Any]]], bool]
) -> ObjectSchema:
    fields: tuple[Field, ...] = tuple(f for f in schema.fields if keep(f.extensions))
    return attrs.evolve(schema, fields=fields, examples=_examples_at(schema.examples, version))


def _examples_at(examples: tuple[Example, ...], version: Version) -> tuple[Example, ...]:
    """The examples that show ``version``: of those whose range includes it, the latest of each
    shape (an object's top-level keys: the samples of one action of a resource, say)."""
    candidates = [e for e in examples if includes(e.extensions, version)]
    latest: dict[object, Version] = {}
    for example in candidates:
        shape, since = _shape(example), _since(example)
        latest[shape] = max(latest.get(shape, since), since)
    return tuple(e for e in candidates if _since(e) == latest[_shape(e)])


def _since(example: Example) -> Version:
    return (version_range(example.extensions) or (LOWEST, HIGHEST))[0]


def _shape(example: Example) -> object:
    return frozenset(example.value) if isinstance(example.value, dict) else None
