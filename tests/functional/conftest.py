"""The generated client (the committed generated_client/) against the in-process mock.

Nothing leaves the process: the sync client talks to the mock's ASGI app through a small sync
bridge, the async client through httpx.ASGITransport, and the base URL is http://testserver.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from rstapi.mock import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, load_spec, make_app
from rstapi.mock.app import MockApp

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"
CLIENT_PROJECT = ROOT / "generated_client"
BASE_URL = "http://testserver"

# The committed client, not whatever copy may be installed: the tests are about what is committed.
sys.path.insert(0, str(CLIENT_PROJECT))

from edx_enterprise_api_client.auth import fetch_token, jwt_client  # noqa: E402
from edx_enterprise_api_client.client import AuthenticatedClient, Client  # noqa: E402
from edx_enterprise_api_client.models.access_token import AccessToken  # noqa: E402


class SyncASGITransport(httpx.BaseTransport):
    """httpx.ASGITransport is async-only; this runs each request to completion on its own loop."""

    def __init__(self, app: MockApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return asyncio.run(self._handle(request))

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        response = await self._asgi.handle_async_request(request)
        content = await response.aread()
        return httpx.Response(
            response.status_code, headers=response.headers, content=content, request=request
        )


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec(SPEC)


@pytest.fixture(scope="session")
def app(spec: dict[str, Any]) -> MockApp:
    return make_app(spec, token_secret="functional-tests-" + "s" * 32)


@pytest.fixture
def transport(app: MockApp) -> SyncASGITransport:
    return SyncASGITransport(app)


@pytest.fixture
def anonymous(transport: SyncASGITransport) -> Iterator[Client]:
    with Client(base_url=BASE_URL, httpx_args={"transport": transport}) as client:
        yield client


@pytest.fixture
def token(anonymous: Client) -> AccessToken:
    return fetch_token(anonymous, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)


@pytest.fixture
def client(token: AccessToken, transport: SyncASGITransport) -> Iterator[AuthenticatedClient]:
    with jwt_client(BASE_URL, token, httpx_args={"transport": transport}) as authenticated:
        yield authenticated


@pytest.fixture
def async_client(token: AccessToken, app: MockApp) -> AuthenticatedClient:
    return jwt_client(BASE_URL, token, httpx_args={"transport": httpx.ASGITransport(app=app)})
