"""docutils doctrees -> the frozen ``Api`` model plus diagnostics.

Each document is read by the reader of its dialect (``rstapi.rst.dialects``), a page mixing
httpdomain's and os-api-ref's directives by both, each its own objects; labels and
``:ref:`` uses are resolved the way Sphinx does, across every file. A broken section is dropped
with a diagnostic and the walk goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar

import attrs
import docutils.nodes

from rstapi.diagnostics import Diagnostic, SourceLocation, lines_named
from rstapi.microversions import Version, pick_operations, spanning
from rstapi.model import Api, Field, Label, ObjectSchema, Operation, RefUse, SourceItem
from rstapi.rst.dialects import Reader, readers_for
from rstapi.rst.kept import Kept, LocalReading
from rstapi.rst.nodes import line_of, texts_remembered, title_of
from rstapi.rst.options import DEFAULT_OPTIONS, ReadOptions
from rstapi.rst.parse import ParsedDocument
from rstapi.rst.sphinx import toctree_entries
from rstapi.rst.walk import Walk, collect_labels, collect_refs, is_endpoint, show_section_titles

__all__ = ["extract"]

# ---------------------------------------------------------------- entry point


def extract(
    docs: Sequence[ParsedDocument],
    elsewhere: Callable[[str], str | None] = lambda label: None,
    microversion: Version | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
    kept: Kept | None = None,
) -> tuple[Api, list[Diagnostic]]:
    """The Api documented by ``docs`` (already parsed, one Sphinx project), and what is wrong with them.

    Labels, reusable schemas and envelopes are shared by all files, so a ``:ref:`` may point into
    another file; ``elsewhere(label)`` names a project file that defines a label but was not given.
    With ``microversion``, the Api as of that version (``rstapi.microversions``); ``options`` are
    the build's settings the readers follow (``rstapi.rst.options``). With ``kept``, what a
    file-local reader made of a file is kept and replayed (``rstapi.rst.kept``).
    """
    schemas: dict[str, ObjectSchema] = {}
    labels_by_name: dict[str, tuple[Label, docutils.nodes.Element | None]] = {}
    envelopes: dict[str, tuple[Field, ...]] = {}
    parts: set[str] = set()  # the schemas made for one field's object, in any file (``Walk.parts``)
    read: list[_Read] = []  # a walk per document and reader: a page may mix two dialects
    for number, doc in enumerate(docs):
        for reader in readers_for(doc):
            walk = Walk(
                doc, schemas=schemas, labels=labels_by_name, envelopes=envelopes, options=options, parts=parts
            )
            read.append(_Read(number, walk, reader))
    firsts = _firsts(read)  # each document's first walk: labels, refs and titles once per document
    _share_pages(read)
    labels = [label for walk in firsts for label in collect_labels(walk)]
    for walk in firsts:
        show_section_titles(walk)
    with texts_remembered():  # no text changes from here on (show_section_titles is done)
        refs = [use for walk in firsts for use in collect_refs(walk, elsewhere)]
        for one in read:
            one.reader.schemas(one.walk)
        for reader in dict.fromkeys(one.reader for one in read):  # each dialect once, with its files
            reader.link([one.walk for one in read if one.reader is reader])
        local = LocalReading(kept, labels_by_name)
        operations = [op for n, walk, reader in read for op in local.operations(n, walk, reader)]
        index = [entry for n, walk, reader in read for entry in local.index(n, walk, reader)]
        title, description = _heading([(one.walk, one.reader) for one in read])
        inventory = _inventory(read, [local.inventory(n, walk, reader) for n, walk, reader in read])
        diagnostics = _diagnostics(read, firsts)
        operations, left_out = pick_operations(operations, microversion, diagnostics)
        operations = _unique_operations(operations, diagnostics)
        refs = _resolve_operation_refs(refs, operations)
        if read and not operations:
            message = (
                "the sources document no endpoint (no section with a 'Method and Endpoint' table, "
                "no http:get-style directive, no rest_method)"
            )
            diagnostics.append(Diagnostic("RST153", message, read[0].walk.at(1)))
        api = Api(
            title or "API",
            description,
            tuple(d.path for d in docs),
            tuple(operations),
            tuple(schemas.values()),
            tuple(index),
            tuple(labels),
            tuple(refs),
            tuple(inventory),
        )
        if left_out:
            from rstapi.versioned import without  # only for a build that leaves operations out

            api = without(api, left_out)
    if microversion is None:
        return spanning(api), diagnostics
    from rstapi.versioned import at_version  # only for --microversion

    return at_version(api, microversion), diagnostics


class _Read(NamedTuple):
    """A document (its number in the build), read by one reader through its own walk."""

    number: int
    walk: Walk
    reader: Reader


def _firsts(read: list[_Read]) -> list[Walk]:
    """Each document's first walk, in order."""
    return list({id(one.walk.doc): one.walk for one in reversed(read)}.values())[::-1]


def _share_pages(read: list[_Read]) -> None:
    """On a page several readers read (httpdomain's directives beside os-api-ref's), each walk
    learns the other readers' objects (``Walk.foreign``): what lies inside them is theirs. A house-
    style endpoint section on a page another dialect reads is RST204: the house style reads a page
    no other reader claims, so the section's operations are not read."""
    by_doc: dict[int, list[_Read]] = {}
    for one in read:
        by_doc.setdefault(one.number, []).append(one)
    for shared in by_doc.values():
        if len(shared) > 1:
            owned = [(one, tuple(one.reader.objects(one.walk))) for one in shared]
            for one in shared:
                one.walk.foreign = tuple(o for other, objects in owned if other is not one for o in objects)
        if shared[0].reader.name != "house style":
            _report_house_endpoints(shared[0])


