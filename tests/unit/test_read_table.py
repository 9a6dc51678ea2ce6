"""``tables.read_table`` reads a table's header and rows as ``findall`` finds them: a table with a
table in a cell (whose rows are read as rows of the outer table too), one without a header, and
the plain one the reader walks each cell of once give what the findall reading gives."""

from __future__ import annotations

import docutils.nodes
import pytest

from rstapi.diagnostics import SourceLocation
from rstapi.rst.nodes import elements_of, rst_text
from rstapi.rst.parse import parse
from rstapi.rst.tables import Cell, read_table
from rstapi.rst.vocabulary import column_role

PLAIN = """\
.. list-table::
   :header-rows: 1

   * - Field
     - Data Type
   * - ``name``
     - string, see :ref:`x` and
       more lines
"""

NESTED = """\
+----------+-----------------------+
| Field    | Data Type             |
+==========+=======================+
| ``a``    | +-------+-----------+ |
|          | | Inner | Head      | |
|          | +=======+===========+ |
|          | | ``b`` | integer   | |
|          | +-------+-----------+ |
+----------+-----------------------+
| ``c``    | string                |
+----------+-----------------------+
"""

HEADLESS = """\
+----------+----------+
| ``name`` | string   |
+----------+----------+
"""


def _findall_reading(table: docutils.nodes.table) -> tuple[tuple[str | None, ...], list[tuple[Cell, ...]]]:
    """What ``read_table`` gave before it walked each cell once (each found by ``findall``)."""

    def cell(entry: docutils.nodes.Element) -> Cell:
        elements = elements_of(entry)
        lines = [node.line for node in elements if node.line]
        refs = tuple(
            n["rstapi_ref"] for n in elements if isinstance(n, docutils.nodes.inline) and "rstapi_ref" in n
        )
        return Cell(rst_text(entry), min(lines) if lines else 0, refs)

    def rows(group: docutils.nodes.Element | None) -> list[tuple[Cell, ...]]:
        found = group.findall(docutils.nodes.row) if group is not None else ()
        return [tuple(cell(e) for e in row.children if isinstance(e, docutils.nodes.entry)) for row in found]

    head = next(iter(table.findall(docutils.nodes.thead)), None)
    header = rows(head)[0] if head is not None else ()
    return tuple(column_role(c.text) for c in header), rows(
        next(iter(table.findall(docutils.nodes.tbody)), None)
    )


@pytest.mark.parametrize("text", [PLAIN, NESTED, HEADLESS], ids=["plain", "nested", "headless"])
def test_a_table_reads_as_findall_finds_its_rows(text: str) -> None:
    table = next(iter(parse(text, "t.rst").doctree.findall(docutils.nodes.table)))
    read = read_table(table, lambda line: SourceLocation("t.rst", line))
    assert (read.roles, list(read.rows)) == _findall_reading(table)


def test_a_nested_tables_rows_are_rows_of_the_outer_table() -> None:
    table = next(iter(parse(NESTED, "t.rst").doctree.findall(docutils.nodes.table)))
    read = read_table(table, lambda line: SourceLocation("t.rst", line))
    assert [row[0].text for row in read.rows] == ["``a``", "Inner", "``b``", "``c``"]


def test_a_cells_ref_targets_and_first_line() -> None:
    table = next(iter(parse(PLAIN, "t.rst").doctree.findall(docutils.nodes.table)))
    cell = read_table(table, lambda line: SourceLocation("t.rst", line)).rows[0][1]
    assert (cell.refs, cell.line) == (("x",), 7)
