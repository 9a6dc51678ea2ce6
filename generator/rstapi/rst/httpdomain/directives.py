"""httpdomain's directives and roles for docutils, so a reference parses into nodes the reader reads.

- ``.. http:get:: /path`` (every method of ``vocabulary.METHODS`` and ``UNEXPRESSIBLE_METHODS``)
  becomes an ``http_resource`` node holding its method, signatures (one per line), options
  (``:synopsis:``, ``:deprecated:``, ``:noindex:``) and its content, parsed inside it;
- ``.. tabs::``, ``.. tab::``, ``.. group-tab::`` (sphinx-tabs) keep their content in place;
  ``.. code-tab:: bash`` is a literal block of that language, like ``.. code-block::``;
- ``.. http:example::`` (sphinxcontrib-httpexample) gives the request and the response it holds
  (separated by a ``--`` line) as two ``http`` literal blocks;
- ``:http:get:`/path``` and its siblings render as Sphinx shows them ("GET /path") and record the
  operation they name (``OPERATION_REF``), so the lint can say when no directive documents it;
  ``:http:statuscode:`404``` renders "404 Not Found", ``:http:header:`` and ``:http:method:`` their text;
- ``.. websocket:connection:: /path`` (the WebSocket domain sphinxcontrib-httpdomain 2.x adds)
  becomes a ``websocket_connection`` node with its signatures and content, for the reader to say
  that OpenAPI cannot describe it; ``:websocket:connection:`/path``` renders "WebSocket /path".
"""

from __future__ import annotations

import functools
import http
from typing import Any, ClassVar

import docutils.nodes
from docutils.parsers.rst import Directive, directives, roles

from rstapi.rst.httpdomain.paths import read_signature
from rstapi.rst.httpdomain.vocabulary import METHODS, UNEXPRESSIBLE_METHODS
from rstapi.rst.sphinx import RoleResult, text_role
from rstapi.rst.walk import OPERATION_REF

__all__ = ["HTTP_EXAMPLE_KEY", "http_resource", "language_of", "register", "websocket_connection"]

HTTP_EXAMPLE_KEY = "rstapi_http_example"  # a literal block's attribute: from an http:example (its option)


class http_resource(docutils.nodes.General, docutils.nodes.Element):  # type: ignore[misc]
    """One resource directive: ``method``, ``signatures`` (as written), ``options``; content inside."""


class websocket_connection(docutils.nodes.General, docutils.nodes.Element):  # type: ignore[misc]
    """One ``websocket:connection`` directive: ``signatures`` (as written), ``options``; content inside."""


class _Resource(Directive):  # type: ignore[misc]  # docutils ships no type hints
    required_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {
        "synopsis": directives.unchanged,
        "deprecated": directives.flag,
        "noindex": directives.flag,
        "no-index": directives.flag,
        "addtoc": directives.flag,
    }
    method = ""

    def run(self) -> list[docutils.nodes.Node]:
        signatures = [line.strip() for line in self.arguments[0].splitlines() if line.strip()]
        node = http_resource(self.block_text, method=self.method, signatures=signatures)
        node["options"] = dict(self.options)
        node.line = self.lineno
        node.source = self.state.document.current_source
        self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


class _Connection(_Resource):
    """``.. websocket:connection:: /path``: its content parsed inside a ``websocket_connection``."""

    def run(self) -> list[docutils.nodes.Node]:
        [resource] = super().run()
        node = websocket_connection(resource.rawsource, signatures=resource["signatures"])
        node["options"], node.line, node.source = resource["options"], resource.line, resource.source
        node.extend(resource.children)
        return [node]


class _InPlace(Directive):  # type: ignore[misc]
    """``tabs``, ``tab``, ``group-tab``: their content is ordinary body text, parsed where it stands."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Any]] = {"class": directives.unchanged, "name": directives.unchanged}

    def run(self) -> list[docutils.nodes.Node]:
        holder = docutils.nodes.Element()
        self.state.nested_parse(self.content, self.content_offset, holder)
        return list(holder.children)


def _literal(lines: list[str], first_line: int, language: str) -> docutils.nodes.literal_block:
    text = "\n".join(lines).strip("\n")
    leading = next((i for i, line in enumerate(lines) if line.strip()), 0)
    block = docutils.nodes.literal_block(text, text, classes=["code", language])
    block.line = first_line + leading
    return block


class _CodeTab(Directive):  # type: ignore[misc]
    """sphinx-tabs' ``.. code-tab:: <language> [title]``: a code block of that language."""

    has_content = True
    required_arguments = 1
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Any]] = {
        "linenos": directives.flag,
        "emphasize-lines": directives.unchanged,
    }

    def run(self) -> list[docutils.nodes.Node]:
        language = self.arguments[0].split()[0].lower()
        return [_literal(list(self.content), self.content_offset + 1, language)]


