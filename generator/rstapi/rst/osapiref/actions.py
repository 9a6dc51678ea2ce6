"""Operations that share a method and path and differ by their body's key: one operation.

OpenStack documents each action of a resource as its own ``rest_method`` section on the same
path (``POST /servers/{server_id}/action`` with ``{"reboot": ...}``, ``{"os-start": null}`` ...).
OpenAPI has one operation per method and path, so the sections whose request bodies have no
top-level key in common become one operation whose body holds one of those keys (none of them
required: each request sends one), with every section's parameters, examples and responses, and
each action's versions on its key and on the statuses only it documents (those of the actions
that document a status, when they are narrower than the operation's). Sections that are not told
apart by their body keys stay separate (RST116, or RST188 for disjoint microversion ranges).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from rstapi.microversions import MAX_KEY, MIN_KEY, parse_version, shown, version_range
from rstapi.model import Example, Field, ObjectSchema, Operation, Parameter, Response
from rstapi.rst.walk import Walk

__all__ = ["merge_actions"]

_SUMMARY_LENGTH = 120


def merge_actions(
    operations: Sequence[tuple[Walk, Operation]],
) -> tuple[list[tuple[Walk, Operation]], set[tuple[str, int]]]:
    """``operations`` (with the walk that read each), actions of one path merged into the first;
    and the places of parameters the merged operation has from an earlier action (the same path
    parameter listed by every action is one parameter)."""
    groups: dict[tuple[str, str], list[tuple[Walk, Operation]]] = {}
    for walk, operation in operations:
        groups.setdefault((operation.method, operation.path), []).append((walk, operation))
    merged: dict[int, Operation] = {}
    dropped: set[int] = set()
    for group in groups.values():
        bodies = [_body(walk, op) for walk, op in group]
        if len(group) < 2 or not _disjoint(bodies):
            continue
        walk, first = group[0]
        merged[id(first)] = _merged(walk, [op for _, op in group], bodies)
        dropped |= {id(op) for _, op in group[1:]}
        for (other_walk, other), _ in zip(group[1:], bodies[1:], strict=True):
            other_walk.schemas.pop(other.request_schema or "", None)
    kept = [(walk, merged.get(id(op), op)) for walk, op in operations if id(op) not in dropped]
    return kept, _absorbed(groups, merged)


def _absorbed(
    groups: dict[tuple[str, str], list[tuple[Walk, Operation]]], merged: dict[int, Operation]
) -> set[tuple[str, int]]:
    places: set[tuple[str, int]] = set()
    for group in groups.values():
        into = merged.get(id(group[0][1]))
        if into is None:
            continue
        kept = {(p.location.path, p.location.line) for p in into.parameters}
        every = {(p.location.path, p.location.line) for _, op in group for p in op.parameters}
        places |= every - kept
    return places


def _body(walk: Walk, operation: Operation) -> ObjectSchema | None:
    return walk.schemas.get(operation.request_schema) if operation.request_schema else None


def _disjoint(bodies: Sequence[ObjectSchema | None]) -> bool:
    """Every operation has a body, and no top-level key is in two of them."""
    if any(body is None or not body.fields for body in bodies):
        return False
    names = [field.name for body in bodies if body is not None for field in body.fields]
    return len(names) == len(set(names))


def _merged(walk: Walk, group: list[Operation], bodies: Sequence[ObjectSchema | None]) -> Operation:
    first = group[0]
    fields = tuple(
        _action_key(field, operation)
        for operation, body in zip(group, bodies, strict=True)
        if body
        for field in body.fields
    )
    schema = bodies[0]
    assert schema is not None  # _disjoint checked every body
    walk.schemas[schema.name] = attrs.evolve(schema, fields=fields)
    summary = ", ".join(op.summary for op in group)
    if len(summary) > _SUMMARY_LENGTH:
        summary = summary[:_SUMMARY_LENGTH].rsplit(",", 1)[0] + " ..."
    return attrs.evolve(
        first,
        summary=summary,
        description="\n\n".join(f"**{op.summary}**: {op.description}".rstrip(": ") for op in group),
        path_spellings=tuple(spelling for op in group for spelling in op.path_spellings),
        parameters=_parameters(group),
        request_examples=tuple(_versioned(example, op) for op in group for example in op.request_examples),
        responses=_responses(group),
        prose=tuple(paragraph for op in group for paragraph in op.prose),
        extensions=_span(group),
    )


def _action_key(field: Field, operation: Operation) -> Field:
    """An action's body key: not required in the merged body, with the action's versions."""
    own = dict(field.extensions)
    versions = tuple((k, v) for k, v in operation.extensions if k in (MIN_KEY, MAX_KEY) and k not in own)
    return attrs.evolve(field, required=False, extensions=(*field.extensions, *versions))


def _versioned(example: Example, operation: Operation) -> Example:
    """An action's sample with no version of its own shows the action's first version."""
    low = dict(operation.extensions).get(MIN_KEY)
    if low is None or MIN_KEY in dict(example.extensions):
        return example
    return attrs.evolve(example, extensions=(*example.extensions, (MIN_KEY, low)))


def _parameters(group: list[Operation]) -> tuple[Parameter, ...]:
    found: dict[tuple[str, str], Parameter] = {}
    for operation in group:
        for parameter in operation.parameters:
            found.setdefault((parameter.name, parameter.located_in), parameter)
    return tuple(found.values())


def _responses(group: list[Operation]) -> tuple[Response, ...]:
    """Every status any action documents; of two bodies for one status, the first documented. An
    action's samples with no version of their own show the action's first version; a status only
    some actions document has their versions."""
    found: dict[int, Response] = {}
    documenting: dict[int, list[Operation]] = {}
    for operation in group:
        for written in operation.responses:
            examples = tuple(_versioned(example, operation) for example in written.examples)
            response = attrs.evolve(written, examples=examples)
            documenting.setdefault(response.status, []).append(operation)
            known = found.get(response.status)
            if known is None or (known.schema is None and response.schema is not None):
                found[response.status] = response
    return tuple(
        _response_span(response, documenting[response.status], group)
        for response in sorted(found.values(), key=lambda r: r.status)
    )


def _response_span(response: Response, documenting: list[Operation], group: list[Operation]) -> Response:
    """``response`` with the versions of the actions that document it (from the earliest one's to
    the latest one's: a gap between two of them is not left out), when they are not the merged
    operation's."""
    span = _span(documenting)
    if not span or span == _span(group) or response.extensions:
        return response
    return attrs.evolve(response, extensions=span)


def _span(group: list[Operation]) -> tuple[tuple[str, str], ...]:
    """The merged operation's versions: from the earliest action's to the latest's (none when an
    action has none)."""
    ranges = [version_range(op.extensions) for op in group]
    if any(r is None for r in ranges):
        return ()
    lows = [parse_version(dict(op.extensions).get(MIN_KEY)) for op in group]
    highs = [parse_version(dict(op.extensions).get(MAX_KEY)) for op in group]
    low = None if None in lows else min(v for v in lows if v is not None)
    high = None if None in highs else max(v for v in highs if v is not None)
    return tuple((key, shown(v)) for key, v in ((MIN_KEY, low), (MAX_KEY, high)) if v is not None)
