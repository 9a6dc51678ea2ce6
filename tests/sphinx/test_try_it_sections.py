"""The sections the "Try it" links are placed in: every section of a page, in document order."""

from __future__ import annotations

import docutils.nodes
import docutils.utils
from sphinx import addnodes

from rstapi.sphinx.output import _sections


def _section(title: str, *children: docutils.nodes.Node) -> docutils.nodes.section:
    return docutils.nodes.section("", docutils.nodes.title("", title), *children)


def test_the_sections_of_a_page_are_those_findall_finds() -> None:
    """Sections below sections, and inside the compound a singlehtml page holds another document in
    (``start_of_file``), are found; text elements and tables hold none and are not looked into."""
    table = docutils.nodes.table("", docutils.nodes.tgroup("", docutils.nodes.colspec(colwidth=1)))
    inlined = addnodes.start_of_file(docname="other")
    inlined += _section("Other", _section("Other inner"))
    page = docutils.utils.new_document("page.rst")
    page += _section(
        "Top",
        docutils.nodes.paragraph("", "", docutils.nodes.literal("", "GET /a")),
        table,
        _section("Inner", _section("Innermost")),
        docutils.nodes.compound("", inlined),
        _section("Last"),
    )
    found = _sections(page)
    assert found == list(page.findall(docutils.nodes.section))
    assert [section[0].astext() for section in found] == [
        "Top",
        "Inner",
        "Innermost",
        "Other",
        "Other inner",
        "Last",
    ]
