"""Shared state and readers for the extraction walk (labels, field tables, schemas)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

import attrs
import docutils.nodes

from rstapi import naming
from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.model import Example, Field, Label, ObjectSchema, RefUse, TypeSpec
from rstapi.records import Record
from rstapi.rst import vocabulary as vocab
from rstapi.rst.evolved import evolved
from rstapi.rst.examples import json_example, looks_like_json
from rstapi.rst.nodes import (
    LITERAL,
    block_text,
    body_of,
    elements_in,
    line_of,
    remembered,
    rst_text,
    subsections,
    title_of,
)
from rstapi.rst.options import ReadOptions
from rstapi.rst.parse import ParsedDocument
from rstapi.rst.rules import exclusive_rules
from rstapi.rst.sphinx import IMPLICIT_KEY
from rstapi.rst.summary import example_label
from rstapi.rst.tables import LISTS, Cell, Table, is_field_list, read_table
from rstapi.rst.types import (
    cell_value,
    did_you_mean,
    left_out,
    listed_values,
    required_cell,
    required_marked,
    type_spec,
    typed_values,
    unfit,
    unread_qualifier,
)

Kind = vocab.SectionKind
E = TypeVar("E", bound=docutils.nodes.Element)
__all__ = ["OPERATION_REF", "Walk", "normalize_label", "show_section_titles"]
# An inline node that names an operation (a dialect's cross-reference role sets it): (METHOD, path).
OPERATION_REF = "rstapi_operation_ref"
_LABEL = re.compile(r"^\.\.\s+_(?P<name>[^:]+):\s*$")


def normalize_label(name: str) -> str:
    """Sphinx compares labels case-insensitively with whitespace collapsed."""
    return " ".join(name.lower().split())


@attrs.define(repr=False)
class Walk(Record):
    """Mutable state of one extraction; only ``extract`` sees it."""

    doc: ParsedDocument
    diagnostics: list[Diagnostic] = attrs.field(factory=list)
    # Shared by the walks of every file of one build (a Sphinx project resolves across files):
    schemas: dict[str, ObjectSchema] = attrs.field(factory=dict)
    labels: dict[str, tuple[Label, docutils.nodes.Element | None]] = attrs.field(factory=dict)
    envelopes: dict[str, tuple[Field, ...]] = attrs.field(factory=dict)  # label -> its table's fields
    options: ReadOptions = attrs.field(factory=ReadOptions)  # the build's settings for the readers
    _sections: list[docutils.nodes.section] | None = None
    _tables: dict[int, Table] = attrs.field(factory=dict)  # id(table node) -> its rows, read once
    _index: dict[int, int] | None = None  # id(element) -> its position in the document's elements
    _label_names: dict[int, str] = attrs.field(factory=dict)  # id(labelled node) -> its first label
    _labels_seen: int = 0  # how many labels _label_names was made from
    _located: dict[int, SourceLocation] = attrs.field(factory=dict)  # line -> where it was written
    # The schemas made for one field's object (an item section, an objects subsection, dotted
    # rows): the field's other place merges into it (``rst/merge.py``), never into a shared one.
    # Shared by the walks of one build, as ``schemas`` is.
    parts: set[str] = attrs.field(factory=set)
    # On a page several dialects' readers read (``dialects.readers_for``), the objects of the other
    # readers (an ``http_resource``, a ``rest_method`` section): theirs alone (``foreign_to``).
    foreign: tuple[docutils.nodes.Element, ...] = ()

    def foreign_to(self, node: docutils.nodes.Element) -> bool:
        """Whether ``node`` is, or lies inside, an object another reader of the page reads."""
        if not self.foreign:
            return False
        ids = {id(element) for element in self.foreign}
        parent: docutils.nodes.Element | None = node
        while parent is not None:
            if id(parent) in ids:
                return True
            parent = parent.parent
        return False

    def holds_foreign(self, section: docutils.nodes.Element) -> bool:
        """Whether another reader's object is part of ``section``'s own content (or is it)."""
        if not self.foreign:
            return False
        ids = {id(element) for element in self.foreign}
        return self.foreign_to(section) or any(id(child) in ids for child in body_of(section))

    @property
    def sections(self) -> list[docutils.nodes.section]:
        """Every section of the document, in order (the doctree is walked once)."""
        if self._sections is None:
            self._sections = self.all(docutils.nodes.section)
        return self._sections

    def all(self, cls: type[E]) -> list[E]:
        """Every element of the document of class ``cls``, in document order.

        The doctree is walked once for all the readers (labels, refs, tables, lists, examples);
        each class is then a filter over that one list.
        """
        return self.doc.of_class(cls)

    def within(self, node: docutils.nodes.Element, cls: type[E]) -> list[E]:
        """``list(node.findall(cls))`` (``node`` included) for an element of the document: a run
        of ``all(cls)``, since a subtree's elements follow it in document order (an element the
        list does not hold is walked)."""
        found = self.all(cls)
        span = self._span(node)
        if span is None:
            return list(node.findall(cls))
        positions = self.doc.positions_of(cls)
        return found[bisect.bisect_left(positions, span[0]) : bisect.bisect_left(positions, span[1])]

    def _span(self, node: docutils.nodes.Element) -> tuple[int, int] | None:
        """``node``'s subtree as a range of the document's elements: from its position to just
        after its last element's, the end of its chain of last element children (None: not listed)."""
        elements = self.doc.all_elements()
        if self._index is None:
            self._index = {id(element): n for n, element in enumerate(elements)}
        start = self._index.get(id(node))
        if start is None or elements[start] is not node:
            return None
        last: docutils.nodes.Element | None = node
        while last is not None:
            node, last = last, _last_element_child(last)
        return start, self._index[id(node)] + 1

    def table(self, node: docutils.nodes.table) -> Table:
        """The table's header roles and rows (read once: several readers look at each table).

        A field list (see ``field_tables``) reads as a table with name, type and description columns.
        """
        found = self._tables.get(id(node))
        if found is None:
            if isinstance(node, docutils.nodes.table):
                found = self._tables[id(node)] = read_table(node, self.doc.at)
            else:
                from rstapi.rst.lists import read_list  # only for a document that writes a list

                found = self._tables[id(node)] = read_list(node, self.doc.at)
        return found

    def at(self, line: int, column: int = 0) -> SourceLocation:
        """Where ``line`` was written (each line located once: the readers and the inventory ask
        for the same lines)."""
        if column:
            return self.doc.at(line, column)
        found = self._located.get(line)
        if found is None:
            found = self._located[line] = self.doc.at(line)
        return found

    def lines_from(self, first: int) -> Callable[[int], SourceLocation]:
        """Where each line (1-based) of a block whose first line is ``first`` was written: an
        included block's lines need not be one run of its file (``:lines: 1-3,5-``)."""
        return lambda number: self.doc.at(first + number - 1)

    def report(self, code: str, message: str, where: int | SourceLocation) -> None:
        """A finding at a line of the parsed text (or at a place already located)."""
        located = where if isinstance(where, SourceLocation) else self.at(where)
        self.diagnostics.append(Diagnostic(code, message, located))

    def report_once(self, code: str, message: str, where: int | SourceLocation) -> None:
        """``report``, unless the same finding was made already (a part read once per method of a
        shared section, or once per signature of a directive)."""
        located = where if isinstance(where, SourceLocation) else self.at(where)
        finding = Diagnostic(code, message, located)
        if finding not in self.diagnostics:
            self.diagnostics.append(finding)

    def target(self, label: str) -> docutils.nodes.Element | None:
        entry = self.labels.get(normalize_label(label))
        return entry[1] if entry else None

    def label_of(self, node: docutils.nodes.Element) -> str | None:
        """The first label naming ``node`` (labels are only added: the names by node are made
        again when there are more, not searched for each node)."""
        if self._labels_seen != len(self.labels):
            self._labels_seen = len(self.labels)
            self._label_names = {}
            for label, target in self.labels.values():
                if target is not None:
                    self._label_names.setdefault(id(target), label.name)
        return self._label_names.get(id(node))


