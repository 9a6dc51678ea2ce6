"""A resource directive's content, read once: its method, field entries and example blocks."""

from __future__ import annotations

import http
from collections.abc import Sequence
from urllib.parse import parse_qsl, urlsplit

import attrs
import docutils.nodes

from rstapi.diagnostics import SourceLocation
from rstapi.model import CurlExample
from rstapi.records import Record
from rstapi.rst.curl import url_line
from rstapi.rst.httpdomain.examples import Block, example_blocks
from rstapi.rst.httpdomain.fields import Entry, entries_of
from rstapi.rst.httpdomain.vocabulary import BODYLESS_METHODS, Role
from rstapi.rst.nodes import line_of
from rstapi.rst.walk import Walk

__all__ = ["Resource", "query_values", "read_resource", "reason", "side"]


@attrs.frozen(repr=False)
class Resource(Record):
    """What one directive's content says, read once for all its signatures."""

    node: docutils.nodes.Element
    method: str
    entries: tuple[Entry, ...]
    blocks: tuple[Block, ...]

    @property
    def line(self) -> int:
        return line_of(self.node)

    def by_role(self, *roles: Role) -> list[Entry]:
        return [e for e in self.entries if e.role in roles and not e.types_field and e.name]

    def types(self, *roles: Role) -> dict[str, Entry]:
        return {e.name: e for e in self.entries if e.role in roles and e.types_field}


def read_resource(node: docutils.nodes.Element) -> Resource:
    return Resource(node, str(node["method"]).upper(), tuple(entries_of(node)), tuple(example_blocks(node)))


def side(resource: Resource, which: str) -> list[Block]:
    """The blocks that show the request ("request"), the response ("response"), an error response
    whose status they do not show ("error": a JSON block after "**Example error response**:") or a
    curl command ("curl")."""
    if which == "curl":
        return [b for b in resource.blocks if b.kind == "curl"]
    found = []
    for block in resource.blocks:
        if block.kind == "http" and block.message is not None and which != "error":
            is_request = block.message.method is not None
            found += [block] if is_request == (which == "request") else []
        elif block.kind == "json" and _json_side(resource, block) == which:
            found.append(block)
    return found


def _json_side(resource: Resource, block: Block) -> str | None:
    """A JSON block's side: its intro's word; without one, a response of a method that takes no body."""
    if block.intro is not None:
        return block.intro
    return "response" if resource.method in BODYLESS_METHODS else None


def query_values(
    walk: Walk, resource: Resource, curls: Sequence[CurlExample]
) -> list[tuple[str, str, SourceLocation]]:
    """(name, value, place) of every query parameter the request examples and curl commands send."""
    found = []
    for block in side(resource, "request"):
        if block.message is not None and block.message.target:
            query = parse_qsl(urlsplit(block.message.target).query, keep_blank_values=True)
            found += [(k, v, walk.at(block.line)) for k, v in query]
    for curl in curls:
        at = url_line(curl)
        found += [(k, v, at) for k, v in parse_qsl(urlsplit(curl.url).query, keep_blank_values=True)]
    return found


def reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""
