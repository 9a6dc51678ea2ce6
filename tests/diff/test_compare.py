"""The classification on two small specs: each change class, breaking or not, and renames as renames."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from rstapi.diff import Side, compare

PATH = "/gizmo/v1/gadgets/{gadget_id}"


def _spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Gizmo", "version": "1"},
        "security": [{"JWT": []}],
        "paths": {
            PATH: {
                "get": {
                    "operationId": "get_gadgets",
                    "parameters": [
                        {"name": "gadget_id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {
                            "name": "view",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["short", "full"]},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}
                            },
                        },
                        "404": {"description": "Not found"},
                    },
                },
                "put": {
                    "operationId": "update_gadgets",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "name": {"type": "string"},
                                        "size": {"type": "integer"},
                                        "count": {"type": "integer", "maximum": 10},
                                    },
                                }
                            }
                        },
                    },
                    "responses": {"200": {"description": "OK"}},
                },
            }
        },
        "components": {
            "securitySchemes": {"JWT": {"type": "apiKey", "in": "header", "name": "Authorization"}},
            "schemas": {
                "Gadget": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "code": {"type": "string", "maxLength": 8},
                        "serial": {"type": "string", "pattern": "^[A-Z0-9]+$"},
                        "colour": {"type": "string", "enum": ["red", "blue"]},
                        "parts": {
                            "type": "array",
                            "items": {"type": "object", "properties": {"id": {"type": "integer"}}},
                        },
                    },
                }
            },
        },
    }


def _changes(edit: Callable[[dict[str, Any]], None]) -> list[tuple[str, str, str, bool]]:
    old = _spec()
    new = copy.deepcopy(old)
    edit(new)
    return [(c.kind, c.operation, c.subject, c.breaking) for c in compare(Side("old", old), Side("new", new))]


def _get(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][PATH]["get"]
    return found


def _put_body(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][PATH]["put"]["requestBody"]["content"]["application/json"]["schema"]
    return found


def _gadget(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]["Gadget"]["properties"]
    return found


def _rename(spec: dict[str, Any], new_path: str) -> None:
    spec["paths"][new_path] = spec["paths"].pop(PATH)
    for operation in spec["paths"][new_path].values():
        for parameter in operation.get("parameters", []):
            if parameter["in"] == "path":
                parameter["name"] = new_path.rsplit("{", 1)[1].rstrip("}")


GET = f"GET {PATH}"
PUT = f"PUT {PATH}"


# Each edit of the spec above, and the changes it must give (kind, operation, subject, breaking).
CASES = [
    pytest.param(
        lambda s: _rename(s, "/gizmo/v2/gadgets/{gadget_id}"),
        [
            ("path-renamed", "GET /gizmo/v2/gadgets/{gadget_id}", "path", True),
            ("path-renamed", "PUT /gizmo/v2/gadgets/{gadget_id}", "path", True),
        ],
        id="version-segment",
    ),
    pytest.param(
        lambda s: _rename(s, "/gizmo/v1/gadgets/{uuid}"),
        [
            ("path-parameter-renamed", "GET /gizmo/v1/gadgets/{uuid}", "path", False),
            ("path-parameter-renamed", "PUT /gizmo/v1/gadgets/{uuid}", "path", False),
        ],
        id="parameter-name",
    ),
    pytest.param(
        lambda s: s["paths"][PATH].__setitem__("patch", s["paths"][PATH].pop("put")),
        [("method-changed", f"PATCH {PATH}", "method", True)],
        id="method",
    ),
    pytest.param(
        lambda s: _get(s)["parameters"].append({"name": "lang", "in": "query", "schema": {"type": "string"}}),
        [("parameter-added", GET, "query parameter `lang`", False)],
        id="optional-parameter-added",
    ),
    pytest.param(
        lambda s: _get(s)["parameters"].append(
            {"name": "lang", "in": "header", "required": True, "schema": {"type": "string"}}
        ),
        [("required-parameter-added", GET, "header parameter `lang`", True)],
        id="required-parameter-added",
    ),
    pytest.param(
        lambda s: _get(s)["parameters"].pop(),
        [("parameter-removed", GET, "query parameter `view`", True)],
        id="parameter-removed",
    ),
    pytest.param(
        lambda s: _get(s)["parameters"][1].__setitem__("in", "header"),
        [("parameter-moved", GET, "query parameter `view`", True)],
        id="parameter-moved",
    ),
    pytest.param(
        lambda s: _get(s)["parameters"][1]["schema"]["enum"].remove("full"),
        [("request-enum-value-removed", GET, "query parameter `view`", True)],
        id="parameter-enum-value-removed",
    ),
    pytest.param(
        lambda s: _put_body(s)["properties"].__setitem__("tags", {"type": "array"}),
        [("request-field-added", PUT, "request field `tags`", False)],
        id="request-field-added",
    ),
    pytest.param(
        lambda s: _put_body(s).__setitem__("required", ["name"]),
        [("request-field-now-required", PUT, "request field `name`", True)],
        id="request-field-now-required",
    ),
    pytest.param(
        lambda s: _put_body(s)["properties"].pop("size"),
        [("request-field-removed", PUT, "request field `size`", True)],
        id="request-field-removed",
    ),
    pytest.param(
        lambda s: _gadget(s).__setitem__("weight", {"type": "number"}),
        [("response-field-added", GET, "response field `weight`", False)],
        id="response-field-added",
    ),
    pytest.param(
        lambda s: _gadget(s)["name"].__setitem__("type", ["string", "null"]),
        [("response-now-nullable", GET, "response field `name`", True)],
        id="response-now-nullable",
    ),
    pytest.param(
        lambda s: _gadget(s)["parts"]["items"]["properties"]["id"].__setitem__("type", "string"),
        [("response-type-changed", GET, "response field `parts[].id`", True)],
        id="nested-response-type",
    ),
    pytest.param(
        lambda s: _gadget(s)["colour"]["enum"].append("green"),
        [("response-enum-value-added", GET, "response field `colour`", True)],
        id="response-enum-value-added",
    ),
    pytest.param(
        lambda s: _put_body(s)["properties"]["name"].__setitem__("maxLength", 40),
        [("request-values-narrowed", PUT, "request field `name`", True)],
        id="request-bound-added",
    ),
    pytest.param(
        lambda s: _put_body(s)["properties"]["size"].update(minimum=1),
        [("request-values-narrowed", PUT, "request field `size`", True)],
        id="request-minimum-added",
    ),
    pytest.param(
        lambda s: _gadget(s)["parts"].__setitem__("maxItems", 5),
        [("response-values-narrowed", GET, "response field `parts`", False)],
        id="response-bound-added",
    ),
    pytest.param(
        lambda s: _get(s)["parameters"][0]["schema"].__setitem__("maxLength", 36),
        [("request-values-narrowed", GET, "path parameter `gadget_id`", True)],
        id="parameter-bound-added",
    ),
    pytest.param(
        lambda s: _put_body(s)["properties"]["count"].__setitem__("maximum", 20),
        [("request-values-widened", PUT, "request field `count`", False)],
        id="request-bound-widened",
    ),
    pytest.param(
        lambda s: _gadget(s)["code"].__setitem__("maxLength", 16),
        [("response-values-widened", GET, "response field `code`", True)],
        id="response-bound-widened",
    ),
    pytest.param(
        lambda s: _gadget(s)["code"].pop("maxLength"),
        [("response-values-widened", GET, "response field `code`", True)],
        id="response-bound-removed",
    ),
    pytest.param(
        lambda s: _put_body(s)["properties"]["name"].__setitem__("pattern", "^[a-z]+$"),
        [("request-values-narrowed", PUT, "request field `name`", True)],
        id="request-pattern-added",
    ),
    pytest.param(
        lambda s: _gadget(s)["code"].__setitem__("pattern", "^[A-Z]{2}$"),
        [("response-values-narrowed", GET, "response field `code`", False)],
        id="response-pattern-added",
    ),
    pytest.param(
        lambda s: _gadget(s)["serial"].__setitem__("pattern", "^[0-9]+$"),
        [("response-values-widened", GET, "response field `serial`", True)],
        id="response-pattern-replaced",
    ),
    pytest.param(
        lambda s: _gadget(s)["serial"].pop("pattern"),
        [("response-values-widened", GET, "response field `serial`", True)],
        id="response-pattern-removed",
    ),
    pytest.param(
        lambda s: _get(s)["responses"].pop("404"),
        [("status-removed", GET, "status 404", True)],
        id="status-removed",
    ),
    pytest.param(
        lambda s: _get(s)["responses"].__setitem__("410", {"description": "Gone"}),
        [("status-added", GET, "status 410", False)],
        id="status-added",
    ),
    pytest.param(
        lambda s: _get(s).__setitem__("security", [{"OAuth": []}]),
        [("security-changed", GET, "security", True)],
        id="security-changed",
    ),
    pytest.param(
        lambda s: _get(s).__setitem__("security", [{"JWT": []}, {}]),
        [("security-relaxed", GET, "security", False)],
        id="security-relaxed",
    ),
    pytest.param(
        lambda s: _get(s).__setitem__("description", "Reads one gadget."),
        [("description-changed", GET, "description", False)],
        id="metadata",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), CASES)
def test_each_change_class(edit: Callable[[dict[str, Any]], None], expected: list[Any]) -> None:
    assert _changes(edit) == expected


def test_identical_specs_have_no_changes() -> None:
    assert _changes(lambda s: None) == []


def test_a_shared_component_reports_its_source_line() -> None:
    old = _spec()
    new = copy.deepcopy(old)
    _gadget(new).pop("name")
    sources = {
        "/components/schemas/Gadget/properties/name": "g.rst:40",
        "/components/schemas/Gadget": "g.rst:30",
    }
    (change,) = compare(Side("old", old, sources), Side("new", new, {}))
    assert (change.old_source, change.new_source) == ("g.rst:40", None)
    assert change.old_pointer == "/components/schemas/Gadget/properties/name"


def test_a_field_that_changes_type_is_one_change_not_one_per_nested_field() -> None:
    def to_string(spec: dict[str, Any]) -> None:
        _gadget(spec)["parts"]["items"] = {"type": "string"}  # the items were objects with an `id`

    assert _changes(to_string) == [("response-type-changed", GET, "response field `parts[]`", True)]
