"""docutils doctrees -> the frozen ``Api`` model plus diagnostics.

The walk is driven by the vocabulary tables: a section whose subsections include a
"Method and Endpoint" table documents operations; "Fields in a <thing>" sections are
reusable schemas; labels and ``:ref:`` uses are resolved the way Sphinx does.
A broken section is dropped with a diagnostic and the walk goes on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs
import docutils.nodes

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api, IndexEntry, Label, ObjectSchema, Operation, RefUse
from rstapi.rst.nodes import body_of, line_of, title_of
from rstapi.rst.operations import extract_operations
from rstapi.rst.parse import ParsedDocument
from rstapi.rst.walk import (
    Walk,
    collect_labels,
    collect_refs,
    is_endpoint,
    link_field_refs,
    prose,
    ref_nodes,
    thing_schemas,
)

__all__ = ["extract"]

# ---------------------------------------------------------------- the endpoint list at the top


def _index_entries(walk: Walk) -> list[IndexEntry]:
    entries = []
    for item in walk.doc.doctree.findall(docutils.nodes.list_item):
        if any(is_endpoint(s) for s in _ancestors(item)):
            continue
        refs = list(ref_nodes(item))
        strong = next(iter(item.findall(docutils.nodes.strong)), None)
        literals = [lit.astext() for lit in item.findall(docutils.nodes.literal) if "/" in lit.astext()]
        if not refs or (strong is None and not literals):
            continue
        name = strong.astext() if strong is not None else literals[0]
        entries.append(
            IndexEntry(name, literals[0] if literals else None, refs[0]["rstapi_ref"], walk.at(line_of(item)))
        )
    return entries


def _ancestors(node: docutils.nodes.Node) -> Iterator[docutils.nodes.Element]:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, docutils.nodes.section):
            yield parent
        parent = parent.parent


# ---------------------------------------------------------------- mojibake


# ---------------------------------------------------------------- entry point


def extract(docs: Sequence[ParsedDocument]) -> tuple[Api, list[Diagnostic]]:
    """The Api documented by ``docs`` (already parsed), and what is wrong with them."""
    diagnostics: list[Diagnostic] = []
    operations: list[Operation] = []
    schemas: dict[str, ObjectSchema] = {}
    index: list[IndexEntry] = []
    labels: list[Label] = []
    refs: list[RefUse] = []
    title, description = "", ""
    for doc in docs:
        walk = Walk(doc, schemas=schemas)
        labels += collect_labels(walk)
        refs += collect_refs(walk)
        thing_schemas(walk)
        link_field_refs(walk)
        operations += extract_operations(walk)
        index += _index_entries(walk)
        diagnostics += doc.diagnostics
        diagnostics += walk.diagnostics
        heading, intro = _doc_heading(walk)
        title, description = title or heading, description or intro
    operations = _unique_operations(operations, diagnostics)
    api = Api(
        title or "API",
        description,
        tuple(d.path for d in docs),
        tuple(operations),
        tuple(schemas.values()),
        tuple(index),
        tuple(labels),
        tuple(refs),
    )
    return api, diagnostics


def _doc_heading(walk: Walk) -> tuple[str, str]:
    """The document's title and the prose under it (its first section)."""
    if not walk.sections:
        return "", ""
    first = walk.sections[0]
    return title_of(first)[0], prose(body_of(first))


def _unique_operations(operations: list[Operation], diagnostics: list[Diagnostic]) -> list[Operation]:
    seen: dict[tuple[str, str], Operation] = {}
    for operation in operations:
        key = (operation.method, operation.path)
        if key in seen:
            first = seen[key].location
            message = f"{operation.method} {operation.path} is already documented at {first}"
            diagnostics.append(Diagnostic("RST116", message, operation.location))
            continue
        seen[key] = operation
    ids: dict[str, int] = {}
    result = []
    for operation in seen.values():
        count = ids.get(operation.operation_id, 0)
        ids[operation.operation_id] = count + 1
        result.append(
            attrs.evolve(operation, operation_id=f"{operation.operation_id}_{count + 1}")
            if count
            else operation
        )
    return result
