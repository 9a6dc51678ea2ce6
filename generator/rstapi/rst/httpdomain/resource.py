"""A resource directive's content, read once: its method, field entries and example blocks."""

from __future__ import annotations

import http
from collections.abc import Sequence
from urllib.parse import parse_qsl, urlsplit

import attrs
import docutils.nodes

from rstapi.diagnostics import SourceLocation
from rstapi.model import CurlExample
from rstapi.naming import path_mismatch
from rstapi.naming import path_values as path_values_of
from rstapi.records import Record
from rstapi.rst.curl import url_line
from rstapi.rst.httpdomain.examples import Block, example_blocks
from rstapi.rst.httpdomain.fields import Entry, entries_of
from rstapi.rst.httpdomain.paths import Signature, unread_signature
from rstapi.rst.httpdomain.vocabulary import BODYLESS_METHODS, PLACEHOLDER, UNEXPRESSIBLE_METHODS, Role
from rstapi.rst.nodes import line_of
from rstapi.rst.walk import Walk

__all__ = [
    "Resource",
    "feeds",
    "path_values",
    "query_values",
    "read_resource",
    "reason",
    "side",
    "unread",
    "unread_lines",
]


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
    walk: Walk,
    resource: Resource,
    curls: Sequence[CurlExample],
    signature: Signature | None = None,
    signatures: Sequence[Signature] = (),
) -> list[tuple[str, str, SourceLocation]]:
    """(name, value, place) of every query parameter the request examples and curl commands send;
    with a ``signature``, only those of the examples whose URL is its path (``feeds``)."""
    found = []
    for url, at in _sent(walk, resource, curls):
        if signature is None or feeds(url, signature, signatures):
            found += [(k, v, at) for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True)]
    return found


def path_values(
    walk: Walk, resource: Resource, curls: Sequence[CurlExample], signature: Signature
) -> list[tuple[str, str, SourceLocation]]:
    """(name, value, place) of every path parameter of ``signature`` the request examples and curl
    commands send to its path (``/users/42`` for ``/users/(int:user_id)``); a segment written as a
    placeholder (``{user_id}``, ``<user_id>``) gives no value."""
    found = []
    for url, at in _sent(walk, resource, curls):
        values = path_values_of(urlsplit(url).path, signature.path, signature.spanning) or {}
        found += [(k, v, at) for k, v in values.items() if not PLACEHOLDER.fullmatch(v)]
    return found


def _sent(walk: Walk, resource: Resource, curls: Sequence[CurlExample]) -> list[tuple[str, SourceLocation]]:
    """The URL of every request example (a raw HTTP request's target) and curl command, with its place."""
    sent = [
        (block.message.target, walk.at(block.line))
        for block in side(resource, "request")
        if block.message is not None and block.message.target
    ]
    return sent + [(curl.url, url_line(curl)) for curl in curls]


def feeds(url: str, signature: Signature, signatures: Sequence[Signature]) -> bool:
    """Whether an example sent to ``url`` shows ``signature``'s values: the URL's path is the
    signature's (the signatures of one directive share its examples only by their paths); an
    example whose path is none of them (DOC219) is every one's, as before."""
    path = urlsplit(url).path
    fitting = [s for s in signatures if path_mismatch(path, s.path, s.spanning) is None]
    return not fitting or signature in fitting


def unread(resource: Resource) -> bool:
    """Whether the directive makes no operation: a method an OpenAPI path item has no place for
    (``http:any``), or no signature that names a path (``paths.unread_signature``)."""
    if resource.method.lower() in UNEXPRESSIBLE_METHODS:
        return True
    return all(unread_signature(written) is not None for written in resource.node["signatures"])


def unread_lines(walk: Walk, resource: Resource) -> list[int]:
    """The first lines of the fields and example blocks of a directive (in its file, in order)."""
    lines = {walk.at(entry.line).line for entry in resource.entries}
    lines |= {walk.at(block.line).line for block in resource.blocks}
    return sorted(lines)


def reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""
