"""The ASGI plumbing: a parsed request, a reply, and how both cross the wire.

The app works on these two values only; nothing else in the mock touches ASGI messages.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

JSON = b"application/json"


@dataclass(slots=True)
class Request:
    """What the mock reads from one HTTP request (the body is read later, only when needed).

    Header names are lower-case bytes, as ASGI servers send them; of a repeated header the last wins.
    `header_size` sums every header's name and value as sent (a repeated header counts each time);
    `memo_key` is the request's key in the GET memo (None for a request that is not memoised).
    A class with slots, not a NamedTuple: a request's fields are read about ten times while it is
    served, and a slot is read in a fifth of the instructions of a NamedTuple's field (callgrind).
    Nothing changes a request once it is made.
    """

    method: str
    raw_path: bytes
    query: bytes
    headers: dict[bytes, bytes]
    header_size: int
    scheme: str
    # ASGI's (host, port), any two-item sequence; a Unix socket's is (path, None), a test client's
    # may be (name, None)
    server: Sequence[str | int | None] | None
    memo_key: Hashable | None = None

    def header(self, name: bytes) -> bytes | None:
        return self.headers.get(name)


def request_of(scope: Scope, memo_key: Hashable | None = None) -> Request:
    """The request an ASGI scope describes. Runs once per request: the header list walked once for
    both the dict and the size, the scope's fields read by subscript."""
    headers: dict[bytes, bytes] = {}
    size = 0
    try:  # the keys uvicorn (and httpx's ASGITransport) always give
        for name, value in scope["headers"]:
            headers[name] = value
            size += len(name) + len(value)
        # some servers leave the query on the raw path; partition beats `b"?" in`
        return Request(
            scope["method"],
            scope["raw_path"].partition(b"?")[0],
            scope["query_string"],
            headers,
            size,
            scope["scheme"],
            scope["server"],
            memo_key,
        )
    except (KeyError, AttributeError):  # a key ASGI makes optional is left out (or raw_path is None)
        return Request(*_optional_fields(scope, memo_key))


def _optional_fields(scope: Scope, memo_key: Hashable | None) -> tuple[Any, ...]:
    """The request's fields from a scope that leaves out what ASGI makes optional."""
    headers: dict[bytes, bytes] = {}
    size = 0
    for name, value in scope.get("headers", ()):
        headers[name] = value
        size += len(name) + len(value)
    raw_path = scope.get("raw_path")
    if raw_path is None:
        raw_path = scope["path"].encode("utf-8", "surrogateescape")
    query = scope.get("query_string", b"")
    server = scope.get("server")
    return (
        scope["method"],
        raw_path.partition(b"?")[0],
        query,
        headers,
        size,
        scope.get("scheme", "http"),
        server,
        memo_key,
    )


@dataclass(frozen=True, slots=True)
class Reply:
    """A complete response: status, body and the raw header list sent with it.

    Its two ASGI messages are made once with it, so a reply served again (memoised GETs, cached
    renders) is sent without building them again; servers read messages, they do not change them.
    """

    status: int
    body: bytes
    raw_headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    messages: tuple[Message, Message] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        start = {"type": "http.response.start", "status": self.status, "headers": self.raw_headers}
        object.__setattr__(self, "messages", (start, {"type": "http.response.body", "body": self.body}))


def reply(
    status: int, body: bytes, content_type: bytes | None = JSON, extra: tuple[tuple[bytes, bytes], ...] = ()
) -> Reply:
    """Build a reply with content-type and content-length set (a 204 carries neither)."""
    headers = [] if content_type is None else [(b"content-type", content_type)]
    if status != 204:
        headers.append((b"content-length", str(len(body)).encode("ascii")))
    headers.extend(extra)
    return Reply(status, body if status != 204 else b"", headers)


class BodyTooLarge(Exception):
    """The request body is longer than the configured limit."""


_DRAIN_FACTOR = 16  # a refused body is read on up to this many times the limit, then dropped


async def read_body(receive: Receive, limit: int, first: Message | None = None) -> bytes:
    """Read the whole body, raising BodyTooLarge as soon as it passes `limit` bytes; `first` is its
    first message when the caller has already received it.

    A body refused while the client is still sending (chunked, or a lying Content-Length) is read on
    and dropped, up to _DRAIN_FACTOR times the limit, so that the client reads the 413 instead of a
    connection reset.
    """
    message = await receive() if first is None else first
    if message["type"] != "http.request":
        return b""
    body: bytes = message.get("body", b"")
    more = message.get("more_body", False)
    if not more and len(body) <= limit:  # the usual case: the whole body in one message
        return body
    chunks = [body]
    size = len(body)
    while more and size <= limit:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        chunks.append(chunk)
        more = message.get("more_body", False)
    if size <= limit:
        return b"".join(chunks)
    if more:
        await _drain(receive, _DRAIN_FACTOR * limit - size)
    raise BodyTooLarge


async def _drain(receive: Receive, budget: int) -> None:
    while budget > 0:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return
        budget -= len(message.get("body", b""))


async def run_lifespan(receive: Receive, send: Send) -> None:
    """Acknowledge the server's startup and shutdown; the mock has nothing to set up."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