def _last_element_child(node: docutils.nodes.Element) -> docutils.nodes.Element | None:
    for child in reversed(node.children):
        if isinstance(child, docutils.nodes.Element):
            return child
    return None


# ---------------------------------------------------------------- labels and refs


def collect_labels(walk: Walk) -> list[Label]:
    found: list[Label] = []
    for target in walk.all(docutils.nodes.target):
        match = _LABEL.match(target.rawsource.strip())
        if not match or target.get("refuri"):
            continue
        label = Label(match["name"].strip(), walk.at(line_of(target)))
        found.append(label)
        key = normalize_label(label.name)
        if key in walk.labels:
            first = walk.labels[key][0].location
            walk.report(
                "RST114",
                f"label {label.name!r} is already defined at "
                + (f"line {first.line}" if first.path == label.location.path else str(first)),
                label.location,
            )
            continue
        refid = target.get("refid")
        walk.labels[key] = (label, walk.doc.doctree.ids.get(refid) if refid else None)
    return found


def show_section_titles(walk: Walk) -> None:
    """A ``:ref:`` written without a title shows the title of the section its label names, as
    Sphinx renders it (a label of no section, or of no file read, keeps showing the label).

    The label as written is kept on the node, so a doctree read again (``rstapi watch`` keeps
    each file's doctree between builds) shows what the other files say now, not what they said."""
    for node in walk.all(docutils.nodes.inline):
        label = node.get(IMPLICIT_KEY)
        if not label:
            continue
        target = walk.target(label)
        written = node.setdefault(_WRITTEN, node.astext())
        shown = title_of(target)[0] if isinstance(target, docutils.nodes.section) else written
        if node.astext() != shown or len(node.children) != 1:
            node.children = []
            node += docutils.nodes.Text(shown)


_WRITTEN = "rstapi_written"  # what a :ref: written without a title showed as parsed


def shown_titles(walk: Walk) -> tuple[str, ...]:
    """What each ``:ref:`` written without a title shows now (``show_section_titles``: the title
    of the section it names, which may be in another file): what is read from a kept doctree
    depends on it."""
    return tuple(node.astext() for node in walk.all(docutils.nodes.inline) if IMPLICIT_KEY in node)


