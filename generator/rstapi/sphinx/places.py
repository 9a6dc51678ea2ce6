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
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs
import docutils.nodes

from rstapi.diagnostics import Diagnostic, ReadError
from rstapi.inputs import read_bounded
from rstapi.records import Record
from rstapi.rst.mojibake import mojibake_lines, repair_text

__all__ = ["FIRST_LINE", "Traced", "trace_included"]

# an include's :literal: or :code: block: the line of its file its text begins on (sphinx/includes.py)
FIRST_LINE = "rstapi_first_line"

_OSAPIREF = "rstapi.rst.osapiref.directives"  # imported for os-api-ref's projects only


@attrs.frozen(repr=False)
class Traced(Record):
    """The document's text with its included files' appended, and where each line was written."""

    text: str
    origins: tuple[tuple[str, int], ...]  # empty: nothing was included
    diagnostics: tuple[Diagnostic, ...]  # text of an included file that went through the wrong encoding
    pruned: bool = False  # elements were removed (``:number-lines:``' numbers)
    kept_lines: list[str] | None = attrs.field(default=None, eq=False)  # ``lines()``, when known

    def lines(self) -> list[str]:
        """``text.splitlines()``: the document's, split once, when nothing was appended to it."""
        return self.text.splitlines() if self.kept_lines is None else self.kept_lines


@attrs.define(repr=False)
class _Files(Record):
    lines: list[str]
    display: str  # the document's file, as findings show it
    shown: Callable[[Path], str]
    max_bytes: int
    # where each line of ``lines`` was written; None until a file is appended (the document's
    # own lines are where they are: a document that includes nothing needs no list of them)
    listed: list[tuple[str, int]] | None = None
    first_lines: dict[str, int | None] = attrs.field(factory=dict)  # source -> its first line - 1, or None
    texts: dict[str, str] = attrs.field(factory=dict)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)

    @property
    def origins(self) -> list[tuple[str, int]]:
        if self.listed is None:
            self.listed = [(self.display, number) for number in range(1, len(self.lines) + 1)]
        return self.listed

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
        self.origins.extend((shown, number) for number in range(1, len(written) + 1))
        self.lines += written
        self.texts[source] = text
        return base


def trace_included(
    doctree: docutils.nodes.document,
    elements: Sequence[docutils.nodes.Element],
    display: str,
    text: str,
    shown: Callable[[Path], str],
    max_bytes: int,
) -> Traced:
    """Move the lines of ``doctree``'s nodes written in other files than the document (``display``,
    ``text``) into those files' parts of the traced text; ``shown`` names a file as findings do."""
    main = str(doctree.get("source", ""))
    files = _Files(text.splitlines(), display, shown, max_bytes)
    pruned = False
    # the elements either branch below may take (most are written in the document and are no block)
    elsewhere = [
        node
        for node in elements
        if (node.source and node.source != main) or isinstance(node, docutils.nodes.literal_block)
    ]
    for node in elsewhere:
        if isinstance(node, docutils.nodes.literal_block) and node.get("source"):
            pruned = _move_literal_include(node, files, (main, text, display)) or pruned
            continue
        if node.source and node.source != main and node.line:
            base = files.base(str(node.source))
            if base is not None:
                _move(node, base)
    if not files.texts:
        return Traced(text, (), tuple(files.diagnostics), pruned, files.lines)
    return Traced("\n".join(files.lines), tuple(files.origins), tuple(files.diagnostics), pruned)


def _move(node: docutils.nodes.Element, base: int) -> None:
    """The node's line (and those os-api-ref's nodes record for their items) moved by ``base``."""
    osapiref = sys.modules.get(_OSAPIREF)  # its nodes exist only once it is imported
    if osapiref is not None and isinstance(node, osapiref.OS_API_REF_NODES):
        osapiref.move_lines(node, lambda line: base + line)
    else:
        node.line = base + int(node.line)


