"""Read an RST file and turn it into a docutils doctree, with what Sphinx would resolve.

docutils alone knows none of Sphinx's markup: ``rstapi.rst.sphinx`` registers its roles (``ref``
among them, recording targets for ``extract``) and directives.
"""

from __future__ import annotations

import functools
import io
import itertools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import attrs
import docutils.core
import docutils.nodes
import docutils.utils
from docutils.parsers.rst import directives
from docutils.parsers.rst.directives.body import CodeBlock

from rstapi.diagnostics import Diagnostic, ReadError, SourceLocation
from rstapi.inputs import DEFAULT_MAX_BYTES, read_bounded
from rstapi.records import Record
from rstapi.rst import registry, sphinx
from rstapi.rst.machines import made_once
from rstapi.rst.nesting import MAX_NESTING, bound_nesting
from rstapi.rst.nodes import elements_of, positions_by_class
from rstapi.rst.resources import Resource

E = TypeVar("E", bound=docutils.nodes.Element)

__all__ = [
    "ParsedDocument",
    "ReadError",
    "Reading",
    "locate_tables",
    "parse",
    "read_source",
    "table_at_directive",
]


@attrs.frozen(repr=False)
class ParsedDocument(Record):
    path: str
    text: str
    doctree: docutils.nodes.document
    diagnostics: tuple[Diagnostic, ...]
    # for each line of ``text``: (display name, line) where it was written; empty: ``path``, as is
    origins: tuple[tuple[str, int], ...] = ()
    resources: tuple[Resource, ...] = ()  # the files its directives name (``rstapi.rst.resources``)
    # every element of ``doctree`` in document order, as ``parse`` listed them (empty: not listed);
    # the readers take them from here instead of walking the doctree again (nothing after the parse
    # adds or removes an element: extraction replaces the text of :ref:s only)
    elements: tuple[docutils.nodes.Element, ...] = attrs.field(default=(), eq=False, repr=False)
    # each class's elements (``of_class``), filtered once for as long as the document lives (a
    # kept reading's, across a live preview's builds; ``attrs.evolve`` shares it); not pickled
    by_class: dict[type, list[Any]] = attrs.field(factory=dict, eq=False, repr=False)
    # the positions in ``all_elements()`` of each exact class of element, listed in one pass for
    # every class asked; not pickled
    kinds: dict[type, list[int]] = attrs.field(factory=dict, eq=False, repr=False)
    merged: dict[type, list[int]] = attrs.field(factory=dict, eq=False, repr=False)  # positions_of

    def all_elements(self) -> Sequence[docutils.nodes.Element]:
        """Every element of ``doctree`` in document order (``elements``, or listed once)."""
        if self.elements:
            return self.elements
        listed = self.by_class.get(docutils.nodes.Element)
        if listed is None:
            listed = self.by_class[docutils.nodes.Element] = elements_of(self.doctree)
        return listed

    def of_class(self, cls: type[E]) -> list[E]:
        """The elements of ``doctree`` of class ``cls``, in document order: the positions of the
        classes that are ``cls`` or derive from it, merged (one walk of the list for all classes)."""
        found = self.by_class.get(cls)
        if found is None:
            elements = self.all_elements()
            found = self.by_class[cls] = [elements[n] for n in self.positions_of(cls)]
        return found

    def positions_of(self, cls: type) -> list[int]:
        """The positions in ``all_elements()`` of the elements of class ``cls``, in order (worked
        out once per class)."""
        found = self.merged.get(cls)
        if found is None:
            if not self.kinds:
                self.kinds.update(positions_by_class(self.all_elements()))
            runs = [positions for kind, positions in self.kinds.items() if issubclass(kind, cls)]
            found = runs[0] if len(runs) == 1 else sorted(itertools.chain.from_iterable(runs))
            self.merged[cls] = found
        return found

    def resource(self, written: str) -> Resource | None:
        """The file a directive names as ``written``, as the loader read it."""
        return next((r for r in self.resources if r.written == written), None)

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()

    def at(self, line: int, column: int = 0) -> SourceLocation:
        """Where line ``line`` of ``text`` was written (an included file's line for spliced text)."""
        if 0 < line <= len(self.origins):
            path, written = self.origins[line - 1]
            return SourceLocation(path, written, column)
        return SourceLocation(self.path, line, column)


