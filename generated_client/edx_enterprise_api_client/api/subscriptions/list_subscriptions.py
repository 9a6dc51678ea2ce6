from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_subscriptions_response import ListSubscriptionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    enterprise_customer_uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | None | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["enterprise_customer_uuid"] = enterprise_customer_uuid

    params["page"] = page

    json_current: bool | None | Unset
    if isinstance(current, Unset):
        json_current = UNSET
    else:
        json_current = current
    params["current"] = json_current

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v1/subscriptions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListSubscriptionsResponse | None:
    if response.status_code == 200:
        response_200 = ListSubscriptionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = Error.from_dict(response.json())

        return response_405

    if response.status_code == 406:
        response_406 = Error.from_dict(response.json())

        return response_406

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ListSubscriptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    enterprise_customer_uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | None | Unset = UNSET,
) -> Response[Error | ListSubscriptionsResponse]:
    """Get a list of subscription plans

     GET calls to the `subscriptions` endpoint to get a list of subscription plans.

    Args:
        enterprise_customer_uuid (str | Unset):
        page (int | Unset):
        current (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListSubscriptionsResponse]
    """

    kwargs = _get_kwargs(
        enterprise_customer_uuid=enterprise_customer_uuid,
        page=page,
        current=current,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    enterprise_customer_uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | None | Unset = UNSET,
) -> Error | ListSubscriptionsResponse | None:
    """Get a list of subscription plans

     GET calls to the `subscriptions` endpoint to get a list of subscription plans.

    Args:
        enterprise_customer_uuid (str | Unset):
        page (int | Unset):
        current (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListSubscriptionsResponse
    """

    return sync_detailed(
        client=client,
        enterprise_customer_uuid=enterprise_customer_uuid,
        page=page,
        current=current,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    enterprise_customer_uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | None | Unset = UNSET,
) -> Response[Error | ListSubscriptionsResponse]:
    """Get a list of subscription plans

     GET calls to the `subscriptions` endpoint to get a list of subscription plans.

    Args:
        enterprise_customer_uuid (str | Unset):
        page (int | Unset):
        current (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListSubscriptionsResponse]
    """

    kwargs = _get_kwargs(
        enterprise_customer_uuid=enterprise_customer_uuid,
        page=page,
        current=current,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    enterprise_customer_uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | None | Unset = UNSET,
) -> Error | ListSubscriptionsResponse | None:
    """Get a list of subscription plans

     GET calls to the `subscriptions` endpoint to get a list of subscription plans.

    Args:
        enterprise_customer_uuid (str | Unset):
        page (int | Unset):
        current (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListSubscriptionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            enterprise_customer_uuid=enterprise_customer_uuid,
            page=page,
            current=current,
        )
    ).parsed
