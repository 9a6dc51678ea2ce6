"""Iterating every page of a paginated list without following `next` by hand."""

from __future__ import annotations

import asyncio
import copy
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from edx_enterprise_api_client.api.enterprise_catalogs import get_enterprise_catalogs
from edx_enterprise_api_client.auth import afetch_token, fetch_token, jwt_client
from edx_enterprise_api_client.client import AuthenticatedClient, Client
from edx_enterprise_api_client.models import Course, GetEnterpriseCatalogsResponse
from edx_enterprise_api_client.pagination import (
    PageError,
    aiterate_items,
    aiterate_pages,
    iterate_items,
    iterate_pages,
)
from edx_enterprise_api_client.types import Response

from rstapi.mock import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, make_app
from rstapi.mock.app import MockApp
from tests.functional.conftest import BASE_URL, SyncASGITransport
from tests.functional.support import operation

CATALOG = "3f56a21c-76c8-47c0-add8-a99714d40d94"
KEYS = ["edx+tr1012", "edx+tr1013", "edx+tr1014"]


@pytest.fixture
def three_courses_app(spec: dict[str, Any]) -> MockApp:
    """The mock for a spec whose catalog example lists three courses (the reference's, rekeyed)."""
    changed = copy.deepcopy(spec)
    content = operation(changed, "get_enterprise_catalogs")["responses"]["200"]["content"]["application/json"]
    for example in content["examples"].values():
        course = example["value"]["results"][0]
        example["value"]["results"] = [{**course, "key": key} for key in KEYS]
        example["value"]["count"] = len(KEYS)
    return make_app(changed)


@pytest.fixture
def paging_client(three_courses_app: MockApp) -> AuthenticatedClient:
    transport = SyncASGITransport(three_courses_app)
    token = fetch_token(
        Client(base_url=BASE_URL, httpx_args={"transport": transport}), DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
    )
    return jwt_client(BASE_URL, token, httpx_args={"transport": transport})


def test_iterate_pages_follows_next_to_the_last_page(paging_client: AuthenticatedClient) -> None:
    pages = list(iterate_pages(get_enterprise_catalogs.sync_detailed, CATALOG, client=paging_client, limit=1))
    assert [type(page) for page in pages] == [GetEnterpriseCatalogsResponse] * 3
    assert [page.count for page in pages] == [3, 3, 3]
    assert pages[-1].next_ is None


def test_iterate_items_yields_every_result_in_order(paging_client: AuthenticatedClient) -> None:
    items = list(iterate_items(get_enterprise_catalogs.sync_detailed, CATALOG, client=paging_client, limit=1))
    assert all(isinstance(item, Course) for item in items)
    assert [item.key for item in items] == KEYS


def test_async_iteration(three_courses_app: MockApp) -> None:
    async def run() -> tuple[int, list[str]]:
        transport = httpx.ASGITransport(app=three_courses_app)
        async with Client(base_url=BASE_URL, httpx_args={"transport": transport}) as anonymous:
            token = await afetch_token(anonymous, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
        async with jwt_client(BASE_URL, token, httpx_args={"transport": transport}) as client:
            pages = [
                page
                async for page in aiterate_pages(
                    get_enterprise_catalogs.asyncio_detailed, CATALOG, client=client, limit=2
                )
            ]
            keys = [
                item.key
                async for item in aiterate_items(
                    get_enterprise_catalogs.asyncio_detailed, CATALOG, client=client, limit=2
                )
            ]
        return len(pages), keys

    assert asyncio.run(run()) == (2, KEYS)


def test_next_is_fetched_from_the_clients_own_host(paging_client: AuthenticatedClient) -> None:
    """A `next` naming another host is followed on the base URL: the token never leaves it."""
    page = GetEnterpriseCatalogsResponse.from_dict(
        {
            "count": 3,
            "next": f"https://elsewhere.example/enterprise/v2/enterprise-catalogs/{CATALOG}?limit=1&page=2",
            "previous": None,
            "results": [],
        }
    )
    sent: list[httpx.Request] = []

    def first(*args: Any, **kwargs: Any) -> Response[GetEnterpriseCatalogsResponse]:
        return Response(status_code=HTTPStatus.OK, content=b"", headers={}, parsed=page)

    paging_client.get_httpx_client().event_hooks["request"].append(sent.append)
    keys = [item.key for item in iterate_items(first, client=paging_client)]
    assert [str(request.url.host) for request in sent] == ["testserver", "testserver"]
    assert keys == KEYS[1:]


def test_an_error_on_the_first_page_raises_page_error(transport: SyncASGITransport) -> None:
    anonymous = Client(base_url=BASE_URL, httpx_args={"transport": transport})
    with pytest.raises(PageError) as raised:
        list(iterate_items(get_enterprise_catalogs.sync_detailed, CATALOG, client=anonymous))
    assert raised.value.status_code == 401
    assert raised.value.error is not None
