"""``rst.nodes.elements_of`` lists a doctree's elements as docutils' ``findall`` does, however
deeply the doctree nests."""

from __future__ import annotations

import docutils.core
import docutils.nodes
import docutils.utils

from rstapi.rst.nodes import elements_of

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


def test_a_doctree_nested_deeper_than_python_recurses() -> None:
    doctree = docutils.utils.new_document("deep.rst")
    node: docutils.nodes.Element = doctree
    for _ in range(5000):
        inner = docutils.nodes.container()
        node += [docutils.nodes.Text("t"), inner]
        node = inner
    listed = elements_of(doctree)
    assert len(listed) == 5001
    assert listed[:3] == [doctree, doctree[1], doctree[1][1]]
