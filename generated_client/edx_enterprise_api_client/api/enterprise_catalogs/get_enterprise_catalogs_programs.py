from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.program import Program
from ...types import Response


def _get_kwargs(
    catalog_id: str,
    program_id: str,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v2/enterprise-catalogs/{catalog_id}/programs/{program_id}".format(
            catalog_id=quote(str(catalog_id), safe=""),
            program_id=quote(str(program_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Program | None:
    if response.status_code == 200:
        response_200 = Program.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Program]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    catalog_id: str,
    program_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Program]:
    """Return information about a single program

     GET calls to the `enterprise-catalogs/{catalog_id}/programs/{program_ID}` endpoint return
    information about a single program in a specified course catalog. In the GET call, you pass a
    catalog ID, which you can get using the `enterprise-catalogs` endpoint, and a program ID, which you
    can get from the `uuid` value returned by the `enterprise-catalogs/{catalog_id}` endpoint. The
    information returned is described in Fields in a program Content Item.

    Args:
        catalog_id (str):
        program_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Program]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        program_id=program_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog_id: str,
    program_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Program | None:
    """Return information about a single program

     GET calls to the `enterprise-catalogs/{catalog_id}/programs/{program_ID}` endpoint return
    information about a single program in a specified course catalog. In the GET call, you pass a
    catalog ID, which you can get using the `enterprise-catalogs` endpoint, and a program ID, which you
    can get from the `uuid` value returned by the `enterprise-catalogs/{catalog_id}` endpoint. The
    information returned is described in Fields in a program Content Item.

    Args:
        catalog_id (str):
        program_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Program
    """

    return sync_detailed(
        catalog_id=catalog_id,
        program_id=program_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    catalog_id: str,
    program_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Program]:
    """Return information about a single program

     GET calls to the `enterprise-catalogs/{catalog_id}/programs/{program_ID}` endpoint return
    information about a single program in a specified course catalog. In the GET call, you pass a
    catalog ID, which you can get using the `enterprise-catalogs` endpoint, and a program ID, which you
    can get from the `uuid` value returned by the `enterprise-catalogs/{catalog_id}` endpoint. The
    information returned is described in Fields in a program Content Item.

    Args:
        catalog_id (str):
        program_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Program]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        program_id=program_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: str,
    program_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Program | None:
    """Return information about a single program

     GET calls to the `enterprise-catalogs/{catalog_id}/programs/{program_ID}` endpoint return
    information about a single program in a specified course catalog. In the GET call, you pass a
    catalog ID, which you can get using the `enterprise-catalogs` endpoint, and a program ID, which you
    can get from the `uuid` value returned by the `enterprise-catalogs/{catalog_id}` endpoint. The
    information returned is described in Fields in a program Content Item.

    Args:
        catalog_id (str):
        program_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Program
    """

    return (
        await asyncio_detailed(
            catalog_id=catalog_id,
            program_id=program_id,
            client=client,
        )
    ).parsed
