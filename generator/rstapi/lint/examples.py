"""Field tables against their JSON examples: DOC201, DOC202, DOC203, DOC214.

Each finding is reported once per table row (or per undocumented name of a table), at the
first example that shows it, however many schemas the table is (one per method of a shared
section); the message names the example's line.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from typing import Any

from rstapi.conformance import Finding, FindingKind, check_example, documented_examples, json_type_name
from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.formats import decimal_equal_any
from rstapi.model import Api, Example, ObjectSchema, TypeSpec
from rstapi.naming import schema_pointer

__all__ = ["check"]

_CODES = {
    FindingKind.UNDOCUMENTED: "DOC201",
    FindingKind.TYPE: "DOC203",
    FindingKind.ENUM: "DOC203",
    FindingKind.FORMAT: "DOC203",
    FindingKind.NULL: "DOC214",
}


def check(api: Api) -> Iterator[Diagnostic]:
    seen: set[tuple[str, SourceLocation | str, str]] = set()
    # the names the examples show, of any schema of a table (a table read once per method)
    present: set[tuple[SourceLocation | str, str]] = set()
    exemplified: set[str] = set()
    for schema, example in documented_examples(api):
        if not _as_written(example):
            continue  # a page the extractor built around an item example: its wrapper is not the doc's
        for finding in check_example(api, schema, example.value):
            exemplified.add(finding.schema.name)
            if finding.kind is FindingKind.PRESENT:
                present.add((_table_of(finding.schema), finding.name))
                continue
            key = (_CODES[finding.kind], _table_of(finding.schema), finding.name)
            if key not in seen:
                seen.add(key)
                yield _diagnostic(finding, example)
    yield from _never_shown(api, present, exemplified)


def _table_of(schema: ObjectSchema) -> SourceLocation | str:
    """The table ``schema`` was read from, by where it is written (its first row's line): one
    table read for each method of a shared section ("GET, PATCH") is a schema per method, and a
    row both methods' examples contradict is one finding. A schema with no place, its name."""
    return schema.location if schema.location.line else schema.name


def _as_written(example: Example) -> bool:
    try:
        return bool(json.loads(textwrap.dedent(example.raw)) == example.value)
    except ValueError:
        return False


def _diagnostic(finding: Finding, example: Example) -> Diagnostic:
    code = _CODES[finding.kind]
    where = example_line(example, finding.pointer)
    pointer = schema_pointer(finding.schema.name, finding.name)
    if finding.field is None:
        table = finding.schema.location.named_from(where)
        shown = _full_name(finding.schema, finding.name)
        message = f"the example at line {where.line} has field {shown!r}, which the field table at {table} does not document"
        return Diagnostic(code, message, where, pointer=pointer)
    shown_at = where.named_from(finding.field.location)
    message = f"{finding.field.full_name!r} is documented as {_documented(finding)}, but the example at {shown_at} shows {_shown(finding)}"
    return Diagnostic(code, message, finding.field.location, pointer=pointer)


def _full_name(schema: ObjectSchema, key: str) -> str:
    """``key`` of an object of ``schema`` by its full name, as the table's rows are written
    ("owner.nickname" beside ``owner.name``): a nested table's fields know the name it is under."""
    inside = next((f.full_name[: -len(f.name)] for f in schema.fields if f.path.endswith(f.name)), "")
    return inside + key


def _documented(finding: Finding) -> str:
    assert finding.field is not None
    spec = finding.field.type
    if finding.kind is FindingKind.ENUM:
        return "one of " + ", ".join(repr(v) for v in _enum_of(spec))
    if finding.kind is FindingKind.NULL:
        return f"{spec.raw or spec.json_type!r}, not nullable"
    if finding.kind is FindingKind.FORMAT:
        return f"{spec.raw or spec.json_type!r} (format {spec.format})"
    return repr(spec.raw or spec.json_type)


def _written_otherwise(finding: Finding) -> str:
    """Of decimal text that is a listed decimal written with other places ("1.0", "1.00" listed),
    why it is none: a decimal sent as text is sent, and compared, as written."""
    listed = _enum_of(finding.field.type) if finding.field is not None else ()
    if not isinstance(finding.value, str) or not decimal_equal_any(finding.value, listed):
        return ""
    same = next(text for text in listed if decimal_equal_any(finding.value, (text,)))
    return f" (the listed {same!r} written with other places: decimal text is sent and compared as written)"


def _enum_of(spec: TypeSpec) -> tuple[Any, ...]:
    return spec.enum or (spec.items.enum if spec.items else ())


def _shown(finding: Finding) -> str:
    if finding.kind is FindingKind.ENUM:
        return repr(finding.value) + _written_otherwise(finding)
    if finding.kind is FindingKind.FORMAT:
        return f"{finding.value!r}, which is not one"
    text = json.dumps(finding.value, ensure_ascii=False)
    sample = text if len(text) <= 30 else text[:27] + "..."
    return f"{_article(json_type_name(finding.value))} ({sample})"


def _article(type_name: str) -> str:
    return type_name if type_name == "null" else ("an " if type_name[0] in "aeiou" else "a ") + type_name


def _never_shown(
    api: Api, present: set[tuple[SourceLocation | str, str]], exemplified: set[str]
) -> Iterator[Diagnostic]:
    """DOC202 for each row of an exemplified table that no example of the table shows (a table
    read once per method of a shared section counts the examples of every method); not a
    write-only field of a response's table ("Never returned."), which no response shows."""
    reported: set[tuple[SourceLocation | str, str]] = set()
    responses = api.response_schemas()
    for schema in api.schemas:
        if schema.name not in exemplified:
            continue
        for field in schema.fields:
            row = (_table_of(schema), field.name)
            if row in present or row in reported or (field.type.write_only and schema.name in responses):
                continue
            reported.add(row)
            message = f"{field.full_name!r} is documented but appears in none of the table's examples"
            yield Diagnostic(
                "DOC202", message, field.location, pointer=schema_pointer(schema.name, field.name)
            )


def example_line(example: Example, pointer: str) -> SourceLocation:
    """The line of ``example`` where the key at ``pointer`` is written (its first line if not found)."""
    lines = example.raw.splitlines()
    index = 0
    for part in pointer.strip("/").split("/"):
        if part.isdigit() or not part:
            continue
        key = json.dumps(part.replace("~1", "/").replace("~0", "~"), ensure_ascii=False)
        index = next((i for i in range(index, len(lines)) if _has_key(lines[i], key)), index)
    return example.location.shifted(index)


def _has_key(line: str, key: str) -> bool:
    at = line.find(key)
    return at >= 0 and line[at + len(key) :].lstrip().startswith(":")
