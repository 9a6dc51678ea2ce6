"""Before any generated request: can the run reach the operations it will test? One clear message (a
ContractError, exit 2) within seconds instead of hundreds of identical failures.

Probes (none can change state): the base URL (unreachable host), then every operation the run tests,
nothing else, at the path the run will use (path parameters from `--path-param`, the spec's examples,
else "1"): a GET operation with a GET, a HEAD one with a HEAD, any other with an OPTIONS request (a
405 still proves the path is served). Operations whose probe answers 404 with a page that is not JSON
are not served at that path (a wrong prefix); an operation whose probe is redirected (a 3xx the
reference does not document for it: redirects are never followed, so every request of the run would
get the redirect) stops the run with what the redirect was (http to https, a trailing slash, a login
page, another address: `redirect.py`) and what to give instead; every probe answering 401, or 403 with an authentication
refusal (`reach.AUTHENTICATION_REFUSALS`: DRF's 403 "Invalid token." behind SessionAuthentication),
means the token is refused or expired. A token endpoint refusing the credentials is reported by `auth.authorization_header` before
this runs.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any
from urllib.parse import urljoin

import attrs
import httpx

from rstapi.contract.auth import request_headers
from rstapi.contract.bounds import flight
from rstapi.contract.reach import refused_credentials
from rstapi.contract.redirect import redirect_advice
from rstapi.contract.settings import ContractError, ContractSettings
from rstapi.openapi.refs import resolve
from rstapi.records import Record

__all__ = ["Probe", "preflight", "probes_for"]

_PROBE_TIMEOUT = 5.0
_DEADLINE_FACTOR = 3  # a probe's total time, in idle timeouts (a server may trickle)
_PARAM = re.compile(r"\{([^}]+)\}")
_OWN_METHOD = frozenset({"GET", "HEAD"})  # probed as themselves; every other method with OPTIONS
_REFUSES = (
    "refuses the credentials (401, or 403 with an authentication refusal as its detail, as Django REST "
    "framework answers when the view's first authentication class is SessionAuthentication)"
)
_REFUSAL_BYTES = 4096  # of a 403's body, read to tell an authentication refusal from a permission
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_Answer = tuple[int, str, str, str]  # status, content type, the start of a 403's body, Location


@attrs.frozen(repr=False)
class Probe(Record):
    label: str  # the served "METHOD /path" of the operation
    method: str  # the method the probe sends
    path: str  # the path with its parameters filled
    anonymous: bool = False  # the operation takes no credentials (`security: []`, a token endpoint)
    redirects: bool = False  # the reference documents a 3xx for the operation (a redirect is its answer)

    def describe(self, base: str, status: int) -> str:
        return f"{self.method} {base}{self.path} -> {status}"


def preflight(
    served: dict[str, Any],
    settings: ContractSettings,
    authorization: str | None,
    app: Any = None,
    labels: list[str] | None = None,
) -> None:
    """Raise ContractError when the operations named by `labels` (served "METHOD /path"; all of the
    document's when None) cannot be tested as configured; return otherwise."""
    headers = request_headers(settings, authorization)
    probes = probes_for(served, labels, dict(settings.path_params))
    base = settings.base_url.rstrip("/")
    timeout = min(settings.request_timeout, _PROBE_TIMEOUT)
    answers = _send(base, [Probe("", "GET", "/"), *probes], headers, timeout, app)[1:]
    if probes:
        _judge(base, probes, answers, authorization is not None)


def _judge(base: str, probes: list[Probe], answers: list[_Answer], token: bool) -> None:
    _judge_redirects(base, probes, answers)
    unserved = [
        probe.describe(base, status)
        for probe, (status, kind, _, _) in zip(probes, answers, strict=True)
        if status == 404 and "json" not in kind
    ]
    if unserved:
        every = (
            "every operation answers"
            if len(unserved) == len(probes)
            else f"{len(unserved)} of {len(probes)} operations answer"
        )
        raise ContractError(
            f"{every} 404 with a page that is not JSON ({'; '.join(unserved)}): the service is not "
            "at these paths; map the spec's prefix with --path-map PUBLIC=SERVICE (and --trailing-slash "
            "add|strip), give --base-url the service's own prefix, or leave them out with --exclude"
        )
    guarded = [
        (probe, status, body)
        for probe, (status, _, body, _) in zip(probes, answers, strict=True)
        if not probe.anonymous
    ]
    if guarded and all(_refused(status, body) for _, status, body in guarded):
        shown = "; ".join(probe.describe(base, status) for probe, status, _ in guarded)
        said = "answers 401" if all(status == 401 for _, status, _ in guarded) else _REFUSES
        if token:
            raise ContractError(
                f"the token is refused or expired: every probed operation {said} ({shown}); "
                "get a fresh token (--token) or use --client-id/--client-secret"
            )
        raise ContractError(
            f"every probed operation {said} and no token was given ({shown}); "
            "pass --token or --client-id/--client-secret"
        )


def _judge_redirects(base: str, probes: list[Probe], answers: list[_Answer]) -> None:
    """Stop on probes answered with a redirect the reference does not document: each one shown with
    where it leads, then what each kind of redirect asks the user to give."""
    redirected = [
        (probe, status, urljoin(base + probe.path, location))
        for probe, (status, _, _, location) in zip(probes, answers, strict=True)
        if status in _REDIRECTS and not probe.redirects
    ]
    if not redirected:
        return
    shown = "; ".join(f"{probe.describe(base, status)} to {where}" for probe, status, where in redirected)
    advice = dict.fromkeys(redirect_advice(base, base + probe.path, where) for probe, _, where in redirected)
    every = (
        "every operation is"
        if len(redirected) == len(probes)
        else f"{len(redirected)} of {len(probes)} operations are"
    )
    raise ContractError(
        f"{every} redirected ({shown}): {'; '.join(advice)} (the run follows no redirect: every "
        "request would get the redirect instead of an answer)"
    )


def _refused(status: int, body: str) -> bool:
    """The answer refuses the credentials: 401, or 403 with an authentication refusal."""
    return status == 401 or (status == 403 and refused_credentials(body))


def probes_for(served: dict[str, Any], labels: list[str] | None, fixed: dict[str, str]) -> list[Probe]:
    """One probe per operation of `labels`, in the document's order."""
    probes = []
    for path, item in (served.get("paths") or {}).items():
        for method, operation in item.items() if isinstance(item, dict) else ():
            label = f"{method.upper()} {path}"
            if not isinstance(operation, dict) or (labels is not None and label not in labels):
                continue
            values = {**_examples(served, item, operation), **fixed}
            filled = _PARAM.sub(lambda match: values.get(match.group(1), "1"), path)  # noqa: B023
            sent = method.upper() if method.upper() in _OWN_METHOD else "OPTIONS"
            redirects = any(str(key).startswith("3") for key in operation.get("responses") or {})
            anonymous = operation.get("security") == []
            probes.append(Probe(label, sent, filled, anonymous=anonymous, redirects=redirects))
    return probes


def _examples(served: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> dict[str, str]:
    """Path parameter name -> its documented example (parameters given by `$ref` included)."""
    found = {}
    for written in [*(item.get("parameters") or ()), *(operation.get("parameters") or ())]:
        parameter = resolve(served, written)
        if isinstance(parameter, dict) and parameter.get("in") == "path" and "example" in parameter:
            found[str(parameter["name"])] = str(parameter["example"])
    return found


def _send(base: str, probes: list[Probe], headers: dict[str, str], timeout: float, app: Any) -> list[_Answer]:
    """(status, content type, the start of a 403's body, the Location header) of each probe."""
    if app is not None:
        return asyncio.run(_send_in_process(base, probes, headers, app))
    answers = []
    with httpx.Client(timeout=timeout, headers=headers) as client:
        for index, probe in enumerate(probes):
            answers.append(_request(client, probe, base, first=index == 0))
    return answers


def _request(client: httpx.Client, probe: Probe, base: str, *, first: bool) -> _Answer:
    url = base + probe.path
    deadline = (client.timeout.read or _PROBE_TIMEOUT) * _DEADLINE_FACTOR  # headers in total, too
    with flight(deadline) as current:
        try:
            with client.stream(probe.method, url) as response:  # the status is the answer: no body read
                return _answer(response.status_code, response.headers, _start(response))
        except httpx.HTTPError as error:
            if current.expired or isinstance(error, httpx.TimeoutException):
                raise ContractError(
                    f"{base} did not answer within the request timeout ({probe.method} {url})"
                ) from None
            what = "cannot reach" if first else "lost the connection to"
            raise ContractError(
                f"{what} {base}: {error} (is the service running? is --base-url right?)"
            ) from None


def _start(response: httpx.Response) -> bytes:
    """The first bytes of a 403's body (nothing of another status)."""
    if response.status_code != 403:
        return b""
    read = b""
    for chunk in response.iter_bytes():
        read += chunk
        if len(read) >= _REFUSAL_BYTES:
            break
    return read[:_REFUSAL_BYTES]


def _answer(status: int, headers: httpx.Headers, start: bytes) -> _Answer:
    location = headers.get("location", "")
    return status, headers.get("content-type", ""), start.decode("utf-8", "replace"), location


async def _send_in_process(
    base: str, probes: list[Probe], headers: dict[str, str], app: Any
) -> list[_Answer]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, headers=headers) as client:
        answers = []
        for probe in probes:
            response = await client.request(probe.method, base + probe.path)
            start = response.content[:_REFUSAL_BYTES] if response.status_code == 403 else b""
            answers.append(_answer(response.status_code, response.headers, start))
        return answers
