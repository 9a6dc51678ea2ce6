"""The Authorization header a contract run sends carries the spec's auth prefix."""

from __future__ import annotations

from typing import Any

import pytest

from rstapi.contract import ContractSettings
from rstapi.contract.auth import authorization_header


def _spec(scheme: dict[str, Any]) -> dict[str, Any]:
    return {"security": [{"auth": []}], "components": {"securitySchemes": {"auth": scheme}}, "paths": {}}


@pytest.mark.parametrize(
    ("scheme", "header"),
    [
        (
            {"type": "apiKey", "in": "header", "name": "Authorization", "x-rstapi-auth-prefix": "JWT"},
            "JWT t0k",
        ),
        ({"type": "http", "scheme": "bearer"}, "Bearer t0k"),
    ],
)
def test_a_static_token_is_sent_with_the_spec_prefix(scheme: dict[str, Any], header: str) -> None:
    settings = ContractSettings("http://127.0.0.1:4010", token="t0k")
    assert authorization_header(_spec(scheme), settings) == header


def test_a_static_token_with_its_own_word_is_sent_as_given() -> None:
    settings = ContractSettings("http://127.0.0.1:4010", token="Token t0k")
    assert authorization_header(_spec({"type": "http", "scheme": "bearer"}), settings) == "Token t0k"
