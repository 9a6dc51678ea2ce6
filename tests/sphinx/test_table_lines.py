"""A finding about a table is a warning at the table's directive, as ``rstapi lint`` shows it:
under Sphinx's docutils (0.22) a ``list-table``'s or ``csv-table``'s table has no line of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rst_helpers import document, endpoint, line_of
from tests.sphinx.conftest import cli_build, sphinx_build, write_project

pytestmark = pytest.mark.slow
EXTRA = """\
=====
Notes
=====

.. list-table::
   :header-rows: 1

   * - Colour
     - Shade
   * - red
     - dark

.. csv-table::
   :header: "Mood", "Hue"

   "calm", "blue"
"""


def test_a_table_finding_is_at_the_tables_directive_as_the_cli_says(tmp_path: Path) -> None:
    page = document(endpoint(extra=EXTRA))
    docs = write_project(tmp_path, {"widgets": page})
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    cli = cli_build(tmp_path, tmp_path / "cli.yaml")
    # the page's third list-table (after the endpoint's and the response's) and its one csv-table
    for columns, directive, occurrence in (
        ("'Colour', 'Shade'", ".. list-table::", 3),
        ("'Mood', 'Hue'", ".. csv-table::", 1),
    ):
        line = line_of(page, directive, occurrence)
        finding = f"RST150 table with columns {columns}"
        assert f"{docs / 'widgets.rst'}:{line}: WARNING: {finding}" in result.stderr, result.stderr
        assert f"docs/widgets.rst:{line}: WARNING {finding}" in cli.stdout, cli.stdout
