"""A ``decimal`` field as the service sends it: a string or a number, as the document's examples show.

Django REST framework's ``DecimalField`` sends ``"9.99"``, a string, by default
(``COERCE_DECIMAL_TO_STRING``), and a number when a project turns that off; a reference's data type
"decimal" says neither. The readers type it ``number`` with the format ``decimal`` (the type word
alone), and this decides, on the model, for every dialect (the emitter and the lint both call it, so
they never disagree):

- the examples show the field only as strings: ``type: string, format: decimal`` (with a pattern of
  decimal text), as drf-spectacular writes such a field;
- only as numbers: ``type: number``;
- both ways (DOC222), or in no example of a schema a response holds (DOC221): a string, as the
  framework sends it by default, and a finding at the row so the writer can say which.

A query or path parameter is text on the wire either way: ``type: number``. A type cell that says
"string (decimal)" or "number" is the writer's own word and is not decided again.

    decimals_as_shown(api, checked) -> (api, verdicts)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import attrs

from rstapi.conformance import CheckedExample, FindingKind, checked_examples
from rstapi.formats import DECIMAL_BOUNDS, decimal_equal_any, decimal_outside
from rstapi.model import Api, Field, ObjectSchema, Operation, Parameter, SourceLocation, TypeSpec

__all__ = ["DECIMAL", "DECIMAL_PATTERN", "Verdict", "decimals_as_shown"]

DECIMAL = "decimal"
# Decimal text as the framework writes it ("9.99", "-0.50", "12"): no exponent, no sign "+".
DECIMAL_PATTERN = r"^-?\d+(?:\.\d+)?$"
_STRING, _NUMBER = "string", "number"


class Verdict(NamedTuple):
    """How one decimal field is emitted, and on what evidence."""

    schema: str
    field: Field
    sent_as: str  # "string" or "number"
    shown: dict[str, SourceLocation]  # how the examples show it ("string", "number"): the first to
    # show it so (empty: no example does)
    in_response: bool  # a response can hold its schema (what the service sends is a question)
    # decimal text an example gives outside the bounds the description says ("0.00" under "at
    # least 0.01"), which the spec's x-rstapi- keys hold and no JSON Schema validator checks:
    # (the value, which bound, the example)
    outside: tuple[tuple[str, str, SourceLocation], ...] = ()


def decimals_as_shown(
    api: Api, checked: Sequence[CheckedExample] | None = None
) -> tuple[Api, tuple[Verdict, ...]]:
    """``api`` with each field of the data type "decimal" a string or a number, as its examples
    show it (``checked``: ``checked_examples(api)``, when the caller has it), and the verdicts."""
    if not any(_undecided(f.type) for s in api.schemas for f in s.fields) and not any(
        _undecided(p.type) for op in api.operations for p in op.parameters
    ):
        return api, ()
    checked = checked_examples(api) if checked is None else checked
    shown, texts = _shown(checked), _texts(checked)
    responses = api.response_schemas()
    verdicts: list[Verdict] = []
    schemas = []
    for schema in api.schemas:
        found = [
            _verdict(schema.name, field, shown.get((schema.name, field.name), {}), responses, texts)
            for field in schema.fields
            if _undecided(field.type)
        ]
        verdicts += found
        schemas.append(_decided_schema(schema, {id(v.field): v.sent_as for v in found}) if found else schema)
    operations = tuple(_numbered_parameters(op) for op in api.operations)
    return attrs.evolve(api, schemas=tuple(schemas), operations=operations), tuple(verdicts)


def _undecided(spec: TypeSpec | None) -> bool:
    """Whether ``spec`` (or its items) is the data type "decimal" with no word on how it is sent."""
    while spec is not None:
        if spec.json_type == _NUMBER and spec.format == DECIMAL:
            return True
        spec = spec.items
    return False


def _shown(checked: Sequence[CheckedExample]) -> dict[tuple[str, str], dict[str, SourceLocation]]:
    """(schema, field) -> each JSON type the examples give a decimal field's values (an array's
    items), with the first example that gives it."""
    found: dict[tuple[str, str], dict[str, SourceLocation]] = {}
    for _, example, findings in checked:
        for finding in findings:
            field = finding.field
            if finding.kind is FindingKind.PRESENT and field is not None and _undecided(field.type):
                kinds = found.setdefault((finding.schema.name, finding.name), {})
                for kind in _kinds(finding.value):
                    kinds.setdefault(kind, example.location)
    return found


def _texts(checked: Sequence[CheckedExample]) -> dict[int, list[tuple[str, SourceLocation]]]:
    """id(field) -> each decimal text the examples give a decimal field that has bounds, with its example."""
    found: dict[int, list[tuple[str, SourceLocation]]] = {}
    for _, example, findings in checked:
        for finding in findings:
            field = finding.field
            if finding.kind is FindingKind.PRESENT and field is not None and _bounded(field.type):
                texts = found.setdefault(id(field), [])
                texts += [(value, example.location) for value in _strings(finding.value)]
    return found


def _bounded(spec: TypeSpec) -> bool:
    return _undecided(spec) and any(getattr(_decimal(spec), a) is not None for a, *_ in DECIMAL_BOUNDS)


def _decimal(spec: TypeSpec) -> TypeSpec:
    """The decimal ``spec`` is, or holds as items."""
    while spec.items is not None and spec.json_type != _NUMBER:
        spec = spec.items
    return spec


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def _kinds(value: Any) -> Iterable[str]:
    if isinstance(value, list):
        for item in value:
            yield from _kinds(item)
    elif isinstance(value, str):
        yield _STRING
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield _NUMBER


def _verdict(
    schema: str,
    field: Field,
    shown: dict[str, SourceLocation],
    responses: set[str],
    texts: dict[int, list[tuple[str, SourceLocation]]],
) -> Verdict:
    sent_as = (
        _NUMBER if set(shown) == {_NUMBER} else _STRING
    )  # the framework's default, unless shown otherwise
    bounds = attrs.asdict(_decimal(field.type), recurse=False)
    outside = tuple(
        (text, why, at) for text, at in texts.get(id(field), ()) if (why := decimal_outside(text, bounds))
    )
    return Verdict(schema, field, sent_as, shown, schema in responses, outside if sent_as == _STRING else ())


def _decided_schema(schema: ObjectSchema, sent_as: dict[int, str]) -> ObjectSchema:
    fields = tuple(
        attrs.evolve(
            field, type=_sent(field.type, sent_as[id(field)]), example=_example(field, sent_as[id(field)])
        )
        if id(field) in sent_as
        else field
        for field in schema.fields
    )
    return attrs.evolve(schema, fields=fields)


def _sent(spec: TypeSpec, sent_as: str) -> TypeSpec:
    """``spec`` (a decimal, or a list of them) as a string of decimal text or as a number."""
    if spec.items is not None and spec.json_type != _NUMBER:
        return attrs.evolve(spec, items=_sent(spec.items, sent_as))
    if spec.json_type != _NUMBER or spec.format != DECIMAL:
        return spec
    if sent_as == _NUMBER:  # its listed values, read as the decimal text written, as numbers
        return attrs.evolve(spec, format=None, enum=tuple(dict.fromkeys(map(_number, spec.enum))))
    # a string's bounds are no JSON Schema's: kept, the emitter writes them as x-rstapi- keys
    # (formats.DECIMAL_BOUNDS) the mock and the lint read; its listed values stay the decimal text
    # the description writes ("0.50"), compared as decimals by the checks ("1.0" is one of "1.00")
    return attrs.evolve(
        spec,
        json_type=_STRING,
        pattern=DECIMAL_PATTERN,
        enum=tuple(map(_text, spec.enum)),
        default=_text(spec.default),
    )


def _number(value: Any) -> Any:
    """Decimal text ("0.50", "2") as the number it writes (0.5, 2); any other value as it is."""
    if not isinstance(value, str):
        return value
    try:
        number = float(value)
    except ValueError:
        return value
    return int(number) if number.is_integer() and "." not in value else number


def _example(field: Field, sent_as: str) -> Any:
    """An Example column's value as the field is sent: "9.99" for a string ("9.99" written); one
    of its listed values as listed ("1.00": the cell's 1.0 read as a number has lost its places)."""
    return _as_listed(field.example, _decimal(field.type).enum) if sent_as == _STRING else field.example


def _as_listed(value: Any, listed: tuple[Any, ...]) -> Any:
    """A cell's number (1.0) as the decimal text ``listed`` writes it ("1.00"), else as text ("1.0")."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        same = [text for text in listed if decimal_equal_any(value, (text,))]
        if same:
            return same[0]
    return _text(value)


def _text(value: Any) -> Any:
    if isinstance(value, list):
        return [_text(item) for item in value]
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def _numbered_parameters(operation: Operation) -> Operation:
    """A decimal query or path parameter is decimal text whatever the body sends: a number."""
    if not any(_undecided(p.type) for p in operation.parameters):
        return operation
    parameters = tuple(_numbered(p) for p in operation.parameters)
    return attrs.evolve(operation, parameters=parameters)


def _numbered(parameter: Parameter) -> Parameter:
    return (
        attrs.evolve(parameter, type=_sent(parameter.type, _NUMBER))
        if _undecided(parameter.type)
        else parameter
    )