class _HttpExample(Directive):  # type: ignore[misc]
    """sphinxcontrib-httpexample's ``.. http:example:: curl httpie ...``: a raw request, then
    (after a ``--`` line) the response. ``:request:``/``:response:`` files are kept as options."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Any]] = {
        "request": directives.unchanged,
        "response": directives.unchanged,
    }

    def run(self) -> list[docutils.nodes.Node]:
        lines = list(self.content)
        split = next((i for i, line in enumerate(lines) if line.strip() == "--"), len(lines))
        parts = [(lines[:split], 0), (lines[split + 1 :], split + 1)]
        blocks = [
            _literal(part, self.content_offset + 1 + start, "http")
            for part, start in parts
            if "".join(part).strip()
        ]
        if not blocks:  # the messages are in files: a block that says so, for the reader to report
            block = docutils.nodes.literal_block("", "", classes=["code", "http"])
            block.line = self.lineno
            blocks = [block]
        for block in blocks:
            block[HTTP_EXAMPLE_KEY] = dict(self.options)
        return list(blocks)


def language_of(block: docutils.nodes.literal_block) -> str:
    """The language a code block is written in ("" when none is given)."""
    classes = [c for c in block.get("classes", []) if c not in ("code", "literal-block")]
    return classes[0].lower() if classes else ""


# ---------------------------------------------------------------- roles


def _operation_role(method: str) -> Any:
    def role(
        name: str,
        rawtext: str,
        text: str,
        lineno: int,
        inliner: Any,
        options: Any = None,
        content: Any = None,
    ) -> RoleResult:
        nodes, messages = text_role(name, rawtext, text, lineno, inliner, options, content)
        target = docutils.utils.unescape(text)
        explicit = target.rstrip().endswith(">") and "<" in target
        path = target.rsplit("<", 1)[1].rstrip(">").strip() if explicit else target.strip()
        node = nodes[0]
        if not explicit:
            node = docutils.nodes.inline(rawtext, f"{method.upper()} {path}")
        node[OPERATION_REF] = (method.upper(), read_signature(path).path)
        node.line = lineno
        return [node], messages

    return role


def _status_role(
    name: str, rawtext: str, text: str, lineno: int, inliner: Any, options: Any = None, content: Any = None
) -> RoleResult:
    """``404`` -> "404 Not Found" (Sphinx's rendering); an unknown code is kept as written."""
    written = docutils.utils.unescape(text).strip()
    code = written.split()[0] if written.split() else ""
    try:
        shown = f"{int(code)} {http.HTTPStatus(int(code)).phrase}" if written == code else written
    except ValueError:
        shown = written
    return [docutils.nodes.inline(rawtext, shown)], []


def _method_role(
    name: str, rawtext: str, text: str, lineno: int, inliner: Any, options: Any = None, content: Any = None
) -> RoleResult:
    return [docutils.nodes.inline(rawtext, docutils.utils.unescape(text).strip().upper())], []


def _connection_role(
    name: str, rawtext: str, text: str, lineno: int, inliner: Any, options: Any = None, content: Any = None
) -> RoleResult:
    """``/chat`` -> "WebSocket /chat", as Sphinx shows a reference without a title of its own."""
    nodes, messages = text_role(name, rawtext, text, lineno, inliner, options, content)
    target = docutils.utils.unescape(text)
    if target.rstrip().endswith(">") and "<" in target:
        return nodes, messages
    return [docutils.nodes.inline(rawtext, f"WebSocket {nodes[0].astext()}")], messages


@functools.cache
def register() -> None:
    """Make docutils read httpdomain's directives and roles (once)."""
    for method in (*METHODS, *UNEXPRESSIBLE_METHODS):
        directives.register_directive(
            f"http:{method}", type(f"_Http{method.title()}", (_Resource,), {"method": method})
        )
        roles.register_local_role(f"http:{method}", _operation_role(method))
    roles.register_local_role("http:statuscode", _status_role)
    roles.register_local_role("http:method", _method_role)
    roles.register_local_role("http:header", text_role)
    for name in ("tabs", "tab", "group-tab"):
        directives.register_directive(name, _InPlace)
    directives.register_directive("code-tab", _CodeTab)
    directives.register_directive("http:example", _HttpExample)
    directives.register_directive("websocket:connection", _Connection)
    roles.register_local_role("websocket:connection", _connection_role)
