"""The collection built from a small inline spec: what a Postman user sees on import."""

from __future__ import annotations

import json
from typing import Any

from rstapi.publish import collection_from_spec
from rstapi.publish.postman import SCHEMA_URL

TOKEN_FORM = {
    "grant_type": "client_credentials",
    "client_id": "demo",
    "client_secret": "s3",
    "token_type": "jwt",
}


def small_spec() -> dict[str, Any]:
    item = {"type": "object", "properties": {"id": {"type": "string", "x-rst-source": "r.rst:3"}}}
    listed = {
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/Item"},
                "examples": {"one": {"summary": "One item", "value": {"id": "a1"}}},
            }
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shop", "version": "2"},
        "servers": [{"url": "https://{host}/api/", "variables": {"host": {"default": "shop.example"}}}],
        "security": [{"JWT": []}],
        "tags": [{"name": "items", "description": "Things"}, {"name": "auth"}],
        "paths": {
            "/items/{item_id}": {
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                        "example": "a1",
                    }
                ],
                "get": {
                    "operationId": "get_item",
                    "tags": ["items"],
                    "parameters": [
                        {"name": "expand", "in": "query", "schema": {"type": "boolean"}, "example": True},
                        {"name": "sort", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {"200": {"description": "ok", **listed}, "404": {"description": "none"}},
                },
                "put": {
                    "operationId": "put_item",
                    "tags": ["items"],
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"type": "object"}, "example": {"id": "a1"}}
                        }
                    },
                    "responses": {"204": {"description": "stored"}},
                },
            },
            "/token": {
                "post": {
                    "operationId": "get_token",
                    "tags": ["auth"],
                    "security": [],
                    "x-rstapi-token-endpoint": True,
                    "requestBody": {
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {"type": "object"},
                                "example": TOKEN_FORM,
                            }
                        }
                    },
                    "responses": {"200": {"description": "token"}},
                }
            },
        },
        "components": {
            "schemas": {"Item": item},
            "securitySchemes": {
                "JWT": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization",
                    "x-rstapi-auth-prefix": "JWT",
                }
            },
        },
    }


def requests_by_name(collection: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["name"]: item for folder in collection["item"] for item in folder["item"]}


def test_info_variables_and_auth() -> None:
    collection = collection_from_spec(small_spec())
    assert collection["info"]["schema"] == SCHEMA_URL
    assert collection["info"]["name"] == "Shop"
    variables = {v["key"]: v["value"] for v in collection["variable"]}
    assert variables == {
        "baseUrl": "https://shop.example/api",
        "client_id": "",
        "client_secret": "",
        "access_token": "",
        "access_token_expiry": "0",
    }
    assert {"key": "value", "value": "JWT {{access_token}}", "type": "string"} in collection["auth"]["apikey"]


def test_auth_header_uses_the_spec_prefix_of_an_http_bearer_scheme() -> None:
    spec = small_spec()
    spec["components"]["securitySchemes"]["JWT"] = {"type": "http", "scheme": "bearer"}
    header = {"key": "value", "value": "Bearer {{access_token}}", "type": "string"}
    assert header in collection_from_spec(spec)["auth"]["apikey"]


def test_base_url_flag_overrides_the_server() -> None:
    collection = collection_from_spec(small_spec(), base_url="http://127.0.0.1:4010")
    assert collection["variable"][0] == {
        **collection["variable"][0],
        "key": "baseUrl",
        "value": "http://127.0.0.1:4010",
    }


def test_folders_follow_the_tags_and_each_operation_is_one_request() -> None:
    collection = collection_from_spec(small_spec())
    assert [(f["name"], [i["name"] for i in f["item"]]) for f in collection["item"]] == [
        ("items", ["get_item", "put_item"]),
        ("auth", ["get_token"]),
    ]
    assert collection["item"][0]["description"] == "Things"


def test_requests_are_named_by_their_summary_in_their_tags_folder() -> None:
    spec = small_spec()
    spec["paths"]["/items/{item_id}"]["get"]["summary"] = "Get an item"
    collection = collection_from_spec(spec)
    assert [(f["name"], [i["name"] for i in f["item"]]) for f in collection["item"]] == [
        ("items", ["Get an item", "put_item"]),
        ("auth", ["get_token"]),
    ]
    # the id stays derived from the operationId, so renaming the summary keeps the request's id
    assert (
        collection["item"][0]["item"][0]["id"]
        == collection_from_spec(small_spec())["item"][0]["item"][0]["id"]
    )


def test_ids_are_stable_and_distinct() -> None:
    first, second = collection_from_spec(small_spec()), collection_from_spec(small_spec())
    assert json.dumps(first) == json.dumps(second)
    ids = [i["id"] for f in first["item"] for i in [f, *f["item"]]]
    assert len(set(ids)) == len(ids) == 5


def test_requests_carry_the_examples() -> None:
    requests = requests_by_name(collection_from_spec(small_spec()))
    url = requests["get_item"]["request"]["url"]
    assert url["raw"] == "{{baseUrl}}/items/:item_id?expand=true"
    assert url["variable"] == [{"key": "item_id", "value": "a1", "description": ""}]
    assert url["query"][1] == {"key": "sort", "value": "", "description": "", "disabled": True}
    body = requests["put_item"]["request"]["body"]
    assert json.loads(body["raw"]) == {"id": "a1"}
    assert {"key": "Content-Type", "value": "application/json"} in requests["put_item"]["request"]["header"]
    assert all(
        {"key": "Accept", "value": "application/json"} in r["request"]["header"] for r in requests.values()
    )
    assert "<string>" not in json.dumps(requests)


def test_token_request_uses_the_credential_variables_and_needs_no_token() -> None:
    collection = collection_from_spec(small_spec())
    token = requests_by_name(collection)["get_token"]
    assert token["request"]["auth"] == {"type": "noauth"}
    form = {f["key"]: f["value"] for f in token["request"]["body"]["urlencoded"]}
    assert form == {
        "grant_type": "client_credentials",
        "client_id": "{{client_id}}",
        "client_secret": "{{client_secret}}",
        "token_type": "jwt",
    }
    script = "\n".join(collection["event"][0]["script"]["exec"])
    assert collection["event"][0]["listen"] == "prerequest"
    assert '"{{baseUrl}}/token"' in script
    assert f'const NO_TOKEN_NEEDED = ["{token["id"]}"]' in script


def test_saved_responses_and_test_scripts() -> None:
    requests = requests_by_name(collection_from_spec(small_spec()))
    saved = requests["get_item"]["response"]
    assert [(r["name"], r["code"], json.loads(r["body"])) for r in saved] == [
        ("200 OK: one", 200, {"id": "a1"})
    ]
    script = "\n".join(requests["get_item"]["event"][0]["script"]["exec"])
    assert "pm.response.to.have.status(200);" in script
    assert 'const schema = {"properties": {"id": {"type": "string"}}, "type": "object"};' in script
    put_script = "\n".join(requests["put_item"]["event"][0]["script"]["exec"])
    assert "pm.response.to.have.status(204);" in put_script
    assert "jsonSchema" not in put_script
