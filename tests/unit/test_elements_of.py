"""``rst.nodes.elements_of`` and ``nodes_of`` list a doctree's elements (its nodes) as docutils'
``findall`` does, however deeply the doctree nests; ``ParsedDocument.of_class`` gives a class's
elements, its subclasses' included, in document order, and ``Walk.within`` those below a node;
``Walk.label_of`` names a node by its first label; within ``texts_remembered``, ``rst_text`` and
``title_of`` give what they give outside it, and a ``remembered`` reading reads each node once."""

from __future__ import annotations

import docutils.core
import docutils.nodes
import docutils.utils

from rstapi.diagnostics import SourceLocation
from rstapi.model import Label
from rstapi.rst.nodes import (
    elements_in,
    elements_of,
    nodes_of,
    positions_by_class,
    remembered,
    rst_text,
    texts_remembered,
    title_of,
)
from rstapi.rst.parse import ParsedDocument
from rstapi.rst.walk import Walk

TEXT = """\
Title
=====

A paragraph with *emphasis* and ``code``.

- a list

  .. note:: a note

     > quoted

Sub
---

+---+---+
| a | b |
+---+---+
"""


def _findall(doctree: docutils.nodes.document) -> list[docutils.nodes.Node]:
    return list(doctree.findall(docutils.nodes.Element))


def test_the_elements_in_document_order() -> None:
    doctree = docutils.core.publish_doctree(TEXT, settings_overrides={"report_level": 5})
    assert elements_of(doctree) == _findall(doctree)


def _deep() -> docutils.nodes.document:
    """5000 containers, each inside the one before, each after a text."""
    doctree = docutils.utils.new_document("deep.rst")
    node: docutils.nodes.Element = doctree
    for _ in range(5000):
        inner = docutils.nodes.container()
        node += [docutils.nodes.Text("t"), inner]
        node = inner
    return doctree


def test_a_doctree_nested_deeper_than_python_recurses() -> None:
    doctree = _deep()
    listed = elements_of(doctree)
    assert len(listed) == 5001
    assert listed[:3] == [doctree, doctree[1], doctree[1][1]]


def test_every_node_in_document_order() -> None:
    doctree = docutils.core.publish_doctree(TEXT, settings_overrides={"report_level": 5})
    assert [id(node) for node in nodes_of(doctree)] == [id(node) for node in doctree.findall()]
    assert any(isinstance(node, docutils.nodes.Text) for node in nodes_of(doctree))


def test_every_node_of_a_doctree_nested_deeper_than_python_recurses() -> None:
    doctree = _deep()
    listed = nodes_of(doctree)
    assert len(listed) == 10001
    assert [id(n) for n in listed[:4]] == [id(doctree), id(doctree[0]), id(doctree[1]), id(doctree[1][0])]


class _Special(docutils.nodes.paragraph):
    """A paragraph of its own class, as extensions' nodes derive from docutils' ones."""


def _document() -> ParsedDocument:
    doctree = docutils.utils.new_document("classes.rst")
    section = docutils.nodes.section()
    section += [docutils.nodes.paragraph("", "one"), _Special("", "two"), docutils.nodes.paragraph("", "3")]
    doctree += [_Special("", "zero"), section]
    return ParsedDocument("classes.rst", "", doctree, ())


def test_a_class_and_its_subclasses_in_document_order() -> None:
    doc = _document()
    assert [p.astext() for p in doc.of_class(docutils.nodes.paragraph)] == ["zero", "one", "two", "3"]
    assert [p.astext() for p in doc.of_class(_Special)] == ["zero", "two"]
    assert doc.of_class(docutils.nodes.table) == []
    assert doc.of_class(docutils.nodes.Element) == list(doc.doctree.findall(docutils.nodes.Element))


def test_positions_by_own_class() -> None:
    elements = elements_of(_document().doctree)
    found = positions_by_class(elements)
    assert found[docutils.nodes.paragraph] == [3, 5]
    assert found[_Special] == [1, 4]
    assert sorted(n for positions in found.values() for n in positions) == list(range(len(elements)))


