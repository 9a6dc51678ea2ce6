"""docutils table nodes (and lists written as field tables) -> rows of cells with their source lines."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import docutils.nodes
import docutils.utils

from rstapi.diagnostics import SourceLocation
from rstapi.rst.nodes import cell_text, elements_in, rst_text
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
    """The cell's text, its first source line and its :ref: targets (one walk of its elements)."""
    return _cell(entry, fallback, rst_text)[0]


def _cell(
    entry: docutils.nodes.Element, fallback: int, text: Callable[[docutils.nodes.Element], str]
) -> tuple[Cell, bool]:
    """``cell_of`` with the cell's text read by ``text``, and whether a table is nested in it."""
    lines: list[int] = []
    refs: list[str] = []
    nested = _marks(entry, lines, refs)
    return Cell(text(entry), min(lines) if lines else fallback, tuple(refs)), nested


def _marks(node: docutils.nodes.Element, lines: list[int], refs: list[str]) -> bool:
    """What a walk of a cell's elements finds besides its text: their ``lines``, the targets of
    its :ref:s (``refs``), and whether a table is nested in it (True: its rows are the outer
    table's too). Each node's class is looked up (``_MARKS``), not tested against each kind."""
    line = node.line
    if line:
        lines.append(line)
    kind = _MARKS.get(type(node)) or _mark_kind(type(node))
    if kind & _REF_HOLDER and "rstapi_ref" in node.attributes:
        refs.append(node["rstapi_ref"])
    nested = bool(kind & _TABLE)
    for child in node.children:
        if not (_MARKS.get(type(child)) or _mark_kind(type(child))) & _TEXT:
            nested = _marks(child, lines, refs) or nested
    return nested


_KNOWN, _TEXT, _REF_HOLDER, _TABLE = 1, 2, 4, 8  # what a node of a class is to ``_marks``
_MARKS: dict[type, int] = {}


def _mark_kind(cls: type) -> int:
    found = _MARKS[cls] = (
        _KNOWN
        | (_TEXT if not issubclass(cls, docutils.nodes.Element) else 0)
        | (_REF_HOLDER if issubclass(cls, docutils.nodes.inline) else 0)
        | (_TABLE if issubclass(cls, docutils.nodes.table) else 0)
    )
    return found


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
    read = _read_flat(table, line)
    if read is None:  # a table in a cell: its rows are read as rows of this table too, as findall finds them
        head = next(iter(table.findall(docutils.nodes.thead)), None)
        body = next(iter(table.findall(docutils.nodes.tbody)), None)
        header = _rows(head, line)[0] if head is not None else ()
        rows = _rows(body, line) if body is not None else []
        read = header, rows
    header, rows = read
    roles = tuple(column_role(c.text) for c in header)
    return Table(roles, tuple(rows), at(line), tuple(c.text for c in header))


def _read_flat(
    table: docutils.nodes.table, fallback: int
) -> tuple[tuple[Cell, ...], list[tuple[Cell, ...]]] | None:
    """The header row and body rows of a table with no table in a cell (most): its head's and
    body's rows are their children, each cell walked once; None for one that holds a table."""
    groups = [
        g for tgroup in table.children if isinstance(tgroup, docutils.nodes.tgroup) for g in tgroup.children
    ]
    head = next((g for g in groups if isinstance(g, docutils.nodes.thead)), None)
    body = next((g for g in groups if isinstance(g, docutils.nodes.tbody)), None)
    read: list[list[tuple[Cell, ...]]] = []
    for group in (head, body):
        rows = []
        for row in group.children if group is not None else ():
            cells = []
            for entry in row.children:
                if isinstance(entry, docutils.nodes.entry):
                    cell, nested = _cell(entry, fallback, cell_text)
                    if nested:
                        return None
                    cells.append(cell)
            rows.append(tuple(cells))
        read.append(rows)
    header_rows, rows = read
    if head is not None and not header_rows:
        return None  # a head without rows: read as before (it has no first row)
    return (header_rows[0] if head is not None else ()), rows


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
