"""The coverage figure and "nothing silently dropped": every row and example is in the spec or named."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rstapi.cli import main
from rstapi.model import Coverage
from tests.conftest import build_rst
from tests.rst_style import document, endpoint, field_table, line_number, literal, subsection

_RESPONSE = subsection(
    "Response Values",
    field_table(("gadget_id", "string", "The id."), ("size", "integer", "The size.")),
) + subsection("Example Response", literal('{"gadget_id": "g1", "size": 3}'))

_UNKNOWN_TABLE = """
.. list-table::
   :header-rows: 1

   * - Moniker
     - Kind
     - Notes
   * - ``colour``
     - string
     - The colour.
   * - ``weight``
     - integer
     - The weight.
"""


def test_everything_used_counts_every_row_and_example(tmp_path: Path) -> None:
    result = build_rst(tmp_path, document(endpoint(rest=_RESPONSE)))
    # one "Method and Endpoint" row, two field rows; one JSON example
    assert result.coverage == Coverage(table_rows=(3, 3), examples=(1, 1))
    assert str(result.coverage) == "table rows 3/3, examples 1/1"
    assert not [d for d in result.diagnostics if d.code in {"RST150", "RST151", "RST152"}]


def test_an_unrecognised_table_is_counted_lost_and_named_with_its_headers(tmp_path: Path) -> None:
    rest = _RESPONSE + subsection("Response Values", _UNKNOWN_TABLE)
    text = document(endpoint(rest=rest))
    result = build_rst(tmp_path, text)
    assert result.coverage == Coverage(table_rows=(3, 5), examples=(1, 1))
    table_line = line_number(text, ".. list-table::", 3)
    found = [d for d in result.diagnostics if d.code in {"RST111", "RST150"}]
    assert [d.location.line for d in found if d.location] == [table_line]
    assert result.spec is not None


def test_a_table_in_a_section_that_takes_none_is_rst150_naming_headers_and_accepted_words(
    tmp_path: Path,
) -> None:
    rest = _RESPONSE + subsection("Example Request", _UNKNOWN_TABLE)
    text = document(endpoint(rest=rest))
    result = build_rst(tmp_path, text)
    assert result.coverage == Coverage(table_rows=(3, 5), examples=(1, 1))
    [found] = [d for d in result.diagnostics if d.code == "RST150"]
    assert "'Moniker', 'Kind', 'Notes'" in found.message and "'Example Request'" in found.message
    assert "Data Type" in found.message and "Field" in found.message  # what would have matched
    assert found.location is not None and found.location.line == line_number(text, ".. list-table::", 3)


def test_an_example_under_an_unknown_title_is_named_and_counted_lost(tmp_path: Path) -> None:
    rest = _RESPONSE + subsection("What You Get Back", literal('{"gadget_id": "g2", "size": 4}'))
    text = document(endpoint(rest=rest))
    result = build_rst(tmp_path, text)
    assert result.coverage == Coverage(table_rows=(3, 3), examples=(1, 2))
    by_code = {d.code: d for d in result.diagnostics}
    assert "'What You Get Back'" in by_code["RST157"].message
    assert "Response Values" in by_code["RST157"].message  # a title that would have matched
    assert by_code["RST157"].location is not None
    assert by_code["RST157"].location.line == line_number(text, "What You Get Back")
    assert "Example Response" in by_code["RST152"].message
    assert by_code["RST152"].location is not None
    assert by_code["RST152"].location.line == line_number(text, '"g2"')


def test_a_document_without_endpoints_is_a_warning_not_a_silent_empty_spec(tmp_path: Path) -> None:
    result = build_rst(tmp_path, document(subsection("Overview", "Nothing but prose here.")))
    assert [str(d.level) for d in result.diagnostics if d.code == "RST153"] == ["warning"]
    assert result.spec is not None and result.spec["paths"] == {}


def test_build_and_lint_print_the_figure_and_json_carries_it(tmp_path: Path) -> None:
    source = tmp_path / "ref.rst"
    source.write_text(document(endpoint(rest=_RESPONSE + subsection("Example Request", _UNKNOWN_TABLE))))
    runner = CliRunner()
    args = ["--source", str(source), "--no-overlay"]
    built = runner.invoke(main, ["build", *args, "--out", str(tmp_path / "o.yaml")])
    assert "table rows 3/5, examples 1/1" in built.output
    human = runner.invoke(main, ["lint", *args])
    assert "coverage: table rows 3/5, examples 1/1" in human.output
    report = json.loads(runner.invoke(main, ["lint", *args, "--format", "json"]).output)
    assert report["summary"]["coverage"] == {
        "table_rows": {"used": 3, "total": 5},
        "examples": {"used": 1, "total": 1},
    }


def test_a_literal_block_that_is_neither_json_nor_a_curl_where_one_is_read_is_named(tmp_path: Path) -> None:
    rest = _RESPONSE + subsection("Example Response", literal("<gadget><size>3</size></gadget>"))
    rest += subsection("Response Values", literal("curl -X GET https://example.org/gizmo/v1/gadgets"))
    text = document(endpoint(rest=rest))
    result = build_rst(tmp_path, text)
    found = sorted(
        (d.location.line, d.message) for d in result.diagnostics if d.code == "RST152" and d.location
    )
    assert [line for line, _ in found] == [line_number(text, "<gadget>"), line_number(text, "curl -X GET")]
    assert "neither JSON nor curl" in found[0][1] and "outside 'Example Request'" in found[1][1]


def test_a_second_table_in_a_fields_section_is_counted_lost_and_named(tmp_path: Path) -> None:
    fields = "\n.. _gadget Fields:\n\n******************\nFields in a gadget\n******************\n\n"
    fields += field_table(("gadget_id", "string", "The id.")) + "\n" + _UNKNOWN_TABLE
    rest = subsection("Response Values", "Returns a :ref:`gadget <gadget Fields>`.\n")
    text = document(fields, endpoint(path="/gizmo/v1/gadgets/{gadget_id}", rest=rest))
    result = build_rst(tmp_path, text)
    assert result.coverage == Coverage(table_rows=(2, 4), examples=(0, 0))
    [found] = [d for d in result.diagnostics if d.code == "RST150"]
    assert "'Fields in a gadget'" in found.message and "'Moniker'" in found.message