def ref_nodes(node: docutils.nodes.Node) -> Iterator[docutils.nodes.Element]:
    for element in elements_in(node, docutils.nodes.inline):
        if "rstapi_ref" in element:
            yield element


def collect_refs(walk: Walk, elsewhere: Callable[[str], str | None]) -> list[RefUse]:
    """Every ``:ref:``; one to a label of a project file that was not given is a warning (RST156)."""
    uses = []
    for node in (n for n in walk.all(docutils.nodes.inline) if "rstapi_ref" in n):
        target = node["rstapi_ref"]
        resolved = normalize_label(target) in walk.labels
        uses.append(RefUse(target, walk.at(line_of(node)), resolved))
        if resolved:
            continue
        other = elsewhere(normalize_label(target))
        if other is not None:
            message = f":ref: target {target!r} is defined in {other}, which is not among the sources"
            walk.report("RST156", message, line_of(node))
        else:
            walk.report("RST113", f":ref: target {target!r} is not defined", line_of(node))
    for node in (n for n in walk.all(docutils.nodes.inline) if OPERATION_REF in n):
        method, path = node[OPERATION_REF]
        uses.append(RefUse(path, walk.at(line_of(node)), False, method=method))  # extract resolves it
    return uses


# ---------------------------------------------------------------- sections


@remembered
def kind(section: docutils.nodes.Element) -> tuple[vocab.SectionKind, str]:
    """The section's kind by its title; a title that names a part of a response only there
    ("Headers") by its title and the kind of the section it is in (read once per section while
    the titles are: the readers ask each section's kind about fifty times)."""
    title = title_of(section)[0]
    found = vocab.section_kind(title)
    parent = section.parent
    if found[0] is Kind.UNKNOWN and isinstance(parent, docutils.nodes.section):
        return vocab.section_kind(title, kind(parent)[0])
    return found


@remembered
def is_endpoint(section: docutils.nodes.Element) -> bool:
    """Whether the section has a "Method and Endpoint" subsection (asked of every section by
    several readers: read once per section while the titles are)."""
    return any(kind(sub)[0] is Kind.METHOD for sub in subsections(section))


def endpoint_parts(section: docutils.nodes.Element) -> list[docutils.nodes.section]:
    """An endpoint's (or fields section's) subsections in document order, with those of its
    "Method and Endpoint" subsection: some revisions nest "Example Request" and "Response Values"
    under it, and they are parts of the endpoint all the same."""
    found = []
    for sub in subsections(section):
        found.append(sub)
        if kind(sub)[0] is Kind.METHOD:
            found += subsections(sub)
    return found


def paragraphs(nodes: Sequence[docutils.nodes.Element]) -> list[tuple[str, int]]:
    found = []
    for node in nodes:
        for paragraph in elements_in(node, docutils.nodes.paragraph):
            found.append((rst_text(paragraph), line_of(paragraph)))
    return found


def literal_blocks(nodes: Sequence[docutils.nodes.Element]) -> list[docutils.nodes.literal_block]:
    return [block for node in nodes for block in elements_in(node, docutils.nodes.literal_block)]


# ---------------------------------------------------------------- field tables


def fields(walk: Walk, table: Table, prefix: str = "") -> tuple[Field, ...]:
    """The rows of ``table``; ``prefix`` is the full name of the object they are inside, as the
    document writes it ("owner.", "skills[]."), for the findings and ``Field.path``."""
    name_col, type_col, desc_col = table.column("name"), table.column("type"), table.column("description")
    if name_col is None or type_col is None:
        walk.report("RST111", "field table needs a 'Field' and a 'Data Type' column", table.location)
        return ()
    said_col = table.column("required")
    said_col, inverted = (said_col, False) if said_col is not None else (table.column("optional"), True)
    found: list[Field] = []
    extra = not _EXTRA_COLUMNS.isdisjoint(table.roles)  # a Default, Example, Allowed values or Notes column
    for row in table.rows:
        if len(row) != len(table.roles):
            where = row[0].line if row else table.location
            walk.report("RST111", f"row has {len(row)} cells, the header has {len(table.roles)}", where)
            continue
        if not row[name_col].text.strip(" `"):
            cells = [cell.text for cell in row]
            walk.report("RST111", f"row {cells} has no field name; it is not read", row[name_col].line)
            continue
        description = row[desc_col] if desc_col is not None else None
        raw_type, required = required_marked(row[type_col].text, description.text if description else "")
        if said_col is not None:
            required = _required_cell(walk, row[said_col], prefix + row[name_col].text.strip(" `"), inverted)
        made = field(
            walk,
            row[name_col].text,
            raw_type,
            description.text if description else "",
            row[name_col].line,
            row[type_col].line,
            prefix,
            said=(required, description.refs if description else ()),
        )
        found.append(_with_columns(walk, made, table, row) if extra else made)
    _report_unread_columns(walk, table)
    return tuple(found)


