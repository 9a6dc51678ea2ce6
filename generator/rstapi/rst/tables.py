"""docutils table nodes -> rows of cells with their source lines."""

from __future__ import annotations

import attrs
import docutils.nodes
import docutils.utils

from rstapi.diagnostics import SourceLocation
from rstapi.rst.nodes import rst_text
from rstapi.rst.vocabulary import column_role

__all__ = ["Cell", "Table", "read_table"]


@attrs.frozen
class Cell:
    text: str
    line: int
    refs: tuple[str, ...] = ()  # :ref: targets written in the cell


@attrs.frozen
class Table:
    roles: tuple[str | None, ...]  # what each column holds: name, type, description, method, path
    rows: tuple[tuple[Cell, ...], ...]
    location: SourceLocation
    headers: tuple[str, ...] = ()  # the header row's texts, as written

    def column(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None


def _cell(entry: docutils.nodes.Element, fallback: int) -> Cell:
    """The cell's text, its first source line and its :ref: targets, from one walk of its nodes."""
    lines: list[int] = []
    refs: list[str] = []
    pending = [entry]
    while pending:
        node = pending.pop()
        if node.line:
            lines.append(node.line)
        if isinstance(node, docutils.nodes.inline) and "rstapi_ref" in node:
            refs.append(node["rstapi_ref"])
        pending += reversed([c for c in node.children if isinstance(c, docutils.nodes.Element)])
    return Cell(rst_text(entry), min(lines) if lines else fallback, tuple(refs))


def _rows(group: docutils.nodes.Element, fallback: int) -> list[tuple[Cell, ...]]:
    rows = []
    for row in group.findall(docutils.nodes.row):
        cells = tuple(_cell(e, fallback) for e in row.children if isinstance(e, docutils.nodes.entry))
        rows.append(cells)
    return rows


def read_table(table: docutils.nodes.table, path: str) -> Table:
    """A table's header roles and body rows; rows keep their source lines."""
    line = table.line or docutils.utils.get_source_line(table)[1] or 0
    head = next(iter(table.findall(docutils.nodes.thead)), None)
    body = next(iter(table.findall(docutils.nodes.tbody)), None)
    header = _rows(head, line)[0] if head is not None else ()
    rows = _rows(body, line) if body is not None else []
    roles = tuple(column_role(c.text) for c in header)
    return Table(roles, tuple(rows), SourceLocation(path, line), tuple(c.text for c in header))