@attrs.frozen(repr=False)
class Reading(Record):
    """One source as read before extraction (what ``rstapi.rst.cache`` keeps of a file)."""

    doc: ParsedDocument  # no resources attached: the loader reads those for every build
    diagnostics: tuple[Diagnostic, ...]  # reading findings besides the parse's (mojibake, includes)
    included: tuple[str, ...]  # the files spliced in, relative to the source's folder


def read_source(
    path: Path, display: str, max_bytes: int | None = None
) -> tuple[str | None, list[Diagnostic]]:
    """The file's text, or a diagnostic when it is not usable text; ReadError for I/O.

    What is not a readable regular file (missing, a directory, a FIFO, too large) is a ReadError
    before anything is read (``rstapi.inputs.read_bounded``).
    """
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    data = read_bounded(path, display, limit, "a document", "the document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = f"not valid UTF-8: byte 0x{data[error.start]:02x} at offset {error.start}"
        return None, [Diagnostic("RST100", message, SourceLocation(display, line))]
    text = text.removeprefix("\ufeff")
    if not text.strip():
        return None, [Diagnostic("RST101", "the file has no content", SourceLocation(display, 1))]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [
            Diagnostic(
                "RST100", "a NUL byte: this is a binary file, not RST text", SourceLocation(display, line)
            )
        ]
    return text, []


class _CodeBlock(CodeBlock):  # type: ignore[misc]  # docutils ships no type hints
    """docutils' ``code`` directive, with the literal block's line set to its first content line.

    docutils leaves that line to whatever the parser reads next (the line after the
    content, or one further), so example line numbers would depend on what follows.
    Sphinx's options of ``code-block`` (``:caption:``, ``:linenos:``, ``:emphasize-lines:`` ...)
    are accepted: they style the block, the code is the same.
    """

    option_spec: ClassVar[dict[str, Any]] = {**CodeBlock.option_spec, **sphinx.CODE_BLOCK_OPTIONS}

    def run(self) -> list[docutils.nodes.Node]:
        found: list[docutils.nodes.Node] = super().run()
        for node in found:
            if isinstance(node, docutils.nodes.literal_block):
                node.line = self.content_offset + 1
        return found


def table_at_directive(directive: type[Any]) -> type[Any]:
    """A table directive whose table's line is the directive's line, as docutils 0.23 sets it.

    docutils 0.22 leaves a directive's table without a line, so a finding about the table
    would fall back to whatever line its cells give; both versions now name the directive.
    """

    class _Located(directive):  # type: ignore[misc]  # docutils ships no type hints
        def run(self) -> list[docutils.nodes.Node]:
            found: list[docutils.nodes.Node] = super().run()
            for node in found:
                if isinstance(node, docutils.nodes.table):
                    node.source, node.line = self.state_machine.get_source_and_line(self.lineno)
            return found

    _Located.__name__ = directive.__name__
    return _Located


@functools.cache
def _stand_in() -> registry.Entries:
    """The stand-in for Sphinx's markup: code blocks, ``rstapi.rst.sphinx``'s roles and directives
    (each dialect's own follow per text: ``_markup_of``). Captured, never left registered
    (``rstapi.rst.registry``): inside a Sphinx build it would replace Sphinx's own."""

    def register() -> None:
        for name in ("code", "code-block", "sourcecode"):
            directives.register_directive(name, _CodeBlock)
        sphinx.register()

    return registry.captured(register)


# A table directive as docutils reads one: its name (any case) and "::", a space between them allowed.
_TABLE_DIRECTIVE = re.compile(r"table\s?::", re.IGNORECASE)


@functools.cache
def _table_directives() -> registry.Entries:
    """The table directives located at their directive (``table_at_directive``), made for the
    first text that has one: docutils' table module imports urllib.request (for a csv-table's
    ``:url:``), and with it http, email and ssl, a sixth of a build's imports."""
    from docutils.parsers.rst.directives.tables import CSVTable, ListTable, RSTTable

    def register() -> None:
        for name, directive in (("table", RSTTable), ("list-table", ListTable), ("csv-table", CSVTable)):
            directives.register_directive(name, table_at_directive(directive))

    return registry.captured(register)


def _markup_of(text: str) -> list[registry.Entries]:
    """The directives and roles a parse of ``text`` reads with: the stand-in's, the located tables
    when it has a table directive, and those of each dialect reader it names (``rstapi.rst.dialects``)."""
    from rstapi.rst import dialects  # its readers import this module

    tables = [_table_directives()] if _TABLE_DIRECTIVE.search(text) else []
    return [_stand_in(), *tables, *dialects.markup_for(text)]


_SETTINGS = {
    "report_level": 5,
    "halt_level": 5,
    "doctitle_xform": False,
    "syntax_highlight": "none",
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "input_encoding": "unicode",
}

_MESSAGE_CODES = {
    "does not contain the same number of items": "RST111",
}


def parse(text: str, display: str, origins: tuple[tuple[str, int], ...] = ()) -> ParsedDocument:
    """Parse RST text into a doctree; docutils' own messages become diagnostics.

    ``origins`` traces each line of ``text`` to the file and line it was written on (see
    ``rstapi.rst.include``).
    """
    markup = _markup_of(text)
    bounded, deep_lines = bound_nesting(text)
    settings = {**_SETTINGS, "warning_stream": io.StringIO()}
    try:
        # the stand-in's markup in docutils' registry for this parse only; docutils' nested state
        # machines and their states made once
        with registry.in_place(markup), made_once():
            doctree = docutils.core.publish_doctree(bounded, source_path=display, settings_overrides=settings)
    except RecursionError:  # nesting the indentation does not show (tables in tables ...)
        doctree = docutils.utils.new_document(display)
        deep_lines = [0]
    elements = elements_of(doctree)  # one walk for the tables and docutils' messages
    locate_tables(doctree, [node for node in elements if isinstance(node, docutils.nodes.table)])
    empty = ParsedDocument(display, bounded, doctree, (), origins, elements=tuple(elements))
    messages = [node for node in elements if isinstance(node, docutils.nodes.system_message)]
    diagnostics = [_diagnostic_for(message, empty) for message in messages]
    diagnostics += [_too_deep(line, empty) for line in deep_lines]
    return attrs.evolve(empty, diagnostics=tuple(d for d in diagnostics if d is not None))


def _too_deep(line: int, doc: ParsedDocument) -> Diagnostic:
    if not line:
        message = "the document nests too deeply for docutils (a RecursionError); nothing of it is read"
        return Diagnostic("RST171", message, doc.at(1))
    message = (
        f"nested more than {MAX_NESTING} levels deep: this line and the deeper ones after it are not read"
    )
    return Diagnostic("RST171", message, doc.at(line))


def locate_tables(
    doctree: docutils.nodes.document, tables: Sequence[docutils.nodes.table] | None = None
) -> None:
    """A grid or simple table's line is its top border, as docutils 0.23 sets it (0.22 sets none):
    the line above its first row's text. ``tables``: the doctree's tables, when already listed."""
    for table in doctree.findall(docutils.nodes.table) if tables is None else tables:
        if table.line is None:
            row = next(iter(table.findall(docutils.nodes.row)), None)
            lines = [p.line for p in row.findall(docutils.nodes.paragraph) if p.line] if row else []
            if lines:
                table.line = min(lines) - 1


def _diagnostic_for(message: docutils.nodes.system_message, doc: ParsedDocument) -> Diagnostic | None:
    level = message.get("level", 0)
    text = message.children[0].astext() if message.children else message.astext()
    if level < 2 or "Duplicate explicit target name" in text:
        return None  # INFO chatter; duplicate labels are reported by extract (RST114)
    line = message.get("line") or docutils.utils.get_source_line(message)[1] or 0
    code = next((c for phrase, c in _MESSAGE_CODES.items() if phrase in text), None)
    code = code or ("RST103" if level >= 3 else "RST102")
    return Diagnostic(code, " ".join(text.split()), doc.at(int(line)))
