"""A field table's Example column: a value the field refuses (its listed values, bounds, length,
pattern, a list's items) is RST160 at its cell and left out, as a Default cell's is; a parameters
table's example reaches the parameter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.openapi.sourcemap import split_sources
from tests.conftest import build_document, operation
from tests.rst_style import endpoint, line_number, list_table, subsection

PATH = "/gizmo/v1/gadgets"
HEADERS = ("Field", "Data Type", "Description", "Example")


def _findings(result: Any, code: str) -> list[tuple[int, str]]:
    return [(d.location.line, d.message) for d in result.diagnostics if d.code == code]


def _property(spec: dict[str, Any], name: str) -> dict[str, Any]:
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    schemas = split_sources(spec)[0]["components"]["schemas"]
    found: dict[str, Any] = schemas[media["schema"]["$ref"].rsplit("/", 1)[1]]["properties"][name]
    return found


@pytest.mark.parametrize(
    ("row", "why"),
    [
        (("``size``", "integer", "The size; at most 10.", "500"), "its maximum is 10"),
        (("``kind``", "string", "One of ``tall``, ``short``.", "wide"), "its values are tall, short"),
        (("``code``", "string", "At most 3 characters.", "abcdef"), "its length is at most 3"),
        (("``iso``", "string", "Must match the regular expression ``^[A-Z]{2}$``.", "abc"), "^[A-Z]{2}$"),
        (
            ("``tags``", "array of strings", "Possible values are ``red``, ``blue``.", '["red", "pink"]'),
            "pink",
        ),
        (("``ids``", "array of integers", "The ids.", '[1, "two"]'), "two"),
        (("``made``", "date", "When it was made.", "2024-13-45"), "it is no date value"),
        (("``key``", "uuid", "Its key.", "not-a-uuid"), "it is no uuid value"),
    ],
    ids=["maximum", "values", "length", "pattern", "item-values", "item-type", "date", "uuid"],
)
def test_an_example_cell_the_field_refuses_is_rst160_at_the_cell_and_left_out(
    tmp_path: Path, row: tuple[str, ...], why: str
) -> None:
    table = list_table(HEADERS, row)
    spec, result, text = build_document(tmp_path, endpoint(rest=subsection("Response Values", table)))
    assert "examples" not in _property(spec, row[0].strip("`"))
    [(line, message)] = _findings(result, "RST160")
    assert line == line_number(text, f"- {row[3]}") and why in message


def test_an_example_cell_the_field_allows_is_kept(tmp_path: Path) -> None:
    table = list_table(HEADERS, ("``size``", "integer", "The size; at most 10.", "7"))
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Response Values", table)))
    assert _property(spec, "size")["examples"] == [7]
    assert not _findings(result, "RST160")


@pytest.mark.parametrize("title", ["Query Parameters", "Request Values"])
def test_a_parameters_tables_example_is_the_parameters_example(tmp_path: Path, title: str) -> None:
    table = list_table(
        ("Parameter", "Data Type", "Description", "Example"),
        ("``page_size``", "integer", "Gadgets per page, at most 100.", "25"),
        ("``ordering``", "string", "One of ``asc``, ``desc``.", "sideways"),
    )
    spec, result, text = build_document(tmp_path, endpoint(rest=subsection(title, table)))
    size, ordering = operation(spec, "get", PATH)["parameters"]
    assert size["example"] == 25
    assert "example" not in ordering
    assert [line for line, _ in _findings(result, "RST160")] == [line_number(text, "- sideways")]


def test_a_path_parameters_tables_example_is_the_parameters_example(tmp_path: Path) -> None:
    table = list_table(
        ("Parameter", "Data Type", "Description", "Example"), ("``id``", "integer", "The id.", "42")
    )
    path = PATH + "/{id}"
    spec, _, _ = build_document(tmp_path, endpoint(path=path, rest=subsection("Path Parameters", table)))
    [parameter] = operation(spec, "get", path)["parameters"]
    assert parameter["example"] == 42
