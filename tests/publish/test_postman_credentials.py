"""The collection's credential variables say what a Postman user must fill in: the client's id and
secret when the spec has a token endpoint the pre-request script calls, an access token of their own
when it has none (an httpdomain or os-api-ref reference built without an overlay), nothing when no
operation is secured."""

from __future__ import annotations

from typing import Any

from rstapi.publish import collection_from_spec


def _spec(security: list[dict[str, list[str]]], schemes: dict[str, Any]) -> dict[str, Any]:
    ok = {"200": {"description": "the parcel"}}
    get = {"operationId": "get_parcel", "summary": "Show a parcel", "security": security, "responses": ok}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Parcels", "version": "1"},
        "paths": {"/parcels/1": {"get": get}},
        "components": {"securitySchemes": schemes},
    }


TOKEN_SCHEME = {"type": "apiKey", "in": "header", "name": "Authorization", "x-rstapi-auth-prefix": "Token"}


def _variables(collection: dict[str, Any]) -> dict[str, str]:
    return {variable["key"]: variable["description"] for variable in collection["variable"]}


def test_without_a_token_endpoint_the_user_gives_the_access_token() -> None:
    collection = collection_from_spec(_spec([{"Token": []}], {"Token": TOKEN_SCHEME}))
    variables = _variables(collection)
    assert sorted(variables) == ["access_token", "baseUrl"]
    assert "Authorization: Token" in variables["access_token"]
    assert "pre-request script" not in variables["access_token"]
    assert collection["event"] == []
    assert {"key": "value", "value": "Token {{access_token}}", "type": "string"} in collection["auth"][
        "apikey"
    ]


def test_an_api_with_no_secured_operation_asks_for_no_credentials() -> None:
    collection = collection_from_spec(_spec([], {}))
    assert sorted(_variables(collection)) == ["baseUrl"]
    assert collection["auth"] == {"type": "noauth"}
