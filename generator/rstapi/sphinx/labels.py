"""Sphinx's reST parser, each label (``.. _name:``) at the line of the file it is written in.

docutils numbers a hyperlink target by its place in the whole text it parsed, not by its file
(``Body.add_target``: ``target.line = lineno``, an absolute line): under Sphinx
that text begins with ``rst_prolog`` and holds every included file's lines, so a label after an
include or a prolog was lines below where it is written, and one in an included file was
numbered as if in the page (its ``source`` is right). ``TracedParser`` keeps the parsed
text's lines (a ``StringList``, which knows each line's file and line) and, once the document is
parsed, gives each label the line of its file its ``.. _name:`` line came from, as docutils
numbers other nodes (``get_source_and_line``). The readers then place a label finding (RST114, RST115) where
``rstapi lint`` does.
"""

from __future__ import annotations

from typing import Any

import docutils.nodes
from docutils.statemachine import StringList
from sphinx.parsers import RSTParser

__all__ = ["TracedParser", "place_targets", "traced_parser"]


class TracedParser(RSTParser):
    """``RSTParser`` whose labels carry their file and line (``place_targets``)."""

    _parsed: StringList | None = None

    def decorate(self, content: StringList) -> None:
        super().decorate(content)
        self._parsed = content  # the text docutils parses: the prolog and includes join it

    def parse(self, inputstring: Any, document: docutils.nodes.document) -> None:
        super().parse(inputstring, document)
        parsed, self._parsed = self._parsed, None
        if parsed is not None:
            place_targets(document, parsed)


def traced_parser(registered: type[Any]) -> type[Any] | None:
    """``TracedParser`` over the reST parser the build has registered (another extension's
    subclass of Sphinx's kept as it is); None for a parser that is not Sphinx's reST parser."""
    if not (isinstance(registered, type) and issubclass(registered, RSTParser)):
        return None
    if registered is RSTParser:
        return TracedParser
    return type(f"Traced{registered.__name__}", (TracedParser, registered), {})


def place_targets(document: docutils.nodes.document, parsed: StringList) -> None:
    """Each label of ``document`` numbered by its place in ``parsed`` at the line of its file that
    place came from: a target whose line in ``parsed`` is its own ``.. _name:`` line, in the file
    docutils gave it. The document's ids list the targets, no walk needed."""
    for node in document.ids.values():
        if not isinstance(node, docutils.nodes.target) or not node.line or not _named(node):
            continue
        if not 0 < node.line <= len(parsed) or not parsed[node.line - 1].lstrip().startswith(".. _"):
            continue
        source, offset = parsed.info(node.line - 1)
        if offset is not None and source == node.source:
            node.line = offset + 1


def _named(target: docutils.nodes.target) -> bool:
    """A label: a target with a name (``dupnames`` when another label has it too)."""
    return bool(target["names"] or target["dupnames"])
