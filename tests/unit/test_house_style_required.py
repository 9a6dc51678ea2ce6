"""What the reference says about a field being required: a Required (or Optional) column, a word in
the type cell, or the description's first word. Request bodies and query parameters take it as
written; response schemas take it over what their examples show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.diagnostics import Level
from rstapi.openapi.required import REQUIRED_FROM
from rstapi.pipeline import BuildResult
from tests.conftest import build_document, operation
from tests.rst_style import code_block, endpoint, line_number, list_table, subsection

PATH = "/gizmo/v1/gadgets"


def _body(spec: dict[str, Any], method: str = "post") -> dict[str, Any]:
    media = operation(spec, method, PATH)["requestBody"]["content"]["application/json"]
    found: dict[str, Any] = spec["components"]["schemas"][media["schema"]["$ref"].rsplit("/", 1)[1]]
    return found


def _warnings(result: BuildResult) -> list[str]:
    return [str(d) for d in result.diagnostics if d.level >= Level.WARNING]


def _post(values: str) -> str:
    return endpoint(method="POST", rest=subsection("POST Data Values", values))


@pytest.mark.parametrize(
    ("header", "name_says", "size_says"),
    [
        ("Required", "Yes", "No"),
        ("Required?", "true", "false"),
        ("Mandatory", "\u2713", ""),
        ("Optional", "No", "Yes"),
    ],
)
def test_a_required_column_gives_the_request_bodys_required_fields(
    tmp_path: Path, header: str, name_says: str, size_says: str
) -> None:
    table = list_table(
        ("Field", "Data Type", header, "Description"),
        ("``name``", "string", name_says, "The gadget's name."),
        ("``size``", "integer", size_says, "The gadget's size."),
    )
    spec, result, _ = build_document(tmp_path, _post(table))
    body = _body(spec)
    assert body["required"] == ["name"]
    assert body[REQUIRED_FROM] == "table"
    assert body["properties"]["size"]["type"] == "integer"
    assert _warnings(result) == []


def test_a_required_column_gives_required_query_parameters(tmp_path: Path) -> None:
    table = list_table(
        ("Parameter", "Type", "Required", "Description"),
        ("``enterprise_id``", "string", "Yes", "The enterprise."),
        ("``page``", "integer", "No", "The page."),
    )
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Request Values", table)))
    parameters = {p["name"]: p["required"] for p in operation(spec, "get", PATH)["parameters"]}
    assert parameters == {"enterprise_id": True, "page": False}
    assert _warnings(result) == []


@pytest.mark.parametrize(
    ("name_type", "size_type", "size_description"),
    [
        ("string (required)", "integer (optional)", "The gadget's size."),
        ("string, required", "integer, optional", "The gadget's size."),
        ("Required string", "integer", "Optional. The gadget's size."),
        ("string - Mandatory", "integer", "(optional) The gadget's size."),
    ],
)
def test_required_words_in_type_cells_and_descriptions(
    tmp_path: Path, name_type: str, size_type: str, size_description: str
) -> None:
    table = list_table(
        ("Field", "Data Type", "Description"),
        ("``name``", name_type, "The gadget's name."),
        ("``size``", size_type, size_description),
    )
    spec, result, _ = build_document(tmp_path, _post(table))
    body = _body(spec)
    assert body["required"] == ["name"]
    assert body["properties"]["name"]["type"] == "string" and body["properties"]["size"]["type"] == "integer"
    assert _warnings(result) == []


@pytest.mark.parametrize(
    ("name_description", "required"),
    [
        ("The gadget's name. Required.", ["name"]),
        ("The gadget's name. This field is required.", ["name"]),
        ("The gadget's name (mandatory).", ["name"]),
        ("The gadget's name. Optional.", None),
        ("Required if the gadget has a size.", None),  # a condition: neither
        ("The gadget's name. Required when sizing.", None),
    ],
)
def test_a_required_word_ending_the_description(
    tmp_path: Path, name_description: str, required: list[str] | None
) -> None:
    table = list_table(
        ("Field", "Data Type", "Description"),
        ("``name``", "string", name_description),
        ("``size``", "integer", "The gadget's size (optional)."),
    )
    spec, _, _ = build_document(tmp_path, _post(table))
    body = _body(spec)
    assert body.get("required") == required
    assert body["properties"]["name"]["type"] == "string"


def test_a_field_list_item_may_say_required_in_its_type(tmp_path: Path) -> None:
    values = "* ``name`` (string, required): The gadget's name.\n* ``size`` (integer): The gadget's size.\n"
    spec, result, _ = build_document(tmp_path, _post(values))
    assert _body(spec)["required"] == ["name"]
    assert _warnings(result) == []


def test_the_table_word_wins_over_the_response_examples(tmp_path: Path) -> None:
    """``colour`` is in no example but the table says required; ``size`` is in every example but the
    table says optional; ``name`` is said nothing of and every example gives it."""
    table = list_table(
        ("Field", "Data Type", "Required", "Description"),
        ("``name``", "string", "", "The gadget's name."),
        ("``size``", "integer", "No", "The gadget's size."),
        ("``colour``", "string", "Yes", "The gadget's colour."),
    )
    example = code_block('{\n  "name": "sprocket",\n  "size": 3\n}')
    rest = subsection("Response Values", table) + subsection("Example Response", example)
    spec, result, text = build_document(tmp_path, endpoint(rest=rest))
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    schema = spec["components"]["schemas"][media["schema"]["$ref"].rsplit("/", 1)[1]]
    assert schema["required"] == ["name", "colour"]
    assert schema[REQUIRED_FROM] == "table and examples"  # the examples decided name, the table the rest
    # the example contradicts the table (no colour): a finding at the example, which is left out
    [finding] = [d for d in result.diagnostics if d.level >= Level.WARNING]
    assert finding.code == "SPEC401" and "'colour' is a required property" in finding.message
    assert (
        finding.location is not None and finding.location.line == line_number(text, '"name": "sprocket"') - 1
    )


def test_a_required_cell_that_says_neither_is_reported_at_the_cell(tmp_path: Path) -> None:
    table = list_table(
        ("Field", "Data Type", "Required", "Description"),
        ("``name``", "string", "Yes", "The gadget's name."),
        ("``size``", "integer", "Only for large gadgets", "The gadget's size."),
    )
    spec, result, text = build_document(tmp_path, _post(table))
    assert _body(spec)["required"] == ["name"]
    found = [(d.code, d.location.line if d.location else 0) for d in result.diagnostics if d.code == "RST158"]
    assert found == [("RST158", line_number(text, "Only for large gadgets"))]


def test_a_response_table_whose_required_column_decides_every_field_says_so(tmp_path: Path) -> None:
    """Every row has a Required cell: the examples decided nothing, and the mark says the table did
    (it said "examples", sending an overlay author to the examples for a claim they did not make)."""
    table = list_table(
        ("Field", "Data Type", "Required", "Description"),
        ("``name``", "string", "Yes", "The gadget's name."),
        ("``size``", "integer", "No", "The gadget's size."),
    )
    example = code_block('{\n  "name": "sprocket",\n  "size": 3\n}')
    rest = subsection("Response Values", table) + subsection("Example Response", example)
    spec, _, _ = build_document(tmp_path, endpoint(rest=rest))
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    schema = spec["components"]["schemas"][media["schema"]["$ref"].rsplit("/", 1)[1]]
    assert schema["required"] == ["name"]
    assert schema[REQUIRED_FROM] == "table"


def test_a_response_table_without_a_required_word_is_required_from_examples(tmp_path: Path) -> None:
    table = list_table(
        ("Field", "Data Type", "Description"),
        ("``name``", "string", "The gadget's name."),
        ("``size``", "integer", "The gadget's size."),
    )
    example = code_block('{\n  "name": "sprocket"\n}')
    rest = subsection("Response Values", table) + subsection("Example Response", example)
    spec, _, _ = build_document(tmp_path, endpoint(rest=rest))
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    schema = spec["components"]["schemas"][media["schema"]["$ref"].rsplit("/", 1)[1]]
    assert schema["required"] == ["name"]
    assert schema[REQUIRED_FROM] == "examples"
