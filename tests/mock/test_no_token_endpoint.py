"""A reference whose operations take `Authorization: Token ...` but that documents no endpoint
issuing tokens (an httpdomain page built without an overlay): the mock accepts the token given to
`rstapi mock --token`, and says so where the integrator looks, instead of sending them to a token
endpoint the API does not have."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import Client

from rstapi.mock import make_app
from rstapi.mock.server import banner
from rstapi.mock.settings import MockSettings
from tests.httpdomain_style import built, resource


@pytest.fixture
def spec(tmp_path: Path) -> dict[str, Any]:
    document = resource(
        "get",
        "/parcels/(int:parcel_id)",
        ":reqheader Authorization: ``Token <key>``",
        ":>json int id: the parcel's id",
        ":statuscode 200: the parcel",
        ":statuscode 401: no token or a wrong one",
    )
    return built(tmp_path, document)[0]


def test_the_refusal_says_to_start_the_mock_with_a_token(spec: dict[str, Any]) -> None:
    reply = Client(make_app(spec, token_secret="no-endpoint-" + "s" * 32)).get("/parcels/17")
    assert reply.status_code == 401
    hint = reply.json()["hint"]
    assert "Get a token from the token endpoint" not in hint
    assert "--token" in hint and "'Authorization: Token <value>'" in hint


def test_the_token_given_is_accepted(spec: dict[str, Any]) -> None:
    app = make_app(spec, token_secret="no-endpoint-" + "s" * 32, static_token="k3y")
    assert Client(app).get("/parcels/17", headers={"Authorization": "Token k3y"}).status_code == 200


def test_the_banner_says_how_to_authenticate(spec: dict[str, Any]) -> None:
    lines = banner(spec, "127.0.0.1", 4010, MockSettings())
    assert any("--token" in line and "Authorization: Token" in line for line in lines), lines
