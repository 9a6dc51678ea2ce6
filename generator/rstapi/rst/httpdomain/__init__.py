"""The sphinxcontrib-httpdomain reader: ``.. http:get:: /path`` directives with info field lists.

``directives.py`` makes docutils parse the dialect; ``vocabulary.py`` holds its words as tables;
``resource.py`` reads a directive's content once (``fields.py``: the field entries, ``examples.py``:
the example blocks, ``messages.py``: raw HTTP messages, ``shown.py``: the header values they show); ``arrows.py`` decides which way the
document's ``<``/``>`` fields point (sphinxcontrib-httpdomain 1.x or 2.x) and files them so; ``operations.py``, ``parameters.py``,
``responses.py`` and ``schemas.py`` turn it into the model; ``inventory.py`` counts it for coverage.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

import docutils.nodes

from rstapi.diagnostics import Diagnostic, Level, lines_named
from rstapi.model import IndexEntry, Operation, SourceItem
from rstapi.rst.httpdomain import directives
from rstapi.rst.httpdomain.arrows import Decision, arrow_findings, read_arrows
from rstapi.rst.httpdomain.directives import http_resource, websocket_connection
from rstapi.rst.httpdomain.inventory import inventory
from rstapi.rst.httpdomain.operations import resource_operations
from rstapi.rst.httpdomain.resource import Resource, read_resource
from rstapi.rst.nodes import body_of, line_of, title_of
from rstapi.rst.parse import ParsedDocument
from rstapi.rst.prose import ProseRules, introduction_from, json_block, says_something
from rstapi.rst.walk import Walk, shown_titles

__all__ = ["READER"]


# What the page's prose holds that is no prose: the dialect's objects (its introduction stops at the
# first one). Every paragraph is prose.
_PROSE_RULES = ProseRules(own=(http_resource, websocket_connection))


class HttpDomain:
    name = "httpdomain"
    local = True  # each directive documents its own bodies: a file's operations are its own

    def register(self) -> None:
        directives.register()

    def claims(self, doc: ParsedDocument) -> bool:
        return any(True for _ in doc.doctree.findall(_objects))

    def objects(self, walk: Walk) -> list[docutils.nodes.Element]:
        """The resource directives and WebSocket connections."""
        return [*walk.all(http_resource), *walk.all(websocket_connection)]

    def schemas(self, walk: Walk) -> None:
        """httpdomain has no reusable schemas: each directive documents its own bodies."""

    def link(self, walks: Sequence[Walk]) -> None:
        """Nothing crosses files but operation references, which ``extract`` resolves."""

    def operations(self, walk: Walk) -> list[Operation]:
        found: list[Operation] = []
        decision, resources = _resources(walk)
        walk.diagnostics.extend(arrow_findings(walk, decision, resources))
        for resource in _indexed(walk, resources):
            found += resource_operations(walk, resource)
        for connection in walk.all(websocket_connection):
            walk.report("RST164", _unread_connection(connection), line_of(connection))
        _report_loose_prose(walk)
        return found

    def index(self, walk: Walk) -> list[IndexEntry]:
        return []

    def inventory(self, walk: Walk) -> list[SourceItem]:
        """The directives' rows and examples, and the shared inventory's outside them, but for
        the rows of a table of the page's introduction: prose, as its paragraphs are (the API's
        description shows it as a pipe table; another page's introduction is RST178)."""
        found = inventory(
            walk, _indexed(walk, _resources(walk)[1], report=False), walk.all(websocket_connection)
        )
        shown = {
            walk.table(table).location
            for _, before, _ in _introduction_parts(walk)
            for node in before
            for table in node.findall(docutils.nodes.table)
        }
        return [item for item in found if item.kind != "row" or item.group not in shown] if shown else found

    def introduction(self, walk: Walk) -> str:
        """What the page says before its first directive (``_introduction_parts``), rendered by
        the shared renderer (paragraphs, lists, notes, code blocks, tables: ``rstapi.rst.prose``);
        every paragraph is prose ("Normal response codes: 200" too, which os-api-ref reads as
        statuses). A JSON block there is no part of it: coverage counts it as an example no
        operation has (RST152)."""
        parts = [(s, [c for c in kept if not json_block(c)]) for s, kept, _ in _introduction_parts(walk)]
        return introduction_from(walk, parts, _PROSE_RULES)

    def introduction_lines(self, walk: Walk) -> list[int]:
        return [line_of(n) for _, before, _ in _introduction_parts(walk) for n in before if says_something(n)]


