"""A ``decimal`` field is what the service sends, as the document's examples show it: Django REST
framework sends "9.99" (a string) by default, so examples showing strings make it ``type: string,
format: decimal``; examples showing numbers ``type: number``; where the document leaves it open the
spec says a string and the row is reported (DOC221, DOC222)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rstapi.decimals import DECIMAL_PATTERN
from rstapi.openapi.sourcemap import split_sources
from tests.conftest import build_document, operation
from tests.rst_style import code_block, endpoint, field_table, line_number, list_table, subsection

PATH = "/gizmo/v1/gadgets"
AS_TEXT = {"type": "string", "format": "decimal", "pattern": DECIMAL_PATTERN}


def _build(tmp_path: Path, table: str, *examples: dict[str, Any]) -> tuple[dict[str, Any], Any, str]:
    rest = subsection("Response Values", table)
    for number, example in enumerate(examples, 1):
        title = "Example Response" if number == 1 else f"Example Response {number}"
        rest += subsection(title, code_block(json.dumps(example)))
    return build_document(tmp_path, endpoint(rest=rest))


def _schema(spec: dict[str, Any]) -> dict[str, Any]:
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    schemas = split_sources(spec)[0]["components"]["schemas"]
    found: dict[str, Any] = schemas[media["schema"]["$ref"].rsplit("/", 1)[1]]
    return found


def _codes(result: Any) -> list[tuple[str, int]]:
    return [(d.code, d.location.line) for d in result.diagnostics if d.code.startswith(("DOC", "SPEC"))]


def test_examples_showing_a_decimal_as_text_make_it_a_string_and_are_kept(tmp_path: Path) -> None:
    table = field_table(("price", "decimal", "The price."), ("rates", "array of decimals", "The rates."))
    spec, result, _ = _build(tmp_path, table, {"price": "9.99", "rates": ["1.50"]})
    properties = _schema(spec)["properties"]
    assert {key: properties["price"][key] for key in AS_TEXT} == AS_TEXT
    assert properties["rates"]["items"] == AS_TEXT
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    assert [e["value"]["price"] for e in media["examples"].values()] == ["9.99"]
    assert _codes(result) == []  # no DOC203, no SPEC401


def test_examples_showing_a_decimal_as_a_number_make_it_a_number(tmp_path: Path) -> None:
    table = field_table(("price", "decimal", "The price, at least 0."))
    spec, result, _ = _build(tmp_path, table, {"price": 9.99})
    assert _schema(spec)["properties"]["price"] == {
        "type": "number",
        "minimum": 0,
        "description": "The price, at least 0.",
    }
    assert _codes(result) == []


def test_a_decimal_no_example_shows_is_a_string_and_a_note_at_its_row(tmp_path: Path) -> None:
    table = field_table(("name", "string", "The name."), ("price", "decimal", "The price."))
    spec, result, text = _build(tmp_path, table, {"name": "sprocket"})
    assert {key: _schema(spec)["properties"]["price"][key] for key in AS_TEXT} == AS_TEXT
    row = line_number(text, "``price``")
    assert ("DOC221", row) in _codes(result)


def test_a_decimal_shown_both_ways_is_a_string_and_a_warning_naming_both_examples(tmp_path: Path) -> None:
    table = field_table(("price", "decimal", "The price."))
    spec, result, text = _build(tmp_path, table, {"price": "9.99"}, {"price": 4.5})
    assert _schema(spec)["properties"]["price"]["type"] == "string"
    [finding] = [d for d in result.diagnostics if d.code == "DOC222"]
    assert finding.location.line == line_number(text, "``price``")
    assert f"line {line_number(text, '9.99')}" in finding.message
    assert f"line {line_number(text, '4.5')}" in finding.message


def test_a_type_cell_that_says_how_is_not_decided_again(tmp_path: Path) -> None:
    table = field_table(("price", "string (decimal)", "The price."), ("tax", "number", "The tax."))
    spec, result, _ = _build(tmp_path, table, {"price": "9.99", "tax": 1.5})
    properties = _schema(spec)["properties"]
    assert properties["price"]["type"] == "string" and properties["price"]["format"] == "decimal"
    assert properties["tax"]["type"] == "number"
    assert _codes(result) == []


def test_an_example_column_follows_the_decision(tmp_path: Path) -> None:
    table = list_table(
        ("Field", "Data Type", "Description", "Example"), ("``price``", "decimal", "The price.", "9.99")
    )
    spec, _, _ = _build(tmp_path, table, {"price": "1.00"})
    assert _schema(spec)["properties"]["price"]["examples"] == ["9.99"]


def test_a_decimal_query_parameter_is_a_number(tmp_path: Path) -> None:
    table = field_table(("min_price", "decimal", "The least price."))
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Query Parameters", table)))
    [parameter] = operation(spec, "get", PATH)["parameters"]
    assert parameter["schema"] == {"type": "number"}
    assert _codes(result) == []
