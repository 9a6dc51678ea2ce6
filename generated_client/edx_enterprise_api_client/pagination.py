"""Every page, or every item, of a paginated list, without following ``next`` by hand.

A paginated list answers ``count``, ``next``, ``previous`` and ``results``. Pass the operation's
``sync_detailed`` (or ``asyncio_detailed``) function and its arguments::

    from edx_enterprise_api_client.api.subscriptions import list_subscriptions
    from edx_enterprise_api_client.pagination import iterate_items

    for plan in iterate_items(list_subscriptions.sync_detailed, client=client, enterprise_customer_uuid=uuid):
        print(plan.title)

Later pages are fetched from ``next``'s path and query on the client's own base URL, so the
credentials never go to another host. This module is rendered from
rstapi/client/templates/package/pagination.py.jinja; do not edit it here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import Any, ParamSpec, Protocol, Self, TypeVar

import httpx

from .client import AuthenticatedClient, Client
from .exceptions import ApiError
from .models.error import Error
from .types import Response, Unset

__all__ = ["Page", "PageError", "aiterate_items", "aiterate_pages", "iterate_items", "iterate_pages"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="Page[Any]")
ParsedT = TypeVar("ParsedT", covariant=True)
Params = ParamSpec("Params")
_ACCEPT = {"Accept": "application/json"}


class Page(Protocol[ItemT]):
    """What a paginated list response model has."""

    @property
    def results(self) -> list[ItemT] | Unset: ...

    @property
    def next_(self) -> str | None | Unset: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


class Answer(Protocol[ParsedT]):
    """What an operation's ``*_detailed`` function returns (a ``Response``), read-only, so that
    the item type of ``iterate_items`` can be read off the page type."""

    @property
    def status_code(self) -> HTTPStatus: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> MutableMapping[str, str]: ...

    @property
    def parsed(self) -> ParsedT | None: ...


class PageError(ApiError):
    """A page could not be fetched: an ApiError (`status_code`, `error`, `response`)."""


def iterate_pages(
    operation: Callable[Params, Response[PageT | Error]], *args: Params.args, **kwargs: Params.kwargs
) -> Iterator[PageT]:
    """The first page `operation` answers, then every page its ``next`` links lead to."""
    client = _client_in(kwargs).get_httpx_client()
    page = _first_page(operation(*args, **kwargs))
    yield page
    while (url := _next_url(page, client.base_url)) is not None:
        page = _page_from(type(page), client.get(url, headers=_ACCEPT))
        yield page


def iterate_items(
    operation: Callable[Params, Answer[Page[ItemT] | Error]], *args: Params.args, **kwargs: Params.kwargs
) -> Iterator[ItemT]:
    """Every item of every page (see `iterate_pages`), typed as the page's ``results`` items."""
    client = _client_in(kwargs).get_httpx_client()
    page: Page[ItemT] = _first_page(operation(*args, **kwargs))
    yield from _items(page)
    while (url := _next_url(page, client.base_url)) is not None:
        page = _page_from(type(page), client.get(url, headers=_ACCEPT))
        yield from _items(page)


async def aiterate_pages(
    operation: Callable[Params, Awaitable[Response[PageT | Error]]],
    *args: Params.args,
    **kwargs: Params.kwargs,
) -> AsyncIterator[PageT]:
    """`iterate_pages` for asyncio: pass the operation's ``asyncio_detailed``."""
    client = _client_in(kwargs).get_async_httpx_client()
    page = _first_page(await operation(*args, **kwargs))
    yield page
    while (url := _next_url(page, client.base_url)) is not None:
        page = _page_from(type(page), await client.get(url, headers=_ACCEPT))
        yield page


async def aiterate_items(
    operation: Callable[Params, Awaitable[Answer[Page[ItemT] | Error]]],
    *args: Params.args,
    **kwargs: Params.kwargs,
) -> AsyncIterator[ItemT]:
    """`iterate_items` for asyncio: pass the operation's ``asyncio_detailed``."""
    client = _client_in(kwargs).get_async_httpx_client()
    page: Page[ItemT] = _first_page(await operation(*args, **kwargs))
    for item in _items(page):
        yield item
    while (url := _next_url(page, client.base_url)) is not None:
        page = _page_from(type(page), await client.get(url, headers=_ACCEPT))
        for item in _items(page):
            yield item


def _client_in(kwargs: Mapping[str, Any]) -> Client | AuthenticatedClient:
    client = kwargs.get("client")
    if not isinstance(client, Client | AuthenticatedClient):
        raise TypeError("pass the client as client=...")
    return client


def _first_page(response: Answer[PageT | Error]) -> PageT:
    parsed = response.parsed
    if parsed is None or isinstance(parsed, Error):
        raise PageError(Response(response.status_code, response.content, response.headers, parsed))
    return parsed


def _page_from(page_type: type[PageT], response: httpx.Response) -> PageT:
    body = response.json() if response.headers.get("content-type", "").startswith("application/json") else None
    if response.status_code != httpx.codes.OK or not isinstance(body, dict):
        error = Error.from_dict(body) if isinstance(body, dict) and "error" in body else None
        raise PageError(Response(HTTPStatus(response.status_code), response.content, response.headers, error))
    return page_type.from_dict(body)


def _next_url(page: Page[Any], base_url: httpx.URL) -> httpx.URL | None:
    """``next``'s path and query on the client's base URL; None on the last page."""
    if not isinstance(page.next_, str) or not page.next_:
        return None
    target = base_url.join(page.next_)
    return base_url.copy_with(raw_path=target.raw_path, fragment=None)


def _items(page: Page[ItemT]) -> list[ItemT]:
    return [] if isinstance(page.results, Unset) else page.results
