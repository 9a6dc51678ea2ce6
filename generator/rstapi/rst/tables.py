"""docutils table nodes (and lists written as field tables) -> rows of cells with their source lines."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import docutils.nodes
import docutils.utils

from rstapi.diagnostics import SourceLocation
from rstapi.rst.nodes import elements_in, elements_of, rst_text
from rstapi.rst.vocabulary import column_role

__all__ = [
    "LISTS",
    "Cell",
    "Table",
    "cell_of",
    "is_field_list",
    "is_nested",
    "read_table",
]

# The lists a field section may hold instead of a table.
LISTS = (docutils.nodes.bullet_list, docutils.nodes.definition_list, docutils.nodes.field_list)


class Cell(NamedTuple):
    text: str
    line: int
    refs: tuple[str, ...] = ()  # :ref: targets written in the cell


class Table(NamedTuple):
    roles: tuple[str | None, ...]  # what each column holds: name, type, description, method, path
    rows: tuple[tuple[Cell, ...], ...]
    location: SourceLocation
    headers: tuple[str, ...] = ()  # the header row's texts, as written
    kind: str = "table"  # or "bullet list", "definition list" (fields written as a list)

    def column(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None


def cell_of(entry: docutils.nodes.Element, fallback: int) -> Cell:
    """The cell's text, its first source line and its :ref: targets, from one list of its elements."""
    elements = elements_of(entry)
    lines = [node.line for node in elements if node.line]
    refs = tuple(
        node["rstapi_ref"]
        for node in elements
        if isinstance(node, docutils.nodes.inline) and "rstapi_ref" in node
    )
    return Cell(rst_text(entry), min(lines) if lines else fallback, refs)


def _rows(group: docutils.nodes.Element, fallback: int) -> list[tuple[Cell, ...]]:
    rows = []
    for row in elements_in(group, docutils.nodes.row):
        cells = tuple(cell_of(e, fallback) for e in row.children if isinstance(e, docutils.nodes.entry))
        rows.append(cells)
    return rows


Locate = Callable[[int], SourceLocation]  # a line of the parsed text -> where it was written


def read_table(table: docutils.nodes.table, at: Locate) -> Table:
    """A table's header roles and body rows; rows keep their source lines."""
    line = table.line or docutils.utils.get_source_line(table)[1] or 0
    head = next(iter(table.findall(docutils.nodes.thead)), None)
    body = next(iter(table.findall(docutils.nodes.tbody)), None)
    header = _rows(head, line)[0] if head is not None else ()
    rows = _rows(body, line) if body is not None else []
    roles = tuple(column_role(c.text) for c in header)
    return Table(roles, tuple(rows), at(line), tuple(c.text for c in header))


# ---------------------------------------------------------------- fields written as a list


def is_field_list(node: docutils.nodes.Node) -> bool:
    """A bullet or definition list whose first item reads as a field ("``name`` (type): ...")."""
    if not isinstance(node, LISTS) or not node.children:
        return False
    from rstapi.rst.lists import item_row  # only for a document that writes a list

    return item_row(node.children[0]) is not None


def is_nested(node: docutils.nodes.Node) -> bool:
    """Inside a table cell or a list item (below the section): part of that cell or item."""
    parent = node.parent
    while parent is not None and not isinstance(parent, docutils.nodes.section):
        if isinstance(parent, (docutils.nodes.table, *LISTS)):
            return True
        parent = parent.parent
    return False
