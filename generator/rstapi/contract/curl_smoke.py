"""The reference's own curl examples as requests: each should get its operation's documented success.

`smoke_requests(api, diagnostics)` turns every curl example of the extracted model into one
`SmokeRequest`, sent as curl itself sends it (`curl_wire`: curl's method, body and Content-Type)
and judged against the documented operation of that method and path, whichever section's table
documents it. One the lint reports as broken in a way that changes the request (a -d body that does
not parse, a URL that does not fit the path ...) carries those diagnostics in `broken_by`; what the
smoke check itself sees wrong (no documented operation is the example's method and path, a body
sent as another media type than the operation takes) is in `findings`. Either way a test can expect
it to fail and say why. `send` runs one against an ASGI app in-process or a server at a base URL
(a gateway's path prefix kept); `verdict` says what a QA engineer reads of the answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

import attrs
import httpx

from rstapi.contract.curl_wire import Wire, basic_header, is_placeholder, wire_of
from rstapi.diagnostics import Diagnostic
from rstapi.model import Api, CurlExample, Operation
from rstapi.naming import SPANNING_CONVERTERS, path_mismatch
from rstapi.records import Record

__all__ = [
    "ACCESS_TOKEN_PLACEHOLDER",
    "REQUEST_BREAKING_CODES",
    "SmokeRequest",
    "send",
    "smoke_requests",
    "verdict",
]

ACCESS_TOKEN_PLACEHOLDER = "{access token}"

# Lint codes that change the request a curl example sends. DOC212 (a missing line continuation)
# is not here: it breaks the shell command as typed, but the request it describes is intact; nor
# is DOC215 (the curl asks for another item than the example response shows): the request is
# well-formed, and the static mock answers every well-formed id with the example.
REQUEST_BREAKING_CODES: dict[str, str] = {
    "RST117": "the -d body does not parse, so the request sends text the server cannot read",
    "DOC205": "the curl method is not the documented one",
    "DOC206": "the curl URL does not fit the documented path",
    "DOC207": "the curl URL sends a query parameter nothing declares",
}


@attrs.frozen(repr=False)
class SmokeRequest(Record):
    operation_id: str  # "" when no documented operation is the example's method and path
    method: str
    target: str  # path and query, relative to the server
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    expected_status: int  # the first documented success; any other documented one is a success too
    location: str  # where the curl example is, "reference.rst:880"
    broken_by: tuple[Diagnostic, ...] = ()
    findings: tuple[str, ...] = ()  # what the example itself gets wrong, as the smoke check sees it
    basic: tuple[str, str] | None = None  # -u's user and password: curl sends them as Basic
    follow_redirects: bool = False  # -L: curl follows a redirect (a 301/302/303 POST as a GET)
    successes: tuple[int, ...] = ()  # every 2xx the operation documents

    @property
    def name(self) -> str:
        return f"{self.operation_id or self.method}@{self.location.rsplit('/', 1)[-1]}"

    @property
    def broken_reason(self) -> str | None:
        """'RST117: ...' for every diagnostic that breaks this example, and each finding of the
        smoke check's own; None when it is sound."""
        reasons = [f"{d.code}: {d.message} ({d.location})" for d in self.broken_by]
        reasons += [f"{finding} ({self.location})" for finding in self.findings]
        return "; ".join(reasons) or None


def smoke_requests(api: Api, diagnostics: Sequence[Diagnostic]) -> tuple[SmokeRequest, ...]:
    """One request per curl example (a section documenting several methods lists its examples
    under each of its operations: each is sent once, under the operation it is a request of)."""
    seen: dict[tuple[str, str], SmokeRequest] = {}
    for operation in api.operations:
        for example in operation.curl_examples:
            key = (str(example.location), example.raw)
            if key not in seen:
                seen[key] = _request(api, operation, example, diagnostics)
    return tuple(seen.values())


def _request(
    api: Api, documenting: Operation, example: CurlExample, diagnostics: Sequence[Diagnostic]
) -> SmokeRequest:
    url = urlsplit(example.url)
    target = url.path + (f"?{url.query}" if url.query else "")
    wire = wire_of(example)
    operation = _operation_of(api, documenting, wire.method, url.path)
    findings = [] if operation is not None else [_unmatched(api, documenting, wire.method, url.path)]
    if operation is not None:
        findings += _media_findings(operation, wire)
    return SmokeRequest(
        operation_id=operation.operation_id if operation is not None else "",
        method=wire.method,
        target=target,
        headers=example.headers + ((("Content-Type", wire.content_type),) if wire.content_type else ()),
        body=wire.body,
        expected_status=_success_status(operation) if operation is not None else 200,
        location=str(example.location),
        broken_by=tuple(_breaking(example, diagnostics)),
        findings=tuple(findings),
        basic=wire.basic,
        follow_redirects=wire.follow_redirects,
        successes=_successes(operation) if operation is not None else (),
    )


