"""A resource's parameters: the signature's path parameters (typed by their converters, described by
``:param``), ``:query`` and ``:<header`` fields, with example values from the request examples."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.model import CurlExample, Parameter, TypeSpec
from rstapi.rst.httpdomain.credentials import SAID_ELSEWHERE
from rstapi.rst.httpdomain.fields import Entry
from rstapi.rst.httpdomain.paths import PathParameter, Signature
from rstapi.rst.httpdomain.resource import Resource, path_values, query_values, side
from rstapi.rst.httpdomain.said import said, untyped
from rstapi.rst.httpdomain.schemas import header_parameter, typed
from rstapi.rst.httpdomain.shown import with_shown_value
from rstapi.rst.httpdomain.vocabulary import (
    CONVERTER_ARGUMENTS,
    CONVERTERS,
    SAID_LIST,
    SAID_REPEATED,
    SAID_REPEATED_CUES,
    SAID_TYPES,
    Role,
)
from rstapi.rst.querystring import with_query_of
from rstapi.rst.types import cell_value, described, unfit
from rstapi.rst.walk import Walk

__all__ = ["header_key", "parameters"]


def parameters(
    walk: Walk,
    resource: Resource,
    signature: Signature,
    signatures: Sequence[Signature],
    curls: Sequence[CurlExample],
) -> tuple[Parameter, ...]:
    """``signature``'s parameters; ``signatures`` are all the directive's (its one field list
    describes them all)."""
    found = [
        *_path(walk, resource, signature, signatures, path_values(walk, resource, curls, signature)),
        *_query(walk, resource, query_values(walk, resource, curls, signature, signatures)),
        *_headers(walk, resource),
    ]
    unique: dict[tuple[str, str], Parameter] = {}
    for parameter in found:
        key = (parameter.located_in, header_key(parameter.name, parameter.located_in))
        if key in unique:
            first = unique[key].location
            message = f"{parameter.located_in} parameter {parameter.name!r} is documented twice (first at {first.named_from(parameter.location)}); the first is used"
            walk.report("DOC204", message, parameter.location)
            continue
        unique[key] = parameter
    read = with_query_of(walk, tuple(unique.values()), signature.written, signature.query, resource.line)
    _report_undocumented_query(walk, resource, read, curls)
    return read


def _report_undocumented_query(
    walk: Walk, resource: Resource, read: Sequence[Parameter], curls: Sequence[CurlExample]
) -> None:
    """A query parameter an example request (raw HTTP or curl) sends that no ``:query`` field (nor
    the signature's query string) documents: DOC207 at the line that sends it, once per example."""
    documented = {p.name for p in read if p.located_in == "query"}
    name = f"http:{resource.method.lower()} {' or '.join(resource.node['signatures'])}"
    sent = dict.fromkeys((key, at) for key, _, at in query_values(walk, resource, curls))
    for key, at in sent:
        if key not in documented:
            message = f"an example request sends the query parameter {key!r}, which no :query field of {name} documents"
            walk.report("DOC207", message, at)


def header_key(name: str, located_in: str = "header") -> str:
    """The name two parameters are the same by: a header's in any case (HTTP's field names are
    case-insensitive: ``X-Token`` and ``x-token`` are one header), another's as written."""
    return name.lower() if located_in == "header" else name


def _path(
    walk: Walk,
    resource: Resource,
    signature: Signature,
    signatures: Sequence[Signature],
    sent: Sequence[tuple[str, str, SourceLocation]],
) -> list[Parameter]:
    """The signature's parameters, typed by their converters, or by their ``:param`` field's type,
    each with the first value the examples sent to its path give it (``_with_example``)."""
    found = [
        _with_example(walk, parameter, [(v, at) for k, v, at in sent if k == parameter.name])
        for parameter in _path_parameters(walk, resource, signature, signatures)
    ]
    return found


def _path_parameters(
    walk: Walk, resource: Resource, signature: Signature, signatures: Sequence[Signature]
) -> list[Parameter]:
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
        if not made.type.json_type:
            declared = said(walk, entry, spec, "path parameter")
        else:
            declared = _agreed(walk, parameter, entry, made.type, spec, types.get(entry.name))
        spec = _bounded(declared, spec)
        found.append(
            Parameter(
                parameter.name, "path", spec, made.description, made.location, True, origin="field list"
            )
        )
    # A directive with several signatures describes them all in one field list: a :param is
    # stray only when no signature has it (and then it is said once, for each of them alike).
    named = {p.name for each in signatures for p in each.parameters}
    for entry in described.values():
        if entry.name in named:
            continue
        names = ", ".join(dict.fromkeys(p.name for each in signatures for p in each.parameters)) or "none"
        paths = " or ".join(each.written for each in signatures)
        message = f"path parameter {entry.name!r} is not in the path {paths} (its parameters: {names})"
        walk.report("RST161", message, entry.line)
    return found


# A converter's JSON type and format, and the ``:param`` types that fit in it: a type that narrows
# the converter's refines it (``(float:ratio)`` with ``:param int ratio:``); a plain string
# converter (``string``, ``path``, ``any`` ...) takes every type, as every value is text in a path.
_FITS_IN: dict[tuple[str | None, str | None], frozenset[str]] = {
    ("integer", None): frozenset({"integer"}),
    ("number", None): frozenset({"integer", "number"}),
    ("string", "uuid"): frozenset({"string"}),
}


def _agreed(
    walk: Walk,
    parameter: PathParameter,
    entry: Entry,
    declared: TypeSpec,
    converted: TypeSpec,
    type_entry: Entry | None,
) -> TypeSpec:
    """The type of a path parameter that both its converter and its ``:param`` field type.

    When the ``:param``'s type does not fit in the converter's (``(int:user_id)`` with ``:param
    string user_id:``), the document contradicts itself: DOC220 at the ``:param`` line, and the
    converter's type is the one the spec uses, with what the description says of such values.
    The converter is the route's own rule (Werkzeug's, as autoflask writes it from the app's URL
    map): a value of the ``:param``'s type that is not one of the converter's is routed nowhere
    (404), so a spec with it would have the mock, the client and the contract tests send requests
    the server cannot answer; and httpdomain shows the converter in the signature itself.
    """
    fits = _FITS_IN.get((converted.json_type, converted.format))
    if fits is None or declared.json_type in fits or parameter.kind not in CONVERTERS:
        return declared
    written = declared.raw or declared.json_type
    field = (
        f"its :type field (line {type_entry.line}) says"
        if type_entry and not entry.type
        else "its :param field says"
    )
    message = (
        f"path parameter {parameter.name!r} is typed {converted.json_type} by its converter "
        f"({parameter.converter}:{parameter.name}), but {field} {written!r}; the spec has it typed "
        f"{converted.json_type}, as the converter routes it"
    )
    walk.report_once("DOC220", message, entry.line)  # one :param for several signatures
    return described(
        TypeSpec(converted.json_type, raw=converted.raw, format=converted.format), entry.description
    )


_BOUNDS = ("enum", "minimum", "maximum", "exclusive_minimum", "exclusive_maximum", "min_length", "max_length")


def _bounded(described: TypeSpec, converted: TypeSpec) -> TypeSpec:
    """The ``:param`` field's type, with the converter's bounds and format (``uuid``) it does not
    give itself when both are the same JSON type (a bound of 0 is given: only None and no values
    are not)."""
    if described.json_type != converted.json_type:
        return described
    taken = {
        name: getattr(converted, name)
        for name in (*_BOUNDS, "format")
        if getattr(described, name) in (None, ())
    }
    return attrs.evolve(described, **taken)


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
    if parameter.converter is None or parameter.kind is None:
        return TypeSpec("string")
    if not parameter.known:
        known = ", ".join(sorted(CONVERTERS))
        message = f"converter {parameter.converter!r} of path parameter {parameter.name!r} is not known ({known}); it is typed string"
        walk.report("RST164", message, resource.line)
        return TypeSpec("string", raw=parameter.converter)
    json_type, form = CONVERTERS[parameter.kind]
    spec = TypeSpec(json_type, raw=parameter.converter, format=form)
    return _with_arguments(walk, resource, parameter, spec)


def _with_arguments(walk: Walk, resource: Resource, parameter: PathParameter, spec: TypeSpec) -> TypeSpec:
    """``spec`` bounded by the converter's arguments (``CONVERTER_ARGUMENTS``); ``any``'s words are
    its enum. An argument the reader does not know, or a bound that is not a number, is RST164."""
    assert parameter.kind is not None
    bounds = CONVERTER_ARGUMENTS.get(parameter.kind, {})
    words: list[str] = []
    changes: dict[str, Any] = {}
    for name, value in parameter.arguments:
        if name is None and parameter.kind == "any":
            words.append(value)
            continue
        if name in bounds and not bounds[name]:
            continue  # read, and it bounds nothing
        number = _number(value)
        if name in bounds and number is not None:
            for attribute in bounds[name]:
                changes[attribute] = int(number) if attribute.endswith("_length") else number
            continue
        shown = f"{name}={value}" if name else value
        readable = ", ".join(sorted(bounds)) or "none"
        message = (
            f"argument {shown!r} of converter {parameter.converter!r} of path parameter "
            f"{parameter.name!r} is not read (the {parameter.kind} converter's bounds read: {readable}); "
            "it is left out"
        )
        walk.report("RST164", message, resource.line)
    for low, high in (("minimum", "maximum"), ("min_length", "max_length")):
        if low in changes and high in changes and changes[low] > changes[high]:
            message = (
                f"converter {parameter.converter!r} of path parameter {parameter.name!r} bounds it from "
                f"{changes[low]:g} to {changes[high]:g}, which no value fits; the bounds are left out"
            )
            walk.report("RST164", message, resource.line)
            del changes[low], changes[high]
    return attrs.evolve(spec, enum=tuple(dict.fromkeys(words)), **changes)


def _number(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _query(
    walk: Walk, resource: Resource, sent: Sequence[tuple[str, str, SourceLocation]]
) -> list[Parameter]:
    """The ``:query`` fields, each with the first value the examples of its signature send."""
    types = resource.types(Role.QUERY)
    found = []
    for entry in resource.by_role(Role.QUERY):
        made = typed(walk, entry, types)
        spec = made.type if made.type.json_type else untyped(walk, entry, "query parameter")
        repeated = not made.type.json_type and spec.json_type != "array" and _repeated(entry.description)
        if repeated:  # what the description says of a value ("one of ``red``, ``blue``"): each item's
            spec = TypeSpec("array", items=spec)
        if spec.json_type == "array" and (spec.items is None or spec.items.json_type is None):
            spec = attrs.evolve(spec, items=_query_items(walk, entry, spec.items, repeated))
        parameter = Parameter(
            made.name,
            "query",
            spec,
            made.description,
            made.location,
            bool(made.required),
            origin="field list",
        )
        found.append(_with_example(walk, parameter, [(v, at) for k, v, at in sent if k == made.name]))
    return found


def _repeated(description: str) -> bool:
    """The description says the parameter may be sent several times ("repeated")."""
    lowered = description.lower()
    return any(cue in lowered for cue in SAID_REPEATED_CUES) and bool(SAID_REPEATED.search(description))


def _query_items(walk: Walk, entry: Entry, items: TypeSpec | None, repeated: bool) -> TypeSpec:
    """The items of a query array whose field names no items' type (``:query array tag:``, or a
    description that says "repeated"): the type its description says ("a list of integers"), else a
    string, as every query value is text; RST164 says the string is assumed."""
    listed = SAID_LIST.search(entry.description)
    if listed:
        word = SAID_TYPES[listed["word"].lower()]
        return attrs.evolve(items or TypeSpec(None), json_type=word.json_type, format=word.format)
    message = (
        f"query parameter {entry.name!r} is an array{' (its description says it is repeated)' if repeated else ''} "
        "whose items' type is not said; "
        "its items are read as strings (a query value is text)"
    )
    hint = f"Say the items' type: ':query string[] {entry.name}:' or ':query integer[] {entry.name}:'."
    walk.diagnostics.append(Diagnostic("RST164", message, walk.at(entry.line), hint=hint))
    return attrs.evolve(items or TypeSpec(None), json_type="string")


def _with_example(
    walk: Walk, parameter: Parameter, values: Sequence[tuple[str, SourceLocation]]
) -> Parameter:
    """The first value the examples send (in the query, or in the path), when it is of the
    parameter's type and among the values its field allows (its listed values, bounds and lengths:
    ``types.unfit``); one that is not is RST160, and is no example (the spec's example would be one its
    own schema refuses); one its format refuses is left out at emit (SPEC401). An array's values
    are those one example sends (``?tag=red&tag=blue``: form, exploded, the query's default
    style), each of its items' type."""
    spec = parameter.type
    array = spec.json_type == "array"
    each = (spec.items or TypeSpec(None)) if array else spec
    sent = _by_place(values) if array else [([value], at) for value, at in values]
    sends, field = _SAID[parameter.located_in]
    for group, at in sent:
        read = [cell_value(value, each) for value in group]
        wrong = next((value for value, (fits, _) in zip(group, read, strict=True) if not fits), None)
        if wrong is not None:
            kind = (spec.raw if parameter.located_in == "query" else None) or spec.json_type or "any"
            article = "an" if kind[:1].lower() in "aeiou" else "a"
            which = f"an item of {article}" if array else article
            message = f"the example {sends} {parameter.name}={wrong!r}, which is not {which} {kind} value as {field} says; it is not the example"
            walk.report("RST160", message, at)
            continue
        refused = next(
            ((v, why) for v, (_, value) in zip(group, read, strict=True) if (why := unfit(each, value))),
            None,
        )
        if refused is not None:
            message = f"the example {sends} {parameter.name}={refused[0]!r}, which {field} does not allow ({refused[1]}); it is not the example"
            walk.report("RST160", message, at)
            continue
        if parameter.example is None:
            example = [value for _, value in read] if array else read[0][1]
            parameter = attrs.evolve(parameter, example=example, example_location=at)
    return parameter


# How a finding on an example's value names where the value is and what types the parameter.
_SAID = {
    "query": ("sends", "the :query field"),
    "path": ("sends in its path", "the path parameter's converter or :param field"),
}


def _by_place(values: Sequence[tuple[str, SourceLocation]]) -> list[tuple[list[str], SourceLocation]]:
    """The values sent, grouped by the example that sends them (in order)."""
    found: dict[SourceLocation, list[str]] = {}
    for value, at in values:
        found.setdefault(at, []).append(value)
    return [(group, at) for at, group in found.items()]


def _headers(walk: Walk, resource: Resource) -> list[Parameter]:
    """The ``:reqheader`` fields: strings, or the type written before the name or named by the
    description, with what their descriptions say of their values (``header_parameter``), and the
    value an example request sends as the example (``shown``); not those OpenAPI says in other
    words and ignores as parameters (``credentials.SAID_ELSEWHERE``)."""
    shown = side(resource, "request")
    return [
        with_shown_value(walk, header_parameter(walk, e, "header parameter"), shown, ":reqheader")
        for e in resource.by_role(Role.REQUEST_HEADER)
        if e.name.lower() not in SAID_ELSEWHERE
    ]
