from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_enterprise_catalogs_response import GetEnterpriseCatalogsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    catalog_id: str,
    *,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v2/enterprise-catalogs/{catalog_id}".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetEnterpriseCatalogsResponse | None:
    if response.status_code == 200:
        response_200 = GetEnterpriseCatalogsResponse.from_dict(response.json())

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
) -> Response[Error | GetEnterpriseCatalogsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    catalog_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
) -> Response[Error | GetEnterpriseCatalogsResponse]:
    """Return a list of all of the active courses

     GET calls to the `enterprise-catalogs/{catalog_id}` endpoint return a list of all of the active
    courses in a specified course catalog. You can then make a GET call to the `/enterprise-
    catalogs/{catalog_id}/courses/{course_key}` endpoint to return details about a single course.

    Args:
        catalog_id (str):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetEnterpriseCatalogsResponse]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
) -> Error | GetEnterpriseCatalogsResponse | None:
    """Return a list of all of the active courses

     GET calls to the `enterprise-catalogs/{catalog_id}` endpoint return a list of all of the active
    courses in a specified course catalog. You can then make a GET call to the `/enterprise-
    catalogs/{catalog_id}/courses/{course_key}` endpoint to return details about a single course.

    Args:
        catalog_id (str):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetEnterpriseCatalogsResponse
    """

    return sync_detailed(
        catalog_id=catalog_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    catalog_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
) -> Response[Error | GetEnterpriseCatalogsResponse]:
    """Return a list of all of the active courses

     GET calls to the `enterprise-catalogs/{catalog_id}` endpoint return a list of all of the active
    courses in a specified course catalog. You can then make a GET call to the `/enterprise-
    catalogs/{catalog_id}/courses/{course_key}` endpoint to return details about a single course.

    Args:
        catalog_id (str):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetEnterpriseCatalogsResponse]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
) -> Error | GetEnterpriseCatalogsResponse | None:
    """Return a list of all of the active courses

     GET calls to the `enterprise-catalogs/{catalog_id}` endpoint return a list of all of the active
    courses in a specified course catalog. You can then make a GET call to the `/enterprise-
    catalogs/{catalog_id}/courses/{course_key}` endpoint to return details about a single course.

    Args:
        catalog_id (str):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetEnterpriseCatalogsResponse
    """

    return (
        await asyncio_detailed(
            catalog_id=catalog_id,
            client=client,
            limit=limit,
        )
    ).parsed
