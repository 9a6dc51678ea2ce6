"""Field-table columns beyond name, type and description: Default, Example, Allowed values and
Notes reach the spec; a column the house style does not know is reported (RST159), never dropped
without a word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.diagnostics import Level
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import BuildResult
from tests.conftest import build_document, operation
from tests.rst_style import endpoint, line_number, list_table, subsection

PATH = "/gizmo/v1/gadgets"


def _response_schema(spec: dict[str, Any]) -> dict[str, Any]:
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    written = split_sources(spec)[0]
    found: dict[str, Any] = written["components"]["schemas"][media["schema"]["$ref"].rsplit("/", 1)[1]]
    return found


def _codes(result: BuildResult, level: Level = Level.WARNING) -> list[tuple[str, int]]:
    return [(d.code, d.location.line if d.location else 0) for d in result.diagnostics if d.level >= level]


def test_default_example_values_and_notes_columns(tmp_path: Path) -> None:
    table = list_table(
        ("Field", "Data Type", "Default", "Example", "Allowed Values", "Notes", "Description"),
        ("``page_size``", "integer", "10", "25", "", "At most 100.", "Gadgets per page."),
        ("``status``", "string", "``active``", "retired", "``active``, ``retired``", "", "The state."),
        ("``shiny``", "boolean", "false", "true", "", "", "Polished or not."),
    )
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Response Values", table)))
    properties = _response_schema(spec)["properties"]
    assert properties["page_size"] == {
        "type": "integer",
        "default": 10,
        "examples": [25],
        "description": "Gadgets per page. At most 100.",
    }
    assert properties["status"]["enum"] == ["active", "retired"]
    assert properties["status"]["default"] == "active" and properties["status"]["examples"] == ["retired"]
    assert properties["shiny"]["default"] is False and properties["shiny"]["examples"] == [True]
    assert _codes(result) == []


def test_query_parameter_defaults_from_a_default_column(tmp_path: Path) -> None:
    table = list_table(
        ("Parameter", "Type", "Default", "Description"), ("``page``", "integer", "1", "The page to show.")
    )
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Request Values", table)))
    [page] = operation(spec, "get", PATH)["parameters"]
    assert page["schema"] == {"type": "integer", "default": 1}
    assert _codes(result) == []


def test_a_value_that_does_not_fit_the_type_is_reported_at_its_cell_and_left_out(tmp_path: Path) -> None:
    table = list_table(
        ("Field", "Data Type", "Default", "Description"),
        ("``page_size``", "integer", "ten", "Gadgets per page."),
    )
    spec, result, text = build_document(tmp_path, endpoint(rest=subsection("Response Values", table)))
    assert "default" not in _response_schema(spec)["properties"]["page_size"]
    assert _codes(result) == [("RST160", line_number(text, "- ten"))]


def test_an_unknown_column_is_reported_once_at_its_table(tmp_path: Path) -> None:
    table = list_table(
        ("Field", "Data Type", "Since", "Description"),
        ("``name``", "string", "v2", "The gadget's name."),
        ("``size``", "integer", "v3", "The gadget's size."),
    )
    spec, result, text = build_document(tmp_path, endpoint(rest=subsection("Response Values", table)))
    assert set(_response_schema(spec)["properties"]) == {"name", "size"}
    found = [d for d in result.diagnostics if d.code == "RST159"]
    assert [(d.location.line if d.location else 0) for d in found] == [
        line_number(text, "Response Values") + 3
    ]
    assert "'Since'" in found[0].message and "Default" in found[0].message


def test_a_default_cell_saying_none_gives_no_default(tmp_path: Path) -> None:
    """Django's docs write "None" for no default: no default "None" (a string) in the spec."""
    table = list_table(
        ("Parameter", "Type", "Default", "Description"),
        ("``search``", "string", "None", "Text to search for."),
        ("``page``", "integer", "N/A", "The page to show."),
    )
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Request Values", table)))
    search, page = operation(spec, "get", PATH)["parameters"]
    assert search["schema"] == {"type": "string"} and page["schema"] == {"type": "integer"}
    assert _codes(result) == []


def test_a_default_cell_saying_none_in_parentheses_gives_no_default(tmp_path: Path) -> None:
    """ "(none)", "(N/A)", "*none*": the cell says there is no default, in parentheses or emphasis
    (was a default "(none)", a string the server never sends)."""
    table = list_table(
        ("Parameter", "Type", "Default", "Description"),
        ("``kind``", "string", "(none)", "Only entries of this kind."),
        ("``tag``", "string", "*none*", "Only entries with this tag."),
        ("``page``", "integer", "(N/A)", "The page to show."),
        ("``order``", "string", "(newest)", "The order."),
    )
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Request Values", table)))
    kind, tag, page, order = operation(spec, "get", PATH)["parameters"]
    assert kind["schema"] == tag["schema"] == {"type": "string"} and page["schema"] == {"type": "integer"}
    assert order["schema"] == {"type": "string", "default": "(newest)"}  # a value, not a word for none
    assert _codes(result) == []
