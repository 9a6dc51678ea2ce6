from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course import Course
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    catalog_id: str,
    course_key: str,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v2/enterprise-catalogs/{catalog_id}/courses/{course_key}".format(
            catalog_id=quote(str(catalog_id), safe=""),
            course_key=quote(str(course_key), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Course | Error | None:
    if response.status_code == 200:
        response_200 = Course.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Course | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    catalog_id: str,
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Course | Error]:
    """Return information about a single course

     GET calls to the `enterprise-catalogs/{catalog_id}/courses/{course_key}` endpoint return information
    about a single course in a specified course catalog. In the GET call, you pass a catalog ID, which
    you can get using the `enterprise-catalogs` endpoint, and a course key (a unique identifier for a
    course), which you can get from the `key` value returned by the `enterprise-catalogs/{catalog_id}`
    endpoint. By default, the information is returned in XML format. The information returned is
    described in Fields in a course Content Item.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Course | Error]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        course_key=course_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog_id: str,
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Course | Error | None:
    """Return information about a single course

     GET calls to the `enterprise-catalogs/{catalog_id}/courses/{course_key}` endpoint return information
    about a single course in a specified course catalog. In the GET call, you pass a catalog ID, which
    you can get using the `enterprise-catalogs` endpoint, and a course key (a unique identifier for a
    course), which you can get from the `key` value returned by the `enterprise-catalogs/{catalog_id}`
    endpoint. By default, the information is returned in XML format. The information returned is
    described in Fields in a course Content Item.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Course | Error
    """

    return sync_detailed(
        catalog_id=catalog_id,
        course_key=course_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    catalog_id: str,
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Course | Error]:
    """Return information about a single course

     GET calls to the `enterprise-catalogs/{catalog_id}/courses/{course_key}` endpoint return information
    about a single course in a specified course catalog. In the GET call, you pass a catalog ID, which
    you can get using the `enterprise-catalogs` endpoint, and a course key (a unique identifier for a
    course), which you can get from the `key` value returned by the `enterprise-catalogs/{catalog_id}`
    endpoint. By default, the information is returned in XML format. The information returned is
    described in Fields in a course Content Item.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Course | Error]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        course_key=course_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: str,
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Course | Error | None:
    """Return information about a single course

     GET calls to the `enterprise-catalogs/{catalog_id}/courses/{course_key}` endpoint return information
    about a single course in a specified course catalog. In the GET call, you pass a catalog ID, which
    you can get using the `enterprise-catalogs` endpoint, and a course key (a unique identifier for a
    course), which you can get from the `key` value returned by the `enterprise-catalogs/{catalog_id}`
    endpoint. By default, the information is returned in XML format. The information returned is
    described in Fields in a course Content Item.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Course | Error
    """

    return (
        await asyncio_detailed(
            catalog_id=catalog_id,
            course_key=course_key,
            client=client,
        )
    ).parsed
