"""Walk an example value against the field tables that document it.

Both the emitter (nullability the examples show) and the lint (contradictions)
read the same findings, so the two can never disagree about an example.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from rstapi.formats import decimal_among, in_format
from rstapi.memo import EmitMemo
from rstapi.model import Api, Example, Field, ObjectSchema, TypeSpec
from rstapi.records import Record

__all__ = [
    "CheckedExample",
    "Finding",
    "FindingKind",
    "array_items_from_examples",
    "check_example",
    "checked_again",
    "checked_examples",
    "documented_examples",
    "python_type_matches",
]


class FindingKind(enum.Enum):
    PRESENT = "present"  # the field appears (for "documented but in no example")
    UNDOCUMENTED = "undocumented"
    NULL = "null"  # null for a field not documented as nullable
    TYPE = "type"
    ENUM = "enum"
    FORMAT = "format"  # a string that is no value of its documented format (uuid, date, email ...)


@attrs.frozen(repr=False)
class Finding(Record):
    kind: FindingKind
    schema: ObjectSchema
    name: str
    field: Field | None
    value: Any
    pointer: str  # where in the example, as a JSON pointer


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def python_type_matches(spec: TypeSpec, value: Any) -> bool:
    if spec.json_type is None or spec.ref:
        return spec.json_type is None or isinstance(value, dict)
    expected = _PYTHON_TYPES[spec.json_type]
    if isinstance(value, bool) and bool not in expected:
        return False
    return isinstance(value, expected)


def json_type_name(value: Any) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def check_example(
    api: Api, schema: ObjectSchema, value: Any, pointer: str = "", depth: int = 0
) -> Iterator[Finding]:
    """Every way ``value`` (an example of ``schema``) agrees or disagrees with the field table.

    A list at the top is an array body (``request_array``, a response typed as an array of
    ``schema``): each of its objects is checked.
    """
    if isinstance(value, list) and depth == 0:
        for index, element in enumerate(value):
            yield from check_example(api, schema, element, f"{pointer}/{index}", depth + 1)
        return
    if not isinstance(value, dict) or depth > 32:
        return
    for name, item in value.items():
        field = schema.field(name)
        where = f"{pointer}/{name}"
        if field is None:
            yield Finding(FindingKind.UNDOCUMENTED, schema, name, None, item, where)
            continue
        yield Finding(FindingKind.PRESENT, schema, name, field, item, where)
        yield from _check_value(api, schema, field, field.type, item, where, depth)


def _check_value(
    api: Api, schema: ObjectSchema, field: Field, spec: TypeSpec, value: Any, where: str, depth: int
) -> Iterator[Finding]:
    if value is None:
        if not spec.nullable:
            yield Finding(FindingKind.NULL, schema, field.name, field, value, where)
        return
    if not python_type_matches(spec, value):
        yield Finding(FindingKind.TYPE, schema, field.name, field, value, where)
        return
    if spec.enum and isinstance(value, str | int | float) and not _listed(spec, value):
        yield Finding(FindingKind.ENUM, schema, field.name, field, value, where)
    if spec.format and isinstance(value, str) and not in_format(value, spec.format):
        yield Finding(FindingKind.FORMAT, schema, field.name, field, value, where)
    nested = api.schema(spec.ref) if spec.ref else None
    if nested is not None:
        yield from check_example(api, nested, value, where, depth + 1)
    if spec.items is not None and isinstance(value, list):
        for index, element in enumerate(value):
            yield from _check_value(api, schema, field, spec.items, element, f"{where}/{index}", depth + 1)


def _listed(spec: TypeSpec, value: Any) -> bool:
    """Whether ``value`` is one of ``spec``'s listed values; a decimal's compared as decimals ("1.0"
    is ``1.00``)."""
    return decimal_among(value, spec.enum) if spec.format == "decimal" else value in spec.enum


def documented_examples(api: Api) -> list[tuple[ObjectSchema, Example]]:
    """Every parsed example with the field table it documents."""
    pairs: list[tuple[ObjectSchema, Example]] = []
    for schema in api.schemas:
        pairs += [(schema, e) for e in schema.examples if e.parsed]
    for operation in api.operations:
        request = api.schema(operation.request_schema or "")
        if request is not None:
            pairs += [(request, e) for e in operation.request_examples if e.parsed]
        for response in operation.responses:
            array = response.schema is not None and response.schema.items is not None
            spec = response.schema.items if response.schema and response.schema.items else response.schema
            target = api.schema(spec.ref or "") if spec else None
            if target is not None:
                own = [e for e in response.examples if e.parsed and all(e is not s for s in target.examples)]
                pairs += [(target, e) for e in own if not array or isinstance(e.value, list)]
    return pairs


# A documented example, the field table it documents, and what check_example finds in it.
CheckedExample = tuple[ObjectSchema, Example, tuple[Finding, ...]]


def checked_examples(api: Api, memo: EmitMemo | None = None) -> list[CheckedExample]:
    """Every documented example with its findings, walked once for everything that reads them.

    With ``memo``, an example walked in an earlier build against the very schemas its walk can
    reach now keeps the findings that walk gave (``rstapi.memo``)."""
    pairs = documented_examples(api)
    if memo is None:
        return [(schema, example, _findings(api, schema, example)) for schema, example in pairs]
    reached = _Reach(api, memo)
    return [
        (
            schema,
            example,
            memo.get_all(
                (example, *reached.schemas(schema)),
                "checked",
                functools.partial(_findings, api, schema, example),
            ),
        )
        for schema, example in pairs
    ]


def _findings(api: Api, schema: ObjectSchema, example: Example) -> tuple[Finding, ...]:
    return tuple(check_example(api, schema, example.value))


class _Reach:
    """The schemas a walk of an example of each schema can visit (itself first, then by name);
    each schema's own references are kept in the memo."""

    def __init__(self, api: Api, memo: EmitMemo) -> None:
        self._api = api
        self._memo = memo
        self._found: dict[str, tuple[ObjectSchema | None, ...]] = {}

    def schemas(self, schema: ObjectSchema) -> tuple[ObjectSchema | None, ...]:
        found = self._found.get(schema.name)
        if found is None or found[0] is not schema:
            names = sorted(self._names(schema) - {schema.name})
            found = self._found[schema.name] = (schema, *map(self._api.schema, names))
        return found

    def _names(self, schema: ObjectSchema) -> set[str]:
        seen, todo = {schema.name}, [schema]
        while todo:
            walked = todo.pop()
            for name in self._memo.get_all((walked,), "refs", functools.partial(_refs, walked)):
                if name not in seen:
                    seen.add(name)
                    nested = self._api.schema(name)
                    if nested is not None:
                        todo.append(nested)
        return seen


