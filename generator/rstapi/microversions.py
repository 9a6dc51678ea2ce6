"""API microversions on model elements: which elements a version has, and a spec as of a version.

A reader that knows versions (os-api-ref's ``min_version`` / ``max_version``) puts them in an
element's ``extensions`` under ``MIN_KEY`` / ``MAX_KEY`` (both ends included); an example's
``MIN_KEY`` is the version it shows (it holds from there until the next example of the same
shape's version).
Without a chosen version every element stays, and of two operations with the same method and
path for disjoint ranges the later one stays (RST188 for the other); ``--microversion X.Y`` keeps
what X.Y has: operations, parameters and fields whose range includes it, and of each set of
examples the latest one as of X.Y.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api, Example, Field, ObjectSchema, Operation, Parameter, Response

__all__ = [
    "MAX_KEY",
    "MIN_KEY",
    "Version",
    "at_version",
    "example_version",
    "includes",
    "parse_version",
    "pick_operations",
    "shown",
    "spanning",
    "version_range",
    "without",
]

MIN_KEY = "x-openstack-min-version"
MAX_KEY = "x-openstack-max-version"
Version = tuple[int, int]
_VERSION = re.compile(r"^\s*(\d+)\.(\d+)\s*$")
_LOWEST: Version = (0, 0)
_HIGHEST: Version = (2**31, 0)


def parse_version(text: Any) -> Version | None:
    """``"2.47"`` -> (2, 47); None for anything else."""
    match = _VERSION.match(str(text)) if text is not None else None
    return (int(match[1]), int(match[2])) if match else None


def shown(version: Version) -> str:
    return f"{version[0]}.{version[1]}"


def version_range(extensions: Sequence[tuple[str, Any]]) -> tuple[Version, Version] | None:
    """The (min, max) an element is documented for; None when it says neither."""
    said: Mapping[str, Any] = dict(extensions)
    low, high = parse_version(said.get(MIN_KEY)), parse_version(said.get(MAX_KEY))
    if low is None and high is None:
        return None
    return low or _LOWEST, high or _HIGHEST


def includes(extensions: Sequence[tuple[str, Any]], version: Version) -> bool:
    """Whether an element with these extensions is documented for ``version`` (no range: always)."""
    found = version_range(extensions)
    return found is None or found[0] <= version <= found[1]


_includes = includes


def example_version(example: Example, operation: Operation) -> Version | None:
    """The version an example shows: its own, else its operation's minimum; None if neither says."""
    own = parse_version(dict(example.extensions).get(MIN_KEY))
    return own or parse_version(dict(operation.extensions).get(MIN_KEY))


def pick_operations(
    operations: Sequence[Operation], version: Version | None, diagnostics: list[Diagnostic]
) -> tuple[list[Operation], list[Operation]]:
    """The operations of ``version`` (all but the earlier of disjoint ranges, when None), and
    those left out."""
    if version is not None:
        kept = [op for op in operations if _includes(op.extensions, version)]
        return kept, [op for op in operations if not _includes(op.extensions, version)]
    groups: dict[tuple[str, str], list[Operation]] = {}
    for operation in operations:
        groups.setdefault((operation.method, operation.path), []).append(operation)
    left_out: list[Operation] = []
    for group in groups.values():
        ranges = [version_range(op.extensions) for op in group]
        if len(group) < 2 or not _disjoint([r for r in ranges if r is not None], len(group)):
            continue
        latest = max(group, key=lambda op: version_range(op.extensions) or (_LOWEST, _LOWEST))
        for operation in group:
            if operation is not latest:
                left_out.append(operation)
                diagnostics.append(_superseded(operation, latest))
    return [op for op in operations if all(op is not out for out in left_out)], left_out


def _disjoint(ranges: Sequence[tuple[Version, Version]], count: int) -> bool:
    """All ``count`` operations have a range, and no two ranges overlap."""
    ordered = sorted(ranges)
    if len(ordered) != count:
        return False
    return all(a[1] < b[0] for a, b in itertools.pairwise(ordered))


def _superseded(operation: Operation, latest: Operation) -> Diagnostic:
    low, high = version_range(operation.extensions) or (_LOWEST, _HIGHEST)
    message = (
        f"{operation.method} {operation.path} for microversions {_span(low, high)} is left out: "
        f"the spec shows the one at {latest.location} "
        f"(build with --microversion {shown(high if low == _LOWEST else low)} for this one)"
    )
    return Diagnostic("RST188", message, operation.location)


def _span(low: Version, high: Version) -> str:
    return f"{shown(low) if low != _LOWEST else ''}-{shown(high) if high != _HIGHEST else ''}"


def at_version(api: Api, version: Version) -> Api:
    """``api`` as of ``version``: parameters, fields and examples of other versions left out (and
    out of the coverage's count)."""
    keep: Callable[[Sequence[tuple[str, Any]]], bool] = lambda ext: _includes(ext, version)  # noqa: E731
    operations = tuple(_operation_at(op, version, keep) for op in api.operations)
    schemas = tuple(_schema_at(schema, version, keep) for schema in api.schemas)
    narrowed = attrs.evolve(api, operations=operations, schemas=schemas)
    gone = _places(api, api.operations, api.schemas) - _places(narrowed, operations, schemas)
    return _uncounted(narrowed, gone)


def spanning(api: Api) -> Api:
    """``api`` across versions: a parameter or field that only some versions have is not required.
    An Api that says no version is returned as it is (the house style's, httpdomain's)."""
    operations = tuple(_spanning_operation(op) for op in api.operations)
    schemas = tuple(_spanning_schema(s) for s in api.schemas)
    if all(a is b for a, b in zip(operations, api.operations, strict=True)) and all(
        a is b for a, b in zip(schemas, api.schemas, strict=True)
    ):
        return api
    return attrs.evolve(api, operations=operations, schemas=schemas)


def _spanning_operation(operation: Operation) -> Operation:
    parameters = tuple(_optional(p) for p in operation.parameters)
    if all(a is b for a, b in zip(parameters, operation.parameters, strict=True)):
        return operation
    return attrs.evolve(operation, parameters=parameters)


def _spanning_schema(schema: ObjectSchema) -> ObjectSchema:
    fields = tuple(_optional(f) for f in schema.fields)
    if all(a is b for a, b in zip(fields, schema.fields, strict=True)):
        return schema
    return attrs.evolve(schema, fields=fields)


_Element = TypeVar("_Element", Field, Parameter)


def _optional(element: _Element) -> _Element:
    if element.required and version_range(element.extensions) is not None:
        return attrs.evolve(
            element, required=element.located_in == "path" if isinstance(element, Parameter) else False
        )
    return element


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
        attrs.evolve(r, examples=_examples_at(r.examples, version)) for r in operation.responses
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
    candidates = [e for e in examples if _includes(e.extensions, version)]
    latest: dict[object, Version] = {}
    for example in candidates:
        shape, since = _shape(example), _since(example)
        latest[shape] = max(latest.get(shape, since), since)
    return tuple(e for e in candidates if _since(e) == latest[_shape(e)])


def _since(example: Example) -> Version:
    return (version_range(example.extensions) or (_LOWEST, _HIGHEST))[0]


def _shape(example: Example) -> object:
    return frozenset(example.value) if isinstance(example.value, dict) else None
