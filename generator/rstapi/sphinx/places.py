"""Where each node of a read copy was written: lines of included files traced, as the CLI traces them.

Sphinx gives a node parsed from an included file (``.. include:: gadgets.inc``) that file as its
``source`` and a line of that file; a ``literalinclude``'s block names its file in its ``source``
attribute. The readers know one line number per node, read through ``ParsedDocument.at``: as the
CLI splices an include's text into the document and traces each line back
(``rstapi.rst.include``), each file a document's nodes come from is appended here to the
document's text, its nodes' lines moved into that part, and ``origins`` traces every line back,
so a finding in an included file names that file and its line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import attrs
import docutils.nodes

from rstapi.diagnostics import Diagnostic, ReadError
from rstapi.inputs import read_bounded
from rstapi.rst.mojibake import mojibake_lines, repair_text

__all__ = ["Traced", "trace_included"]

_OSAPIREF = "rstapi.rst.osapiref.directives"  # imported for os-api-ref's projects only


@attrs.frozen
class Traced:
    """The document's text with its included files' appended, and where each line was written."""

    text: str
    origins: tuple[tuple[str, int], ...]  # empty: nothing was included
    diagnostics: tuple[Diagnostic, ...]  # text of an included file that went through the wrong encoding


@attrs.define
class _Files:
    lines: list[str]
    origins: list[tuple[str, int]]
    shown: Callable[[Path], str]
    max_bytes: int
    first_lines: dict[str, int | None] = attrs.field(factory=dict)  # source -> its first line - 1, or None
    texts: dict[str, str] = attrs.field(factory=dict)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)

    def base(self, source: str) -> int | None:
        """The line before ``source``'s first one in the traced text (None: not a readable file)."""
        if source not in self.first_lines:
            self.first_lines[source] = self._append(source)
        return self.first_lines[source]

    def _append(self, source: str) -> int | None:
        path = Path(source)  # relative to the working folder when sphinx-build was given a relative one
        if not path.is_file():
            return None  # "<rst_prolog>", "<rst_epilog>", a string another extension parsed
        shown = self.shown(path)
        try:
            raw = (
                read_bounded(path, shown, self.max_bytes)
                .decode("utf-8", errors="replace")
                .removeprefix("\ufeff")
            )
        except ReadError:
            return None
        text = repair_text(raw)
        self.diagnostics += mojibake_lines(shown, raw, text)
        base = len(self.lines)
        written = text.splitlines()
        self.lines += written
        self.origins += [(shown, number) for number in range(1, len(written) + 1)]
        self.texts[source] = text
        return base


def trace_included(
    doctree: docutils.nodes.document,
    display: str,
    text: str,
    shown: Callable[[Path], str],
    max_bytes: int,
) -> Traced:
    """Move the lines of ``doctree``'s nodes written in other files than the document (``display``,
    ``text``) into those files' parts of the traced text; ``shown`` names a file as findings do."""
    main = str(doctree.get("source", ""))
    lines = text.splitlines()
    files = _Files(lines, [(display, number) for number in range(1, len(lines) + 1)], shown, max_bytes)
    for node in doctree.findall(docutils.nodes.Element):
        if isinstance(node, docutils.nodes.literal_block) and node.get("source"):
            _move_literal_include(node, files)
            continue
        if node.source and node.source != main and node.line:
            base = files.base(str(node.source))
            if base is not None:
                _move(node, base)
    if not files.texts:
        return Traced(text, (), tuple(files.diagnostics))
    return Traced("\n".join(files.lines), tuple(files.origins), tuple(files.diagnostics))


def _move(node: docutils.nodes.Element, base: int) -> None:
    """The node's line (and those os-api-ref's nodes record for their items) moved by ``base``."""
    osapiref = sys.modules.get(_OSAPIREF)  # its nodes exist only once it is imported
    if osapiref is not None and isinstance(node, osapiref.OS_API_REF_NODES):
        osapiref.move_lines(node, lambda line: base + line)
    else:
        node.line = base + int(node.line)


def _move_literal_include(block: docutils.nodes.literal_block, files: _Files) -> None:
    """A ``literalinclude``'s block is at the line of its file where its text begins (the file's
    first line when the text is not found there as it is: options changed it)."""
    source = str(block["source"])
    base = files.base(source)
    if base is None:
        return
    written = files.texts[source]
    first = block.astext().split("\n", 1)[0]
    found = written.find(first) if first.strip() else -1
    block.line = base + (written.count("\n", 0, found) + 1 if found >= 0 else 1)
