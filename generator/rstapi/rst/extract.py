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

from rstapi.diagnostics import Diagnostic, SourceLocation
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

__all__ = ["extract", "mojibake_lines"]

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


def mojibake_lines(doc: ParsedDocument, repaired: str) -> list[Diagnostic]:
    found = []
    for number, (before, after) in enumerate(
        zip(doc.text.splitlines(), repaired.splitlines(), strict=False), 1
    ):
        if before == after:
            continue
        pairs = _changed_words(before, after)
        message = "mojibake: " + ", ".join(f"{a!r} should read {b!r}" for a, b in pairs[:3])
        found.append(Diagnostic("RST118", message, SourceLocation(doc.path, number)))
    return found


def _changed_words(before: str, after: str) -> list[tuple[str, str]]:
    import difflib

    words_a, words_b = before.split(" "), after.split(" ")
    matcher = difflib.SequenceMatcher(a=words_a, b=words_b, autojunk=False)
    pairs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            pairs.append((" ".join(words_a[i1:i2])[:40], " ".join(words_b[j1:j2])[:40]))
    return pairs


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
        title, description = title or _doc_title(doc), description or _doc_intro(doc)
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


def _doc_title(doc: ParsedDocument) -> str:
    first = next(iter(doc.doctree.findall(docutils.nodes.section)), None)
    return title_of(first)[0] if first is not None else ""


def _doc_intro(doc: ParsedDocument) -> str:
    first = next(iter(doc.doctree.findall(docutils.nodes.section)), None)
    return prose(body_of(first)) if first is not None else ""


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
