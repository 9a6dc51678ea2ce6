"""The Sphinx extension's shaping of a read copy (``rstapi.sphinx.doctree._shaped``): the nodes it
hands on are the shaped doctree's, in document order, as a walk of the doctree lists them (the
nodes its steps take out or put in are spliced into the list it made before them)."""

from __future__ import annotations

import docutils.nodes
import docutils.utils
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from sphinx import addnodes

from rstapi.rst.nodes import nodes_of
from rstapi.rst.sphinx import TOCTREE_KEY
from rstapi.sphinx.dialects import XREF_TEXT
from rstapi.sphinx.doctree import _shaped


def _xref(label: str, text: str) -> addnodes.pending_xref:
    xref = addnodes.pending_xref(f":ref:`{text} <{label}>`", refdomain="std", reftype="ref", reftarget=label)
    xref += docutils.nodes.inline(text, text)
    return xref


def _document() -> docutils.nodes.document:
    document = docutils.utils.new_document("page.rst", get_default_settings(Parser))
    section = docutils.nodes.section(ids=["things"])
    section += docutils.nodes.title("Things", "Things")
    section += docutils.nodes.paragraph("", "", docutils.nodes.Text("See "), _xref("gadgets", "gadgets"))
    status = docutils.nodes.reference("", "404 Not Found", refuri="https://example.org/404")
    status[XREF_TEXT] = True
    section += docutils.nodes.paragraph("", "", status, docutils.nodes.Text(" when missing."))
    wrapper = docutils.nodes.compound(classes=["toctree-wrapper"])
    wrapper += addnodes.toctree(entries=[(None, "gadgets")], includefiles=["gadgets"])
    wrapper += docutils.nodes.paragraph("", "", _xref("gone", "gone with its wrapper"))
    section += wrapper
    section += addnodes.index(entries=[])
    section += docutils.nodes.system_message("a message", level=1, type="INFO")
    changed = addnodes.versionmodified(type="deprecated", version="2.0")
    changed += docutils.nodes.paragraph("", "", docutils.nodes.Text("Use "), _xref("widgets", "widgets"))
    section += changed
    section += docutils.nodes.compound("", docutils.nodes.paragraph("", "kept: no toctree wrapper"))
    document += section
    return document


def test_the_nodes_handed_on_are_the_shaped_doctree_s() -> None:
    document = _document()
    found = _shaped(document, tags=None)
    listed = nodes_of(document)
    assert [id(node) for node in found] == [id(node) for node in listed]
    kinds = {type(node) for node in listed}
    assert not kinds & {addnodes.pending_xref, addnodes.toctree, addnodes.index, addnodes.versionmodified}
    assert not kinds & {docutils.nodes.reference, docutils.nodes.system_message}
    assert document[TOCTREE_KEY] == [("gadgets", 0)]
    assert "kept: no toctree wrapper" in document.astext()
    refs = [
        node["rstapi_ref"]
        for node in listed
        if isinstance(node, docutils.nodes.inline) and node.get("rstapi_ref")
    ]
    assert refs == ["gadgets", "widgets"]
