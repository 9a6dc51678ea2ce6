"""Before any generated request: can the run reach the service at all? One clear message (a
ContractError, exit 2) within seconds instead of hundreds of identical failures.

Probes, all GETs (safe on any host): the base URL (unreachable host), then up to `MAX_PROBES` of the
spec's GET operations at the paths the run will use (path parameters from `--path-param`, the spec's
examples, else "1"). Every probe 404 with an HTML page means a wrong prefix; every probe 401/403 with a
token means the token is refused or expired. A token endpoint refusing the credentials is reported by
`auth.authorization_header` before this runs.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import httpx

from rstapi.contract.settings import ContractError, ContractSettings
from rstapi.openapi.refs import resolve

__all__ = ["MAX_PROBES", "preflight"]

MAX_PROBES = 6
_PROBE_TIMEOUT = 5.0
_PARAM = re.compile(r"\{([^}]+)\}")


def preflight(
    served: dict[str, Any], settings: ContractSettings, authorization: str | None, app: Any = None
) -> None:
    """Raise ContractError when the service cannot be tested as configured; return otherwise."""
    headers = dict(settings.headers)
    if authorization is not None:
        headers["Authorization"] = authorization
    targets = _targets(served, dict(settings.path_params))
    base = settings.base_url.rstrip("/")
    answers = _send(base, ["/", *targets], headers, min(settings.request_timeout, _PROBE_TIMEOUT), app)
    probes = answers[1:]
    if not probes:
        return
    shown = "; ".join(
        f"GET {base}{path} -> {status}" for path, (status, _) in zip(targets, probes, strict=True)
    )
    if all(status == 404 and "html" in kind for status, kind in probes):
        raise ContractError(
            f"every path answers 404 with an HTML page ({shown}): the service is not at these paths; "
            "map the spec's prefix with --path-map PUBLIC=SERVICE (and --trailing-slash add|strip), "
            "or give --base-url the service's own prefix"
        )
    if authorization is not None and all(status in (401, 403) for status, _ in probes):
        raise ContractError(
            f"the token is refused or expired: every probed operation answers 401/403 ({shown}); "
            "get a fresh token (--token) or use --client-id/--client-secret"
        )


def _targets(served: dict[str, Any], fixed: dict[str, str]) -> list[str]:
    targets = []
    for path, item in (served.get("paths") or {}).items():
        operation = item.get("get") if isinstance(item, dict) else None
        if isinstance(operation, dict):
            values = {**_examples(served, item, operation), **fixed}
            targets.append(_PARAM.sub(lambda match: values.get(match.group(1), "1"), path))  # noqa: B023
        if len(targets) == MAX_PROBES:
            break
    return targets


def _examples(served: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> dict[str, str]:
    """Path parameter name -> its documented example (parameters given by `$ref` included)."""
    found = {}
    for written in [*(item.get("parameters") or ()), *(operation.get("parameters") or ())]:
        parameter = resolve(served, written)
        if isinstance(parameter, dict) and parameter.get("in") == "path" and "example" in parameter:
            found[str(parameter["name"])] = str(parameter["example"])
    return found


def _send(
    base: str, paths: list[str], headers: dict[str, str], timeout: float, app: Any
) -> list[tuple[int, str]]:
    if app is not None:
        return asyncio.run(_send_in_process(base, paths, headers, app))
    answers = []
    with httpx.Client(timeout=timeout, headers=headers) as client:
        for index, path in enumerate(paths):
            answers.append(_get(client.get, base + path, base, first=index == 0))
    return answers


def _get(get: Callable[[str], httpx.Response], url: str, base: str, *, first: bool) -> tuple[int, str]:
    try:
        response = get(url)
    except httpx.TimeoutException:
        raise ContractError(f"{base} did not answer within the request timeout (GET {url})") from None
    except httpx.HTTPError as error:
        what = "cannot reach" if first else "lost the connection to"
        raise ContractError(
            f"{what} {base}: {error} (is the service running? is --base-url right?)"
        ) from None
    return response.status_code, response.headers.get("content-type", "")


async def _send_in_process(
    base: str, paths: list[str], headers: dict[str, str], app: Any
) -> list[tuple[int, str]]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, headers=headers) as client:
        answers = []
        for path in paths:
            response = await client.get(base + path)
            answers.append((response.status_code, response.headers.get("content-type", "")))
        return answers
