"""One object's fields documented in two places, made one table.

A house-style endpoint may document an object both by dotted rows of its field table
("owner.name", "skills[].level") and by a section of its own ("Fields in the owner object", a
subsection of "Objects Returned by the X Endpoint"). The object gets one schema: the section's
fields in its order, then the rows only the other place has. A field both give is the section's,
with the other's description where the section has none; where the two places say different
things of it (the type, its values, whether it is required) the spec follows the section and the
contradiction is RST198, naming both lines; where they agree, the other row is RST199 (a note: its
place is not in the spec, which has one source line per field).

A field whose description has a ``:ref:`` to a shared "Fields in a <thing>" section, and whose
object rows of its own document too, meets that section the same way, the section taking the
place of the object's own: the rows it has too are RST198/RST199; rows it lacks (or ``:ref:``s to
several sections) are RST200 (``unmet``), since the spec cannot both follow the ``:ref:`` and keep them.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from rstapi.diagnostics import Diagnostic
from rstapi.model import Field, ObjectSchema, TypeSpec

__all__ = ["merged", "unmet"]


def merged(own: Sequence[Field], other: Sequence[Field]) -> tuple[tuple[Field, ...], list[Diagnostic]]:
    """``own`` (the object's section) with ``other``'s rows (dotted rows of a parent table) added."""
    by_name = {field.name: field for field in reversed(own)}
    result = list(own)
    findings = []
    for row in other:
        kept = by_name.get(row.name)
        if kept is None:
            result.append(row)
            by_name[row.name] = row
            continue
        said = _said_otherwise(kept, row)
        findings.append(_contradiction(kept, row, said) if said is not None else _repeated(kept, row))
        if not kept.description and row.description:
            at = result.index(kept)
            result[at] = by_name[row.name] = attrs.evolve(kept, description=row.description)
    return tuple(result), findings


def _said_otherwise(own: Field, other: Field) -> tuple[str, str] | None:
    """What each place says of the field, where they differ (None: they agree)."""
    if _shape(own.type) != _shape(other.type) and None not in (own.type.json_type, other.type.json_type):
        return _type_words(own.type), _type_words(other.type)
    if own.type.enum and other.type.enum and set(own.type.enum) != set(other.type.enum):
        return _values(own.type), _values(other.type)
    if None not in (own.required, other.required) and own.required != other.required:
        return _required(own.required), _required(other.required)
    return None


def _shape(spec: TypeSpec) -> tuple[object, ...]:
    """What a type says that two descriptions of one field must agree on."""
    items = spec.items.json_type if spec.items is not None else None
    return spec.json_type, spec.format, spec.nullable, items


def _type_words(spec: TypeSpec) -> str:
    return repr(spec.raw.strip() or spec.json_type)


def _values(spec: TypeSpec) -> str:
    return "one of " + ", ".join(repr(value) for value in spec.enum)


def _required(required: bool | None) -> str:
    return "required" if required else "optional"


def _line(own: Field | ObjectSchema, other: Field) -> str:
    """Where ``own`` is, as a line number when both are in one file."""
    return str(own.location.line) if own.location.path == other.location.path else str(own.location)


def _repeated(own: Field, other: Field) -> Diagnostic:
    line = _line(own, other)
    message = (
        f"field {other.full_name!r} is documented here and at line {line}; the spec reads it from line {line}"
    )
    return Diagnostic("RST199", message, other.location)


def _contradiction(own: Field, other: Field, said: tuple[str, str]) -> Diagnostic:
    line = _line(own, other)
    message = (
        f"field {other.full_name!r} is documented as {said[1]} here and as {said[0]} at line {line}; "
        f"the spec follows line {line}"
    )
    return Diagnostic("RST198", message, other.location)


def unmet(field: Field, offered: Sequence[ObjectSchema], extra: Sequence[Field]) -> Diagnostic:
    """RST200: ``field``'s ``:ref:`` to the section of ``offered`` is not all the spec follows: rows of
    its own document fields ``extra`` the section lacks (or it names several sections)."""
    sections = " or ".join(f"{schema.name!r} (line {_line(schema, field)})" for schema in offered)
    if len(offered) > 1:
        message = (
            f"field {field.full_name!r} points at one of {sections} and rows of its own document its "
            "object; the spec reads the rows, not the :ref:s"
        )
    else:
        rows = ", ".join(repr(row.full_name) for row in extra)
        message = (
            f"field {field.full_name!r} points at {sections}, and rows of its own document fields that "
            f"section does not have ({rows}); the spec gives the field a schema of its own: the "
            "section's fields, then those rows"
        )
    return Diagnostic("RST200", message, field.location)
