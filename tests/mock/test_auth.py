"""Credentials: tokens from the token endpoint, `Authorization: <the spec's prefix> <token>` only, 401s with hints.

The sample spec's prefix is JWT (`x-rstapi-auth-prefix`); a spec with an http bearer scheme gets Bearer.
"""

from __future__ import annotations

from typing import Any

import jwt
import pytest
from conftest import DEMO_FORM, TOKEN_PATH, Client, Clock

from rstapi.mock import MockSettings, make_app
from rstapi.mock.server import banner

LIST = "/enterprise/v1/enterprise-catalogs/"


def test_token_endpoint_issues_a_jwt_for_the_demo_client(client: Client, clock: Clock) -> None:
    response = client.post(TOKEN_PATH, data=DEMO_FORM)
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "JWT"
    assert body["expires_in"] == 3600
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["exp"] == int(clock.now) + 3600


def test_token_endpoint_refuses_wrong_secret(client: Client) -> None:
    response = client.post(TOKEN_PATH, data={**DEMO_FORM, "client_secret": "guess"})
    assert response.status_code == 401
    assert "demo-client" in response.json()["hint"]


def test_token_endpoint_refuses_other_grant_types(client: Client) -> None:
    response = client.post(TOKEN_PATH, data={**DEMO_FORM, "grant_type": "password"})
    assert response.status_code == 400
    assert response.json()["problems"][0]["pointer"] == "/body/grant_type"


def test_token_endpoint_requires_form_encoding(client: Client) -> None:
    response = client.post(TOKEN_PATH, json=DEMO_FORM)
    assert response.status_code == 415


def test_issued_token_opens_operations(client: Client, auth: dict[str, str]) -> None:
    assert client.get(LIST, headers=auth).status_code == 200


def test_static_token_is_accepted(client: Client) -> None:
    assert client.get(LIST, headers={"Authorization": "JWT static-token"}).status_code == 200


@pytest.mark.parametrize(
    ("header", "detail_word"),
    [
        (None, "no Authorization"),
        ("Bearer {token}", "Bearer"),
        ("JWT", "not 'JWT <token>'"),
        ("Basic dXNlcjpwYXNz", "not 'JWT <token>'"),
        ("JWT not.a.token", "not issued by this server"),
    ],
)
def test_bad_credentials_are_401_with_challenge_and_hint(
    client: Client, token: str, header: str | None, detail_word: str
) -> None:
    headers = {} if header is None else {"Authorization": header.format(token=token)}
    response = client.get(LIST, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("JWT ")
    body = response.json()
    assert detail_word in body["detail"]
    assert "JWT <access_token>" in body["hint"]


def test_expired_token_is_401(client: Client, clock: Clock, auth: dict[str, str]) -> None:
    assert client.get(LIST, headers=auth).status_code == 200
    clock.now += 3601
    response = client.get(LIST, headers=auth)
    assert response.status_code == 401
    assert response.json()["detail"] == "The token has expired."


def test_token_signed_with_another_secret_is_401(client: Client, clock: Clock) -> None:
    claims = {"iss": "rstapi-mock", "sub": "x", "exp": int(clock.now) + 60}
    forged = jwt.encode(claims, "another-secret-" + "y" * 32, algorithm="HS256")
    assert client.get(LIST, headers={"Authorization": f"JWT {forged}"}).status_code == 401


def test_unsigned_token_is_401(client: Client, clock: Clock) -> None:
    claims = {"iss": "rstapi-mock", "sub": "x", "exp": int(clock.now) + 60}
    unsigned = jwt.encode(claims, None, algorithm="none")
    assert client.get(LIST, headers={"Authorization": f"JWT {unsigned}"}).status_code == 401


def _bearer_spec() -> dict[str, Any]:
    """A two-operation API whose spec says `Authorization: Bearer <token>` the standard way."""
    form = {
        "type": "object",
        "required": ["grant_type", "client_id", "client_secret"],
        "properties": {
            "grant_type": {"type": "string", "enum": ["client_credentials"]},
            "client_id": {"type": "string"},
            "client_secret": {"type": "string"},
        },
    }
    token = {"access_token": "abc", "token_type": "Bearer", "expires_in": 60}
    widget = {"id": "w1", "name": "Widget"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Widgets", "version": "1"},
        "security": [{"bearer": []}],
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "paths": {
            "/token": {
                "post": {
                    "security": [],
                    "x-rstapi-token-endpoint": True,
                    "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": form}}},
                    "responses": {"200": {"description": "A token", "content": _example(token)}},
                }
            },
            "/widgets/": {
                "get": {"responses": {"200": {"description": "A widget", "content": _example(widget)}}}
            },
        },
    }


