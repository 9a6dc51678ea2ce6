from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_bulk_license_enrollment_request import CreateBulkLicenseEnrollmentRequest
from ...models.create_bulk_license_enrollment_response import CreateBulkLicenseEnrollmentResponse
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateBulkLicenseEnrollmentRequest,
    enterprise_customer_uuid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["enterprise_customer_uuid"] = enterprise_customer_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enterprise/v1/bulk-license-enrollment",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateBulkLicenseEnrollmentResponse | Error | None:
    if response.status_code == 201:
        response_201 = CreateBulkLicenseEnrollmentResponse.from_dict(response.json())

        return response_201

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
) -> Response[CreateBulkLicenseEnrollmentResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBulkLicenseEnrollmentRequest,
    enterprise_customer_uuid: str,
) -> Response[CreateBulkLicenseEnrollmentResponse | Error]:
    """Bulk enroll learners in given list of courses

     POST calls to the `/bulk-license-enrollment` to bulk enroll learners in given list of courses.

    Args:
        enterprise_customer_uuid (str):
        body (CreateBulkLicenseEnrollmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBulkLicenseEnrollmentResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        enterprise_customer_uuid=enterprise_customer_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBulkLicenseEnrollmentRequest,
    enterprise_customer_uuid: str,
) -> CreateBulkLicenseEnrollmentResponse | Error | None:
    """Bulk enroll learners in given list of courses

     POST calls to the `/bulk-license-enrollment` to bulk enroll learners in given list of courses.

    Args:
        enterprise_customer_uuid (str):
        body (CreateBulkLicenseEnrollmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBulkLicenseEnrollmentResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        enterprise_customer_uuid=enterprise_customer_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBulkLicenseEnrollmentRequest,
    enterprise_customer_uuid: str,
) -> Response[CreateBulkLicenseEnrollmentResponse | Error]:
    """Bulk enroll learners in given list of courses

     POST calls to the `/bulk-license-enrollment` to bulk enroll learners in given list of courses.

    Args:
        enterprise_customer_uuid (str):
        body (CreateBulkLicenseEnrollmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBulkLicenseEnrollmentResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        enterprise_customer_uuid=enterprise_customer_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBulkLicenseEnrollmentRequest,
    enterprise_customer_uuid: str,
) -> CreateBulkLicenseEnrollmentResponse | Error | None:
    """Bulk enroll learners in given list of courses

     POST calls to the `/bulk-license-enrollment` to bulk enroll learners in given list of courses.

    Args:
        enterprise_customer_uuid (str):
        body (CreateBulkLicenseEnrollmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBulkLicenseEnrollmentResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            enterprise_customer_uuid=enterprise_customer_uuid,
        )
    ).parsed