def _refs(schema: ObjectSchema) -> tuple[str, ...]:
    """The schema names its fields refer to (their ``$ref``s and item types)."""
    return tuple(name for field in schema.fields for name in _refs_of(field.type))


def array_items_from_examples(
    api: Api, checked: Sequence[CheckedExample] | None = None, memo: EmitMemo | None = None
) -> Api:
    """Array fields the table leaves without an item type take the one type their examples show.

    "array" with example values ``["a", "b"]`` documents an array of strings; elements of
    several types (or only empty arrays) are no evidence, and the items stay open. ``checked``:
    ``checked_examples(api)``, when the caller has it. With ``memo``, a schema given the same
    item types as in an earlier build is the same object again (``rstapi.memo``).
    """
    shown: dict[tuple[str, str], set[str]] = {}
    for _, _, findings in checked_examples(api) if checked is None else checked:
        for finding in findings:
            spec = finding.field.type if finding.field else None
            if (
                finding.kind is FindingKind.PRESENT
                and spec
                and _open_array(spec)
                and isinstance(finding.value, list)
            ):
                types = shown.setdefault((finding.schema.name, finding.name), set())
                types.update(json_type_name(v) for v in finding.value if v is not None)
    items = {key: _one_type(types) for key, types in shown.items()}
    if not any(items.values()):
        return api
    if memo is None:
        return attrs.evolve(api, schemas=tuple(_with_items(s, items) for s in api.schemas))
    by_schema: dict[str, dict[str, str]] = {}
    for (schema, field), item in items.items():
        if item:
            by_schema.setdefault(schema, {})[field] = item
    return attrs.evolve(api, schemas=tuple(_with_items_kept(s, by_schema, items, memo) for s in api.schemas))


