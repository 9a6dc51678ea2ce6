"""A decimal's listed values ("One of ``0.50``, ``1.00``") are kept whichever way the field is sent:
a string decimal's as the decimal text the description writes, a number's as numbers. A cell, read
as a number, is compared as a decimal (1.0 is the listed "1.00", and kept as listed); an example's
decimal text as written ("1.0" is not "1.00": the service sends the text with its places, and
JSON Schema's enum compares text), its finding saying so."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rstapi.openapi.sourcemap import split_sources
from tests.conftest import build_document, operation
from tests.rst_style import code_block, endpoint, field_table, line_number, list_table, subsection

PATH = "/gizmo/v1/gadgets"
LISTED = "The rate. One of ``0.50``, ``1.00``."


def _build(tmp_path: Path, table: str, example: dict[str, Any]) -> tuple[dict[str, Any], Any, str]:
    rest = subsection("Response Values", table) + subsection(
        "Example Response", code_block(json.dumps(example))
    )
    return build_document(tmp_path, endpoint(rest=rest))


def _rate(spec: dict[str, Any]) -> dict[str, Any]:
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    schemas = split_sources(spec)[0]["components"]["schemas"]
    found: dict[str, Any] = schemas[media["schema"]["$ref"].rsplit("/", 1)[1]]["properties"]["rate"]
    return found


def _codes(result: Any) -> list[tuple[str, int]]:
    return [(d.code, d.location.line) for d in result.diagnostics if d.code.startswith(("DOC", "RST16"))]


def test_a_string_decimal_keeps_its_listed_values_as_written(tmp_path: Path) -> None:
    spec, result, _ = _build(tmp_path, field_table(("rate", "decimal", LISTED)), {"rate": "0.50"})
    rate = _rate(spec)
    assert (rate["type"], rate["enum"]) == ("string", ["0.50", "1.00"])
    assert _codes(result) == []


def test_a_number_decimal_keeps_its_listed_values_as_numbers(tmp_path: Path) -> None:
    spec, result, _ = _build(tmp_path, field_table(("rate", "decimal", LISTED)), {"rate": 0.5})
    rate = _rate(spec)
    assert (rate["type"], rate["enum"]) == ("number", [0.5, 1.0])
    assert _codes(result) == []


def test_decimal_text_with_other_places_is_a_finding_that_says_so(tmp_path: Path) -> None:
    spec, result, text = _build(tmp_path, field_table(("rate", "decimal", LISTED)), {"rate": "1.0"})
    assert _rate(spec)["enum"] == ["0.50", "1.00"]
    [finding] = [d for d in result.diagnostics if d.code == "DOC203"]
    assert finding.location.line == line_number(text, "``rate``")
    assert "the listed '1.00' written with other places" in finding.message


def test_an_example_none_of_the_listed_decimals_is_a_finding_at_the_row(tmp_path: Path) -> None:
    spec, result, text = _build(tmp_path, field_table(("rate", "decimal", LISTED)), {"rate": "2.00"})
    assert _rate(spec)["enum"] == ["0.50", "1.00"]
    assert ("DOC203", line_number(text, "``rate``")) in _codes(result)


def test_an_example_cell_is_judged_as_a_decimal(tmp_path: Path) -> None:
    headers = ("Field", "Data Type", "Description", "Example")
    table = list_table(
        headers, ("``rate``", "decimal", LISTED, "1.0"), ("``fee``", "decimal", LISTED, "2.00")
    )
    spec, result, text = _build(tmp_path, table, {"rate": "0.50", "fee": "0.50"})
    assert _rate(spec)["examples"] == ["1.00"]
    assert _codes(result) == [("RST160", line_number(text, "2.00"))]
