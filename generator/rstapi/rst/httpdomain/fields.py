"""A resource's info field list (``:query int limit: ...``) -> entries, each with the role its name has."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import docutils.nodes

from rstapi.records import Record
from rstapi.rst.httpdomain.directives import http_resource
from rstapi.rst.httpdomain.vocabulary import FIELD_ROLES, TYPE_FIELDS, Role
from rstapi.rst.nodes import line_of, rst_text
from rstapi.rst.walk import ref_nodes

__all__ = ["TYPED_ROLES", "Entry", "entries_of", "own_nodes"]

# Sphinx's TypedFields: ``:<kind> [type] <name>:``; statuses take everything after the kind as
# the name. httpdomain's ``form`` and header fields are GroupedFields, with no type, yet
# ``:form int size:`` is read as ``:query int size:`` is, and so is ``:resheader integer
# X-Rate-Limit:``, since no header name holds a space (``schemas.py`` checks the words).
TYPED_ROLES = frozenset(
    {
        Role.PATH,
        Role.QUERY,
        Role.REQUEST_JSON,
        Role.REQUEST_JSON_ARRAY,
        Role.RESPONSE_JSON,
        Role.RESPONSE_JSON_ARRAY,
    }
)
_GROUPED_TYPED = (Role.FORM, Role.REQUEST_HEADER, Role.RESPONSE_HEADER)


@attrs.frozen(repr=False)
class Entry(Record):
    """One field of the list: what it documents, as written, and where."""

    kind: str  # the field's name as written: "query", "<json", "statuscode", "type" ...
    role: Role | None  # None: a name httpdomain does not have
    name: str  # "limit", "results[].id", "Content-Type", "404"
    type: str  # "int"; "" when the field gives none
    description: str
    line: int
    lines: tuple[int, ...]  # every line of the entry
    refs: tuple[str, ...] = ()
    types_field: bool = False  # ``:type name: int``: ``type`` is the description, for ``name``


def own_nodes(
    resource: docutils.nodes.Element, cls: type[docutils.nodes.Element]
) -> Iterator[docutils.nodes.Element]:
    """The nodes of class ``cls`` in a resource's content, not in a resource nested inside it."""
    pending = list(reversed(resource.children))
    while pending:
        node = pending.pop()
        if isinstance(node, cls):
            yield node
        if isinstance(node, docutils.nodes.Element) and not isinstance(node, http_resource):
            pending += reversed(node.children)


def entries_of(resource: docutils.nodes.Element) -> list[Entry]:
    """Every field of the resource's field lists, in document order."""
    return [
        _entry(field) for found in own_nodes(resource, docutils.nodes.field_list) for field in found.children
    ]


_LISTS = (docutils.nodes.bullet_list, docutils.nodes.enumerated_list)


def _description(body: docutils.nodes.Element) -> str:
    """A field body's text: its paragraphs run on (one line, as written in the field), a list an
    item a line (``- item``, ``1. item``) set apart by blank lines, as Markdown shows a list."""
    blocks: list[list[str]] = [[]]
    for child in body.children:
        if isinstance(child, _LISTS):
            blocks += [[_list_text(child)], []]
        elif isinstance(child, docutils.nodes.Element):
            blocks[-1].append(rst_text(child))
    return "\n\n".join(text for block in blocks if (text := " ".join(block).strip()))


def _list_text(node: docutils.nodes.Element) -> str:
    items = [c for c in node.children if isinstance(c, docutils.nodes.list_item)]
    numbered = isinstance(node, docutils.nodes.enumerated_list)
    return "\n".join(f"{f'{n}.' if numbered else '-'} {rst_text(item)}" for n, item in enumerate(items, 1))


def _entry(field: docutils.nodes.Element) -> Entry:
    written = " ".join(field[0].astext().split())
    kind, _, rest = written.partition(" ")
    body = field[1] if len(field) > 1 else docutils.nodes.field_body()
    description = _description(body)
    first = line_of(field) or line_of(field[0])
    last = max([first, *(line_of(n) for n in body.findall(docutils.nodes.Element) if line_of(n))])
    lines = tuple(range(first, last + 1))
    refs = tuple(node["rstapi_ref"] for node in ref_nodes(body))
    lowered = kind.lower()
    if lowered in TYPE_FIELDS:
        return Entry(kind, TYPE_FIELDS[lowered], rest.strip(), description, "", first, lines, refs, True)
    role = FIELD_ROLES.get(lowered)
    name, type_ = rest.strip(), ""
    if role in (*TYPED_ROLES, *_GROUPED_TYPED) and len(rest.split()) > 1:
        type_, name = (part.strip() for part in rest.rsplit(None, 1))
    return Entry(kind, role, name, type_, description, first, lines, refs)
