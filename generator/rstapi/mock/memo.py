"""Replies to repeated GET requests, kept until the credentials they were given for expire.

The static mock answers a GET as a pure function of its URL, a few headers and whether the token is
still valid, so a successful reply can be replayed for the same request. Operations that declare
header parameters are never memoised (their answer depends on more headers than the key holds).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from rstapi.mock.http import Reply, Request

_LIMIT = 4096
_KEY_HEADERS = (b"host", b"accept", b"prefer", b"authorization")


class GetMemo:
    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._replies: dict[Hashable, tuple[Reply, float]] = {}

    def get(self, request: Request) -> Reply | None:
        found = self._replies.get(_key(request))
        if found is None or self._clock() >= found[1]:
            return None
        return found[0]

    def put(self, request: Request, answer: Reply, valid_until: float) -> None:
        if len(self._replies) >= _LIMIT:
            self._replies.clear()
        self._replies[_key(request)] = (answer, valid_until)


def _key(request: Request) -> Hashable:
    headers = request.headers
    return (request.raw_path, request.query, request.scheme, *map(headers.get, _KEY_HEADERS))
