from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_subscriptions_licenses_request import AssignSubscriptionsLicensesRequest
from ...models.assign_subscriptions_licenses_response import AssignSubscriptionsLicensesResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    subscription_plan_uuid: str,
    *,
    body: AssignSubscriptionsLicensesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/assign".format(
            subscription_plan_uuid=quote(str(subscription_plan_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssignSubscriptionsLicensesResponse | Error | None:
    if response.status_code == 200:
        response_200 = AssignSubscriptionsLicensesResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssignSubscriptionsLicensesResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_plan_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignSubscriptionsLicensesRequest,
) -> Response[AssignSubscriptionsLicensesResponse | Error]:
    """Assign a license to a list of users

     POST calls to the `licenses/assign` endpoint to assign a license to a list of users provided in
    request body in the given subscription plan specified in the path.

    Args:
        subscription_plan_uuid (str):
        body (AssignSubscriptionsLicensesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignSubscriptionsLicensesResponse | Error]
    """

    kwargs = _get_kwargs(
        subscription_plan_uuid=subscription_plan_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_plan_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignSubscriptionsLicensesRequest,
) -> AssignSubscriptionsLicensesResponse | Error | None:
    """Assign a license to a list of users

     POST calls to the `licenses/assign` endpoint to assign a license to a list of users provided in
    request body in the given subscription plan specified in the path.

    Args:
        subscription_plan_uuid (str):
        body (AssignSubscriptionsLicensesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignSubscriptionsLicensesResponse | Error
    """

    return sync_detailed(
        subscription_plan_uuid=subscription_plan_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    subscription_plan_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignSubscriptionsLicensesRequest,
) -> Response[AssignSubscriptionsLicensesResponse | Error]:
    """Assign a license to a list of users

     POST calls to the `licenses/assign` endpoint to assign a license to a list of users provided in
    request body in the given subscription plan specified in the path.

    Args:
        subscription_plan_uuid (str):
        body (AssignSubscriptionsLicensesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignSubscriptionsLicensesResponse | Error]
    """

    kwargs = _get_kwargs(
        subscription_plan_uuid=subscription_plan_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_plan_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignSubscriptionsLicensesRequest,
) -> AssignSubscriptionsLicensesResponse | Error | None:
    """Assign a license to a list of users

     POST calls to the `licenses/assign` endpoint to assign a license to a list of users provided in
    request body in the given subscription plan specified in the path.

    Args:
        subscription_plan_uuid (str):
        body (AssignSubscriptionsLicensesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignSubscriptionsLicensesResponse | Error
    """

    return (
        await asyncio_detailed(
            subscription_plan_uuid=subscription_plan_uuid,
            client=client,
            body=body,
        )
    ).parsed