def _example(value: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": {"type": "object"}, "example": value}}


def test_a_bearer_spec_issues_bearer_tokens_and_accepts_only_bearer(clock: Clock) -> None:
    client = Client(make_app(_bearer_spec(), token_secret="test-secret-" + "x" * 32, clock=clock))
    issued = client.post("/token", data=DEMO_FORM)
    assert issued.status_code == 200, issued.text
    assert issued.json()["token_type"] == "Bearer"
    token = issued.json()["access_token"]

    accepted = client.get("/widgets/", headers={"Authorization": f"Bearer {token}"})
    assert accepted.status_code == 200
    assert accepted.json() == {"id": "w1", "name": "Widget"}

    refused = client.get("/widgets/", headers={"Authorization": f"JWT {token}"})
    assert refused.status_code == 401
    assert refused.headers["www-authenticate"].startswith("Bearer ")
    body = refused.json()
    assert body["detail"] == "The Authorization header uses the JWT scheme; this API expects Bearer."
    assert body["hint"] == "Send 'Authorization: Bearer <access_token>' (the word Bearer, not JWT)."


def test_the_banner_names_the_spec_prefix() -> None:
    lines = banner(_bearer_spec(), "127.0.0.1", 4010, MockSettings(static_token="s3cret"))
    assert "then send: Authorization: Bearer <access_token>" in lines
    assert "Static token accepted: Authorization: Bearer s3cret" in lines


@pytest.mark.parametrize("field", ["client_secret", "client_id", "grant_type"])
def test_a_credential_field_sent_twice_is_400(client: Client, field: str) -> None:
    pairs = [*DEMO_FORM.items(), (field, DEMO_FORM[field])]
    body = "&".join(f"{name}={value}" for name, value in pairs)
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    response = client.post(TOKEN_PATH, content=body, headers=headers)
    assert response.status_code == 400
    assert response.json()["problems"][0]["pointer"] == f"/body/{field}"


def test_a_wrong_secret_after_the_right_one_gets_no_token(client: Client) -> None:
    body = "grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret&client_secret=wrong"
    response = client.post(
        TOKEN_PATH, content=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert response.status_code == 400 and "access_token" not in response.json()


@pytest.mark.parametrize(
    "header", ["JWT  {token}", "JWT\t{token}", "JWT {token} x", "jwt {token}", " JWT{token}"]
)
def test_the_authorization_header_must_be_exactly_prefix_space_token(
    client: Client, token: str, header: str
) -> None:
    response = client.get(LIST, headers={"Authorization": header.format(token=token)})
    assert response.status_code == 401
    assert client.get(LIST, headers={"Authorization": f"JWT {token}"}).status_code == 200


def test_a_token_is_refused_before_its_nbf(client: Client, clock: Clock) -> None:
    claims = {"iss": "rstapi-mock", "sub": "x", "nbf": int(clock.now) + 60, "exp": int(clock.now) + 600}
    early = jwt.encode(claims, "test-secret-" + "x" * 32, algorithm="HS256")
    response = client.get(LIST, headers={"Authorization": f"JWT {early}"})
    assert response.status_code == 401
    assert "not valid yet" in response.json()["detail"]
    clock.now += 61
    assert client.get(LIST, headers={"Authorization": f"JWT {early}"}).status_code == 200
