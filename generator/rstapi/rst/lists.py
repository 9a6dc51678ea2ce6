"""Lists written where a field table could be: a bullet, definition or field list of fields
("``name`` (type): ...") read as a table with name, type and description columns. Imported only
for a document that writes a list in such a place (``tables.is_field_list``).
"""

from __future__ import annotations

import re
from typing import TypeVar, cast

import docutils.nodes

from rstapi.rst import vocabulary as vocab
from rstapi.rst.nodes import line_of, rst_text
from rstapi.rst.tables import LISTS, Cell, Locate, Table, cell_of
from rstapi.rst.types import type_spec

__all__ = ["field_list_rows", "first_line", "item_row", "list_kind", "read_list"]

_LIST_KINDS = {
    docutils.nodes.bullet_list: "bullet list",
    docutils.nodes.definition_list: "definition list",
    docutils.nodes.field_list: "field list",
}
_LIST_ROLES = ("name", "type", "description")
E = TypeVar("E", bound=docutils.nodes.Element)


def read_list(node: docutils.nodes.Element, at: Locate) -> Table:
    """A field list as a table with name, type and description columns; items that do not read as
    a field are left out (the coverage figure names them)."""
    rows = field_list_rows(node)
    kind = list_kind(node)
    return Table(_LIST_ROLES, tuple(r for r in rows if r is not None), at(line_of(node)), (), kind)


def field_list_rows(node: docutils.nodes.Element) -> list[tuple[Cell, ...] | None]:
    """Each item of the list as (name, type, description) cells; None for an item that is no field.
    The fields of an object item written as a list inside it ("``profile`` (object): ..." with
    "* ``bio`` (string): ..." below) follow it as dotted rows ("profile.bio"), which the table's
    reading nests as dotted rows are."""
    rows: list[tuple[Cell, ...] | None] = []
    for item in node.children:
        if not isinstance(item, docutils.nodes.Element):
            continue
        row = item_row(item)
        rows.append(row)
        if row is None or not _holds_fields(row):
            continue
        head = row[0].text
        for inner in _inner_fields(item):
            rows += [_under(head, found) for found in field_list_rows(inner) if found is not None]
    return rows


def _holds_fields(row: tuple[Cell, ...]) -> bool:
    """A row whose type is an object or a list of objects (its fields may be listed inside it)."""
    spec = type_spec(row[1].text) if row[1].text else None
    if spec is None:
        return False
    items = spec.items
    return spec.json_type == "object" or (
        spec.json_type == "array" and (items is None or items.json_type in (None, "object"))
    )


def _inner_fields(item: docutils.nodes.Element) -> list[docutils.nodes.Element]:
    """The lists inside a list item whose items are all typed fields (not a list of values)."""
    holder = _child(item, docutils.nodes.definition) or _child(item, docutils.nodes.field_body) or item
    return [
        inner
        for inner in holder.children
        if isinstance(inner, LISTS)
        and all((row := item_row(child)) is not None and row[1].text for child in inner.children)
    ]


def _under(head: str, row: tuple[Cell, ...]) -> tuple[Cell, ...]:
    name, *rest = row
    parent, child = head.strip("`"), name.text.strip("`")
    # as a table's name cell writes it; a child may repeat its parent's path ("meta.lang" under "meta")
    dotted = f"``{child}``" if child.startswith((f"{parent}.", f"{parent}[].")) else f"``{parent}.{child}``"
    return (Cell(dotted, name.line, name.refs), *rest)


def list_kind(node: docutils.nodes.Node) -> str:
    """How the document writes the list: "bullet list", "definition list" or "field list"."""
    return next(name for cls, name in _LIST_KINDS.items() if isinstance(node, cls))


def first_line(node: docutils.nodes.Element) -> int:
    """The first source line of anything in ``node`` (a list item's own line is often unset)."""
    return cell_of(node, line_of(node)).line


def item_row(item: docutils.nodes.Element) -> tuple[Cell, ...] | None:
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
    inner = _inner_fields(item)
    rest = [_text(p) for p in item.children[1:] if p not in inner]
    kind, description = _type_and_description(
        match["type"] if "type" in match.groupdict() else None, match["description"]
    )
    return _row(item, match["name"], kind, " ".join([description, *rest]).strip())


def _definition_row(item: docutils.nodes.definition_list_item) -> tuple[Cell, ...] | None:
    match = _term_match(item, docutils.nodes.term)
    if match is None:
        return None
    classifier = _child(item, docutils.nodes.classifier)
    written = rst_text(classifier) if classifier is not None else match["type"]
    definition = _child(item, docutils.nodes.definition)
    text = (
        " ".join(rst_text(p) for p in definition.children if isinstance(p, docutils.nodes.paragraph))
        if definition
        else ""
    )
    kind, description = _type_and_description(written, text)
    return _row(item, match["name"], kind, description)


def _term_match(item: docutils.nodes.Element, cls: type[docutils.nodes.Element]) -> re.Match[str] | None:
    """The field's name and type as its first child of class ``cls`` (a term, a field name) writes them."""
    term = _child(item, cls)
    return vocab.LIST_TERM_SHAPE.match(rst_text(term)) if term is not None else None


def _child(item: docutils.nodes.Element, cls: type[E]) -> E | None:
    """``item``'s first child of class ``cls`` (docutils' ``first_child_matching_class``)."""
    index = item.first_child_matching_class(cls)
    return None if index is None else cast(E, item[index])


def _text(node: docutils.nodes.Node) -> str:
    """A paragraph's text; a nested list's items joined with commas ("One of: ``a``, ``b``")."""
    if isinstance(node, LISTS):
        return ", ".join(rst_text(item) for item in node.children)
    return rst_text(node) if isinstance(node, docutils.nodes.paragraph) else ""


def _field_row(item: docutils.nodes.field) -> tuple[Cell, ...] | None:
    """``:name: string. The name.`` (or ``:name (string): The name.``)."""
    match = _term_match(item, docutils.nodes.field_name)
    if match is None:
        return None
    body = _child(item, docutils.nodes.field_body)
    inner = _inner_fields(item)
    text = " ".join(_text(p) for p in body.children if p not in inner) if body is not None else ""
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
    first = cell_of(item, 0)
    return (
        Cell(name, first.line),
        Cell(kind, first.line),
        Cell(re.sub(r"\s+", " ", description), first.line, first.refs),
    )