def test_within_gives_what_findall_gives_below_every_element() -> None:
    doctree = docutils.core.publish_doctree(TEXT * 2, settings_overrides={"report_level": 5})
    walk = Walk(ParsedDocument("t.rst", TEXT, doctree, ()))
    for cls in (
        docutils.nodes.paragraph,
        docutils.nodes.Element,
        docutils.nodes.table,
        docutils.nodes.literal,
    ):
        for node in doctree.findall(docutils.nodes.Element):
            expected = [id(n) for n in node.findall(cls)]
            assert [id(n) for n in walk.within(node, cls)] == expected, (node.tagname, cls)


def test_within_walks_an_element_the_list_does_not_hold() -> None:
    doctree = docutils.core.publish_doctree(TEXT, settings_overrides={"report_level": 5})
    walk = Walk(ParsedDocument("t.rst", TEXT, doctree, ()))
    walk.all(docutils.nodes.paragraph)
    outside = docutils.nodes.section("", docutils.nodes.paragraph("", "added later"))
    assert [p.astext() for p in walk.within(outside, docutils.nodes.paragraph)] == ["added later"]


def test_the_first_label_of_a_node_as_labels_are_added() -> None:
    doctree = docutils.utils.new_document("labels.rst")
    first, second = docutils.nodes.section(), docutils.nodes.section()
    labels: dict[str, tuple[Label, docutils.nodes.Element | None]] = {}
    walk = Walk(ParsedDocument("labels.rst", "", doctree, ()), labels=labels)
    at = SourceLocation("labels.rst", 1)
    labels["a"] = (Label("a", at), first)
    assert walk.label_of(first) == "a"
    assert walk.label_of(second) is None
    labels["b"] = (Label("b", at), second)
    labels["c"] = (Label("c", at), first)
    labels["d"] = (Label("d", at), None)
    assert (walk.label_of(first), walk.label_of(second)) == ("a", "b")


def test_remembered_texts_are_the_texts_of_nested_nodes() -> None:
    text = "T\n=\n\n.. list-table::\n\n   * - ``id`` is *the* `x <https://e.org>`_ key\n\n     - b\n\nAfter ``it``.\n\nU\n=\n\nx\n"
    doctree = docutils.core.publish_doctree(text, settings_overrides={"report_level": 5})
    elements = elements_of(doctree)
    fresh = [rst_text(node) for node in elements]
    with texts_remembered():
        inner_first = [rst_text(node) for node in reversed(elements)][::-1]
        outer_first = [rst_text(node) for node in elements]
        titles = [title_of(node) for node in doctree.findall(docutils.nodes.section)]
    assert inner_first == outer_first == fresh
    assert "``id`` is the `x <https://e.org>`_ key" in fresh
    assert [title for title, _ in titles] == ["T", "U"]


def test_a_literals_text_is_its_unescaped_text() -> None:
    class styled(docutils.nodes.literal):  # a Sphinx-style subclass of literal
        pass

    escaped = docutils.nodes.paragraph("", "", docutils.nodes.literal("", "a\x00 b"), styled("", "c d"))
    assert rst_text(escaped) == "``ab````c d``"


def test_texts_are_read_again_outside_the_block() -> None:
    doctree = docutils.core.publish_doctree("A ``b``.\n", settings_overrides={"report_level": 5})
    paragraph = next(iter(doctree.findall(docutils.nodes.paragraph)))
    with texts_remembered():
        assert rst_text(paragraph) == "A ``b``."
    paragraph += docutils.nodes.Text(" More.")
    assert rst_text(paragraph) == "A ``b``. More."


def test_a_remembered_reading_reads_each_node_once_within_the_block() -> None:
    read: list[docutils.nodes.Element] = []

    @remembered
    def tag(node: docutils.nodes.Element) -> str:
        read.append(node)
        return node.tagname

    first, second = docutils.nodes.paragraph(), docutils.nodes.paragraph()
    with texts_remembered():
        assert [tag(first), tag(second), tag(first)] == ["paragraph"] * 3
        assert read == [first, second]
    assert tag(first) == "paragraph"
    assert read == [first, second, first]


def test_elements_in_a_node_as_findall_gives_them() -> None:
    doctree = docutils.core.publish_doctree(TEXT, settings_overrides={"report_level": 5})
    for node in doctree.findall(docutils.nodes.Element):
        for cls in (docutils.nodes.paragraph, docutils.nodes.row, docutils.nodes.Element):
            assert [id(n) for n in elements_in(node, cls)] == [id(n) for n in node.findall(cls)]
