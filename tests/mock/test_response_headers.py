"""The headers a response documents are sent with it: the header's example, else a value its schema
allows (an os-api-ref reference documents response headers such as a request id, a required one
among them), on the served example, a page, a 204, a HEAD and a `Prefer`-chosen response."""

from __future__ import annotations

from typing import Any

from conftest import Client

from rstapi.mock import make_app
from tests.mock.mock_spec import PAGE_SCHEMA

SHELVES = "/v1/shelves"
SHELF = "/v1/shelves/{}"
_REQUEST_ID = {"required": True, "description": "The id of the request.", "schema": {"type": "string"}}
_PAGE = PAGE_SCHEMA
_PAGE_VALUE = {"count": 2, "next": None, "previous": None, "results": [{"id": 1}, {"id": 2}]}


def _json(schema: dict[str, Any], value: Any) -> dict[str, Any]:
    return {"application/json": {"schema": schema, "examples": {"example": {"value": value}}}}


def _spec() -> dict[str, Any]:
    shelf_id = {"name": "shelf_id", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shelves", "version": "1"},
        "paths": {
            SHELVES: {
                "get": {
                    "operationId": "list_shelves",
                    "parameters": [{"name": "page_size", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "headers": {
                                "X-Request-Id": _REQUEST_ID,
                                "X-Total-Count": {"schema": {"type": "integer"}, "example": 2},
                            },
                            "content": _json(_PAGE, _PAGE_VALUE),
                        }
                    },
                },
                "post": {
                    "operationId": "create_shelf",
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                    "responses": {
                        "202": {
                            "description": "Accepted",
                            "headers": {
                                "Location": {
                                    "schema": {"type": "string", "format": "uri"},
                                    "examples": {"new": {"value": "https://shelves.test/v1/shelves/7"}},
                                },
                                "Content-Type": {"schema": {"type": "string"}, "example": "text/plain"},
                            },
                            "content": _json({"type": "object"}, {"id": 7}),
                        },
                        "409": {
                            "description": "Conflict",
                            "headers": {"Retry-After": {"schema": {"type": "integer", "minimum": 1}}},
                        },
                    },
                },
            },
            "/v1/shelves/{shelf_id}": {
                "delete": {
                    "operationId": "delete_shelf",
                    "parameters": [shelf_id],
                    "responses": {
                        "204": {
                            "description": "Gone",
                            "headers": {
                                "X-Request-Id": _REQUEST_ID,
                                "Vary": {"schema": {"type": "array", "items": {"type": "string"}}},
                            },
                        }
                    },
                }
            },
        },
    }


def _client() -> Client:
    return Client(make_app(_spec(), token_secret="test-secret-" + "x" * 32))


def test_a_required_response_header_is_sent_with_the_documented_example() -> None:
    response = _client().get(SHELVES)
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "string"  # what the schema allows: it has no example
    assert response.headers["x-total-count"] == "2"
    assert response.json() == _PAGE_VALUE


def test_a_page_of_the_list_and_a_head_carry_the_headers_too() -> None:
    client = _client()
    page = client.get(f"{SHELVES}?page_size=1&page=2")
    assert page.json()["results"] == [{"id": 2}]
    assert (page.headers["x-request-id"], page.headers["x-total-count"]) == ("string", "2")
    head = client.request("HEAD", SHELVES)
    assert (head.status_code, head.content) == (200, b"")
    assert head.headers["x-total-count"] == "2"


def test_a_header_example_among_examples_is_sent_and_a_documented_content_type_is_not() -> None:
    response = _client().post(SHELVES, json={"name": "poetry"})
    assert response.status_code == 202
    assert response.headers["location"] == "https://shelves.test/v1/shelves/7"
    assert response.headers.get_list("content-type") == ["application/json"]


def test_a_204_carries_its_headers_an_array_in_the_simple_style() -> None:
    response = _client().request("DELETE", SHELF.format("fiction"))
    assert response.status_code == 204
    assert response.headers["x-request-id"] == "string"
    assert response.headers["vary"] == "string"
    assert response.content == b""


def test_a_response_chosen_with_prefer_carries_its_headers() -> None:
    response = _client().post(SHELVES, json={}, headers={"Prefer": "code=409"})
    assert response.status_code == 409
    assert response.headers["retry-after"] == "1"


def _exposed(response: Any) -> list[str]:
    return [name.strip().lower() for name in response.headers["access-control-expose-headers"].split(",")]


def test_a_page_on_another_origin_may_read_the_headers_its_response_documents() -> None:
    """Access-Control-Expose-Headers was a fixed list (WWW-Authenticate, Allow, Content-Length), so
    a browser page on another origin could not read the X-Request-Id or Location the mock sends."""
    client = _client()
    origin = {"Origin": "https://app.example.com"}
    listed = client.get(SHELVES, headers=origin)
    assert {"x-request-id", "x-total-count", "www-authenticate"} <= set(_exposed(listed))
    assert "content-type" not in _exposed(listed)  # safelisted: a page reads it anyway
    created = client.post(SHELVES, json={"name": "poetry"}, headers=origin)
    assert "location" in _exposed(created) and "x-request-id" not in _exposed(created)
    gone = client.request("DELETE", SHELF.format("fiction"), headers=origin)
    assert {"x-request-id", "vary"} <= set(_exposed(gone))
    assert "access-control-expose-headers" not in client.get(SHELVES).headers  # no Origin, no CORS


def test_a_documented_server_header_leaves_the_mocks_own_which_names_it_once() -> None:
    """Each reply's Server header names the mock that made it (a client such as `rstapi contract`
    reads it); a response documenting its own Server header does not add a second one."""
    spec = _spec()
    spec["paths"][SHELVES]["get"]["responses"]["200"]["headers"]["Server"] = {
        "schema": {"type": "string"},
        "example": "nginx",
    }
    listed = Client(make_app(spec)).get(SHELVES, headers={"Origin": "https://app.example.com"})
    assert listed.headers.get_list("server") == ["rstapi-mock (static)"]
    assert "server" not in _exposed(listed)  # a server's own header, as uvicorn's was
