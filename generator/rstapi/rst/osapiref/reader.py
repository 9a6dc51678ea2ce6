"""The os-api-ref reader: its face to ``extract`` (``rstapi.rst.dialects.Reader``)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs
import docutils.nodes

from rstapi.diagnostics import lines_named
from rstapi.model import IndexEntry, Operation, SourceItem
from rstapi.records import Record
from rstapi.rst.examples import looks_like_json
from rstapi.rst.nodes import body_of, line_of, sections_around, title_of
from rstapi.rst.osapiref import directives
from rstapi.rst.osapiref.actions import merge_actions
from rstapi.rst.osapiref.context import Context
from rstapi.rst.osapiref.directives import rest_method, rest_parameters
from rstapi.rst.osapiref.operation import read_operation
from rstapi.rst.osapiref.prose import before_foreign, introduction_of, introduction_sections, is_operation
from rstapi.rst.parse import ParsedDocument
from rstapi.rst.prose import SAYING_BLOCKS
from rstapi.rst.walk import Walk

__all__ = ["READER", "OsApiRef"]

_PARAMETERS_EXPECTED = (
    "a rest_parameters item is used when its key is an entry of the parameters file whose 'in' "
    "fits where it is listed (path, query, header under Request; body under Request or Response)"
)
_SAMPLE_EXPECTED = (
    "a JSON sample is used inside a rest_method section, under a 'Request' or 'Response' "
    "subsection or named like server-create-req.json / server-get-resp.json"
)
_METHOD_EXPECTED = "a rest_method gives an operation as '.. rest_method:: METHOD /path' in a titled section"


@attrs.define(eq=False, repr=False)  # hashable: extract groups files by reader
class OsApiRef(Record):
    name: str = "os-api-ref"
    local = False  # one parameters file serves every file; actions of a path span files
    _operations: dict[int, list[Operation]] = attrs.field(factory=dict)  # id(walk) -> its operations
    _absorbed: set[tuple[str, int]] = attrs.field(factory=set)  # items an earlier action's stand for

    def register(self) -> None:
        directives.register()

    def claims(self, doc: ParsedDocument) -> bool:
        if "rest_method::" not in doc.text and "rest_parameters::" not in doc.text:
            return False
        return next(iter(doc.doctree.findall(_is_own)), None) is not None

    def objects(self, walk: Walk) -> list[docutils.nodes.Element]:
        """The operations' sections (a ``rest_method`` is part of their own content)."""
        return [section for section in walk.sections if is_operation(section)]

    def schemas(self, walk: Walk) -> None:
        """Schemas are the bodies of operations: made with them."""

    def link(self, walks: Sequence[Walk]) -> None:
        """Every file's operations: one parameters file serves them all, so that an entry no file
        lists is known (RST185), and the actions of one path may sit in several files."""
        context = Context()
        found = [
            (walk, read_operation(walk, context, node)) for walk in walks for node in walk.all(rest_method)
        ]
        for walk in walks:
            self._operations[id(walk)] = []
        operations, self._absorbed = merge_actions([(w, op) for w, op in found if op is not None])
        for walk, operation in operations:
            self._operations[id(walk)].append(operation)
        context.report_unused(walks[0])
        for walk in walks:
            _report_loose_blocks(walk)
            _report_loose_prose(walk)

    def operations(self, walk: Walk) -> list[Operation]:
        return self._operations.pop(id(walk), [])

    def index(self, walk: Walk) -> list[IndexEntry]:
        return []

    def inventory(self, walk: Walk) -> list[SourceItem]:
        items = [*_methods(walk), *_items(walk), *_samples(walk)]
        return [item for item in items if (item.location.path, item.location.line) not in self._absorbed]

    def introduction(self, walk: Walk) -> str:
        """What the page says before its first ``rest_method`` section, as an operation's prose is
        read (code blocks, notes, tables; a JSON block too: it is the sample of no operation)."""
        return introduction_of(walk)

    def introduction_lines(self, walk: Walk) -> list[int]:
        sections = introduction_sections(walk)
        return [
            line_of(n)
            for s in sections
            for n in before_foreign(walk, body_of(s))
            if isinstance(n, _INTRODUCED)
        ]


