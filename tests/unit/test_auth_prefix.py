"""The spec's auth prefix: the word before the token in `Authorization: <prefix> <token>`."""

from __future__ import annotations

from typing import Any

import pytest

from rstapi.openapi.auth import auth_prefix

_API_KEY = {"type": "apiKey", "in": "header", "name": "Authorization"}


def _spec(schemes: dict[str, Any], security: list[dict[str, list[str]]]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "security": security, "components": {"securitySchemes": schemes}}


def test_the_extension_names_the_prefix_of_an_api_key_scheme() -> None:
    spec = _spec({"JWT": {**_API_KEY, "x-rstapi-auth-prefix": "JWT"}}, [{"JWT": []}])
    assert auth_prefix(spec) == "JWT"


@pytest.mark.parametrize(
    ("scheme", "prefix"), [("bearer", "Bearer"), ("Bearer", "Bearer"), ("basic", "Basic")]
)
def test_an_http_scheme_gives_its_scheme_capitalised(scheme: str, prefix: str) -> None:
    spec = _spec({"auth": {"type": "http", "scheme": scheme}}, [{"auth": []}])
    assert auth_prefix(spec) == prefix


def test_the_first_scheme_the_top_level_security_names_decides() -> None:
    schemes = {
        "unused": {**_API_KEY, "x-rstapi-auth-prefix": "Token"},
        "http": {"type": "http", "scheme": "bearer"},
        "jwt": {**_API_KEY, "x-rstapi-auth-prefix": "JWT"},
    }
    assert auth_prefix(_spec(schemes, [{}, {"jwt": []}, {"http": []}])) == "JWT"


@pytest.mark.parametrize(
    "spec",
    [
        {},
        _spec({"key": _API_KEY}, [{"key": []}]),
        _spec({"key": {**_API_KEY, "x-rstapi-auth-prefix": "JWT"}}, []),
        _spec({}, [{"missing": []}]),
    ],
    ids=["no-security", "api-key-without-extension", "no-top-level-requirement", "unknown-scheme"],
)
def test_otherwise_the_prefix_is_bearer(spec: dict[str, Any]) -> None:
    assert auth_prefix(spec) == "Bearer"


def test_token_form_fills_the_fields_the_form_schema_fixes() -> None:
    from rstapi.openapi.auth import token_form

    schema = {
        "type": "object",
        "properties": {
            "grant_type": {"type": "string", "enum": ["client_credentials"]},
            "client_id": {"type": "string"},
            "client_secret": {"type": "string"},
            "token_type": {"type": "string", "enum": ["jwt"], "default": "jwt"},
            "audience": {"type": "string", "enum": ["a", "b"]},
        },
    }
    content = {"application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Form"}}}
    spec = {
        "paths": {"/token": {"post": {"requestBody": {"content": content}}}},
        "components": {"schemas": {"Form": schema}},
    }
    form = token_form(spec, "/token", "id", "secret")
    assert form == {
        "grant_type": "client_credentials",
        "token_type": "jwt",
        "client_id": "id",
        "client_secret": "secret",
    }
    assert token_form({}, "/token", "id", "secret") == {
        "grant_type": "client_credentials",
        "client_id": "id",
        "client_secret": "secret",
    }
