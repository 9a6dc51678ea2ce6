"""docutils doctrees -> the frozen ``Api`` model plus diagnostics.

Each document is read by the reader of its dialect (``rstapi.rst.dialects``); labels and
``:ref:`` uses are resolved the way Sphinx does, across every file. A broken section is dropped
with a diagnostic and the walk goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import docutils.nodes

from rstapi.diagnostics import Diagnostic
from rstapi.microversions import Version, pick_operations, spanning
from rstapi.model import Api, Field, Label, ObjectSchema, Operation, RefUse
from rstapi.rst.dialects import Reader, reader_for
from rstapi.rst.kept import Kept, LocalReading
from rstapi.rst.nodes import texts_remembered, title_of
from rstapi.rst.options import DEFAULT_OPTIONS, ReadOptions
from rstapi.rst.parse import ParsedDocument
from rstapi.rst.sphinx import toctree_entries
from rstapi.rst.walk import Walk, collect_labels, collect_refs, show_section_titles

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
    walks = [
        Walk(doc, schemas=schemas, labels=labels_by_name, envelopes=envelopes, options=options, parts=parts)
        for doc in docs
    ]
    read_by = [reader_for(doc) for doc in docs]
    labels = [label for walk in walks for label in collect_labels(walk)]
    for walk in walks:
        show_section_titles(walk)
    with texts_remembered():  # no text changes from here on (show_section_titles is done)
        refs = [use for walk in walks for use in collect_refs(walk, elsewhere)]
        for walk, reader in zip(walks, read_by, strict=True):
            reader.schemas(walk)
        for reader in dict.fromkeys(read_by):  # each dialect once, with the files it reads
            reader.link([walk for walk, by in zip(walks, read_by, strict=True) if by is reader])
        local = LocalReading(kept, labels_by_name)
        numbered = list(enumerate(zip(walks, read_by, strict=True)))
        operations = [op for n, (walk, reader) in numbered for op in local.operations(n, walk, reader)]
        index = [entry for n, (walk, reader) in numbered for entry in local.index(n, walk, reader)]
        title, description = _heading(list(zip(walks, read_by, strict=True)))
        diagnostics = [d for walk in walks for d in (*walk.doc.diagnostics, *walk.diagnostics)]
        operations, left_out = pick_operations(operations, microversion, diagnostics)
        operations = _unique_operations(operations, diagnostics)
        refs = _resolve_operation_refs(refs, operations)
        if walks and not operations:
            message = (
                "the sources document no endpoint (no section with a 'Method and Endpoint' table, "
                "no http:get-style directive, no rest_method)"
            )
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
            tuple(item for n, (walk, reader) in numbered for item in local.inventory(n, walk, reader)),
        )
        if left_out:
            from rstapi.versioned import without  # only for a build that leaves operations out

            api = without(api, left_out)
    if microversion is None:
        return spanning(api), diagnostics
    from rstapi.versioned import at_version  # only for --microversion

    return at_version(api, microversion), diagnostics


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
    for walk, reader in read:
        lines = reader.introduction_lines(walk) if walk is not described else []
        if not lines:
            continue
        title = title_of(walk.sections[0])[0] if walk.sections else walk.doc.path
        shown = ", ".join(str(walk.at(line).line) for line in lines)
        message = (
            f"the introduction of {title!r} (line{'s' if len(lines) > 1 else ''} {shown}), what the page "
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
