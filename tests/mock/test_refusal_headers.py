"""The mock's own refusals carry the headers the operation documents for the status they answer
with (a required X-Request-Id on its 400, a WWW-Authenticate on its 401), as its successes carry
theirs: a contract run against the mock judges a refusal's documented headers as any reply's.
They were sent without them, so `rstapi contract` against `rstapi mock` failed
`response_headers_conformance` on the mock's own refusals."""

from __future__ import annotations

from typing import Any

from conftest import Client

from rstapi.mock import make_app
from tests.mock.mock_spec import PAGE_SCHEMA

SHELVES = "/v1/shelves"
_ID = {"required": True, "schema": {"type": "string"}, "example": "req-7"}
_RETRY = {"schema": {"type": "integer", "minimum": 1}}
_PAGE = PAGE_SCHEMA
_SHELF = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "maxLength": 20}}}


def _documented(description: str, **headers: Any) -> dict[str, Any]:
    return {
        "description": description,
        "headers": {name.replace("_", "-"): value for name, value in headers.items()},
    }


def _spec() -> dict[str, Any]:
    page = {
        "schema": _PAGE,
        "example": {"count": 1, "next": None, "previous": None, "results": [{"name": "a"}]},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shelves", "version": "1"},
        "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
        "security": [{"token": []}],
        "paths": {
            SHELVES: {
                "get": {
                    "operationId": "list_shelves",
                    "parameters": [{"name": "page_size", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {"description": "OK", "content": {"application/json": page}},
                        "401": _documented(
                            "No token",
                            X_Request_Id=_ID,
                            WWW_Authenticate={
                                "required": True,
                                "schema": {"type": "string"},
                                "example": "Bearer",
                            },
                        ),
                        "404": _documented("No such page", X_Request_Id=_ID),
                        "406": _documented(
                            "Not JSON", Vary={"schema": {"type": "string"}, "example": "Accept"}
                        ),
                    },
                },
                "post": {
                    "operationId": "create_shelf",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": _SHELF}}},
                    "responses": {
                        "201": {
                            "description": "Created",
                            "content": {"application/json": {"schema": _SHELF}},
                        },
                        "400": _documented("Invalid shelf", X_Request_Id=_ID),
                        "413": _documented("Too large", Retry_After=_RETRY),
                        "415": _documented("Not JSON", X_Request_Id=_ID),
                    },
                },
                "put": {
                    "operationId": "replace_shelves",
                    "requestBody": {"content": {"application/json": {"schema": _SHELF}}},
                    "responses": {"200": {"description": "OK"}},
                },
            },
        },
    }


def _client() -> Client:
    return Client(make_app(_spec(), static_token="t", body_limit=100))


_AUTH = {"Authorization": "Bearer t"}


def test_a_refused_body_carries_the_headers_its_documented_400_has() -> None:
    response = _client().post(SHELVES, json={"name": 7}, headers=_AUTH)
    assert response.status_code == 400
    assert response.headers["x-request-id"] == "req-7"
    assert response.json()["problems"][0]["pointer"] == "/body/name"


def test_a_415_and_a_413_carry_their_own_documented_headers() -> None:
    client = _client()
    text = client.post(SHELVES, content=b"poetry", headers={**_AUTH, "Content-Type": "text/plain"})
    assert (text.status_code, text.headers["x-request-id"]) == (415, "req-7")
    declared = client.post(SHELVES, json={"name": "x" * 200}, headers=_AUTH)
    assert (declared.status_code, declared.headers["retry-after"]) == (413, "1")
    assert "x-request-id" not in declared.headers  # the 400's header, not the 413's

    async def _streamed() -> Any:
        yield b'{"name": "'
        yield b"x" * 200 + b'"}'

    streamed = client.post(
        SHELVES, content=_streamed(), headers={**_AUTH, "Content-Type": "application/json"}
    )
    assert (streamed.status_code, streamed.headers["retry-after"]) == (413, "1")


def test_a_401_keeps_the_mocks_challenge_and_adds_the_other_documented_headers() -> None:
    response = _client().get(SHELVES)
    assert response.status_code == 401
    assert response.headers["x-request-id"] == "req-7"
    challenges = response.headers.get_list("www-authenticate")
    assert len(challenges) == 1 and challenges[0].startswith("Bearer realm=")


def test_a_406_and_a_missing_page_carry_their_documented_headers() -> None:
    client = _client()
    xml = client.get(SHELVES, headers={**_AUTH, "Accept": "application/xml"})
    assert (xml.status_code, xml.headers["vary"]) == (406, "Accept")
    past = client.get(f"{SHELVES}?page=9", headers=_AUTH)
    assert (past.status_code, past.headers["x-request-id"]) == (404, "req-7")


def test_a_refusal_with_a_status_the_operation_does_not_document_carries_none() -> None:
    response = _client().request("PUT", SHELVES, json={"name": 7}, headers=_AUTH)
    assert response.status_code == 400
    assert "x-request-id" not in response.headers


def test_a_page_on_another_origin_may_read_a_refusals_documented_headers() -> None:
    response = _client().post(SHELVES, json={}, headers={**_AUTH, "Origin": "https://app.example.com"})
    assert response.status_code == 400
    exposed = [name.strip().lower() for name in response.headers["access-control-expose-headers"].split(",")]
    assert "x-request-id" in exposed
