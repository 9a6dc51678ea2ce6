"""The mock's one immutable configuration object, built once and passed down."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DEMO_CLIENT_ID = "demo-client"
DEMO_CLIENT_SECRET = "demo-secret"
DEFAULT_BODY_LIMIT = 1 << 20
DEFAULT_HEADER_LIMIT = (
    16 << 10
)  # bytes of all request header names and values together (nginx allows 8-32 KiB)


# The Server header of each reply (the app sends it, served or in-process; uvicorn sends none of its
# own): a client reads in it which mock made the reply, as `rstapi contract` does. A static reply
# answers every well-formed id with its example, so an unknown id's documented 404 is not its
# contract; a reply the stateful scenario made from its state knows its ids.
SERVER_STATIC = "rstapi-mock (static)"
SERVER_STATEFUL = "rstapi-mock (stateful)"


def random_secret() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True, slots=True)
class MockSettings:
    """Everything configurable about one mock app.

    token_secret signs the JWTs (random per process unless given); static_token is accepted as-is
    (the `--token` flag); body_limit is the largest request body in bytes, header_limit the largest
    sum of request header names and values (431 above it); clock gives the time in
    seconds that token expiry is judged by; docs_dir, when given, is served at /docs; stateful
    turns on the in-memory scenario of mock/state/ (off by default: every reply comes from the spec).
    """

    token_secret: str = field(default_factory=random_secret)
    static_token: str | None = None
    body_limit: int = DEFAULT_BODY_LIMIT
    header_limit: int = DEFAULT_HEADER_LIMIT
    clock: Callable[[], float] = time.time
    client_id: str = DEMO_CLIENT_ID
    client_secret: str = DEMO_CLIENT_SECRET
    token_ttl: int = 3600
    docs_dir: Path | None = None
    stateful: bool = False
