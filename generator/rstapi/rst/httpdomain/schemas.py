"""Field entries -> model fields and component schemas (dotted names nest, ``[]`` marks arrays)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from rstapi.model import Field, ObjectSchema, Parameter, TypeSpec
from rstapi.rst.httpdomain.fields import Entry
from rstapi.rst.httpdomain.said import fixed, said, untyped
from rstapi.rst.httpdomain.vocabulary import FILE_NAMES, FILE_SAID, Role
from rstapi.rst.types import required_marked, type_spec
from rstapi.rst.walk import Walk, add_schema, field

__all__ = [
    "as_files",
    "fields_of",
    "header_parameter",
    "header_type",
    "inferred_schema",
    "items_of",
    "schema_of",
    "typed",
]

_ARRAY_MARK = re.compile(r"\[\*?\]$")


def typed(walk: Walk, entry: Entry, types: dict[str, Entry]) -> Field:
    """The entry as a field: its type as written (``:query int limit:``), else from a ``:type``
    field of the same name, else any; an unknown type is reported (RST112) by ``walk.field``."""
    type_entry = types.get(entry.name)
    written = entry.type or (type_entry.type if type_entry else "")
    raw, required = required_marked(written, entry.description)
    if raw.strip():
        made = field(walk, entry.name, raw, entry.description, entry.line)
        made = (
            attrs.evolve(made, type=fixed(made.type, entry.description))
            if made.type.json_type == "string"
            else made
        )
    else:
        made = Field(entry.name, TypeSpec(None), entry.description, walk.at(entry.line))
    return attrs.evolve(made, required=required, refs=entry.refs)


def fields_of(walk: Walk, entries: Sequence[Entry], types: dict[str, Entry]) -> tuple[Field, ...]:
    """The entries as fields, with a field for every parent a dotted name implies and the doc
    does not list (``rows[].id`` alone implies an array ``rows`` of objects)."""
    parents = _nesting(entries)
    found = _items_read(walk, [_read(walk, entry, types, parents) for entry in entries])
    names = {f.name for f in found}
    result: list[Field] = []
    for made in found:
        for parent in _parents(made.name):
            if parent[0] not in names:
                names.add(parent[0])
                spec = TypeSpec("array", items=TypeSpec("object")) if parent[1] else TypeSpec("object")
                result.append(Field(parent[0], spec, "", made.location))
        result.append(made)
    return tuple(result)


def _nesting(entries: Sequence[Entry]) -> dict[str, bool]:
    """The names other entries nest in ("owner" of "owner.login", "items" of "items[].sku"), and
    whether each is an array."""
    found: dict[str, bool] = {}
    for entry in entries:
        for name, array in _parents(entry.name):
            found[name] = found.get(name, False) or array
    return found


def _read(walk: Walk, entry: Entry, types: dict[str, Entry], parents: dict[str, bool]) -> Field:
    """The entry as a field (``typed``); one written without a type is an object when other entries
    nest in it (before or after it: ``owner`` of ``owner.login``; ``items`` of ``items[].sku``, an
    array of objects), else of what its description says (``said.untyped``; a form field is at
    least a string)."""
    form = entry.role is Role.FORM
    made = typed(walk, _form_typed(walk, entry) if form else entry, types)
    if made.type.json_type is not None or made.type.raw:
        return made
    if made.name in parents:
        spec = TypeSpec("array", items=TypeSpec("object")) if parents[made.name] else TypeSpec("object")
        return attrs.evolve(made, type=spec)
    spec = untyped(walk, entry, "form field" if form else "field", "string" if form else None)
    return attrs.evolve(made, type=spec)


def _form_typed(walk: Walk, entry: Entry) -> Entry:
    """A form entry as read: ``:form int size:``'s first words are its type when they are a data
    type (httpdomain's form field has none, and shows them as part of the name); when they are not,
    RST164, and the field is untyped, named by its last word."""
    return _grouped_typed(walk, entry, "form field", "typed by its description")


def as_files(entries: Sequence[Entry], fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """The fields of a multipart body, those the document says are files (``FILE_NAMES``,
    ``FILE_SAID``; written without a type) typed as OpenAPI types a file part: a string of
    ``format: binary``, which openapi-python-client makes a ``File`` and schemathesis sends as a
    file (OpenAPI 3.1 also reads it so; its ``contentMediaType`` would be ignored on a part)."""
    files = {e.name for e in entries if not e.type and _says_file(e)}
    return tuple(
        attrs.evolve(f, type=TypeSpec("string", format="binary"))
        if f.name in files and f.type.json_type == "string"
        else f
        for f in fields
    )


def _says_file(entry: Entry) -> bool:
    last = re.split(r"[_.\-\s]+", entry.name.strip().lower())[-1]
    return last in FILE_NAMES or FILE_SAID.match(entry.description.strip()) is not None


def header_type(walk: Walk, entry: Entry) -> TypeSpec:
    """A header field's type: a string, or the data type the words before its name give
    (``:resheader integer X-Rate-Limit:``: httpdomain's header fields take no type and show the
    words as part of the name, which no header name can hold, as it has no spaces); words that are
    no data type are RST164, and the header is a string named by its last word."""
    read = _grouped_typed(walk, entry, "header", "typed string")
    return typed(walk, read, {}).type if read.type else TypeSpec("string")


def header_parameter(walk: Walk, entry: Entry, what: str) -> Parameter:
    """A request or response header field as a header parameter, ``what`` naming it in findings."""
    spec = _header_spec(walk, entry, what)
    return Parameter(entry.name, "header", spec, entry.description, walk.at(entry.line), origin="field list")


def _header_spec(walk: Walk, entry: Entry, what: str) -> TypeSpec:
    """A request or response header's type with what its description says of its values: the type
    written before its name (``header_type``), else the one its description names or implies
    (``said.untyped``: "an integer between 0 and 100"), else a string ("exactly 36 characters")."""
    if entry.type and type_spec(entry.type) is not None:
        return said(walk, entry, header_type(walk, entry), what)
    header_type(walk, entry)  # words before the name that are no type: RST164
    return untyped(walk, entry, what, "string")


def _grouped_typed(walk: Walk, entry: Entry, what: str, otherwise: str) -> Entry:
    """The entry of a field httpdomain gives no type, its words before the name kept as its type
    when they are a data type, else RST164 and none."""
    if not entry.type or type_spec(entry.type) is not None:
        return entry
    message = (
        f"':{entry.kind} {entry.type} {entry.name}:' names a {what} with words before its name, "
        f"{entry.type!r}, that are no data type (httpdomain's {what}s take none); "
        f"the {what} is named {entry.name!r} and {otherwise}"
    )
    walk.report_once("RST164", message, entry.line)  # read once per signature of the directive
    return attrs.evolve(entry, type="")


def items_of(name: str) -> str | None:
    """The array an items entry documents the items of ("tags" for "tags[]"); None for another name."""
    array = _ARRAY_MARK.sub("", name)
    return array if array != name and array and not array.endswith("]") else None


def _items_read(walk: Walk, found: list[Field]) -> list[Field]:
    """The fields, an items entry (``tags[]``: "a tag, at most 20 characters") read as the items'
    type of its array (``tags``; implied when the list does not document it); an items entry of a
    field that is no array is RST164 and stays a field of its own."""
    items: dict[str, Field] = {}
    for made in found:
        array = items_of(made.name)
        if array is not None:
            items.setdefault(array, made)
    arrays = {f.name: f for f in found if items_of(f.name) is None}
    result: list[Field] = []
    for made in found:
        array = items_of(made.name)
        if array is None:
            result.append(_with_items(made, items.get(made.name)))
        elif array not in arrays and items[array] is made:
            result.append(attrs.evolve(made, name=array, type=TypeSpec("array", items=made.type)))
        elif array in arrays and not _holds_items(arrays[array]):
            shown = arrays[array].type.raw or arrays[array].type.json_type
            message = f"{made.name!r} documents the items of {array!r}, which is a {shown}, not an array; it is read as a field of its own"
            walk.report("RST164", message, made.location)
            result.append(made)
        elif items[array] is not made:
            message = f"the items of {array!r} are documented twice ({made.name!r}); the first is used"
            walk.report("DOC204", message, made.location)
    return result


def _holds_items(array: Field) -> bool:
    spec = array.type
    return spec.json_type in (None, "array") and spec.ref is None and not spec.choices


def _with_items(array: Field, items: Field | None) -> Field:
    """``array`` with the type its items entry gives its items (an array that is none is as written)."""
    if items is None or not _holds_items(array):
        return array
    spec = attrs.evolve(array.type, json_type="array", items=items.type)
    return attrs.evolve(array, type=spec, description=array.description or items.description)


def _parents(name: str) -> list[tuple[str, bool]]:
    """("rows", True), ("rows[].owner", False) for "rows[].owner.name": the parents, and whether
    each is an array."""
    parts = name.split(".")
    found = []
    for index in range(1, len(parts)):
        prefix = ".".join(parts[:index])
        array = bool(_ARRAY_MARK.search(prefix))
        found.append((_ARRAY_MARK.sub("", prefix), array))
    return found


def schema_of(walk: Walk, name: str, fields: tuple[Field, ...]) -> str:
    """A component for ``fields`` (dotted names nested into their parents' schemas)."""
    return add_schema(walk, ObjectSchema(name, fields, fields[0].location))


def inferred_schema(walk: Walk, name: str, value: dict[str, Any], where: Any) -> str:
    """A component from an example's keys, for a body the field list does not document."""
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    fields = tuple(
        Field(key, TypeSpec(names.get(type(item)), nullable=item is None), "", where)
        for key, item in value.items()
    )
    description = f"Inferred from the example at {where}; the reference has no field list for it."
    return add_schema(walk, ObjectSchema(name, fields, where, description=description))