def _report_house_endpoints(one: _Read) -> None:
    for section in one.walk.sections:
        if is_endpoint(section):
            title, line = title_of(section)
            message = (
                f"section {title!r} is a house-style endpoint (a 'Method and Endpoint' "
                f"subsection) on a page read as {one.reader.name}: its operations are not read (the "
                "house style reads a page no other dialect claims); move the section to a page of "
                "its own, or write it as a directive of the page's dialect"
            )
            one.walk.report("RST204", message, line)


def _covered(walk: Walk) -> set[tuple[str, int]]:
    """The places (file, line) the other readers' objects of the walk's page span."""
    covered: set[tuple[str, int]] = set()
    for node in walk.foreign:
        lines = [line for element in walk.within(node, docutils.nodes.Element) if (line := line_of(element))]
        for line in range(min(lines, default=0), max(lines, default=-1) + 1):
            where = walk.at(line)
            covered.add((where.path, where.line))
    return covered


def _place(where: SourceLocation | None) -> tuple[str, int]:
    return (where.path, where.line) if where is not None else ("", 0)


def _inventory(read: list[_Read], items: list[list[SourceItem]]) -> list[SourceItem]:
    """Every reader's inventory; on a page several read, an item inside another reader's objects is
    that reader's to count, and an item two readers count (a table outside both) is counted once."""
    found: list[SourceItem] = []
    shared = _Shared()
    for one, mine in zip(read, items, strict=True):
        found += shared.kept(one, mine, lambda item: (item.kind, *_place(item.location)))
    return found


def _diagnostics(read: list[_Read], firsts: list[Walk]) -> list[Diagnostic]:
    """Every document's findings (once) and each reader's; on a page several read, a reader's
    finding inside another reader's objects is left out (that reader speaks for them), and a
    finding two readers make at one place with one code is made once."""
    found: list[Diagnostic] = []
    first = {id(walk) for walk in firsts}
    shared = _Shared()
    for one in read:
        if id(one.walk) in first:
            found += one.walk.doc.diagnostics
        found += shared.kept(one, one.walk.diagnostics, lambda d: (d.code, *_place(d.location)))
    return found


T = TypeVar("T")


class _Shared:
    """What the readers of a shared page keep of what they made (``_inventory``, ``_diagnostics``)."""

    def __init__(self) -> None:
        self._by: dict[tuple[object, ...], int] = {}  # (document, key) -> the walk that made it

    def kept(self, one: _Read, made: list[T], key: Callable[[T], tuple[object, ...]]) -> list[T]:
        if not one.walk.foreign:
            return made
        covered = _covered(one.walk)
        kept = []
        for thing in made:
            place = (one.number, *key(thing))
            if (place[-2], place[-1]) in covered or self._by.setdefault(place, id(one.walk)) != id(one.walk):
                continue
            kept.append(thing)
        return kept


def _resolve_operation_refs(refs: list[RefUse], operations: list[Operation]) -> list[RefUse]:
    """A reference to an operation (``:http:get:`/path```) resolves when an operation has its method and path."""
    documented = {(op.method, op.path) for op in operations}
    return [
        attrs.evolve(ref, resolved=(ref.method, ref.target) in documented) if ref.method else ref
        for ref in refs
    ]


def _not_a_root(walk: Walk) -> bool:
    """False for a document with a toctree: a project's root names its pages, and titles the project
    (``--source DIR`` reads the pages in name order, ``api/books.rst`` before ``index.rst``)."""
    return not toctree_entries(walk.doc.doctree)


def _heading(read: list[tuple[Walk, Reader]]) -> tuple[str, str]:
    """The API's title and description: the first document's (a project's root first) that has
    one; a description is its introduction, as its reader reads one (read only until one is
    found: reading it may report what it leaves out)."""
    ordered = sorted(read, key=lambda pair: _not_a_root(pair[0]))
    title = next((t for walk, _ in ordered if walk.sections and (t := title_of(walk.sections[0])[0])), "")
    said = ((walk, reader.introduction(walk)) for walk, reader in ordered)
    described, description = next(((w, d) for w, d in said if d), (None, ""))
    if described is not None:
        _report_other_introductions(ordered, described)
    return title, description


def _report_other_introductions(read: list[tuple[Walk, Reader]], described: Walk) -> None:
    """The introduction of every other document (a page the root's toctree names, what it says
    before its first operation) is RST178: it introduces that page's operations, and the spec has
    one description, the API's, and no place for a group's."""
    reported = {id(described.doc)}  # a page two readers read is reported once
    for walk, reader in read:
        lines = reader.introduction_lines(walk) if id(walk.doc) not in reported else []
        if not lines:
            continue
        reported.add(id(walk.doc))
        title = title_of(walk.sections[0])[0] if walk.sections else walk.doc.path
        shown = lines_named([walk.at(line) for line in lines], walk.at(lines[0]))
        message = (
            f"the introduction of {title!r} ({shown}), what the page "
            f"says before its first operation, is not the API's description ({described.doc.path}'s "
            "introduction is: the spec has one) and no operation's: the spec leaves it out"
        )
        walk.report("RST178", message, lines[0])


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
