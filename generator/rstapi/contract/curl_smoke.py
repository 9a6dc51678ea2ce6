"""The reference's own curl examples as requests: each should get its operation's documented success.

`smoke_requests(api, diagnostics)` turns every curl example of the extracted model into a
`SmokeRequest`; one the lint reports as broken in a way that changes the request (a -d body that does
not parse, a URL that does not fit the path ...) carries those diagnostics in `broken_by`, so a test
can expect it to fail and name the code. `send` runs one against an ASGI app in-process.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

import attrs
import httpx

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api, CurlExample, Operation
from rstapi.records import Record

__all__ = ["ACCESS_TOKEN_PLACEHOLDER", "REQUEST_BREAKING_CODES", "SmokeRequest", "send", "smoke_requests"]

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
    operation_id: str
    method: str
    target: str  # path and query, relative to the server
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    expected_status: int
    location: str  # where the curl example is, "reference.rst:880"
    broken_by: tuple[Diagnostic, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.operation_id}@{self.location.rsplit('/', 1)[-1]}"

    @property
    def broken_reason(self) -> str | None:
        """'RST117: ...' for every diagnostic that breaks this example, or None when it is sound."""
        if not self.broken_by:
            return None
        return "; ".join(f"{d.code}: {d.message} ({d.location})" for d in self.broken_by)


def smoke_requests(api: Api, diagnostics: Sequence[Diagnostic]) -> tuple[SmokeRequest, ...]:
    return tuple(
        _request(operation, example, diagnostics)
        for operation in api.operations
        for example in operation.curl_examples
    )


def _request(operation: Operation, example: CurlExample, diagnostics: Sequence[Diagnostic]) -> SmokeRequest:
    url = urlsplit(example.url)
    target = url.path + (f"?{url.query}" if url.query else "")
    return SmokeRequest(
        operation_id=operation.operation_id,
        method=(example.method or operation.method).upper(),
        target=target,
        headers=example.headers,
        body=_body(example),
        expected_status=_success_status(operation),
        location=str(example.location),
        broken_by=tuple(_breaking(example, diagnostics)),
    )


def _body(example: CurlExample) -> bytes | None:
    if example.body is None:
        return None
    if example.body.parsed:
        return json.dumps(example.body.value).encode("utf-8")
    return example.body.raw.encode("utf-8")


def _success_status(operation: Operation) -> int:
    successes = sorted(r.status for r in operation.responses if 200 <= r.status < 300)
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
    request: SmokeRequest, app: Any, token: str, base_url: str = "http://mock.test"
) -> httpx.Response:
    """Send the example to an ASGI app in-process, with `token` in place of `{access token}`."""
    headers = [(name, value.replace(ACCESS_TOKEN_PLACEHOLDER, token)) for name, value in request.headers]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url) as client:
        return await client.request(request.method, request.target, headers=headers, content=request.body)