def _operation_of(api: Api, documenting: Operation, method: str, path: str) -> Operation | None:
    """The documented operation the request is: of ``method``, its path fitting ``path``; one of
    the example's own section first."""
    candidates = [o for o in api.operations if o.method.upper() == method]
    candidates.sort(key=lambda o: o.location != documenting.location)  # stable: the section's first
    return next((o for o in candidates if path_mismatch(path, o.path, _spanning(o)) is None), None)


def _spanning(operation: Operation) -> frozenset[str]:
    """The path parameters whose value may hold slashes (a ``path`` converter's)."""
    return frozenset(
        p.name
        for p in operation.parameters
        if p.located_in == "path" and (p.type.raw or "").strip().lower() in SPANNING_CONVERTERS
    )


def _unmatched(api: Api, documenting: Operation, method: str, path: str) -> str:
    same_path = sorted(
        {o.method.upper() for o in api.operations if path_mismatch(path, o.path, _spanning(o)) is None}
    )
    documented = (
        f"the reference documents {' and '.join(same_path)} for that path"
        if same_path
        else f"its section documents {documenting.method.upper()} {documenting.path}"
    )
    return (
        f"the curl example sends {method} {path}, which no documented operation is ({documented}); "
        "it was not run under another operation"
    )


def _media_findings(operation: Operation, wire: Wire) -> list[str]:
    """The body sent as another media type than the operation documents: a user copying the
    example gets a 415 (or a 400 from a server that reads it as what it is labelled)."""
    documented = {
        operation.request_media_type.lower(),
        *(m.lower() for m, _ in operation.request_more_media_types),
    }
    takes_body = operation.request_schema is not None or operation.request_type is not None
    if wire.media_type is None or wire.media_type in documented or not takes_body:
        return []
    return [
        f"the curl example sends its body as {wire.media_type} ({wire.why_media}); "
        f"{operation.method.upper()} {operation.path} documents {operation.request_media_type}: "
        f"a user copying it sends what the operation does not take "
        f"(add -H 'Content-Type: {operation.request_media_type}' to the example, or document "
        f"{wire.media_type})"
    ]


def _successes(operation: Operation) -> tuple[int, ...]:
    return tuple(sorted({r.status for r in operation.responses if 200 <= r.status < 300}))


def _success_status(operation: Operation) -> int:
    successes = _successes(operation)
    return successes[0] if successes else 200


def _breaking(example: CurlExample, diagnostics: Iterable[Diagnostic]) -> Iterator[Diagnostic]:
    """Diagnostics with a request-breaking code on the lines of this curl example (resolved or not:
    an overlay corrects the spec, not the example as printed)."""
    first = example.location.line
    last = first + example.raw.count("\n")
    for diagnostic in diagnostics:
        where = diagnostic.location
        if diagnostic.code not in REQUEST_BREAKING_CODES or where is None:
            continue
        if where.path == example.location.path and first <= where.line <= last:
            yield diagnostic


async def send(
    request: SmokeRequest,
    app: Any | None,
    token: str,
    base_url: str = "http://mock.test",
    basic: tuple[str, str] | None = None,
) -> httpx.Response:
    """Send the example to an ASGI app in-process, or with ``app`` None to the server at
    ``base_url`` (its path, a gateway's prefix, before the example's path), as curl sends it: a
    placeholder credential of an Authorization header (``{access token}``, ``<token>``, ``$TOKEN``,
    ``{token}``) replaced by ``token``, ``-u``'s placeholders by ``basic``'s user and password."""
    headers = [(name, _credential(name, value, token)) for name, value in request.headers]
    if request.basic is not None and not any(name.lower() == "authorization" for name, _ in headers):
        user, password = request.basic
        if basic is not None:
            user = basic[0] if is_placeholder(user) else user
            password = basic[1] if is_placeholder(password) else password
        headers.append(("Authorization", basic_header(user, password)))
    transport = httpx.ASGITransport(app=app) if app is not None else None
    async with httpx.AsyncClient(
        transport=transport, base_url=base_url, follow_redirects=request.follow_redirects
    ) as client:
        return await client.request(request.method, request.target, headers=headers, content=request.body)


def _credential(name: str, value: str, token: str) -> str:
    """An Authorization header's value with its placeholder credential replaced by ``token``."""
    value = value.replace(ACCESS_TOKEN_PLACEHOLDER, token)
    if name.lower() != "authorization" or not token:
        return value
    scheme, _, credential = value.partition(" ")
    if credential and is_placeholder(credential):
        return f"{scheme} {token}"
    return token if is_placeholder(scheme) and not credential else value


def verdict(request: SmokeRequest, response: httpx.Response) -> str | None:
    """None when the example got its operation's documented success; else what went wrong, the
    example's own findings first (a 415 is the consequence of a body sent as another media type,
    not the news)."""
    if request.findings:
        return "; ".join(request.findings) + f" [the service answered {response.status_code}]"
    expected = request.successes or (request.expected_status,)
    if response.status_code in expected:
        return None
    return (
        f"{request.method} {request.target} (curl example at {request.location}): expected "
        f"{' or '.join(map(str, expected))}, got {response.status_code} {response.text[:300]}"
    )