def _with_columns(walk: Walk, made: Field, table: Table, row: tuple[Cell, ...]) -> Field:
    """What a field table's Default, Example, Allowed values and Notes columns add to the field."""
    cells = {role: row[index] for index, role in enumerate(table.roles) if role in _EXTRA_COLUMNS}
    spec = made.type
    notes = cells.get("notes")
    if notes is not None and notes.text:
        made = attrs.evolve(made, description=" ".join(filter(None, (made.description, notes.text))))
    values = cells.get("values")
    if values is not None and values.text and spec.json_type in _LISTED_TYPES and not spec.enum:
        typed = typed_values(listed_values(values.text), spec)
        if typed is None:
            _report_value(walk, "allowed values", values, made)
        else:
            spec = attrs.evolve(spec, enum=typed)
    for role in ("default", "example"):
        cell = cells.get(role)
        if cell is None or not cell.text:
            continue
        if role == "default" and cell.text.strip(" `()*_").lower() in vocab.NO_DEFAULT_CELLS:
            continue  # "None", "N/A", "(none)": the cell says there is no default
        fits, value = cell_value(cell.text, spec)
        why = unfit(spec, value, formats=True) if fits else None
        if not fits:
            _report_value(walk, role, cell, made)
        elif why is not None:  # a default the field refuses makes the spec invalid, an example a wrong one
            message = f"{role} {cell.text!r} of field {made.full_name!r} is none of the values the field allows ({why}); it is left out"
            walk.report("RST160", message, cell.line)
        elif role == "default":
            spec = attrs.evolve(spec, default=value)
        else:
            made = attrs.evolve(made, example=value)
    return made if spec is made.type else attrs.evolve(made, type=spec)


_EXTRA_COLUMNS = frozenset({"notes", "values", "default", "example"})
_LISTED_TYPES = frozenset({None, "string", "integer", "number"})  # an Allowed values column lists theirs


def _report_value(walk: Walk, what: str, cell: Cell, made: Field) -> None:
    kind = str(made.type.raw or made.type.json_type)
    article = "an" if kind[:1].lower() in "aeiou" else "a"
    message = (
        f"{what} {cell.text!r} of field {made.full_name!r} is not {article} {kind} value; it is left out"
    )
    walk.report("RST160", message, cell.line)


def _report_unread_columns(walk: Walk, table: Table) -> None:
    """A column whose header no role knows: its cells would be lost without a word (RST159)."""
    unread = [h for h, role in zip(table.headers, table.roles, strict=False) if role is None]
    if unread and table.headers:
        known = ", ".join(sorted({h.title() for h in vocab.COLUMN_ROLES}))
        shown = ", ".join(repr(h) for h in unread)
        message = (
            f"column {shown} of the field table is not read (column headers the house style knows: {known})"
        )
        walk.report("RST159", message, table.location)


def _required_cell(walk: Walk, cell: Cell, name: str, inverted: bool) -> bool | None:
    said = required_cell(cell.text, inverted)
    if said is None and cell.text.strip():
        column = "Optional" if inverted else "Required"
        message = (
            f"{column} cell {cell.text!r} of field {name!r} is neither yes nor no; "
            "the field is left as the examples show it"
        )
        walk.report("RST158", message, cell.line)
    return said


def link_field_refs(walk: Walk) -> None:
    """An object or array field whose description points at a fields section takes that schema
    (``add_schema`` links what it can when a schema is added; this links the "Fields in a <thing>"
    schemas, once every file's are known)."""
    for name in list(walk.schemas):
        if name in walk.schemas:  # not a part a :ref: took the place of (``_met``)
            fields = _linked(walk, walk.schemas[name].fields)
            walk.schemas[name] = attrs.evolve(walk.schemas[name], fields=fields)


