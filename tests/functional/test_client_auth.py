"""What goes over the wire: `Authorization: JWT <token>` and `Accept: application/json`."""

from __future__ import annotations

import asyncio

import httpx
from edx_enterprise_api_client.api.subscriptions import list_subscriptions
from edx_enterprise_api_client.auth import AUTH_PREFIX, afetch_token, jwt_client
from edx_enterprise_api_client.client import AuthenticatedClient, Client
from edx_enterprise_api_client.models import AccessToken, ListSubscriptionsResponse

from rstapi.mock import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from rstapi.mock.app import MockApp
from tests.functional.conftest import BASE_URL, SyncASGITransport


def test_jwt_client_sends_the_jwt_scheme_and_asks_for_json(
    client: AuthenticatedClient, token: AccessToken, transport: SyncASGITransport
) -> None:
    list_subscriptions.sync(client=client)
    sent = transport.requests[-1].headers
    assert sent["authorization"] == f"JWT {token.access_token}"
    assert sent["accept"] == "application/json"
    assert client.prefix == AUTH_PREFIX == "JWT"


def test_every_generated_call_asks_for_json_even_on_a_plain_client(
    anonymous: Client, transport: SyncASGITransport
) -> None:
    list_subscriptions.sync_detailed(client=anonymous)
    assert transport.requests[-1].headers["accept"] == "application/json"


def test_the_token_request_is_a_client_credentials_form(
    token: AccessToken, transport: SyncASGITransport
) -> None:
    sent = transport.requests[0]
    assert sent.url.path == "/oauth2/v1/access_token"
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    form = dict(httpx.QueryParams(sent.content.decode()))
    assert form == {
        "grant_type": "client_credentials",
        "client_id": DEMO_CLIENT_ID,
        "client_secret": DEMO_CLIENT_SECRET,
        "token_type": "jwt",
    }


def test_async_token_then_async_call(app: MockApp) -> None:
    async def run() -> ListSubscriptionsResponse | None:
        transport = httpx.ASGITransport(app=app)
        async with Client(base_url=BASE_URL, httpx_args={"transport": transport}) as anonymous:
            token = await afetch_token(anonymous, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
        async with jwt_client(BASE_URL, token, httpx_args={"transport": transport}) as client:
            page = await list_subscriptions.asyncio(client=client)
        return page if isinstance(page, ListSubscriptionsResponse) else None

    page = asyncio.run(run())
    assert page is not None and page.count == 1
