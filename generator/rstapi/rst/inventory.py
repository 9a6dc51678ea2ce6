"""Every table row and JSON example of a document, with what a person needs to find it.

The coverage figure (``rstapi.coverage``) compares this inventory with the spec's
``x-rst-source`` places, so a row or an example the extractor did not use is counted and named.
"""

from __future__ import annotations

import docutils.nodes

from rstapi.model import SourceItem
from rstapi.rst import vocabulary as vocab
from rstapi.rst.examples import looks_like_json
from rstapi.rst.nodes import block_text, line_of, sections_around, title_of
from rstapi.rst.tables import LISTS, is_field_list, is_nested
from rstapi.rst.walk import Walk, kind

__all__ = ["inventory"]


def _accepted_headers() -> str:
    roles: dict[str, list[str]] = {}
    for header, role in vocab.COLUMN_ROLES.items():
        roles.setdefault(role, []).append(header.title())
    shown = "; ".join(f"{role}: {', '.join(words)}" for role, words in roles.items())
    return f"a field table needs a name and a type column, an endpoint table a method and a path ({shown})"


def _accepted_example_titles() -> str:
    kinds = {vocab.SectionKind.EXAMPLE_RESPONSE, vocab.SectionKind.EXAMPLE_REQUEST}
    titles = [title.title() for title, kind in vocab.SECTION_TITLES.items() if kind in kinds]
    return f"a JSON example is used under an example title ({', '.join(titles)}) of an endpoint"


_LIST_SHAPES = (
    "a list in a field section is read as fields when its first item reads ``name`` (type): "
    "description, or ``name``: type. description (a definition list: the term ``name``, "
    "its classifier or a leading 'type.' the type; a field list: :name: type. description)"
)


_ANOTHER_TABLE = (
    "it reads as fields, but a section uses only its first field table or list: a later one "
    "documents the items of an array field when its title or the paragraph before it names that "
    'field ("Fields in the results array")'
)


def inventory(walk: Walk) -> list[SourceItem]:
    """The document's table body rows, the items of lists in field sections (fields written as a
    list) and JSON literal blocks, in document order."""
    items: list[SourceItem] = []
    examples, headers = _accepted_example_titles(), _accepted_headers()
    for table in walk.all(docutils.nodes.table):
        items += _rows(walk, table, headers)
    for found in walk.all(docutils.nodes.Sequential):
        if not _list_in_field_section(found):
            continue
        items += _list_items(walk, found)
    for block in walk.all(docutils.nodes.literal_block):
        if looks_like_json(block_text(block)):
            first = line_of(block)
            where = walk.at(first)  # the lines as written (in an included file, that file's)
            lines = tuple(range(where.line, where.line + len(block_text(block).splitlines())))
            context = f"JSON example in section {_section_title(block)!r}"
            items.append(SourceItem("example", where, context, lines, expected=examples))
    return items


def _rows(walk: Walk, table: docutils.nodes.table, expected: str) -> list[SourceItem]:
    read = walk.table(table)
    if read.column("name") is not None and read.column("type") is not None:
        expected = _ANOTHER_TABLE
    shown = ", ".join(repr(h) for h in read.headers) or "no header row"
    context = f"table with columns {shown} in section {_section_title(table)!r}"
    return [
        SourceItem(
            "row",
            walk.at(min(c.line for c in row)),
            context,
            tuple(walk.at(c.line).line for c in row),
            read.location,
            expected,
        )
        for row in read.rows
        if row
    ]


def _list_in_field_section(node: docutils.nodes.Node) -> bool:
    """A list directly in a section that documents fields (not inside a table cell or list item)."""
    if not isinstance(node, LISTS) or is_nested(node):
        return False
    around = list(sections_around(node))[:2]  # its section, and that one's ("Arrays in the X Endpoint")
    kinds = [kind(section)[0] for section in around]
    return bool(kinds) and (kinds[0] in vocab.FIELD_SECTIONS or kinds[1:] == [vocab.SectionKind.ARRAYS])


def _list_items(walk: Walk, node: docutils.nodes.Element) -> list[SourceItem]:
    from rstapi.rst.lists import first_line, list_kind  # only for a document that writes a list

    context = f"{list_kind(node)} in section {_section_title(node)!r}"
    expected = _ANOTHER_TABLE if is_field_list(node) else _LIST_SHAPES
    group = walk.at(first_line(node))
    lines = [first_line(item) for item in node.children if isinstance(item, docutils.nodes.Element)]
    return [
        SourceItem("row", walk.at(line), context, (walk.at(line).line,), group, expected) for line in lines
    ]


def _section_title(node: docutils.nodes.Node) -> str:
    section = next(sections_around(node), None)
    return title_of(section)[0] if section is not None else ""