def _linked(walk: Walk, fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """``fields`` with each object or array field that has no schema yet pointed at the fields
    section a ``:ref:`` in its description names ("For details, see :ref:`Fields in an Author`");
    one whose object rows of its own document too (dotted rows, a section of its own) meets it
    (``_met``)."""
    linked = fields
    for item in fields:
        if item.type.json_type not in {"object", "array"}:
            continue
        part = _part_of(walk, item.type) if item.refs else None
        if part is not None:
            offered = schemas_offered(walk, item.refs, item.description)
            linked = _met(walk, linked, item, part, offered) if offered else linked
            continue
        if item.type.ref:
            continue
        if item.type.items is not None and item.type.items.ref:
            continue
        offered = schemas_offered(walk, item.refs, item.description)
        if offered:
            linked = with_items(linked, item.name, offered)
    return linked


def _met(
    walk: Walk, fields: tuple[Field, ...], item: Field, part: str, offered: tuple[str, ...]
) -> tuple[Field, ...]:
    """``item`` documented both by its own rows (schema ``part``: dotted rows, a section of its
    own) and by a ``:ref:`` to a fields section (``offered``). The rows the section has too are
    RST198/RST199 (``merge.merged``, the section followed); when that is every row, the field is
    the section's schema. Rows the section lacks keep a schema of the field's own, the section's
    fields and those rows, and are RST200, as are ``:ref:``s to several sections ("one of"),
    which are not followed. ``item``'s refs are spent either way, so it is met once."""
    from rstapi.rst.merge import merged, unmet  # only for a document that documents an object twice

    spent = attrs.evolve(item, refs=())
    rows = walk.schemas[part].fields
    if len(offered) > 1:
        walk.diagnostics.append(unmet(item, [walk.schemas[name] for name in offered], ()))
        return _replaced(fields, item, spent)
    shared = walk.schemas[offered[0]]
    together, findings = merged(shared.fields, rows)
    walk.diagnostics += findings
    extra = together[len(shared.fields) :]
    if not extra:
        del walk.schemas[part]
        walk.parts.discard(part)
        return _replaced(fields, item, with_items((spent,), item.name, shared.name)[0])
    walk.schemas[part] = attrs.evolve(walk.schemas[part], fields=together)
    walk.diagnostics.append(unmet(item, [shared], extra))
    return _replaced(fields, item, spent)


def _replaced(fields: tuple[Field, ...], old: Field, new: Field) -> tuple[Field, ...]:
    return tuple(new if field is old else field for field in fields)


def field(
    walk: Walk,
    name: str,
    raw_type: str,
    description: str,
    line: int,
    type_line: int = 0,
    prefix: str = "",
    said: tuple[bool | None, tuple[str, ...]] = (None, ()),
) -> Field:
    """A row's field; ``prefix`` is the full name of the object it is inside ("owner."); ``said``:
    whether the row says it is required, and the :ref: targets of its description."""
    spec = type_spec(raw_type, description)
    unread = unread_qualifier(raw_type) if spec is not None else None
    shown = prefix + name.strip("`").strip()
    if spec is not None and unread is not None:
        message = (
            f"{unread!r} in the data type {raw_type!r} of field {shown!r} is not read; "
            f"the field is typed {spec.json_type or 'any'}"
        )
        walk.report("RST112", message, type_line or line)
    if spec is None:
        guess = did_you_mean(raw_type) if raw_type.strip() else None
        if not raw_type.strip():
            walk.report("RST112", f"field {shown!r} has no data type", type_line or line)
        elif guess is None:
            walk.report("RST112", f"unknown data type {raw_type!r} for field {shown!r}", type_line or line)
        else:
            message = f"unknown data type {raw_type!r} for field {shown!r}: did you mean {guess!r}?"
            walk.report("RST130", message, type_line or line)
        spec = TypeSpec(None, raw=raw_type)
    for problem in left_out(description, spec):
        walk.report("RST160", f"field {shown!r}: {problem}; it is left out", line)
    required, refs = said
    return Field(
        name.strip("`").strip(),
        spec,
        description,
        walk.at(line),
        refs,
        required,
        path=shown if prefix else "",
    )


def tables(nodes: Sequence[docutils.nodes.Element]) -> list[docutils.nodes.table]:
    return [
        t
        for node in nodes
        for t in (
            [node] if isinstance(node, docutils.nodes.table) else elements_in(node, docutils.nodes.table)
        )
    ]


def field_tables(nodes: Sequence[docutils.nodes.Element]) -> list[docutils.nodes.Element]:
    """The tables of a field section, and its lists that read as fields, in document order.

    A list inside a table cell or inside another list's item is part of that cell or item; the
    walk does not go into a table or a field list (their insides are rows and items, not more
    field tables), which also keeps it short.
    """
    found: list[docutils.nodes.Element] = []
    pending: list[tuple[docutils.nodes.Element, bool]] = [(node, False) for node in reversed(nodes)]
    while pending:
        node, in_list = pending.pop()
        if isinstance(node, docutils.nodes.table):
            found.append(node)
            continue
        if isinstance(node, LISTS) and not in_list and is_field_list(node):
            found.append(node)
            continue
        inside = in_list or isinstance(node, LISTS)
        pending += [(c, inside) for c in reversed(node.children) if isinstance(c, docutils.nodes.Element)]
    return found


def add_schema(walk: Walk, schema: ObjectSchema) -> str:
    name, number = schema.name, 2
    while name in walk.schemas:
        name, number = f"{schema.name}{number}", number + 1
    nested = _nest_dotted(walk, schema)
    linked = _linked(walk, nested.fields)
    rules, findings = exclusive_rules(linked)
    walk.diagnostics += findings
    walk.schemas[name] = evolved(nested, name=name, fields=linked, exclusive=rules)
    return name


# A row that documents a field of an object or array field of the same table: "owner.name",
# "results[].title", "results[*].title".
_DOTTED = re.compile(r"^(?P<head>[^.\[\]]+)(?:\[\*?\])?\.(?P<rest>.+)$")


def _nest_dotted(walk: Walk, schema: ObjectSchema) -> ObjectSchema:
    """Rows named "owner.name" become the fields of the ``owner`` field's own schema (of its items,
    for an array), when the table documents ``owner`` as an object or array of objects, or has no
    row for ``owner`` at all: then the rows imply it ("lines[].sku": an array of objects). When a
    section of its own documents ``owner`` too, the rows join that section's schema (``_merge_into``).
    A table with no dotted row (most) is the schema as it is, its fields not asked what they hold."""
    if not any("." in field.name for field in schema.fields):
        return schema
    schema = evolved(schema, fields=with_implied_parents(schema.fields))
    heads = {f.name: f for f in schema.fields if _holds_objects(f.type) or _part_of(walk, f.type)}
    nested: dict[str, list[Field]] = {}
    kept: list[Field] = []
    for field in schema.fields:
        match = _DOTTED.match(field.name)
        if match and match["head"] in heads:
            moved = attrs.evolve(field, name=match["rest"], path=field.full_name)
            nested.setdefault(match["head"], []).append(moved)
        else:
            kept.append(field)
    if not nested:
        return schema
    fields = tuple(kept)
    for head, rows in nested.items():
        own = _part_of(walk, heads[head].type)
        if own is not None:
            _merge_into(walk, own, tuple(rows), rows_are_own=False)
            continue
        suffix = "Item" if heads[head].type.json_type == "array" else ""
        name = f"{schema.name}{naming.pascal(head)}{suffix}"
        fields = with_items(fields, head, _add_part(walk, ObjectSchema(name, tuple(rows), rows[0].location)))
    return attrs.evolve(schema, fields=fields)


def _add_part(walk: Walk, schema: ObjectSchema) -> str:
    """``add_schema`` for the schema of one field's object (see ``Walk.parts``)."""
    name = add_schema(walk, schema)
    walk.parts.add(name)
    return name


def _part_of(walk: Walk, spec: TypeSpec) -> str | None:
    """The schema made for this one field's object (not a shared one), if it has one."""
    refs = list(dict.fromkeys(_schemas_of(spec)))
    return refs[0] if len(refs) == 1 and refs[0] in walk.parts and refs[0] in walk.schemas else None


def _merge_into(walk: Walk, name: str, rows: tuple[Field, ...], rows_are_own: bool) -> None:
    """Schema ``name`` with ``rows`` added: the same object documented in a second place. The
    object's own section (``rows`` when ``rows_are_own``) is followed where the two disagree."""
    from rstapi.rst.merge import merged  # only for a document that documents an object twice

    schema = walk.schemas[name]
    own, other = (rows, schema.fields) if rows_are_own else (schema.fields, rows)
    fields, findings = merged(own, other)
    walk.diagnostics += findings
    walk.schemas[name] = _nest_dotted(walk, attrs.evolve(schema, fields=fields))


def with_implied_parents(fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """``fields`` with a field for each head of dotted rows that no row documents, before its first
    child: an object ("shipping.city"), an array of objects ("lines[].sku")."""
    named = {field.name for field in fields}
    implied: dict[str, Field] = {}
    for field in fields:
        match = _DOTTED.match(field.name)
        if match is None or match["head"] in named or match["head"] in implied:
            continue
        listed = field.name[len(match["head"]) :].startswith("[")
        kind = TypeSpec("array", items=TypeSpec("object")) if listed else TypeSpec("object")
        prefix = field.full_name[: len(field.full_name) - len(field.name)]
        path = prefix + match["head"] if prefix else ""
        implied[match["head"]] = Field(match["head"], kind, "", field.location, path=path)
    if not implied:
        return fields
    found: list[Field] = []
    for field in fields:
        match = _DOTTED.match(field.name)
        if match is not None and match["head"] in implied:
            found.append(implied.pop(match["head"]))
        found.append(field)
    return tuple(found)


def _holds_objects(spec: TypeSpec) -> bool:
    """An object field, or an array of objects, whose schema the table does not name yet."""
    if spec.ref or spec.choices:
        return False
    if spec.json_type == "object":
        return True
    items = spec.items
    return spec.json_type == "array" and (
        items is None or (items.json_type in (None, "object") and not items.ref)
    )


def with_items(fields: tuple[Field, ...], field_name: str, ref: str | tuple[str, ...]) -> tuple[Field, ...]:
    """Point the array field ``field_name`` (or an object field) at component ``ref`` (or one of several)."""
    choices = (ref,) if isinstance(ref, str) else ref
    target = TypeSpec("object", ref=choices[0]) if len(choices) == 1 else TypeSpec("object", choices=choices)
    result = []
    for field in fields:
        if field.name == field_name and field.type.json_type == "array":
            field = attrs.evolve(field, type=attrs.evolve(field.type, items=target))
        elif field.name == field_name:
            field = attrs.evolve(field, type=attrs.evolve(field.type, ref=target.ref, choices=target.choices))
        result.append(field)
    return tuple(result)


# ---------------------------------------------------------------- "Fields in the <field> array" sections


def nest_items(
    walk: Walk, parent: tuple[Field, ...], sections: Sequence[docutils.nodes.section], stem: str
) -> tuple[tuple[Field, ...], list[docutils.nodes.section]]:
    """Give the array (or object) fields of ``parent`` the item tables that ``sections`` document.

    Each "Fields in the <field> array" section's table becomes a component (``<stem><Field>Item``)
    that the field's ``items`` point at; its own such subsections nest inside it, to any depth.
    Returns the parent's fields and the sections that name no field of the parent.
    """
    unmatched: list[docutils.nodes.section] = []
    parent = with_implied_parents(parent) if sections else parent
    for section in sections:
        section_kind, name = kind(section)
        if section_kind is not Kind.ARRAY_FIELDS:
            continue
        target = container_field(parent, name)
        found = field_tables(body_of(section))
        if target is None or not found:
            unmatched.append(section)
            continue
        child_stem = stem + naming.pascal(target.name)
        child = fields(walk, walk.table(found[0]), _inside(target))
        child, deeper = nest_items(walk, child, subsections(section), child_stem)
        report_unmatched(walk, deeper, child)
        item = ObjectSchema(child_stem + _item_suffix(target), child, walk.at(title_of(section)[1]))
        parent = _give(walk, parent, None, target, item)
    return parent, unmatched


def _item_suffix(target: Field) -> str:
    """What ends the name of the schema of ``target``'s object: "Item" for an array's items, nothing
    for an object field's own schema."""
    return "Item" if target.type.json_type == "array" else ""


def _inside(target: Field) -> str:
    """The full name the fields of ``target``'s object (or items) are written under: "owner.", "parts[]."."""
    return target.full_name + ("[]." if target.type.json_type == "array" else ".")


def _give(
    walk: Walk, top: tuple[Field, ...], owner: str | None, target: Field, item: ObjectSchema
) -> tuple[Field, ...]:
    """Point ``target`` (a field of ``top``, or of schema ``owner``) at ``item``, a section's table
    of its object; when the field has a schema of its own already (its dotted rows, another
    section), ``item``'s fields join it (RST198 where the two disagree)."""
    own = _part_of(walk, target.type)
    if own is not None:
        _merge_into(walk, own, item.fields, rows_are_own=True)
        return top
    top = point_field(walk, top, owner, target.name, _add_part(walk, item))
    if target.refs:  # a :ref: to a fields section this section's table meets (``_met``)
        if owner is None:
            return _linked(walk, top)
        walk.schemas[owner] = attrs.evolve(
            walk.schemas[owner], fields=_linked(walk, walk.schemas[owner].fields)
        )
    return top


def nest_anywhere(
    walk: Walk, top: tuple[Field, ...], sections: Sequence[docutils.nodes.section], stem: str
) -> tuple[tuple[Field, ...], list[docutils.nodes.section]]:
    """Sections that each document the fields of one array or object field, wherever it is below
    ``top``: in ``top``, in the items of a field of ``top``, or deeper (an "Arrays in the X
    Endpoint" section lists ``parts`` and, beside it, the ``supplier`` of each part).

    A section names its field by its title or the literals of its first paragraph
    (``field_names_of``); one whose field is in a schema another section makes is placed after it.
    Returns ``top`` and the sections that name no such field.
    """
    pending = [s for s in sections if field_tables(body_of(s))]
    unmatched = [s for s in sections if not field_tables(body_of(s))]
    top = with_implied_parents(top) if pending else top
    placed = True
    while pending and placed:
        placed = False
        for section in list(pending):
            found = _container_anywhere(walk, top, field_names_of(section))
            if found is None:
                continue
            owner, target = found
            child = fields(walk, walk.table(field_tables(body_of(section))[0]), _inside(target))
            child_stem = stem + naming.pascal(target.name)
            child, deeper = nest_items(walk, child, subsections(section), child_stem)
            report_unmatched(walk, deeper, child)
            item = ObjectSchema(child_stem + _item_suffix(target), child, walk.at(title_of(section)[1]))
            top = _give(walk, top, owner, target, item)
            pending.remove(section)
            placed = True
    return top, unmatched + pending


def field_names_of(section: docutils.nodes.section) -> list[str]:
    """The names a section of item fields may give its field: the one its title names ("Fields in
    the parts array", "parts", "Spare Parts" as ``spare_parts``), then the literals of its first
    paragraph ("Each element returned in the ``parts`` array ...")."""
    section_kind, name = kind(section)
    if section_kind is Kind.ARRAY_FIELDS:
        return [name]
    title = title_of(section)[0].replace("`", "").strip()
    found = [title, "_".join(title.split())]
    first = next((p for p in body_of(section) if isinstance(p, docutils.nodes.paragraph)), None)
    if first is not None:
        found += LITERAL.findall(rst_text(first))
    return list(dict.fromkeys(found))


def _container_anywhere(
    walk: Walk, top: tuple[Field, ...], names: Sequence[str]
) -> tuple[str | None, Field] | None:
    """(owner, field): the first array or object field with no schema yet called one of ``names``,
    in ``top`` (owner None) or in a schema reachable from it, nearest first."""
    queue: list[tuple[str | None, tuple[Field, ...]]] = [(None, top)]
    seen: set[str] = set()
    while queue:
        owner, table = queue.pop(0)
        for name in names:
            target = container_field(table, name)
            if target is not None and (_holds_objects(target.type) or _part_of(walk, target.type)):
                return owner, target
        for item in table:
            for ref in _schemas_of(item.type):
                if ref not in seen and ref in walk.schemas:
                    seen.add(ref)
                    queue.append((ref, walk.schemas[ref].fields))
    return None


def _schemas_of(spec: TypeSpec) -> list[str]:
    inner = spec.items if spec.items is not None else spec
    return [ref for ref in (spec.ref, inner.ref, *spec.choices, *inner.choices) if ref]


def point_field(
    walk: Walk, top: tuple[Field, ...], owner: str | None, name: str, item: str | tuple[str, ...]
) -> tuple[Field, ...]:
    """Point field ``name`` of ``top`` (``owner`` None) or of schema ``owner`` at ``item`` (or one of several)."""
    if owner is None:
        return with_items(top, name, item)
    schema = walk.schemas[owner]
    walk.schemas[owner] = attrs.evolve(schema, fields=with_items(schema.fields, name, item))
    return top


def container_field(parent: Sequence[Field], name: str) -> Field | None:
    """The array or object field called ``name`` (titles are matched case-insensitively)."""
    return next(
        (f for f in parent if f.name.lower() == name.lower() and f.type.json_type in {"array", "object"}),
        None,
    )


def report_unmatched(walk: Walk, sections: Sequence[docutils.nodes.section], parent: Sequence[Field]) -> None:
    for section in sections:
        title, line = title_of(section)
        name = kind(section)[1]
        arrays = [f.name for f in parent if f.type.json_type in {"array", "object"}]
        if container_field(parent, name) is not None:
            message = f"section {title!r} has no field table"
        else:
            shown = ", ".join(arrays) or "none"
            message = f"section {title!r} names no array or object field of its table (those are: {shown})"
        walk.report("RST154", message, line)


# ---------------------------------------------------------------- reusable "Fields in a <thing>" schemas


def thing_schemas(walk: Walk) -> None:
    examples: dict[str, list[Example]] = {}
    for section in walk.sections:
        section_kind, thing = kind(section)
        if section_kind is Kind.THING_EXAMPLE:
            found = json_blocks(walk, body_of(section), title_of(section)[0])
            examples.setdefault(naming.snake(thing), []).extend(found)
    for section in walk.sections:
        section_kind, thing = kind(section)
        if section_kind is not Kind.FIELDS:
            continue
        found = field_tables(body_of(section))
        if not found:
            walk.report(
                "RST111", f"section {title_of(section)[0]!r} has no field table", title_of(section)[1]
            )
            continue
        own, unmatched = nest_items(
            walk,
            fields(walk, walk.table(found[0])),
            subsections(section),
            naming.pascal(thing),
        )
        report_unmatched(walk, unmatched, own)
        schema = ObjectSchema(
            naming.pascal(thing),
            own,
            walk.at(title_of(section)[1]),
            description=prose(body_of(section)),
            examples=tuple(examples.get(naming.snake(thing), ())),
            label=walk.label_of(section),
        )
        add_schema(walk, schema)


def json_blocks(walk: Walk, nodes: Sequence[docutils.nodes.Element], title: str) -> list[Example]:
    """The JSON examples of an "Example Response Showing Information about a <thing>" section,
    named and summarised by the thing ("course_run", "Course run"); the emitter numbers repeats."""
    found = []
    name, shown = example_label(title)
    for block in (b for b in literal_blocks(nodes) if looks_like_json(block_text(b))):
        line = line_of(block)
        example, problems = json_example(name, block_text(block), walk.at(line), lines=walk.lines_from(line))
        walk.diagnostics.extend(problems)
        found.append(attrs.evolve(example, summary=shown))
    return found


def prose(nodes: Sequence[docutils.nodes.Element]) -> str:
    """The paragraphs and lists of ``nodes``, as text (a list's items a line each: "- item", "1. item");
    not a list that reads as fields (it is a field table, not prose)."""
    blocks = [n for n in nodes if isinstance(n, _PROSE_BLOCKS) and not is_field_list(n)]
    return "\n\n".join(_block_text(n) for n in blocks)


_PROSE_BLOCKS = (docutils.nodes.paragraph, docutils.nodes.bullet_list, docutils.nodes.enumerated_list)


def _block_text(node: docutils.nodes.Element) -> str:
    if isinstance(node, docutils.nodes.paragraph):
        return rst_text(node)
    items = [c for c in node.children if isinstance(c, docutils.nodes.list_item)]
    numbered = isinstance(node, docutils.nodes.enumerated_list)
    return "\n".join(f"{f'{n}.' if numbered else '-'} {rst_text(item)}" for n, item in enumerate(items, 1))


def schemas_offered(walk: Walk, targets: Sequence[str], text: str) -> tuple[str, ...]:
    """The components a paragraph offers: one per ``:ref:``, several only with "one of"/"or" wording."""
    found = tuple(dict.fromkeys(s for t in targets if (s := schema_for_ref(walk, t))))
    return found if len(found) < 2 or vocab.ONE_OF_PHRASE.search(text) else found[:1]


def schema_for_ref(walk: Walk, label: str) -> str | None:
    """The component a ``:ref:`` points to (a "Fields in a <thing>" section), if any."""
    target = walk.target(label)
    if target is None:
        return None
    for schema in walk.schemas.values():
        if schema.label and normalize_label(schema.label) == normalize_label(label):
            return schema.name
    return None
