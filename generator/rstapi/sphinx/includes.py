"""Sphinx's ``include`` directive, with the lines of a cut include numbered as in the file.

docutils numbers the lines of an include cut by ``:start-line:`` or ``:start-after:`` from the
cut, not from the file (its own note: "if startline != 0, line numbers are wrong"), so a node
of the included text would point lines above where it was written. ``TracedInclude`` is Sphinx's
``Include`` whose inserted lines carry their line in the file, worked out by the CLI's own cut
(``rstapi.rst.cut.include_cut``): findings in such text are at the included file's real line, as
``rstapi build`` reports them. What is included, and how, is Sphinx's and docutils' doing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docutils.nodes
from docutils.statemachine import StringList
from sphinx.directives.other import Include

from rstapi.rst.cut import OptionError, include_cut
from rstapi.sphinx.places import FIRST_LINE

__all__ = ["TracedInclude"]


class TracedInclude(Include):
    """``include``, its cut text's lines numbered from the line of the file the cut begins on."""

    first_line = 1

    def read_file(self, path: Any) -> str:
        text: str = super().read_file(path)
        try:  # read again to find where the cut begins (docutils read it without errors)
            whole = Path(path).read_text(encoding=self.options.get("encoding") or "utf-8-sig")
            self.first_line = include_cut(whole, self.options)[1]
        except (OSError, UnicodeError, OptionError):
            self.first_line = 1
        return text

    def as_literal_block(self, text: str) -> list[Any]:
        return self._marked(super().as_literal_block(text))

    def as_code_block(self, text: str) -> list[Any]:
        return self._marked(super().as_code_block(text))

    def _marked(self, found: list[Any]) -> list[Any]:
        """A ``:literal:`` or ``:code:`` include's block names its file and the line its text
        begins on there (``FIRST_LINE``), for ``rstapi.sphinx.places`` to trace its lines."""
        for node in found:
            if isinstance(node, docutils.nodes.literal_block):
                node["source"] = self.options["source"]
                node[FIRST_LINE] = self.first_line
        return found

    def insert_into_input_lines(self, text: str) -> None:
        machine = self.state_machine
        if self.first_line == 1:
            super().insert_into_input_lines(text)
            return
        patched = "insert_input" in vars(machine)  # Sphinx's own patch, for 'include-read'
        inserting, kept = machine.insert_input, vars(machine).get("insert_input")
        offset = self.first_line - 1

        def numbered(lines: list[str], source: str) -> None:
            items = [(source, offset + index) for index in range(len(lines))]
            inserting(StringList(list(lines), source, items=items), source)

        machine.insert_input = numbered
        try:
            super().insert_into_input_lines(text)
        finally:
            if patched:
                machine.insert_input = kept
            else:
                del machine.insert_input
