"""The ASGI plumbing: a parsed request, a reply, and how both cross the wire.

The app works on these two values only; nothing else in the mock touches ASGI messages.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from rstapi.mock.settings import SERVER_STATEFUL, SERVER_STATIC

# ASGI's scopes and messages are dicts (the spec says so; servers and test clients send dicts):
# compiled (mypyc) a dict's item is read directly, any mapping's through a method lookup
Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

JSON: Final = b"application/json"
# Every reply names the mock that made it (rstapi.mock.settings): made with the reply, which the
# mock keeps and sends again, so a request served from a kept reply pays nothing for it
_SERVER: Final = b"server"
_STATIC: Final = (_SERVER, SERVER_STATIC.encode("ascii"))
_STATEFUL: Final = (_SERVER, SERVER_STATEFUL.encode("ascii"))


class Request:
    """What the mock reads from one HTTP request (the body is read later, only when needed).

    Header names are lower-case bytes, as ASGI servers send them; of a repeated header the last wins.
    `header_size` sums every header's name and value as sent (a repeated header counts each time);
    `memo_key` is the request's key in the GET memo (None for a request that is not memoised);
    `server` is ASGI's (host, port), any pair: a Unix socket's is (path, None), a test client's may
    be (name, None). A class with slots, not a NamedTuple: a request's fields are read about ten
    times while it is served, and a slot is read in a fifth of the instructions of a NamedTuple's
    field (callgrind). Not a dataclass: compiled with mypyc (mock/compiled.py) a dataclass's
    generated ``__init__`` stays interpreted Python (2.9k instructions a request), this one is
    native. Nothing changes a request once it is made.
    """

    __slots__ = ("header_size", "headers", "memo_key", "method", "query", "raw_path", "scheme", "server")

    def __init__(
        self,
        method: str,
        raw_path: bytes,
        query: bytes,
        headers: dict[bytes, bytes],
        header_size: int,
        scheme: str,
        server: Sequence[str | int | None] | None,
        memo_key: Hashable | None = None,
    ) -> None:
        self.method = method
        self.raw_path = raw_path
        self.query = query
        self.headers = headers
        self.header_size = header_size
        self.scheme = scheme
        self.server = server
        self.memo_key = memo_key

    def header(self, name: bytes) -> bytes | None:
        return self.headers.get(name)


def request_of(scope: Scope, memo_key: Hashable | None = None) -> Request:
    """The request an ASGI scope describes. Runs once per request: the header list walked once for
    both the dict and the size, the scope's fields read by subscript."""
    headers: dict[bytes, bytes] = {}
    size = 0
    try:  # the keys uvicorn (and httpx's ASGITransport) always give
        for pair in scope["headers"]:  # as _header_table does, inline: no call on the usual path
            if isinstance(pair, tuple):  # what servers send: compiled, its items are read directly
                name: bytes = pair[0]
                value: bytes = pair[1]
            else:  # ASGI allows any pair, such as a list
                name, value = pair[0], pair[1]
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


def _header_table(pairs: Any) -> tuple[dict[bytes, bytes], int]:
    """The headers by name (the last of a repeated one) and the size of all names and values.
    ASGI's pairs may be tuples or lists: each read by index, which compiled (mypyc) costs a
    third of unpacking an object whose type it cannot see."""
    headers: dict[bytes, bytes] = {}
    size = 0
    for pair in pairs:
        name: bytes = pair[0]
        value: bytes = pair[1]
        headers[name] = value
        size += len(name) + len(value)
    return headers, size


def _optional_fields(scope: Scope, memo_key: Hashable | None) -> tuple[Any, ...]:
    """The request's fields from a scope that leaves out what ASGI makes optional."""
    headers, size = _header_table(scope.get("headers", ()))
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
    """Build a reply with content-type and content-length set (a 204 carries neither), from the
    static mock (its Server header: `stateful` turns a reply into the scenario's)."""
    headers = [_STATIC] if content_type is None else [(b"content-type", content_type), _STATIC]
    if status != 204:
        headers.append((b"content-length", str(len(body)).encode("ascii")))
    headers.extend(extra)
    return Reply(status, body if status != 204 else b"", headers)


def stateful(answer: Reply) -> Reply:
    """`answer` as the stateful scenario's: its Server header names the stateful mock."""
    headers = [_STATEFUL if pair == _STATIC else pair for pair in answer.raw_headers]
    return Reply(answer.status, answer.body, headers)


class BodyTooLarge(Exception):
    """The request body is longer than the configured limit."""


_DRAIN_FACTOR: Final = 16  # a refused body is read on up to this many times the limit, then dropped


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
