"""Sphinx's table directives, each table at its directive's line as ``rstapi lint`` places it.

docutils 0.22 (what Sphinx 9 runs on) gives the table of a ``list-table``, ``csv-table`` or
``table`` directive no line: a finding about such a table was a warning at its first row's line,
or at no line at all. The CLI's parse registers the same directives located
(``rstapi.rst.parse.table_at_directive``, as docutils 0.23 places them); the extension registers
them again in Sphinx so both name the directive. What the tables hold is docutils' and Sphinx's
doing (Sphinx's own ``csv-table`` is the one wrapped).
"""

from __future__ import annotations

from typing import Any

from rstapi.rst.parse import table_at_directive

__all__ = ["located_tables"]


def located_tables() -> list[tuple[str, type[Any]]]:
    """(name, directive) for each table directive, its table located at the directive."""
    from docutils.parsers.rst.directives.tables import ListTable, RSTTable
    from sphinx.directives.patches import CSVTable

    tables: tuple[tuple[str, type[Any]], ...] = (
        ("table", RSTTable),
        ("list-table", ListTable),
        ("csv-table", CSVTable),
    )
    return [(name, table_at_directive(directive)) for name, directive in tables]