def _introduction_parts(
    walk: Walk,
) -> list[tuple[docutils.nodes.section, list[docutils.nodes.Element], list[docutils.nodes.Element]]]:
    """Each section's own content (in document order): the part before the page's first directive
    (the introduction's), and the part after it. On a page os-api-ref reads too, its operations'
    sections are its own (neither part), and the first of them ends the introduction as well."""
    parts = []
    seen = False
    for section in walk.sections:
        if walk.foreign_to(section):  # an os-api-ref operation's section on a page it reads too
            seen = True
            continue
        children = body_of(section)
        first = next((n for n, c in enumerate(children) if _objects(c) or walk.foreign_to(c)), None)
        cut = 0 if seen else len(children) if first is None else first
        parts.append((section, children[:cut], children[cut:]))
        seen = seen or first is not None
    return parts


def _report_loose_prose(walk: Walk) -> None:
    """The prose of a section after the page's first directive outside every directive (a
    paragraph between two directives, a guide section after them): no operation's description
    holds it and it is not the API's description either, so it is RST178 (info) once per
    section, naming its lines (a JSON block there is RST152, by the inventory)."""
    for section, _, after in _introduction_parts(walk):
        lines = [line_of(n) for n in after if says_something(n)]
        if not lines:
            continue
        shown = lines_named([walk.at(line) for line in lines], walk.at(lines[0]))
        message = (
            f"the prose of section {title_of(section)[0]!r} ({shown}) stands outside every http directive and after the page's first one, so it "
            "is neither an operation's description nor the API's: the spec leaves it out"
        )
        walk.report("RST178", message, lines[0])


def _objects(node: docutils.nodes.Node) -> bool:
    """An object of the dialect's domains: an HTTP resource or a WebSocket connection."""
    return isinstance(node, (http_resource, websocket_connection))


def _unread_connection(connection: docutils.nodes.Element) -> str:
    signatures = " or ".join(connection["signatures"])
    return (
        f"websocket:connection {signatures} documents a WebSocket connection, which OpenAPI cannot "
        "describe (it describes HTTP operations); it is not read (document it outside the API spec)"
    )


# by the httpdomain-arrows setting and what the document's :ref:s show (a doctree is kept between
# builds by rstapi watch, while the sections they name change: walk.show_section_titles)
_Read = dict[tuple[str | None, tuple[str, ...]], tuple[Decision, list[Resource]]]
_READ: weakref.WeakKeyDictionary[docutils.nodes.document, _Read] = weakref.WeakKeyDictionary()


def _resources(walk: Walk) -> tuple[Decision, list[Resource]]:
    """Every directive of the document, read once (operations and inventory both need them), its
    arrow fields filed the way the document's arrows point; and that reading."""
    setting = walk.options.httpdomain_arrows
    read = _READ.setdefault(walk.doc.doctree, {})
    key = (setting, shown_titles(walk))
    if key not in read:
        read.clear()  # what the document showed before is not read again
        read[key] = read_arrows([read_resource(node) for node in walk.all(http_resource)], setting)
    return read[key]


def _indexed(walk: Walk, resources: list[Resource], report: bool = True) -> list[Resource]:
    """The resources, without a ``:noindex:`` repeat of one the document documents in full."""
    full = {(r.method, sig) for r in resources if not _noindex(r) for sig in r.node["signatures"]}
    kept = []
    for resource in resources:
        repeats = _noindex(resource) and all(
            (resource.method, s) in full for s in resource.node["signatures"]
        )
        if not repeats:
            kept.append(resource)
        elif report:
            message = f"a :noindex: repeat of http:{resource.method.lower()} {resource.node['signatures'][0]}; the indexed directive is read"
            walk.diagnostics.append(Diagnostic("RST164", message, walk.at(resource.line), level=Level.INFO))
    return kept


def _noindex(resource: Resource) -> bool:
    return bool({"noindex", "no-index"} & set(resource.node["options"]))


READER = HttpDomain()
