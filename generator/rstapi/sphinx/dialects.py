"""httpdomain's resources read from Sphinx's own parse, before httpdomain renders them.

sphinxcontrib-httpdomain's directives turn their info field lists into labelled groups while they
run ("Query Parameters", "Request JSON Object" ...), so the fields' own names (``:query int
limit:``) are gone from the doctree the extension reads. Sphinx calls a directive's
``transform_content`` with its content parsed and not yet rendered: ``capture_http_resources``
registers each httpdomain directive again as a subclass that keeps that content (``RAW_KEY`` on
the content node), and ``http_resources`` turns each such object of the read copy into the node
the httpdomain reader reads (``rstapi.rst.httpdomain.directives.http_resource``), with Sphinx's
substitutions (replaced here: the kept content predates the transforms), includes and ``only``
applied. An object without a kept content (the directive
ran before the extension could register) leaves the document to be read from its file.
"""

from __future__ import annotations

from typing import Any

import docutils.nodes
from sphinx import addnodes

__all__ = [
    "DOMAINS",
    "RAW_KEY",
    "XREF_TEXT",
    "capture_http_resources",
    "forget_raw_content",
    "http_resources",
]

DOMAINS = ("http", "websocket")  # sphinxcontrib-httpdomain's domains (2.x adds the WebSocket one)
RAW_KEY = "rstapi_raw_content"  # a desc_content's attribute: what its directive parsed, and how
_HOLDS_RAW = "rstapi_holds_raw"  # a document's attribute: some desc_content of it has RAW_KEY


def capture_http_resources(app: Any) -> None:
    """Register httpdomain's directives again, keeping each one's parsed content (when loaded)."""
    for kept in DOMAINS:  # the WebSocket domain's connections too, for the reader to report
        found = app.registry.domains.get(kept)
        for name, directive in dict(found.directives if found else {}).items():
            app.add_directive_to_domain(kept, name, _keeping(directive), override=True)
    domain = app.registry.domains.get("http")
    if domain is None:
        return
    for name in _TEXT_ROLES:
        role = domain.roles.get(name)
        if role is not None:
            app.add_role_to_domain("http", name, _marking(role), override=True)


# httpdomain's roles that resolve as they are read, to a link to a status's, method's or header's
# page (MDN, the RFCs): their nodes are marked (``XREF_TEXT``) and the read copy shows their text,
# as the CLI's stand-in shows it ("404 Not Found"), and as Sphinx's other cross-references are shown.
_TEXT_ROLES = ("statuscode", "method", "header")
XREF_TEXT = "rstapi_xref_text"


def _marking(role: Any) -> Any:
    def marking(
        name: str,
        rawtext: str,
        text: str,
        lineno: int,
        inliner: Any,
        options: Any = None,
        content: Any = None,
    ) -> tuple[list[docutils.nodes.Node], list[docutils.nodes.system_message]]:
        found, messages = role(name, rawtext, text, lineno, inliner, options or {}, content or [])
        for node in found:
            if isinstance(node, docutils.nodes.Element):
                node[XREF_TEXT] = True
        return found, messages

    return marking


def _keeping(directive: type[Any]) -> type[Any]:
    def transform_content(self: Any, content_node: addnodes.desc_content) -> None:
        content_node[RAW_KEY] = {
            "signatures": [s.strip() for s in self.get_signatures() if s.strip()],
            "options": dict(self.options),
            "place": self.get_source_info(),  # (file, line) it is written at (an included file's)
            "block_text": self.block_text,
            "children": [child.deepcopy() for child in content_node.children],
        }
        self.state.document[_HOLDS_RAW] = True
        directive.transform_content(self, content_node)

    return type(directive.__name__, (directive,), {"transform_content": transform_content})


def forget_raw_content(doctree: docutils.nodes.document) -> None:
    """Sphinx's own doctree keeps no copy (it is pickled and written as it is)."""
    if doctree.attributes.pop(_HOLDS_RAW, None):
        for node in doctree.findall(addnodes.desc_content):
            node.attributes.pop(RAW_KEY, None)


def http_resources(doctree: docutils.nodes.document) -> bool:
    """Replace every httpdomain object of ``doctree`` (a read copy: a resource, or a WebSocket
    connection) by the reader's node; False when
    one has no kept content (the document is then read from its file)."""
    for desc in list(doctree.findall(addnodes.desc)):
        if desc.get("domain") not in DOMAINS:
            continue
        from rstapi.rst.httpdomain.directives import http_resource, websocket_connection  # its projects only

        content = next(iter(desc.findall(addnodes.desc_content)), None)
        raw = content.get(RAW_KEY) if content is not None else None
        if raw is None:
            return False
        if desc["domain"] == "websocket":
            node = websocket_connection(raw["block_text"], signatures=raw["signatures"])
        else:
            node = http_resource(raw["block_text"], method=desc["objtype"], signatures=raw["signatures"])
        node["options"] = _options(raw["options"], desc)
        node.source, node.line = raw["place"]
        node.extend(raw["children"])
        _substitute(node, doctree)
        desc.replace_self(node)
    return True


def _options(kept: dict[str, Any], desc: addnodes.desc) -> dict[str, Any]:
    """The directive's options as written: httpdomain takes ``:noindex:`` out of them before
    Sphinx runs the directive (it marks the object ``noindex`` instead), so the mark puts it back."""
    if desc.get("noindex") or desc.get("no-index"):
        return {**kept, "noindex": None}
    return kept


def _substitute(node: docutils.nodes.Element, doctree: docutils.nodes.document) -> None:
    """The content was kept as parsed, before docutils' transforms: its ``|name|`` references are
    replaced by the document's definitions (``rst_epilog``'s among them), as the transform does."""
    for reference in list(node.findall(docutils.nodes.substitution_reference)):
        name = doctree.substitution_names.get(docutils.nodes.fully_normalize_name(reference["refname"]))
        definition = doctree.substitution_defs.get(name) if name else None
        if definition is not None:
            reference.replace_self([child.deepcopy() for child in definition.children])
