"""Credentials for the edX Enterprise API: the client-credentials token call and a JWT client.

The API expects ``Authorization: JWT <access token>`` (the word JWT, not Bearer)::

    from edx_enterprise_api_client.auth import fetch_token, jwt_client
    from edx_enterprise_api_client.client import Client

    token = fetch_token(Client(base_url=base_url), client_id, client_secret)
    with jwt_client(base_url, token) as client:
        ...

This module is rendered from rstapi/client/templates/package/auth.py.jinja; do not edit it here.
"""

from __future__ import annotations

from typing import Any

from .api.oauth2 import create_access_token
from .client import AuthenticatedClient, Client
from .exceptions import ApiError
from .models.access_token import AccessToken
from .models.access_token_request import AccessTokenRequest
from .models.access_token_request_grant_type import AccessTokenRequestGrantType
from .models.access_token_request_token_type import AccessTokenRequestTokenType
from .models.error import Error
from .types import Response

__all__ = [
    "AUTH_PREFIX",
    "DEFAULT_HEADERS",
    "TokenError",
    "afetch_token",
    "fetch_token",
    "jwt_client",
    "token_request",
]

AUTH_PREFIX = "JWT"
DEFAULT_HEADERS = {"Accept": "application/json"}


class TokenError(ApiError):
    """The token endpoint did not issue a token: an ApiError (`status_code`, `error`, `response`)."""


def jwt_client(base_url: str, token: str | AccessToken, **options: Any) -> AuthenticatedClient:
    """An AuthenticatedClient sending ``Authorization: JWT <token>`` and ``Accept: application/json``.

    `options` are AuthenticatedClient's other keyword arguments (timeout, headers, httpx_args ...).
    """
    access_token = token.access_token if isinstance(token, AccessToken) else token
    headers = {**DEFAULT_HEADERS, **options.pop("headers", {})}
    return AuthenticatedClient(base_url=base_url, token=access_token, prefix=AUTH_PREFIX, headers=headers, **options)


def token_request(client_id: str, client_secret: str) -> AccessTokenRequest:
    """The client-credentials form that asks for a JWT."""
    return AccessTokenRequest(
        grant_type=AccessTokenRequestGrantType.CLIENT_CREDENTIALS,
        client_id=client_id,
        client_secret=client_secret,
        token_type=AccessTokenRequestTokenType.JWT,
    )


def fetch_token(client: Client | AuthenticatedClient, client_id: str, client_secret: str) -> AccessToken:
    """Exchange the API client's id and secret for an access token; raises TokenError when refused."""
    body = token_request(client_id, client_secret)
    return _token_from(create_access_token.sync_detailed(client=client, body=body))


async def afetch_token(client: Client | AuthenticatedClient, client_id: str, client_secret: str) -> AccessToken:
    """`fetch_token` for asyncio."""
    body = token_request(client_id, client_secret)
    return _token_from(await create_access_token.asyncio_detailed(client=client, body=body))


def _token_from(response: Response[AccessToken | Error]) -> AccessToken:
    if isinstance(response.parsed, AccessToken):
        return response.parsed
    raise TokenError(response)
