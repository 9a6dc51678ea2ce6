"""The example blocks of a resource: raw HTTP messages, JSON bodies and curl commands, with the
intro before them ("**Example request**:", ".. rubric:: Response") saying which side they show."""

from __future__ import annotations

import attrs
import docutils.nodes

from rstapi.diagnostics import Diagnostic
from rstapi.model import CurlExample, Example
from rstapi.records import Record
from rstapi.rst.curl import looks_like_curl, parse_curl
from rstapi.rst.examples import json_example, looks_like_json
from rstapi.rst.httpdomain.directives import HTTP_EXAMPLE_KEY, language_of
from rstapi.rst.httpdomain.fields import own_nodes
from rstapi.rst.httpdomain.messages import HttpMessage, read_message
from rstapi.rst.httpdomain.vocabulary import EXAMPLE_INTROS, HTTP_LANGUAGE, JSON_LANGUAGES, SHELL_LANGUAGES
from rstapi.rst.nodes import line_of, rst_text
from rstapi.rst.walk import Walk

__all__ = ["Block", "body_example", "curl_example", "example_blocks", "intro_of"]


@attrs.frozen(repr=False)
class Block(Record):
    """A literal block of a resource and what it is: "http", "json", "curl" or "other"."""

    node: docutils.nodes.literal_block
    kind: str
    intro: str | None  # "request" or "response": what the words before it say
    message: HttpMessage | None = None

    @property
    def line(self) -> int:
        return line_of(self.node)

    @property
    def text(self) -> str:
        return str(self.node.astext())


def intro_of(node: docutils.nodes.Element) -> str | None:
    """ "request" or "response" when a paragraph or rubric is an example's intro."""
    if not isinstance(node, (docutils.nodes.paragraph, docutils.nodes.rubric)):
        return None
    words = " ".join(rst_text(node).replace("`", "").lower().strip(" *:.").split())
    return EXAMPLE_INTROS.get(words.strip(" *:."))


def example_blocks(resource: docutils.nodes.Element) -> list[Block]:
    """Every literal block of the resource, classified, in document order, with the intro before it:
    an intro holds for the blocks up to the next paragraph or rubric (a field's description is
    none), which is the next intro or ends it ("On success the server replies:" says no side)."""
    found: list[Block] = []
    intro: str | None = None
    kinds = (docutils.nodes.paragraph, docutils.nodes.rubric, docutils.nodes.literal_block)
    for node in own_nodes(resource, docutils.nodes.Element):
        if not isinstance(node, kinds) or _in_field(node, resource):
            continue
        if not isinstance(node, docutils.nodes.literal_block):
            intro = intro_of(node)
            continue
        found.append(_classified(node, intro))
    return found


def _in_field(node: docutils.nodes.Element, resource: docutils.nodes.Element) -> bool:
    """Whether ``node`` is in a field list's entry (a field's description, not the resource's text)."""
    parent = node.parent
    while parent is not None and parent is not resource:
        if isinstance(parent, docutils.nodes.field_list):
            return True
        parent = parent.parent
    return False


def _classified(node: docutils.nodes.literal_block, intro: str | None) -> Block:
    text, language = node.astext(), language_of(node)
    message = read_message(text) if language in (HTTP_LANGUAGE, "") or HTTP_EXAMPLE_KEY in node else None
    if message is not None or language == HTTP_LANGUAGE:
        return Block(node, "http", intro, message)
    if looks_like_curl(text) and language in (*SHELL_LANGUAGES, ""):
        return Block(node, "curl", intro)
    if language in JSON_LANGUAGES or (language == "" and looks_like_json(text)):
        return Block(node, "json", intro)
    return Block(node, "other", intro)


def body_example(walk: Walk, name: str, block: Block) -> Example | None:
    """The body a block shows: a JSON block's value, an HTTP message's body (JSON when it looks like
    JSON, else its text); None when the message has no body."""
    if block.kind == "json":
        return _json(walk, name, block.text, block.line)
    message = block.message
    if message is None or not message.body.strip():
        return None
    if looks_like_json(message.body):
        return _json(walk, name, message.body, block.line + message.body_line)
    return Example(name, message.body, walk.at(block.line + message.body_line), message.body)


def _json(walk: Walk, name: str, text: str, line: int) -> Example:
    example, problems = json_example(name, text, walk.at(line), lines=walk.lines_from(line))
    walk.diagnostics.extend(problems)
    return example


def curl_example(walk: Walk, name: str, block: Block) -> CurlExample:
    """A curl command, its body (``-d``) read as a JSON example."""
    text, start = block.text, block.line
    command = parse_curl(text)
    body = None
    if command.body is not None:
        written = text.splitlines()[command.body_line]
        where = walk.at(start + command.body_line)
        body, problems = json_example(name, command.body, where, len(written) - len(written.lstrip()) + 4)
        walk.diagnostics.extend(problems)
    problems_text = tuple(f"line {start + index}: {message}" for index, message in command.problems)
    return CurlExample(
        command.method, command.url, command.headers, body, walk.at(start), text, problems_text
    )


def unread_http(walk: Walk, block: Block) -> Diagnostic:
    message = (
        "HTTP example has neither a request line ('GET /path HTTP/1.1') nor a status line "
        "('HTTP/1.1 200 OK') first; it is not read"
    )
    if HTTP_EXAMPLE_KEY in block.node and not block.text.strip():
        message = "http:example takes its messages from files (:request:/:response:), which are not read"
    return Diagnostic("RST164", message, walk.at(block.line))
