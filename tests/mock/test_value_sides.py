"""A value made up where the spec gives no example is one for its side of the exchange: the mock's
reply carries no ``writeOnly`` property (a password is never sent back), a sample request or a
Postman body no ``readOnly`` one (an id the server assigns is never sent), as OpenAPI says."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx

from rstapi.mock import make_app
from rstapi.mock.samples import sample_requests
from rstapi.publish.postman import collection_from_spec

WIDGET = {
    "type": "object",
    "properties": {
        "id": {"type": "integer", "readOnly": True},
        "name": {"type": "string"},
        "secret": {"$ref": "#/components/schemas/Secret"},
    },
    "required": ["id", "name", "secret"],
}


def _spec() -> dict[str, Any]:
    body = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
    }
    widget = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Widgets", "version": "1"},
        "paths": {
            "/widgets": {
                "post": {
                    "operationId": "make_widget",
                    "summary": "Make a widget",
                    "requestBody": body,
                    "responses": {"201": {"description": "Made", **widget}},
                },
                "get": {
                    "operationId": "list_widgets",
                    "summary": "Widgets",
                    "responses": {
                        "200": {
                            "description": "Widgets",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Widget"},
                                    }
                                }
                            },
                        }
                    },
                },
            }
        },
        "components": {
            "schemas": {"Widget": WIDGET, "Secret": {"type": "string", "minLength": 8, "writeOnly": True}}
        },
    }


async def _get(url: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=make_app(_spec()))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        return await client.get(url)


def test_the_mock_sends_no_write_only_property() -> None:
    response = asyncio.run(_get("/widgets"))
    assert response.status_code == 200, response.text
    assert response.json() == [{"id": 0, "name": "string"}]


def test_a_sample_request_sends_no_read_only_property() -> None:
    (post,) = [sample for sample in sample_requests(_spec()) if sample.method == "POST"]
    assert json.loads(post.body) == {"name": "string", "secret": "stringxx"}


def test_a_postman_stand_in_body_sends_no_read_only_property() -> None:
    items = {
        item["name"]: item
        for folder in collection_from_spec(_spec())["item"]
        for item in folder.get("item", [folder])
    }
    body = items["Make a widget"]["request"]["body"]["raw"]
    assert json.loads(body) == {"name": "string", "secret": "stringxx"}
