from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_assignment_configurations_admin_assignments_request import (
    CancelAssignmentConfigurationsAdminAssignmentsRequest,
)
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    assignment_configuration_uuid: str,
    *,
    body: CancelAssignmentConfigurationsAdminAssignmentsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enterprise/v1/assignment-configurations/{assignment_configuration_uuid}/admin/assignments/cancel/".format(
            assignment_configuration_uuid=quote(str(assignment_configuration_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assignment_configuration_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelAssignmentConfigurationsAdminAssignmentsRequest,
) -> Response[Any | Error]:
    """Cancel content assignments of learners

     POST calls to the `/assignment-configurations-cancel` cancels content assignments of learners.

    Args:
        assignment_configuration_uuid (str):
        body (CancelAssignmentConfigurationsAdminAssignmentsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        assignment_configuration_uuid=assignment_configuration_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assignment_configuration_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelAssignmentConfigurationsAdminAssignmentsRequest,
) -> Any | Error | None:
    """Cancel content assignments of learners

     POST calls to the `/assignment-configurations-cancel` cancels content assignments of learners.

    Args:
        assignment_configuration_uuid (str):
        body (CancelAssignmentConfigurationsAdminAssignmentsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        assignment_configuration_uuid=assignment_configuration_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assignment_configuration_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelAssignmentConfigurationsAdminAssignmentsRequest,
) -> Response[Any | Error]:
    """Cancel content assignments of learners

     POST calls to the `/assignment-configurations-cancel` cancels content assignments of learners.

    Args:
        assignment_configuration_uuid (str):
        body (CancelAssignmentConfigurationsAdminAssignmentsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        assignment_configuration_uuid=assignment_configuration_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assignment_configuration_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelAssignmentConfigurationsAdminAssignmentsRequest,
) -> Any | Error | None:
    """Cancel content assignments of learners

     POST calls to the `/assignment-configurations-cancel` cancels content assignments of learners.

    Args:
        assignment_configuration_uuid (str):
        body (CancelAssignmentConfigurationsAdminAssignmentsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            assignment_configuration_uuid=assignment_configuration_uuid,
            client=client,
            body=body,
        )
    ).parsed