def _move_literal_include(
    block: docutils.nodes.literal_block, files: _Files, page: tuple[str, str, str]
) -> bool:
    """A ``literalinclude``'s block: its lines traced as the CLI's splicing traces them (its
    directive's options read again where it is written, ``include.literalinclude_lines``), else
    at the line of its file where its text begins (the file's first line when it is not found).
    Whether elements of the block were removed."""
    source = str(block["source"])
    base = files.base(source)
    if base is None:
        return False
    first_line = block.get(FIRST_LINE)
    if first_line:  # an include's :literal: or :code: block: a run of its file's lines
        pruned = _number_lines_dropped(block)
        block.line = base + _first_text_line(block, files.texts[source], int(first_line))
        return pruned
    traced = _cut_lines(block, files, page)
    if traced is not None:
        _append_block(block, traced, files)
        return False
    written = files.texts[source]
    first = block.astext().split("\n", 1)[0]
    found = written.find(first) if first.strip() else -1
    block.line = base + (written.count("\n", 0, found) + 1 if found >= 0 else 1)
    return False


def _cut_lines(
    block: docutils.nodes.literal_block, files: _Files, page: tuple[str, str, str]
) -> list[tuple[str, tuple[str, int]]] | None:
    """Each line of the block's text with the place it was written, when the directive at the
    block's line picks lines of its file as the block shows them."""
    main, text, display = page
    where, line = str(block.source or main), int(block.line or 0)
    if where == str(block["source"]):  # an include's :literal: block: no literalinclude wrote it
        return None
    if where == main:
        written, shown = text, display
    elif files.base(where) is not None:
        written, shown = files.texts[where], files.shown(Path(where))
    else:
        return None
    from rstapi.rst.include import literalinclude_lines  # a page with a literalinclude only (and cut.py)

    source = str(block["source"])
    cut = literalinclude_lines(written, line, files.texts[source])
    shown_lines = block.astext().removesuffix("\n").split("\n")
    if cut is None or len(cut) != len(shown_lines):
        return None
    name = files.shown(Path(source))
    return [
        (shown_line, (name, number) if number else (shown, line))
        for shown_line, (_, number) in zip(shown_lines, cut, strict=True)
    ]


def _number_lines_dropped(block: docutils.nodes.literal_block) -> bool:
    """The line numbers ``:number-lines:`` puts in the block's text go (they style it); whether
    there were any."""
    numbers = [node for node in block.findall(docutils.nodes.inline) if "ln" in node["classes"]]
    for number in numbers:
        number.parent.remove(number)
    return bool(numbers)


def _first_text_line(block: docutils.nodes.literal_block, written: str, first: int) -> int:
    """The line of ``written`` (from line ``first`` on) the block's first text is on; its leading
    blank lines are dropped from the read copy, as the CLI's block begins at its first text."""
    lines = block.astext().split("\n")
    lead = next((index for index, line in enumerate(lines) if line.strip()), 0)
    if lead:
        block.children = []
        block += docutils.nodes.Text("\n".join(lines[lead:]))
    text = lines[lead].strip()
    following = written.split("\n")[first - 1 :]
    return first + next((n for n, line in enumerate(following) if line.strip() == text), lead)


def _append_block(
    block: docutils.nodes.literal_block, traced: list[tuple[str, tuple[str, int]]], files: _Files
) -> None:
    """The block's lines appended to the traced text, the block at the first; leading blank lines
    dropped from the read copy's block, as the CLI's ``code-block`` begins at its first text."""
    lead = next((index for index, (line, _) in enumerate(traced) if line.strip()), 0)
    kept = traced[lead:]
    block.line = len(files.lines) + 1
    files.origins.extend(origin for _, origin in kept)
    files.lines += [line for line, _ in kept]
    if lead:
        block.children = []
        block += docutils.nodes.Text("\n".join(line for line, _ in kept))
