"""A parameter's example (its ``example``, its ``examples`` map) and a response header's is checked
against the parameter's own schema, formats included, as a media type's examples are: one it
refuses is SPEC401 at the example's line, naming the line that documents the parameter, and is
left out of the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.diagnostics import Diagnostic
from rstapi.openapi.validate import drop_examples, example_errors
from tests.conftest import build_rst
from tests.httpdomain_style import built, resource
from tests.rst_helpers import document, endpoint, line_of
from tests.rst_style import field_table, subsection

BASE = "https://api.example.com/api/v1/widgets"
ROWS = [
    ("limit", "integer", "The page size, at most 50."),
    ("sort", "string", "One of ``name`` or ``size``."),
]
PATH = subsection("Path Parameters", field_table(("widget_id", "uuid", "The widget's id.")))


def _house(tmp_path: Path, url: str) -> tuple[dict[str, Any], list[Diagnostic], str]:
    text = document(
        endpoint(path="/api/v1/widgets/{widget_id}/", curls=[f"curl {url}"], parameters=ROWS, extra=PATH)
    )
    result = build_rst(tmp_path, text)
    assert result.spec is not None
    return result.spec, result.diagnostics, text


def _parameters(spec: dict[str, Any], path: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in spec["paths"][path]["get"].get("parameters", [])}


def _spec401(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.code == "SPEC401"]


def test_house_curl_query_values_their_fields_refuse_are_spec401_and_no_example(tmp_path: Path) -> None:
    spec, diagnostics, text = _house(
        tmp_path, f"{BASE}/0b5e8f3e-6a54-4a57-9d4c-2f5b3c1d9e10/?limit=100&sort=date"
    )
    parameters = _parameters(spec, "/api/v1/widgets/{widget_id}/")
    assert "example" not in parameters["limit"] and "example" not in parameters["sort"]
    assert parameters["widget_id"]["example"] == "0b5e8f3e-6a54-4a57-9d4c-2f5b3c1d9e10"
    found = _spec401(diagnostics)
    assert [d.message for d in found] == [
        f"query parameter 'limit' (documented at ref.rst:{line_of(text, '``limit``')}) has the example 100, "
        "which its schema refuses: 100 is greater than the maximum of 50; the example is left out of the spec",
        f"query parameter 'sort' (documented at ref.rst:{line_of(text, '``sort``')}) has the example \"date\", "
        "which its schema refuses: 'date' is not one of ['name', 'size']; the example is left out of the spec",
    ]
    assert {d.location and d.location.line for d in found} == {line_of(text, "?limit=100")}
    assert [d.pointer for d in found] == [
        "/paths/~1api~1v1~1widgets~1{widget_id}~1/get/parameters/1/example",
        "/paths/~1api~1v1~1widgets~1{widget_id}~1/get/parameters/2/example",
    ]


def test_house_curl_path_value_its_format_refuses_is_spec401_and_no_example(tmp_path: Path) -> None:
    spec, diagnostics, text = _house(tmp_path, f"{BASE}/not-a-uuid/?limit=20&sort=name")
    parameters = _parameters(spec, "/api/v1/widgets/{widget_id}/")
    assert "example" not in parameters["widget_id"]
    assert (parameters["limit"]["example"], parameters["sort"]["example"]) == (20, "name")
    [finding] = _spec401(diagnostics)
    assert finding.message.startswith("path parameter 'widget_id' (documented at ref.rst:")
    assert (
        "has the example \"not-a-uuid\", which its schema refuses: 'not-a-uuid' is not a 'uuid'"
        in finding.message
    )
    assert (finding.location and finding.location.line) == line_of(text, "/not-a-uuid/")


def test_httpdomain_query_value_its_format_refuses_is_spec401_at_the_request_line(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/things",
        "**Example request**:",
        "",
        ".. sourcecode:: http",
        "",
        "   GET /things?since=yesterday&until=2024-05-01 HTTP/1.1",
        "   Host: example.com",
        "",
        ":query date since: Things changed since this date.",
        ":query date until: Things changed before this date.",
        ":statuscode 200: The things.",
    )
    spec, result = built(tmp_path, text)
    parameters = _parameters(spec, "/things")
    assert "example" not in parameters["since"]
    assert parameters["until"]["example"] == "2024-05-01"
    [finding] = _spec401(result.diagnostics)
    assert finding.message == (
        f"query parameter 'since' (documented at ref.rst:{line_of(text, ':query date since:')}) has the "
        "example \"yesterday\", which its schema refuses: 'yesterday' is not a 'date'; the example is "
        "left out of the spec"
    )
    assert (finding.location and finding.location.line) == line_of(text, "GET /things?since=")


def _spec(parameter: dict[str, Any], header: dict[str, Any]) -> dict[str, Any]:
    response = {"description": "OK", "headers": {"X-Rate-Limit": header}}
    operation = {"parameters": [parameter], "responses": {"200": response}}
    return {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": operation}}}


def test_examples_maps_and_response_headers_are_checked_and_emptied_maps_removed() -> None:
    parameter = {
        "name": "page",
        "in": "query",
        "schema": {"type": "integer", "minimum": 1},
        "examples": {"zero": {"value": 0, "x-rst-source": "ref.rst:9"}, "two": {"value": 2}},
        "x-rst-source": "ref.rst:4",
    }
    header = {"schema": {"type": "integer"}, "example": "many", "x-rst-source": "ref.rst:6"}
    spec = _spec(parameter, header)
    found = example_errors(spec)
    assert [(d.code, d.pointer, d.location and d.location.line) for d in found] == [
        ("SPEC401", "/paths/~1a/get/parameters/0/examples/zero", 9),
        ("SPEC401", "/paths/~1a/get/responses/200/headers/X-Rate-Limit/example", 6),
    ]
    assert found[1].message.startswith("header 'X-Rate-Limit' of the 200 response (documented at ref.rst:6)")
    kept = drop_examples(spec, [str(d.pointer) for d in found])
    operation = kept["paths"]["/a"]["get"]
    assert operation["parameters"][0]["examples"] == {"two": {"value": 2}}
    assert "example" not in operation["responses"]["200"]["headers"]["X-Rate-Limit"]
    assert spec["paths"]["/a"]["get"]["parameters"][0]["examples"]["zero"]["value"] == 0  # not changed
    emptied = drop_examples(
        spec, ["/paths/~1a/get/parameters/0/examples/zero", "/paths/~1a/get/parameters/0/examples/two"]
    )
    assert "examples" not in emptied["paths"]["/a"]["get"]["parameters"][0]


def test_examples_a_parameter_schema_allows_give_no_finding() -> None:
    parameter = {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
    parameter["example"] = "0b5e8f3e-6a54-4a57-9d4c-2f5b3c1d9e10"
    spec = _spec(parameter, {"schema": {"type": "integer"}, "example": 3})
    spec["paths"]["/{id}"] = spec["paths"].pop("/a")
    assert example_errors(spec) == []
