"""Credentials for a run: a static token, or one fetched from the spec's token endpoint.

Either is sent as `Authorization: <prefix> <token>`, the prefix being the spec's auth prefix (e.g.
JWT) unless the token endpoint answers with its own `token_type`.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from rstapi.contract.bounds import flight
from rstapi.contract.settings import ContractError, ContractSettings
from rstapi.openapi.auth import TOKEN_ENDPOINT_MARK, auth_prefix, token_endpoint, token_form

__all__ = ["TOKEN_ENDPOINT_MARK", "authorization_header", "request_headers", "token_endpoint"]


def request_headers(settings: ContractSettings, authorization: str | None) -> dict[str, str]:
    """The headers every request of the run carries: the user's (-H) and the access token's."""
    headers = dict(settings.headers)
    if authorization is not None:
        headers["Authorization"] = authorization
    return headers


def authorization_header(spec: dict[str, Any], settings: ContractSettings, app: Any = None) -> str | None:
    """The `Authorization` value every request carries, or None when the run is anonymous."""
    if settings.token is not None:
        token = settings.token
        return token if " " in token else f"{auth_prefix(spec)} {token}"
    if settings.client_id is None or settings.client_secret is None:
        return None
    path = token_endpoint(spec)
    if path is None:
        raise ContractError(
            f"client credentials given, but no operation in the spec has {TOKEN_ENDPOINT_MARK}"
        )
    form = token_form(spec, path, settings.client_id, settings.client_secret)
    return _token_from(_post_form(settings, path, form, app), auth_prefix(spec))


def _post_form(settings: ContractSettings, path: str, form: dict[str, str], app: Any) -> httpx.Response:
    url = settings.base_url.rstrip("/") + settings.service_path(path)
    try:
        if app is None:
            with flight(settings.request_deadline) as current:  # a trickled answer ends too
                try:
                    return _post_capped(url, form, settings.request_timeout)
                except httpx.HTTPError:
                    if current.expired:
                        raise ContractError(
                            f"cannot fetch a token from {url}: no complete answer within "
                            f"{settings.request_deadline:g}s (--request-deadline)"
                        ) from None
                    raise
        return asyncio.run(_post_in_process(app, url, form))
    except httpx.HTTPError as error:
        raise ContractError(f"cannot fetch a token from {url}: {error}") from None


_MAX_TOKEN_ANSWER = 2**20  # a token answer is a few hundred bytes; past this it is not read


def _post_capped(url: str, form: dict[str, str], timeout: float) -> httpx.Response:
    """The token endpoint's answer, its body read up to _MAX_TOKEN_ANSWER bytes."""
    with httpx.Client(timeout=timeout) as client, client.stream("POST", url, data=form) as response:
        body = b""
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > _MAX_TOKEN_ANSWER:
                raise ContractError(f"cannot fetch a token from {url}: its answer is over 1 MB")
        return httpx.Response(
            response.status_code, headers=response.headers, content=body, request=response.request
        )


async def _post_in_process(app: Any, url: str, form: dict[str, str]) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as client:
        return await client.post(url, data=form)


def _token_from(response: httpx.Response, prefix: str) -> str:
    where = f"{response.request.method} {response.request.url}"
    if response.status_code != 200:
        raise ContractError(
            f"{where} refused the client credentials: {response.status_code} {response.text[:200]}"
        )
    try:
        body = response.json()
        token, token_type = body["access_token"], body.get("token_type") or prefix
    except (ValueError, KeyError, TypeError):
        raise ContractError(f"{where} did not answer with an access_token") from None
    return f"{token_type} {token}"