def _is_own(node: docutils.nodes.Node) -> bool:
    return isinstance(node, (rest_method, rest_parameters))


def _context(node: docutils.nodes.Node) -> str:
    titles = [title_of(s)[0] for s in itertools.islice(sections_around(node), 2)]
    return " of ".join(repr(t) for t in titles) or "the document"


def _report_loose_blocks(walk: Walk) -> None:
    """A literal block outside every operation's section and the page's introduction (the API's
    description) that is no JSON sample (a console session in a guide section after the first
    operation): no operation's description holds it, so it is RST178 (info), not left out
    without a word. (A JSON one is in the inventory: RST152.) So is such a section's prose."""
    for block in walk.all(docutils.nodes.literal_block):
        text = block.astext()
        if (
            looks_like_json(text)
            or _introduces(walk, block)
            or any(map(is_operation, sections_around(block)))
        ):
            continue
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        shown = first if len(first) <= 60 else first[:57] + "..."
        message = (
            f"the literal block {shown!r} in {_context(block)} stands in no rest_method section: "
            "it documents no operation, so the spec leaves it out"
        )
        walk.report("RST178", message, line_of(block))


def _report_loose_prose(walk: Walk) -> None:
    """The prose of a section outside every operation's section and the page's introduction (a
    resource group's introduction after the first operation: "Servers" before "List Servers"):
    the spec has no place for it, so it is RST178 (info) once per section, naming its lines."""
    for section in walk.sections:
        if is_operation(section) or any(map(is_operation, sections_around(section))):
            continue
        if id(section) in _introduction_ids(walk) or walk.holds_foreign(section):  # httpdomain's prose
            continue
        lines = [line_of(node) for node in body_of(section) if isinstance(node, _PROSE)]
        if not lines:
            continue
        shown = lines_named([walk.at(line) for line in lines], walk.at(lines[0]))
        message = (
            f"the prose of section {title_of(section)[0]!r} ({shown}) "
            "stands in no rest_method section and after the page's first one, so it is not the "
            "API's description either: the spec leaves it out"
        )
        walk.report("RST178", message, lines[0])


# The blocks of a section's own content that say something (not a literal block: RST178 by itself).
_PROSE = tuple(kind for kind in SAYING_BLOCKS if kind is not docutils.nodes.literal_block)


# The blocks of an introduction that say something (a JSON block too: the introduction shows it).
_INTRODUCED = SAYING_BLOCKS


def _introduction_ids(walk: Walk) -> set[int]:
    """The sections whose own content is the page's introduction (``introduction_sections``)."""
    return {id(s) for s in introduction_sections(walk)}


def _introduces(walk: Walk, node: docutils.nodes.Node) -> bool:
    """Whether ``node`` is part of the page's introduction, the API's description."""
    innermost = next(sections_around(node), None)
    return innermost is not None and id(innermost) in _introduction_ids(walk)


def _methods(walk: Walk) -> list[SourceItem]:
    found = []
    for node in walk.all(rest_method):
        where = walk.at(int(node.line or 0))
        found.append(
            SourceItem(
                "row",
                where,
                f"rest_method in section {_context(node)}",
                (where.line,),
                expected=_METHOD_EXPECTED,
            )
        )
    return found


def _items(walk: Walk) -> list[SourceItem]:
    found = []
    for node in walk.all(rest_parameters):
        group = walk.at(int(node.line or 0))
        context = f"rest_parameters list in section {_context(node)}"
        for _, _, line in node["items"]:
            where = walk.at(line)
            found.append(SourceItem("row", where, context, (where.line,), group, _PARAMETERS_EXPECTED))
    return found


def _samples(walk: Walk) -> list[SourceItem]:
    found = []
    for block in walk.all(docutils.nodes.literal_block):
        if looks_like_json(block.astext()) and not _introduces(walk, block):
            where = walk.at(line_of(block))
            lines = tuple(range(where.line, where.line + len(block.astext().splitlines())))
            context = f"JSON sample in section {_context(block)}"
            found.append(SourceItem("example", where, context, lines, expected=_SAMPLE_EXPECTED))
    return found


READER = OsApiRef()
