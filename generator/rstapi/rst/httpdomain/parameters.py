"""A resource's parameters: the signature's path parameters (typed by their converters, described by
``:param``), ``:query`` and ``:<header`` fields, with example values from the request examples."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from rstapi.model import CurlExample, Parameter, TypeSpec
from rstapi.rst.httpdomain.paths import PathParameter, Signature
from rstapi.rst.httpdomain.resource import Resource, query_values
from rstapi.rst.httpdomain.schemas import typed
from rstapi.rst.httpdomain.vocabulary import CONVERTERS, Role
from rstapi.rst.querystring import with_query_of
from rstapi.rst.types import cell_value
from rstapi.rst.walk import Walk

__all__ = ["parameters"]

# Request headers OpenAPI says in other words: the body's media type.
_MEDIA_HEADERS = frozenset({"content-type"})


def parameters(
    walk: Walk, resource: Resource, signature: Signature, curls: Sequence[CurlExample]
) -> tuple[Parameter, ...]:
    found = [*_path(walk, resource, signature), *_query(walk, resource, curls), *_headers(walk, resource)]
    unique: dict[tuple[str, str], Parameter] = {}
    for parameter in found:
        key = (parameter.located_in, parameter.name)
        if key in unique:
            first = unique[key].location
            message = f"{parameter.located_in} parameter {parameter.name!r} is documented twice (first at line {first.line}); the first is used"
            walk.report("DOC204", message, parameter.location)
            continue
        unique[key] = parameter
    return with_query_of(walk, tuple(unique.values()), signature.written, signature.query, resource.line)


def _path(walk: Walk, resource: Resource, signature: Signature) -> list[Parameter]:
    """The signature's parameters, typed by their converters, or by their ``:param`` field's type."""
    described = {e.name: e for e in resource.by_role(Role.PATH)}
    types = resource.types(Role.PATH)
    found = []
    for parameter in signature.parameters:
        entry = described.pop(parameter.name, None)
        spec = _converter_type(walk, resource, parameter)
        if entry is None:
            found.append(_undescribed(walk, resource, signature, parameter, spec))
            continue
        made = typed(walk, entry, types)
        spec = made.type if made.type.json_type else spec
        found.append(
            Parameter(
                parameter.name, "path", spec, made.description, made.location, True, origin="field list"
            )
        )
    for entry in described.values():
        names = ", ".join(p.name for p in signature.parameters) or "none"
        message = (
            f"path parameter {entry.name!r} is not in the path {signature.written} (its parameters: {names})"
        )
        walk.report("RST161", message, entry.line)
    return found


def _undescribed(
    walk: Walk, resource: Resource, signature: Signature, parameter: PathParameter, spec: TypeSpec
) -> Parameter:
    """A path parameter no ``:param`` field describes: its converter types it, else RST163."""
    if parameter.converter is None:
        message = (
            f"path parameter {parameter.name!r} of {signature.written} has no type: give it a "
            f"converter ((int:{parameter.name})) or a :param field; it is typed string"
        )
        walk.report("RST163", message, resource.line)
    return Parameter(parameter.name, "path", spec, "", walk.at(resource.line), True, origin="path")


def _converter_type(walk: Walk, resource: Resource, parameter: PathParameter) -> TypeSpec:
    if parameter.converter is None:
        return TypeSpec("string")
    if not parameter.known:
        known = ", ".join(sorted(CONVERTERS))
        message = f"converter {parameter.converter!r} of path parameter {parameter.name!r} is not known ({known}); it is typed string"
        walk.report("RST164", message, resource.line)
        return TypeSpec("string", raw=parameter.converter)
    json_type, form = CONVERTERS[parameter.converter.lower()]
    return TypeSpec(json_type, raw=parameter.converter, format=form)


def _query(walk: Walk, resource: Resource, curls: Sequence[CurlExample]) -> list[Parameter]:
    types = resource.types(Role.QUERY)
    sent = query_values(walk, resource, curls)
    found = []
    for entry in resource.by_role(Role.QUERY):
        made = typed(walk, entry, types)
        parameter = Parameter(
            made.name,
            "query",
            made.type,
            made.description,
            made.location,
            bool(made.required),
            origin="field list",
        )
        found.append(_with_example(walk, parameter, [(v, at) for k, v, at in sent if k == made.name]))
    return found


def _with_example(walk: Walk, parameter: Parameter, values: Sequence[tuple[str, object]]) -> Parameter:
    """The first value the examples send, when it is of the parameter's type; one that is not is RST160."""
    for value, at in values:
        fits, read = cell_value(value, parameter.type)
        if not fits:
            kind = parameter.type.raw or parameter.type.json_type
            message = f"the example sends {parameter.name}={value!r}, which is not a {kind} value as the :query field says"
            walk.report("RST160", message, at)  # type: ignore[arg-type]
            continue
        if parameter.example is None:
            parameter = attrs.evolve(parameter, example=read)
    return parameter


def _headers(walk: Walk, resource: Resource) -> list[Parameter]:
    return [
        Parameter(e.name, "header", TypeSpec("string"), e.description, walk.at(e.line), origin="field list")
        for e in resource.by_role(Role.REQUEST_HEADER)
        if e.name.lower() not in _MEDIA_HEADERS
    ]
