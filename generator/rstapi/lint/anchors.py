"""Where a finding is, in words that survive an edit of the reference.

A line number moves whenever someone inserts a paragraph above it; the place a finding is *about*
does not. An :class:`Anchor` names that place: the finding's JSON pointer into the emitted spec
(its own, or that of the field row or section it sits in), and the RST section label and field
name around it. Suppressions and the baseline match findings by anchor, never by line.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from typing import NamedTuple

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api
from rstapi.naming import path_pointer, schema_pointer

__all__ = ["Anchor", "AnchorIndex"]


class Anchor(NamedTuple):
    """A content address: a JSON pointer, and the section label + field name where the RST has them."""

    pointer: str | None = None
    section: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        if self.pointer:
            return self.pointer
        return "/".join(part for part in (self.section, self.field) if part) or "<file>"

    def toml(self) -> str:
        """The anchored suppression keys, as lines to paste into ``[[tool.rstapi.suppress]]``."""
        if self.pointer:
            return f'pointer = "{self.pointer}"'
        lines = [f'section = "{self.section}"'] if self.section else []
        return "\n".join([*lines, *([f'field = "{self.field}"'] if self.field else [])])


class _Place(NamedTuple):
    path: str
    line: int
    pointer: str
    label: str | None = None
    field: str | None = None


def _start(place: _Place) -> tuple[str, int]:
    """What sections are ordered and found by: their file and first line."""
    return place.path, place.line


class AnchorIndex:
    """The api's sections and table rows by source line, to anchor findings that carry only a line."""

    def __init__(self, api: Api | None) -> None:
        self._sort_sections(list(_operations(api)) if api else [])
        self._rows = {(p.path, p.line): p for p in self._row_places(api)} if api else {}
        self._sort_sections([*self._sections, *_schemas(api, self._label_at)] if api else [])

    def _sort_sections(self, sections: list[_Place]) -> None:
        """Keep ``sections`` in source order (a stable sort: one line's sections as given), with
        their starts beside them for bisecting."""
        self._sections = sorted(sections, key=_start)
        self._starts = [_start(section) for section in self._sections]

    def _label_at(self, path: str, line: int) -> str | None:
        section = self._section_at(path, line)
        return section.label if section else None

    def anchor(self, diagnostic: Diagnostic) -> Anchor:
        where = diagnostic.location
        if where is None or not where.line:
            return Anchor(diagnostic.pointer)
        section = self._section_at(where.path, where.line)
        row = self._rows.get((where.path, where.line))
        label = section.label if section else None
        pointer = diagnostic.pointer or (row or section or _Place("", 0, "")).pointer or None
        return Anchor(pointer, label, row.field if row else None)

    def _section_at(self, path: str, line: int) -> _Place | None:
        """The nearest section (operation or field table) that starts at or above ``line``."""
        at = bisect.bisect_right(self._starts, (path, line))
        candidate = self._sections[at - 1] if at else None
        return candidate if candidate is not None and candidate.path == path else None

    def _row_places(self, api: Api) -> Iterator[_Place]:
        """Field rows (labelled by their table's label, else the enclosing endpoint's) and parameters."""
        for schema in api.schemas:
            where = schema.location
            label = schema.label or self._label_at(where.path, where.line) or schema.name
            for field in schema.fields:
                pointer = schema_pointer(schema.name, field.name)
                yield _Place(field.location.path, field.location.line, pointer, label, field.name)
        for operation in api.operations:
            for parameter in operation.parameters:
                where = parameter.location
                pointer = f"{path_pointer(operation.path, operation.method)}/parameters/{parameter.name}"
                yield _Place(where.path, where.line, pointer, operation.label, parameter.name)


def _operations(api: Api) -> Iterator[_Place]:
    for operation in api.operations:
        where = operation.location
        yield _Place(where.path, where.line, path_pointer(operation.path, operation.method), operation.label)


def _schemas(api: Api, label_at: Callable[[str, int], str | None]) -> Iterator[_Place]:
    for schema in api.schemas:
        where = schema.location
        label = schema.label or label_at(where.path, where.line) or schema.name
        yield _Place(where.path, where.line, schema_pointer(schema.name), label)
