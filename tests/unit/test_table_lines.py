"""A finding about a whole table names the table's first line (a directive's line, a grid or
simple table's top border), whichever docutils release parsed it (0.22 gives tables no line)."""

from __future__ import annotations

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