def _with_items_kept(
    schema: ObjectSchema,
    by_schema: dict[str, dict[str, str]],
    items: dict[tuple[str, str], str | None],
    memo: EmitMemo,
) -> ObjectSchema:
    own = by_schema.get(schema.name)
    if own is None:
        return schema
    return memo.get_all(
        (schema,), ("items", *sorted(own.items())), functools.partial(_with_items, schema, items)
    )


def _open_array(spec: TypeSpec) -> bool:
    return spec.json_type == "array" and spec.items is None and spec.ref is None


def _one_type(types: set[str]) -> str | None:
    if types == {"integer", "number"}:
        return "number"
    return next(iter(types)) if len(types) == 1 else None


def _with_items(schema: ObjectSchema, items: dict[tuple[str, str], str | None]) -> ObjectSchema:
    """``schema`` with its open arrays' item types, or itself when it has none to take."""
    fields = []
    for field in schema.fields:
        item = items.get((schema.name, field.name))
        if item and _open_array(field.type):
            field = attrs.evolve(field, type=attrs.evolve(field.type, items=TypeSpec(item)))
        fields.append(field)
    if all(new is old for new, old in zip(fields, schema.fields, strict=True)):
        return schema
    return attrs.evolve(schema, fields=tuple(fields))


def checked_again(
    api: Api, before: Api, checked: Sequence[CheckedExample], memo: EmitMemo | None = None
) -> list[CheckedExample]:
    """``checked_examples(api)``, where ``api`` is ``before`` with some schemas replaced
    (``array_items_from_examples``) and ``checked`` is ``checked_examples(before)``: an example
    whose walk can reach no replaced schema (through its fields' ``$ref``s and item types) keeps
    its findings, which are then the very objects walking it again would give. With ``memo``,
    ``checked_examples(api, memo)``."""
    if memo is not None:
        return checked_examples(api, memo)
    replaced = {new.name for new, old in zip(api.schemas, before.schemas, strict=True) if new is not old}
    reach = _reachable(api)
    pairs = documented_examples(api)
    if len(pairs) != len(checked):  # pragma: no cover - the same examples, in the same order
        return checked_examples(api)
    return [
        (schema, example, findings)
        if schema is old_schema and not (reach.get(schema.name, set()) & replaced)
        else (schema, example, tuple(check_example(api, schema, example.value)))
        for (schema, example), (old_schema, _, findings) in zip(pairs, checked, strict=True)
    ]


def _reachable(api: Api) -> dict[str, set[str]]:
    """Each schema's name -> the schemas a walk of one of its examples can visit, itself included."""
    direct = {s.name: {name for f in s.fields for name in _refs_of(f.type)} for s in api.schemas}
    found: dict[str, set[str]] = {}
    for start in direct:
        seen, todo = {start}, [start]
        while todo:
            for name in direct.get(todo.pop(), ()):
                if name not in seen:
                    seen.add(name)
                    todo.append(name)
        found[start] = seen
    return found


def _refs_of(spec: TypeSpec | None) -> Iterator[str]:
    while spec is not None:
        if spec.ref:
            yield spec.ref
        spec = spec.items
