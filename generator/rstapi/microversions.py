"""API microversions on model elements: which elements a version has, and a spec across versions.

A reader that knows versions (os-api-ref's ``min_version`` / ``max_version``) puts them in an
element's ``extensions`` under ``MIN_KEY`` / ``MAX_KEY`` (both ends included); an example's
``MIN_KEY`` is the version it shows (it holds from there until the next example of the same
shape's version).
Without a chosen version every element stays, and of two operations with the same method and
path for disjoint ranges the later one stays (RST188 for the other); ``--microversion X.Y`` keeps
what X.Y has: operations, parameters and fields whose range includes it, and of each set of
examples the latest one as of X.Y (``rstapi.versioned``, imported only for a build that
leaves something out).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import attrs

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api, Example, Field, ObjectSchema, Operation, Parameter

__all__ = [
    "HIGHEST",
    "LOWEST",
    "MAX_KEY",
    "MIN_KEY",
    "Version",
    "example_version",
    "includes",
    "parse_version",
    "pick_operations",
    "shown",
    "spanning",
    "version_range",
]

MIN_KEY = "x-openstack-min-version"
MAX_KEY = "x-openstack-max-version"
Version = tuple[int, int]
_VERSION = re.compile(r"^\s*(\d+)\.(\d+)\s*$")
LOWEST: Version = (0, 0)  # the ends of a range that names only one
HIGHEST: Version = (2**31, 0)


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
    return low or LOWEST, high or HIGHEST


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
        latest = max(group, key=lambda op: version_range(op.extensions) or (LOWEST, LOWEST))
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
    low, high = version_range(operation.extensions) or (LOWEST, HIGHEST)
    message = (
        f"{operation.method} {operation.path} for microversions {_span(low, high)} is left out: "
        f"the spec shows the one at {latest.location} "
        f"(build with --microversion {shown(high if low == LOWEST else low)} for this one)"
    )
    return Diagnostic("RST188", message, operation.location)


def _span(low: Version, high: Version) -> str:
    return f"{shown(low) if low != LOWEST else ''}-{shown(high) if high != HIGHEST else ''}"


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
