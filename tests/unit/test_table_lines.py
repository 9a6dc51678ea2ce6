"""A finding about a whole table names the table's first line (a directive's line, a grid or
simple table's top border), whichever docutils release parsed it (0.22 gives tables no line)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import build_document
from tests.rst_style import endpoint, subsection

_LIST_TABLE = """\
.. list-table::
   :header-rows: 1

   * - Field
     - Data Type
     - Colour
   * - ``name``
     - string
     - red
"""
_CSV_TABLE = """\
.. csv-table::
   :header: Field, Data Type, Colour

   ``name``, string, red
"""
_TITLED_TABLE = """\
.. table:: Gadget fields

   ========  =========  ======
   Field     Data Type  Colour
   ========  =========  ======
   ``name``  string     red
   ========  =========  ======
"""
_GRID_TABLE = """\
+----------+-----------+--------+
| Field    | Data Type | Colour |
+==========+===========+========+
| ``name`` | string    | red    |
+----------+-----------+--------+
"""
_SIMPLE_TABLE = """\
========  =========  ======
Field     Data Type  Colour
========  =========  ======
``name``  string     red
========  =========  ======
"""


@pytest.mark.parametrize(
    "table",
    [_LIST_TABLE, _CSV_TABLE, _TITLED_TABLE, _GRID_TABLE, _SIMPLE_TABLE],
    ids=["list-table", "csv-table", "table", "grid", "simple"],
)
def test_an_unknown_column_is_reported_at_the_tables_first_line(tmp_path: Path, table: str) -> None:
    rest = subsection("Response Values", "The gadget.\n\n" + table)
    _, result, text = build_document(tmp_path, endpoint(rest=rest))
    first = text[: text.index(table)].count("\n") + 1
    found = [d.location.line for d in result.diagnostics if d.code == "RST159" and d.location]
    assert found == [first]


_FRESH_PROCESS = """
import sys
from rstapi.rst.parse import parse
text = sys.stdin.read()
tables = [node.line for node in parse(text, "doc.rst").doctree.findall(__import__("docutils").nodes.table)]
print(tables, "docutils.parsers.rst.directives.tables" in sys.modules)
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n=====\n\nNo table here.\n", "[] False"),
        ("Title\n=====\n\n" + _LIST_TABLE.replace(".. list-table::", ".. List-Table ::"), "[4] True"),
    ],
    ids=["no table", "a table directive spelled otherwise"],
)
def test_the_table_directives_are_located_in_a_fresh_process_whatever_their_spelling(
    text: str, expected: str
) -> None:
    """docutils' table module (which imports urllib, http, email and ssl) is imported only for a
    text with a table directive, and a directive docutils reads in any case or with a space
    before "::" is still located at its line."""
    completed = subprocess.run(
        [sys.executable, "-c", _FRESH_PROCESS], input=text, capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == expected
