"""``rst.nodes.elements_of`` and ``nodes_of`` list a doctree's elements (its nodes) as docutils'
``findall`` does, however deeply the doctree nests; ``ParsedDocument.of_class`` gives a class's
elements, its subclasses' included, in document order."""

from __future__ import annotations

import docutils.core
import docutils.nodes
import docutils.utils

from rstapi.rst.nodes import elements_of, nodes_of, positions_by_class
from rstapi.rst.parse import ParsedDocument

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
