"""docutils doctrees -> the frozen ``Api`` model plus diagnostics.

The walk is driven by the vocabulary tables: a section whose subsections include a
"Method and Endpoint" table documents operations; "Fields in a <thing>" sections are
reusable schemas; labels and ``:ref:`` uses are resolved the way Sphinx does.
A broken section is dropped with a diagnostic and the walk goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import docutils.nodes

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api, Field, IndexEntry, Label, ObjectSchema, Operation
from rstapi.rst.inventory import inventory
from rstapi.rst.nodes import body_of, line_of, sections_around, title_of
from rstapi.rst.operations import collect_envelopes, extract_operations
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
    for item in walk.all(docutils.nodes.list_item):
        if any(is_endpoint(s) for s in sections_around(item)):
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


# ---------------------------------------------------------------- entry point


def extract(
    docs: Sequence[ParsedDocument], elsewhere: Callable[[str], str | None] = lambda label: None
) -> tuple[Api, list[Diagnostic]]:
    """The Api documented by ``docs`` (already parsed, one Sphinx project), and what is wrong with them.

    Labels, reusable schemas and envelopes are shared by all files, so a ``:ref:`` may point into
    another file; ``elsewhere(label)`` names a project file that defines a label but was not given.
    """
    schemas: dict[str, ObjectSchema] = {}
    labels_by_name: dict[str, tuple[Label, docutils.nodes.Element | None]] = {}
    envelopes: dict[str, tuple[Field, ...]] = {}
    walks = [Walk(doc, schemas=schemas, labels=labels_by_name, envelopes=envelopes) for doc in docs]
    labels = [label for walk in walks for label in collect_labels(walk)]
    refs = [use for walk in walks for use in collect_refs(walk, elsewhere)]
    for walk in walks:
        thing_schemas(walk)
    if walks:
        link_field_refs(walks[0])  # every file's schemas: they are shared
    for walk in walks:
        collect_envelopes(walk)
    operations = [op for walk in walks for op in extract_operations(walk)]
    index = [entry for walk in walks for entry in _index_entries(walk)]
    diagnostics = [d for walk in walks for d in (*walk.doc.diagnostics, *walk.diagnostics)]
    headings = [_doc_heading(walk) for walk in walks]
    title = next((t for t, _ in headings if t), "")
    description = next((d for _, d in headings if d), "")
    operations = _unique_operations(operations, diagnostics)
    if walks and not operations:
        message = "the sources document no endpoint (no section with a 'Method and Endpoint' table)"
        diagnostics.append(Diagnostic("RST153", message, walks[0].at(1)))
    api = Api(
        title or "API",
        description,
        tuple(d.path for d in docs),
        tuple(operations),
        tuple(schemas.values()),
        tuple(index),
        tuple(labels),
        tuple(refs),
        tuple(item for walk in walks for item in inventory(walk)),
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
