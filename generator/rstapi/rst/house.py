"""The edX house style's reader: sections with "Method and Endpoint" and field tables.

The reading itself lives in ``walk.py`` (labels, refs, field tables, schemas), ``operations.py``
(endpoint sections) and ``inventory.py``; this module is the dialect's face to ``extract``.
"""

from __future__ import annotations

from collections.abc import Sequence

import docutils.nodes

from rstapi.model import IndexEntry, Operation, SourceItem
from rstapi.rst import vocabulary as vocab
from rstapi.rst.inventory import inventory
from rstapi.rst.nodes import body_of, line_of, rst_text, sections_around, title_of
from rstapi.rst.operations import collect_envelopes, extract_operations
from rstapi.rst.parse import ParsedDocument
from rstapi.rst.prose import ProseRules, introduction_from, json_block, says_something
from rstapi.rst.walk import Walk, is_endpoint, kind, link_field_refs, ref_nodes, thing_schemas

__all__ = ["READER"]


class HouseStyle:
    name = "house style"
    local = False  # envelopes and field sections of other files shape a file's operations

    def register(self) -> None:
        """The house style is plain RST with Sphinx's markup, which ``rstapi.rst.sphinx`` registers."""

    def claims(self, doc: ParsedDocument) -> bool:
        return True

    def objects(self, walk: Walk) -> list[docutils.nodes.Element]:
        """The endpoint sections (a "Method and Endpoint" subsection)."""
        return [section for section in walk.sections if is_endpoint(section)]

    def schemas(self, walk: Walk) -> None:
        thing_schemas(walk)

    def link(self, walks: Sequence[Walk]) -> None:
        link_field_refs(walks[0])  # every file's schemas: they are shared
        for walk in walks:
            collect_envelopes(walk)

    def operations(self, walk: Walk) -> list[Operation]:
        found = extract_operations(walk)
        _prose_headers(walk)
        return found

    def index(self, walk: Walk) -> list[IndexEntry]:
        return _index_entries(walk)

    def inventory(self, walk: Walk) -> list[SourceItem]:
        return inventory(walk)

    def introduction(self, walk: Walk) -> str:
        """The first section's own content, rendered by the shared renderer (paragraphs, lists,
        notes, code blocks, tables: ``rstapi.rst.prose``; what it cannot render is RST186). A
        JSON block there is no part of it: coverage counts it as an example no operation has."""
        if not walk.sections:
            return ""
        kept = [node for node in body_of(walk.sections[0]) if not json_block(node)]
        return introduction_from(walk, [(walk.sections[0], kept)], _PROSE_RULES)

    def introduction_lines(self, walk: Walk) -> list[int]:
        """The lines of what a page says before its first endpoint (its title section's own
        content), unless that section is itself the endpoint (its prose is the operation's):
        when the page is not the one whose introduction is the API's, ``extract`` reports them
        (RST178). A JSON block there is no prose: coverage reports it (RST152)."""
        if not walk.sections or is_endpoint(walk.sections[0]):
            return []
        return [line_of(node) for node in body_of(walk.sections[0]) if says_something(node)]


_PROSE_RULES = ProseRules()


def _index_entries(walk: Walk) -> list[IndexEntry]:
    """The bullets of an endpoint list at the top of the reference (name, path, :ref: target)."""
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


def _prose_headers(walk: Walk) -> None:
    """A header an endpoint's prose names ("Send the ``X-Request-ID`` header with ...") is RST138:
    the house style has no place for headers, and reading one from a sentence would guess whether
    it is required, sent or returned, so it is reported, once per endpoint, not read."""
    said: set[tuple[int, str]] = set()
    for paragraph in walk.all(docutils.nodes.paragraph):
        text = rst_text(paragraph)
        if "eader" not in text:  # most paragraphs: no header named, no section walked
            continue
        endpoint = None
        for match in vocab.PROSE_HEADER.finditer(text):
            name = match["name"] or match["after"]
            if name.lower() in vocab.SAID_ELSEWHERE_HEADERS:
                continue
            endpoint = endpoint or _endpoint_of(paragraph)
            if endpoint is None or _in_headers_section(paragraph):
                break
            if (id(endpoint), name.lower()) not in said:
                said.add((id(endpoint), name.lower()))
                walk.report("RST138", _unread_header(name, title_of(endpoint)[0]), line_of(paragraph))


def _endpoint_of(paragraph: docutils.nodes.paragraph) -> docutils.nodes.section | None:
    """The endpoint section whose prose ``paragraph`` is (not a table cell's: a field's description)."""
    parent = paragraph.parent
    while parent is not None and not isinstance(parent, docutils.nodes.section):
        if isinstance(parent, docutils.nodes.table):
            return None
        parent = parent.parent
    return next((s for s in sections_around(paragraph) if is_endpoint(s)), None)


def _in_headers_section(paragraph: docutils.nodes.paragraph) -> bool:
    """A paragraph of a response headers section: its headers are read from the section's table."""
    return any(kind(s)[0] is vocab.SectionKind.RESPONSE_HEADERS for s in sections_around(paragraph))


def _unread_header(name: str, title: str) -> str:
    return (
        f"header {name!r} named in the prose of {title!r} is not read (the house style reads no "
        "header from prose); the spec has no such header parameter"
    )


READER = HouseStyle()
