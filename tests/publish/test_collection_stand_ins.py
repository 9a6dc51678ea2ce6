"""A reference without examples still gives a collection whose every request the mock answers with
the documented success: a value a path, query or header parameter lacks, and a body without an
example, is a stand-in its schema allows (a UUID for a UUID, every required field of a body), said
to be one in its description, not a placeholder the mock refuses (the parameter's name for a
UUID: 404; `{}` for a body with required fields, an empty form: 400)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from rstapi.mock import make_app
from rstapi.publish.postman import collection_from_spec, dump_collection
from tests.publish.conftest import node_tool, served

UUID = {"type": "string", "format": "uuid"}
ORDER = {
    "type": "object",
    "properties": {
        "quantity": {"type": "integer", "minimum": 1},
        "email": {"type": "string", "format": "email"},
        "colour": {"type": "string", "enum": ["red", "blue"]},
    },
    "required": ["quantity", "email"],
}
NOTE = {"type": "object", "properties": {"caption": {"type": "string", "minLength": 3}}}


def _spec() -> dict[str, Any]:
    gadget = {"name": "gadget_uuid", "in": "path", "required": True, "schema": UUID}
    size = {"name": "size", "in": "query", "required": True, "schema": {"type": "integer", "minimum": 2}}
    tenant = {
        "name": "X-Tenant",
        "in": "header",
        "required": True,
        "schema": {"type": "string", "pattern": "^t-[0-9]+$"},
    }
    created = {"description": "Created", "content": {"application/json": {"schema": {"type": "object"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Gadgets", "version": "1"},
        "paths": {
            "/gadgets/{gadget_uuid}": {
                "get": {
                    "operationId": "get_gadget",
                    "summary": "One gadget",
                    "parameters": [gadget, size, tenant],
                    "responses": {"200": {"description": "The gadget"}, "404": {"description": "None such"}},
                }
            },
            "/gadgets/{gadget_uuid}/orders": {
                "post": {
                    "operationId": "order_gadget",
                    "summary": "Order a gadget",
                    "parameters": [gadget],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": ORDER}}},
                    "responses": {"201": created, "400": {"description": "Not valid"}},
                }
            },
            "/gadgets/{gadget_uuid}/notes": {
                "post": {
                    "operationId": "note_gadget",
                    "summary": "Note a gadget",
                    "parameters": [gadget],
                    "requestBody": {
                        "required": True,
                        "content": {"application/x-www-form-urlencoded": {"schema": NOTE}},
                    },
                    "responses": {"201": {"description": "Noted"}, "400": {"description": "Not valid"}},
                }
            },
        },
    }


def _items(collection: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["name"]: item for folder in collection["item"] for item in folder.get("item", [folder])}


def test_a_stand_in_is_a_value_the_schema_allows_and_says_it_is_one() -> None:
    items = _items(collection_from_spec(_spec()))
    get = items["One gadget"]["request"]
    (variable,) = get["url"]["variable"]
    assert variable["value"] == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert "replace this stand-in" in variable["description"]
    assert [(q["key"], q["value"]) for q in get["url"]["query"]] == [("size", "2")]
    assert {h["key"]: h["value"] for h in get["header"]}["X-Tenant"].startswith("t-")
    order = items["Order a gadget"]["request"]
    assert json.loads(order["body"]["raw"]) == {
        "quantity": 1,
        "email": "learner@example.com",
        "colour": "red",
    }
    assert "the body is a stand-in its schema allows" in order["description"]
    note = items["Note a gadget"]["request"]
    assert note["body"]["urlencoded"] == [{"key": "caption", "value": "string", "type": "text"}]


@pytest.mark.newman
def test_newman_runs_every_stand_in_request_against_the_mock(tmp_path: Path) -> None:
    spec = _spec()
    collection = tmp_path / "collection.json"
    collection.write_text(dump_collection(collection_from_spec(spec)), encoding="utf-8")
    report = tmp_path / "newman.json"
    with served(make_app(spec)) as url:
        command = [str(node_tool(".bin", "newman")), "run", str(collection), "--env-var", f"baseUrl={url}"]
        command += ["--reporters", "json", "--reporter-json-export", str(report)]
        run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    failures = json.loads(report.read_text(encoding="utf-8"))["run"]["failures"]
    assert [(f["source"]["name"], f["error"]["message"]) for f in failures] == [], run.stdout[-3000:]
    assert run.returncode == 0, run.stderr[-2000:]
