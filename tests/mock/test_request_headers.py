"""How the mock reads a request's headers: the 431 threshold, repeats, case, and scopes that leave
out what ASGI makes optional. Driven with hand-made ASGI scopes, so the bytes counted are known."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from conftest import Client
from mock_spec import build_spec

from rstapi.mock.app import MockApp
from rstapi.mock.http import request_of
from rstapi.mock.settings import MockSettings

LIMIT = 300
PATH = b"/enterprise/v1/enterprise-catalogs/"


def _call(app: MockApp, headers: list[tuple[bytes, bytes]], **scope: Any) -> tuple[int, Any]:
    """Status and JSON body of one GET sent straight to the app."""
    full = {
        "type": "http",
        "method": "GET",
        "path": PATH.decode(),
        "raw_path": PATH,
        "query_string": b"",
        "headers": headers,
        "scheme": "http",
        "server": ("127.0.0.1", 4010),
        **scope,
    }
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(full, receive, send))
    return sent[0]["status"], json.loads(sent[1]["body"]) if sent[1]["body"] else None


def _padded(total: int) -> list[tuple[bytes, bytes]]:
    """An x-padding header whose name and value are `total` bytes together."""
    return [(b"x-padding", b"a" * (total - len(b"x-padding")))]


def test_headers_of_exactly_the_limit_are_read_and_one_byte_more_is_431() -> None:
    app = MockApp(build_spec(), MockSettings(header_limit=LIMIT))
    assert _call(app, _padded(LIMIT))[0] == 401  # read on: no credentials
    status, body = _call(app, _padded(LIMIT + 1))
    assert status == 431
    assert body["detail"] == f"The request headers are larger than {LIMIT} bytes in all."


def test_a_repeated_header_counts_each_time_it_is_sent() -> None:
    app = MockApp(build_spec(), MockSettings(header_limit=LIMIT))
    half = _padded(LIMIT // 2 + 1)
    assert _call(app, half)[0] == 401
    assert _call(app, half + half)[0] == 431


def test_a_header_is_read_whatever_case_the_client_sends_its_name_in(client: Client, token: str) -> None:
    for name in ("authorization", "AUTHORIZATION", "Authorization"):
        response = client.get(PATH.decode(), headers={name: f"JWT {token}"})
        assert response.status_code == 200, (name, response.text)


def test_a_scope_without_the_optional_keys_is_read_from_path() -> None:
    request = request_of({"method": "GET", "path": "/a/é", "headers": [(b"host", b"x")]})
    assert request.raw_path == "/a/é".encode()
    assert (request.query, request.scheme, request.server) == (b"", "http", None)
    assert request.header_size == len(b"host") + len(b"x")


def test_a_query_left_on_the_raw_path_is_not_part_of_the_path() -> None:
    scope = {"method": "GET", "raw_path": b"/a?b=1", "query_string": b"b=1", "headers": []}
    scope.update(path="/a", scheme="http", server=None)
    assert request_of(scope).raw_path == b"/a"
