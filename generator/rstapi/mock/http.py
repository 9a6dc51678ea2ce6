"""The ASGI plumbing: a parsed request, a reply, and how both cross the wire.

The app works on these two values only; nothing else in the mock touches ASGI messages.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
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
    """

    method: str
    raw_path: bytes
    query: bytes
    headers: dict[bytes, bytes]
    scheme: str
    server: tuple[str, int] | None

    @classmethod
    def from_scope(cls, scope: Scope) -> Request:
        raw_path = scope.get("raw_path") or scope["path"].encode("utf-8", "surrogateescape")
        return cls(  # positional: this runs once per request
            scope["method"],
            raw_path.partition(b"?")[0],  # some servers leave the query on; partition beats `b"?" in`
            scope.get("query_string", b""),
            dict(scope.get("headers", ())),
            scope.get("scheme", "http"),
            scope.get("server"),
        )

    def header(self, name: bytes) -> bytes | None:
        return self.headers.get(name)


@dataclass(frozen=True, slots=True)
class Reply:
    """A complete response: status, body and the raw header list sent with it."""

    status: int
    body: bytes
    raw_headers: list[tuple[bytes, bytes]] = field(default_factory=list)


def reply(
    status: int, body: bytes, content_type: bytes | None = JSON, extra: tuple[tuple[bytes, bytes], ...] = ()
) -> Reply:
    """Build a reply with content-type and content-length set (a 204 carries neither)."""
    headers = [] if content_type is None else [(b"content-type", content_type)]
    if status != 204:
        headers.append((b"content-length", str(len(body)).encode("ascii")))
    headers.extend(extra)
    return Reply(status, body if status != 204 else b"", headers)


async def send_reply(send: Send, answer: Reply) -> None:
    await send({"type": "http.response.start", "status": answer.status, "headers": answer.raw_headers})
    await send({"type": "http.response.body", "body": answer.body})


class BodyTooLarge(Exception):
    """The request body is longer than the configured limit."""


async def read_body(receive: Receive, limit: int) -> bytes:
    """Read the whole body, raising BodyTooLarge as soon as it passes `limit` bytes."""
    message = await receive()
    if message["type"] != "http.request":
        return b""
    body: bytes = message.get("body", b"")
    if len(body) > limit:
        raise BodyTooLarge
    if not message.get("more_body", False):  # the usual case: the whole body in one message
        return body
    chunks = [body]
    size = len(body)
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def run_lifespan(receive: Receive, send: Send) -> None:
    """Acknowledge the server's startup and shutdown; the mock has nothing to set up."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
