"""A new mock app compiles nothing until a request needs it: a live preview swaps one in per save.

Each operation's validators and responses are compiled on its first request, the router on the
first routed one; what is served is what an app compiled up front serves.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Client
from mock_spec import CATALOG_A

from rstapi.mock import app as mock_app
from rstapi.mock import make_app

CATALOGS = "/enterprise/v1/enterprise-catalogs/"


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []
    real = mock_app.compile_operation

    def counting(spec: Any, template: str, method: str, item: Any, schemas: Any) -> Any:
        calls.append((method, template))
        return real(spec, template, method, item, schemas)

    monkeypatch.setattr(mock_app, "compile_operation", counting)
    return calls


def test_an_operation_is_compiled_on_its_first_request_only(
    spec: dict[str, Any], compiled: list[tuple[str, str]]
) -> None:
    client = Client(make_app(spec, static_token="static-token"))
    assert compiled == []
    assert client.get("/openapi.json").json() == spec and compiled == []
    headers = {"Authorization": "JWT static-token"}
    first = client.get(CATALOGS, headers=headers)
    again = client.get(CATALOGS, headers=headers)
    head = client.request("HEAD", CATALOGS, headers=headers)
    assert first.status_code == again.status_code == head.status_code == 200
    assert compiled == [("GET", CATALOGS)]


def test_405_and_options_name_the_declared_methods_without_compiling_them(
    spec: dict[str, Any], compiled: list[tuple[str, str]]
) -> None:
    client = Client(make_app(spec, static_token="static-token"))
    refused = client.request("DELETE", f"{CATALOGS}{CATALOG_A}/")
    allowed = client.request("OPTIONS", f"{CATALOGS}{CATALOG_A}/")
    assert refused.status_code == 405 and refused.headers["allow"] == "GET, HEAD, OPTIONS"
    assert allowed.status_code == 204 and allowed.headers["allow"] == "GET, HEAD, OPTIONS"
    assert compiled == []


def test_a_lazily_compiled_app_answers_as_one_compiled_up_front(spec: dict[str, Any]) -> None:
    """The same requests to two apps, one of whose operations were all asked for first."""
    warm, cold = make_app(spec, static_token="t"), make_app(spec, static_token="t")
    headers = {"Authorization": "JWT t"}
    for template, item in spec["paths"].items():
        for method in item:
            Client(warm).request(method.upper(), template, headers=headers)
    requests = [("GET", CATALOGS), ("GET", f"{CATALOGS}{CATALOG_A}/"), ("GET", f"{CATALOGS}?page=0")]
    for method, url in requests:
        one, two = (
            Client(warm).request(method, url, headers=headers),
            Client(cold).request(method, url, headers=headers),
        )
        assert (one.status_code, one.content) == (two.status_code, two.content), url
