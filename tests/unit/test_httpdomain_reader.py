"""The httpdomain reader: each construct of tests/fixtures/httpdomain/constructs.rst as the spec shows it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import BuildResult, build

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "httpdomain"
WIDGET = {"$ref": "#/components/schemas/ListWidgetsResponse"}


@pytest.fixture(scope="module")
def constructs() -> BuildResult:
    return build(Config(sources=(FIXTURES / "constructs.rst",), overlay=None, root=FIXTURES))


@pytest.fixture(scope="module")
def spec(constructs: BuildResult) -> dict[str, Any]:
    assert constructs.spec is not None
    return split_sources(constructs.spec)[0]  # the spec as written: its places are in the source map


def _op(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method]
    return found


def _params(operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(p["in"], p["name"]): p for p in operation.get("parameters", [])}


def _schema(spec: dict[str, Any], ref: dict[str, str]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return found


def test_first_paragraph_and_synopsis(spec: dict[str, Any]) -> None:
    listing = _op(spec, "get", "/widgets/")
    assert (listing["summary"], listing["description"]) == ("List widgets", "Every widget, newest first.")
    removal = _op(spec, "delete", "/widgets/{widget_id}")  # no synopsis: the first sentence
    assert removal["summary"] == "Removes a widget"


def test_typed_query_parameters_take_their_example_values(spec: dict[str, Any]) -> None:
    params = _params(_op(spec, "get", "/widgets/"))
    assert params[("query", "limit")]["schema"] == {"type": "integer"}
    assert params[("query", "limit")]["example"] == 2  # GET /widgets/?limit=2 in the example request
    assert params[("query", "state")]["schema"] == {}  # no type written: any
    assert params[("query", "state")]["example"] == "active"


def test_response_array_of_objects_with_dotted_nested_fields(spec: dict[str, Any]) -> None:
    response = _op(spec, "get", "/widgets/")["responses"]["200"]
    media = response["content"]["application/json"]
    assert media["schema"] == {"type": "array", "items": WIDGET}
    item = _schema(spec, WIDGET)
    assert set(item["properties"]) == {"id", "name", "owner"}
    owner = _schema(spec, item["properties"]["owner"]["allOf"][0])
    assert owner["properties"]["login"]["type"] == "string"
    assert media["examples"]["response_200_1"]["value"][1]["owner"] == {"login": "bob"}
    assert response["headers"]["Link"]["description"] == "the next page, when there is one"


def test_request_json_fields_required_word_and_response_headers(spec: dict[str, Any]) -> None:
    operation = _op(spec, "post", "/widgets/")
    body = operation["requestBody"]["content"]["application/json"]
    request = _schema(spec, body["schema"])
    assert request["required"] == ["name"]
    assert request["properties"]["tags"]["type"] == "array"
    assert body["examples"]["request_1"]["value"] == {
        "name": "gamma",
        "tags": ["x", "y"],
    }  # after **Request:**
    created = operation["responses"]["201"]  # the body fields go to the documented 2xx
    assert created["content"]["application/json"]["examples"]["response_201_1"]["value"]["id"] == 3
    assert created["headers"]["Location"]["description"] == "the new widget's URL"
    assert operation["responses"]["400"] == {"description": "the body is not a widget"}


def test_converters_braces_array_body_and_deprecated(spec: dict[str, Any]) -> None:
    operation = _op(spec, "put", "/widgets/{widget_key}/labels/{label}")
    assert operation["deprecated"] is True
    params = _params(operation)
    assert params[("path", "widget_key")]["schema"] == {"type": "string", "format": "uuid"}
    assert params[("path", "label")]["description"] == "the label to replace"
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body["type"] == "array"
    assert set(_schema(spec, body["items"])["properties"]) == {"name", "weight"}
    assert operation["responses"] == {"204": {"description": "replaced"}}


def test_form_parameters_are_a_form_body(spec: dict[str, Any]) -> None:
    body = _op(spec, "patch", "/widgets/{widget_id}")["requestBody"]["content"]
    form = body["application/x-www-form-urlencoded"]
    assert set(_schema(spec, form["schema"])["properties"]) == {"name", "colour", "size", "note"}
    assert form["examples"]["request_1"]["value"] == {"name": "delta", "colour": "red"}


def test_every_method_directive(spec: dict[str, Any]) -> None:
    assert set(spec["paths"]["/widgets/{widget_id}"]) == {"patch", "delete", "head"}
    assert set(spec["paths"]["/widgets/"]) == {"get", "post", "options"}
    assert (
        _op(spec, "options", "/widgets/")["responses"]["200"]["headers"]["Allow"]["description"]
        == "the methods"
    )
    assert _op(spec, "trace", "/echo")["responses"]["200"]["description"] == "the request as received"


def test_type_fields_and_path_converter(spec: dict[str, Any], constructs: BuildResult) -> None:
    params = _params(_op(spec, "get", "/reports/{report_path}"))
    assert params[("path", "report_path")]["description"] == "where the report is stored"
    assert params[("query", "limit")]["schema"] == {"type": "integer"}  # from :querytype limit: int
    stray = [d for d in constructs.diagnostics if d.code == "RST161"]
    assert [(d.location.line if d.location else 0) for d in stray] == [134]  # :argument format:


def test_tabs_curl_and_http_tab_are_request_examples(spec: dict[str, Any]) -> None:
    operation = _op(spec, "post", "/orders/")
    examples = operation["requestBody"]["content"]["application/json"]["examples"]
    assert {name: e["value"] for name, e in examples.items()} == {
        "request_1": {"widget": 1, "count": 2},
        "curl_1": {"widget": 1, "count": 2},
    }
    assert spec["servers"] == [{"url": "https://registry.example.org"}]  # from the curl tab
    # :requestheader Authorization: is the operation's security requirement (OpenAPI ignores an
    # Authorization header parameter); "a token" names no scheme word: Bearer
    assert ("header", "Authorization") not in _params(operation)
    assert operation["security"] == [{"Bearer": []}]
    assert spec["components"]["securitySchemes"]["Bearer"]["description"] == "a token"
    assert set(
        _schema(spec, operation["responses"]["201"]["content"]["application/json"]["schema"])["properties"]
    ) == {
        "id",
        "widget",
        "count",
    }


def test_http_example_directive_and_noindex_repeat(spec: dict[str, Any], constructs: BuildResult) -> None:
    operation = _op(spec, "get", "/orders/{order_id}")
    example = operation["responses"]["200"]["content"]["application/json"]["examples"]["response_200_1"]
    assert example["value"] == {"id": 5, "widget": 1, "count": 2}
    notes = [d for d in constructs.diagnostics if d.code == "RST164"]
    assert [(d.level.name, d.location.line if d.location else 0) for d in notes] == [("INFO", 207)]
    assert not [d for d in constructs.diagnostics if d.code == "RST116"]


def test_references_render_and_resolve(constructs: BuildResult) -> None:
    assert constructs.api is not None
    refs = {(r.method, r.target): r.resolved for r in constructs.api.refs if r.method}
    assert refs == {("GET", "/orders/{order_id}"): True, ("POST", "/orders/"): True}
    assert not [d for d in constructs.diagnostics if d.code in {"DOC216", "RST102", "RST103"}]


def test_every_operation_parameter_field_and_example_has_a_source_line(
    spec: dict[str, Any], constructs: BuildResult
) -> None:
    assert constructs.spec is not None
    _, places = split_sources(constructs.spec)
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method
            assert places[pointer].startswith("constructs.rst:")
            for index in range(len(operation.get("parameters", []))):
                assert f"{pointer}/parameters/{index}" in places
    for name, schema in spec["components"]["schemas"].items():
        for prop in schema["properties"]:
            assert f"/components/schemas/{name}/properties/{prop}" in places
    assert sum(1 for pointer in places if "/examples/" in pointer) == 8  # 7 example bodies, 1 curl -d body


def test_coverage_counts_directives_entries_and_example_bodies(constructs: BuildResult) -> None:
    # 11 directives (the :noindex: repeat is not counted) and 51 field entries; one entry is lost
    # (:argument format: names no path parameter, RST161). 7 example blocks show a body.
    assert str(constructs.coverage) == "table rows 61/62, examples 7/7"
