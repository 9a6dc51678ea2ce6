"""What an httpdomain document holds, counted for coverage: every resource directive, every entry of
its field lists and every example block with a body; tables and JSON blocks outside the directives
as the shared inventory counts them."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import docutils.nodes

from rstapi.model import SourceItem
from rstapi.rst.httpdomain.fields import Entry
from rstapi.rst.httpdomain.resource import Resource, unread
from rstapi.rst.httpdomain.schemas import items_of
from rstapi.rst.httpdomain.vocabulary import EXAMPLE_INTROS, FIELD_ROLES
from rstapi.rst.inventory import inventory as shared_inventory
from rstapi.rst.nodes import line_of
from rstapi.rst.walk import Walk

__all__ = ["inventory"]

_FIELDS = (
    "httpdomain's fields are "
    + ", ".join(f":{name}:" for name in sorted(FIELD_ROLES))
    + " (and :type name: for a type)"
)
_EXAMPLES = (
    "an example is read inside an http:<method> directive: a raw HTTP message (.. sourcecode:: http), or "
    "a JSON block after an intro (" + ", ".join(sorted({w.title() for w in EXAMPLE_INTROS})) + ")"
)


def inventory(
    walk: Walk, resources: list[Resource], connections: Sequence[docutils.nodes.Element] = ()
) -> list[SourceItem]:
    """The resources' rows and examples; a WebSocket connection is one row, its content's lines."""
    mine = [item for resource in resources for item in _resource_items(walk, resource)]
    mine += [_connection_item(walk, connection) for connection in connections]
    taken = {(item.location.path, item.location.line) for item in mine}
    others = [i for i in shared_inventory(walk) if (i.location.path, i.location.line) not in taken]
    return sorted([*mine, *others], key=lambda item: (item.location.path, item.location.line))


def _connection_item(walk: Walk, connection: docutils.nodes.Element) -> SourceItem:
    first = walk.at(line_of(connection))
    last = max(
        [
            first.line,
            *(walk.at(line_of(n)).line for n in connection.findall(docutils.nodes.Element) if line_of(n)),
        ]
    )
    name = f"websocket:connection {' '.join(connection['signatures'][:1])}"
    expected = "a WebSocket connection has no place in an OpenAPI spec"
    return SourceItem(
        "row", first, f"directive {name}", tuple(range(first.line, last + 1)), expected=expected
    )


def _resource_items(walk: Walk, resource: Resource) -> list[SourceItem]:
    signature = " ".join(resource.node["signatures"][:1])
    name = f"http:{resource.method.lower()} {signature}"
    at = walk.at(resource.line)
    items = [SourceItem("row", at, f"directive {name}", (at.line,))]
    targets = {(e.role, e.name): e for e in resource.entries if not e.types_field}
    for entry in resource.entries:
        target = targets.get((entry.role, entry.name)) if entry.types_field else None
        array = None if entry.types_field else items_of(entry.name)
        target = target or (targets.get((entry.role, array)) if array is not None else None)
        items.append(_entry_item(walk, entry, name, target))
    items += _examples(walk, resource, name)
    # a directive that is not read holds its rows and examples: its own finding explains them all
    return [attrs.evolve(item, group=at) for item in items] if unread(resource) else items


def _examples(walk: Walk, resource: Resource, name: str) -> list[SourceItem]:
    items = []
    for block in resource.blocks:
        body = block.kind == "json" or (block.message is not None and block.message.body.strip())
        if body or (block.kind == "http" and block.message is None):
            first = walk.at(block.line)
            lines = tuple(range(first.line, first.line + len(block.text.splitlines())))
            items.append(
                SourceItem("example", first, f"{block.kind} example of {name}", lines, expected=_EXAMPLES)
            )
    return items


def _entry_item(walk: Walk, entry: Entry, name: str, target: Entry | None) -> SourceItem:
    """A field entry; a ``:type`` entry is used when the field it types is, an items entry
    (``tags[]``) when its array is."""
    lines = tuple(walk.at(line).line for line in (*entry.lines, *(target.lines[:1] if target else ())))
    return SourceItem(
        "row", walk.at(entry.line), f"field ':{entry.kind} {entry.name}:' of {name}", lines, None, _FIELDS
    )
