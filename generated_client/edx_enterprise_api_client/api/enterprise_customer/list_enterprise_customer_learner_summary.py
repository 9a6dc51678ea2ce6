from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_enterprise_customer_learner_summary_page import ListEnterpriseCustomerLearnerSummaryPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    enterprise_uuid: str,
    *,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v3/enterprise-customer/{enterprise_uuid}/learner-summary".format(
            enterprise_uuid=quote(str(enterprise_uuid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListEnterpriseCustomerLearnerSummaryPage | None:
    if response.status_code == 200:
        response_200 = ListEnterpriseCustomerLearnerSummaryPage.from_dict(response.json())

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
) -> Response[Error | ListEnterpriseCustomerLearnerSummaryPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    enterprise_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> Response[Error | ListEnterpriseCustomerLearnerSummaryPage]:
    """Get information about learners' course enrollments and progress

     GET calls to the `learner-summary` endpoint get information about learners' course enrollments and
    progress. The response data is by default sorted on the basis of `last_activity_date`. The data can
    be sorted on other fields available in response by passing it in query_param as
    `?ordering=field_name`.

    Args:
        enterprise_uuid (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListEnterpriseCustomerLearnerSummaryPage]
    """

    kwargs = _get_kwargs(
        enterprise_uuid=enterprise_uuid,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> Error | ListEnterpriseCustomerLearnerSummaryPage | None:
    """Get information about learners' course enrollments and progress

     GET calls to the `learner-summary` endpoint get information about learners' course enrollments and
    progress. The response data is by default sorted on the basis of `last_activity_date`. The data can
    be sorted on other fields available in response by passing it in query_param as
    `?ordering=field_name`.

    Args:
        enterprise_uuid (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListEnterpriseCustomerLearnerSummaryPage
    """

    return sync_detailed(
        enterprise_uuid=enterprise_uuid,
        client=client,
        ordering=ordering,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    enterprise_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> Response[Error | ListEnterpriseCustomerLearnerSummaryPage]:
    """Get information about learners' course enrollments and progress

     GET calls to the `learner-summary` endpoint get information about learners' course enrollments and
    progress. The response data is by default sorted on the basis of `last_activity_date`. The data can
    be sorted on other fields available in response by passing it in query_param as
    `?ordering=field_name`.

    Args:
        enterprise_uuid (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListEnterpriseCustomerLearnerSummaryPage]
    """

    kwargs = _get_kwargs(
        enterprise_uuid=enterprise_uuid,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> Error | ListEnterpriseCustomerLearnerSummaryPage | None:
    """Get information about learners' course enrollments and progress

     GET calls to the `learner-summary` endpoint get information about learners' course enrollments and
    progress. The response data is by default sorted on the basis of `last_activity_date`. The data can
    be sorted on other fields available in response by passing it in query_param as
    `?ordering=field_name`.

    Args:
        enterprise_uuid (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListEnterpriseCustomerLearnerSummaryPage
    """

    return (
        await asyncio_detailed(
            enterprise_uuid=enterprise_uuid,
            client=client,
            ordering=ordering,
            page=page,
            page_size=page_size,
        )
    ).parsed
