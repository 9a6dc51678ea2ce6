"""docutils table nodes (and lists written as field tables) -> rows of cells with their source lines."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

import docutils.nodes
import docutils.utils

from rstapi.diagnostics import SourceLocation
from rstapi.rst import vocabulary as vocab
from rstapi.rst.nodes import line_of, rst_text
from rstapi.rst.types import type_spec
from rstapi.rst.vocabulary import column_role

__all__ = [
    "LISTS",
    "Cell",
    "Table",
    "field_list_rows",
    "first_line",
    "is_field_list",
    "read_list",
    "read_table",
]

# The lists a field section may hold instead of a table.
LISTS = (docutils.nodes.bullet_list, docutils.nodes.definition_list, docutils.nodes.field_list)
_LIST_KINDS = {
    docutils.nodes.bullet_list: "bullet list",
    docutils.nodes.definition_list: "definition list",
    docutils.nodes.field_list: "field list",
}
_LIST_ROLES = ("name", "type", "description")


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
    return isinstance(node, LISTS) and bool(node.children) and _item_row(node.children[0]) is not None


def read_list(node: docutils.nodes.Element, at: Locate) -> Table:
    """A field list as a table with name, type and description columns; items that do not read as
    a field are left out (the coverage figure names them)."""
    rows = field_list_rows(node)
    kind = list_kind(node)
    return Table(_LIST_ROLES, tuple(r for r in rows if r is not None), at(line_of(node)), (), kind)


def field_list_rows(node: docutils.nodes.Element) -> list[tuple[Cell, ...] | None]:
    """Each item of the list as (name, type, description) cells; None for an item that is no field."""
    return [_item_row(item) for item in node.children if isinstance(item, docutils.nodes.Element)]


def list_kind(node: docutils.nodes.Node) -> str:
    """How the document writes the list: "bullet list", "definition list" or "field list"."""
    return next(name for cls, name in _LIST_KINDS.items() if isinstance(node, cls))


def is_nested(node: docutils.nodes.Node) -> bool:
    """Inside a table cell or a list item (below the section): part of that cell or item."""
    parent = node.parent
    while parent is not None and not isinstance(parent, docutils.nodes.section):
        if isinstance(parent, (docutils.nodes.table, *LISTS)):
            return True
        parent = parent.parent
    return False


def first_line(node: docutils.nodes.Element) -> int:
    """The first source line of anything in ``node`` (a list item's own line is often unset)."""
    return _cell(node, line_of(node)).line


def _item_row(item: docutils.nodes.Element) -> tuple[Cell, ...] | None:
    if isinstance(item, docutils.nodes.definition_list_item):
        return _definition_row(item)
    if isinstance(item, docutils.nodes.field):
        return _field_row(item)
    first = item.children[0] if item.children else None
    if not isinstance(first, docutils.nodes.paragraph):
        return None
    match = next((m for shape in vocab.LIST_FIELD_SHAPES if (m := shape.match(rst_text(first)))), None)
    if match is None:
        return None
    rest = [_text(p) for p in item.children[1:]]
    kind, description = _type_and_description(
        match["type"] if "type" in match.groupdict() else None, match["description"]
    )
    return _row(item, match["name"], kind, " ".join([description, *rest]).strip())


def _definition_row(item: docutils.nodes.definition_list_item) -> tuple[Cell, ...] | None:
    term = next((c for c in item.children if isinstance(c, docutils.nodes.term)), None)
    match = vocab.LIST_TERM_SHAPE.match(rst_text(term)) if term is not None else None
    if match is None:
        return None
    classifier = next((c for c in item.children if isinstance(c, docutils.nodes.classifier)), None)
    written = rst_text(classifier) if classifier is not None else match["type"]
    definition = next((c for c in item.children if isinstance(c, docutils.nodes.definition)), None)
    text = (
        " ".join(rst_text(p) for p in definition.children if isinstance(p, docutils.nodes.paragraph))
        if definition
        else ""
    )
    kind, description = _type_and_description(written, text)
    return _row(item, match["name"], kind, description)


def _text(node: docutils.nodes.Node) -> str:
    """A paragraph's text; a nested list's items joined with commas ("One of: ``a``, ``b``")."""
    if isinstance(node, LISTS):
        return ", ".join(rst_text(item) for item in node.children)
    return rst_text(node) if isinstance(node, docutils.nodes.paragraph) else ""


def _field_row(item: docutils.nodes.field) -> tuple[Cell, ...] | None:
    """``:name: string. The name.`` (or ``:name (string): The name.``)."""
    name = next((c for c in item.children if isinstance(c, docutils.nodes.field_name)), None)
    match = vocab.LIST_TERM_SHAPE.match(rst_text(name)) if name is not None else None
    if match is None:
        return None
    body = next((c for c in item.children if isinstance(c, docutils.nodes.field_body)), None)
    text = " ".join(_text(p) for p in body.children) if body is not None else ""
    kind, description = _type_and_description(match["type"], text)
    return _row(item, match["name"], kind, description)


def _type_and_description(written: str | None, description: str) -> tuple[str, str]:
    """The type as written (or leading the description: "string. The name."), and the description."""
    if written:
        return written.strip(), description.strip()
    leading = vocab.LEADING_TYPE.match(description)
    if leading and type_spec(leading["type"]) is not None:
        return leading["type"].strip(), leading["description"].strip()
    return "", description.strip()


def _row(item: docutils.nodes.Element, name: str, kind: str, description: str) -> tuple[Cell, ...]:
    first = _cell(item, 0)
    return (
        Cell(name, first.line),
        Cell(kind, first.line),
        Cell(re.sub(r"\s+", " ", description), first.line, first.refs),
    )
