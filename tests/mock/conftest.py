"""Shared fixtures: the sample spec, an in-process mock with a controllable clock, and a token."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mock_spec import build_spec

from rstapi.mock import make_app
from rstapi.mock.app import MockApp

TOKEN_PATH = "/oauth2/v1/access_token"
DEMO_FORM = {"grant_type": "client_credentials", "client_id": "demo-client", "client_secret": "demo-secret"}


class Clock:
    """A clock the tests move by hand."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


class Client:
    """A synchronous face on httpx.AsyncClient over ASGITransport (one event loop per call)."""

    def __init__(self, app: MockApp, base_url: str = "http://testserver") -> None:
        self.app = app
        self.base_url = base_url

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return asyncio.run(self._request(method, url, **kwargs))

    async def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url=self.base_url) as client:
            return await client.request(method, url, **kwargs)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)


@pytest.fixture
def spec() -> dict[str, Any]:
    return build_spec()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(spec: dict[str, Any], clock: Clock) -> MockApp:
    return make_app(spec, token_secret="test-secret-" + "x" * 32, clock=clock, static_token="static-token")


@pytest.fixture
def client(app: MockApp) -> Client:
    return Client(app)


@pytest.fixture
def token(client: Client) -> str:
    response = client.post(TOKEN_PATH, data=DEMO_FORM)
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"JWT {token}"}


@pytest.fixture
def authed(client: Client, auth: dict[str, str]) -> Iterator[Client]:
    original = client.request

    def request(method: str, url: str, **kwargs: Any) -> httpx.Response:
        headers = {**auth, **kwargs.pop("headers", {})}
        return original(method, url, headers=headers, **kwargs)

    client.request = request  # type: ignore[method-assign]
    yield client


class RawResponse:
    """What a raw ASGI call sent back."""

    def __init__(self, status: int, headers: dict[bytes, bytes], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body


def call_raw(
    app: MockApp,
    method: str,
    raw_path: bytes,
    *,
    query: bytes = b"",
    headers: list[tuple[bytes, bytes]] | None = None,
    body: bytes = b"",
    chunk: int = 0,
) -> RawResponse:
    """Call the app with a hand-built scope: bytes no HTTP client would send."""
    return asyncio.run(_call_raw(app, method, raw_path, query, headers or [], body, chunk))


async def _call_raw(
    app: MockApp,
    method: str,
    raw_path: bytes,
    query: bytes,
    headers: list[tuple[bytes, bytes]],
    body: bytes,
    chunk: int,
) -> RawResponse:
    size = chunk or max(len(body), 1)
    pieces = [body[i : i + size] for i in range(0, len(body), size)] or [b""]
    messages = [
        {"type": "http.request", "body": piece, "more_body": i < len(pieces) - 1}
        for i, piece in enumerate(pieces)
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": method,
        "path": raw_path.decode("latin-1"),
        "raw_path": raw_path,
        "query_string": query,
        "headers": headers,
        "scheme": "http",
        "server": ("testserver", 80),
    }
    await app(scope, receive, send)
    start, body_message = sent
    return RawResponse(start["status"], dict(start["headers"]), body_message["body"])
