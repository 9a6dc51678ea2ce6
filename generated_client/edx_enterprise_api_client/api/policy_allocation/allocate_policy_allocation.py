from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.allocate_policy_allocation_request import AllocatePolicyAllocationRequest
from ...models.allocate_policy_allocation_response import AllocatePolicyAllocationResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    policy_uuid: str,
    *,
    body: AllocatePolicyAllocationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enterprise/v1/policy-allocation/{policy_uuid}/allocate/".format(
            policy_uuid=quote(str(policy_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AllocatePolicyAllocationResponse | Error | None:
    if response.status_code == 202:
        response_202 = AllocatePolicyAllocationResponse.from_dict(response.json())

        return response_202

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
) -> Response[AllocatePolicyAllocationResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    policy_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AllocatePolicyAllocationRequest,
) -> Response[AllocatePolicyAllocationResponse | Error]:
    """Allocate an assignment to a list of users

     POST calls to the `policy-allocation` endpoint to allocate an assignment to a list of users provided
    in the request body in the requested content_key.

    Args:
        policy_uuid (str):
        body (AllocatePolicyAllocationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocatePolicyAllocationResponse | Error]
    """

    kwargs = _get_kwargs(
        policy_uuid=policy_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    policy_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AllocatePolicyAllocationRequest,
) -> AllocatePolicyAllocationResponse | Error | None:
    """Allocate an assignment to a list of users

     POST calls to the `policy-allocation` endpoint to allocate an assignment to a list of users provided
    in the request body in the requested content_key.

    Args:
        policy_uuid (str):
        body (AllocatePolicyAllocationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocatePolicyAllocationResponse | Error
    """

    return sync_detailed(
        policy_uuid=policy_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    policy_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AllocatePolicyAllocationRequest,
) -> Response[AllocatePolicyAllocationResponse | Error]:
    """Allocate an assignment to a list of users

     POST calls to the `policy-allocation` endpoint to allocate an assignment to a list of users provided
    in the request body in the requested content_key.

    Args:
        policy_uuid (str):
        body (AllocatePolicyAllocationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocatePolicyAllocationResponse | Error]
    """

    kwargs = _get_kwargs(
        policy_uuid=policy_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    policy_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AllocatePolicyAllocationRequest,
) -> AllocatePolicyAllocationResponse | Error | None:
    """Allocate an assignment to a list of users

     POST calls to the `policy-allocation` endpoint to allocate an assignment to a list of users provided
    in the request body in the requested content_key.

    Args:
        policy_uuid (str):
        body (AllocatePolicyAllocationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocatePolicyAllocationResponse | Error
    """

    return (
        await asyncio_detailed(
            policy_uuid=policy_uuid,
            client=client,
            body=body,
        )
    ).parsed
