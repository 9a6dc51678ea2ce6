"""Replies to repeated GET and HEAD requests, kept until the credentials they were given for expire.

The static mock answers a GET as a pure function of its method, URL, headers, scheme and server
address, and of whether the token it carries is still valid, so a successful reply can be replayed
for the same request. The key is all of those, taken from the ASGI scope as they are (no parsing),
and the reply kept is the one sent, CORS headers and HEAD's empty body included: a repeated request
is answered with one key, one lookup and one clock reading, before any of the request is read.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from contextlib import suppress
from typing import Final

from rstapi.mock.http import Reply, Scope

_LIMIT: Final = 4096


class GetMemo:
    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._replies: dict[Hashable, tuple[Reply, float]] = {}

    def key(self, scope: Scope) -> Hashable | None:
        """The request's key: the scope's fields a reply can depend on and every header, in order;
        None when the server leaves one of them out. The path is the raw one when the server gives
        it (the mock reads no other), the decoded one only when it does not."""
        try:
            return (
                scope["method"],
                scope["raw_path"] or scope["path"],
                scope["query_string"],
                scope["scheme"],
                scope["server"],
                *scope["headers"],
            )
        except KeyError:
            return None

    def get(self, key: Hashable) -> Reply | None:
        try:
            found = self._replies.get(key)
        except TypeError:  # a server may give headers as lists: such a request is not memoised
            return None
        if found is None or self._clock() >= found[1]:
            return None
        return found[0]

    def put(self, key: Hashable, answer: Reply, valid_until: float) -> None:
        if len(self._replies) >= _LIMIT:
            self._replies.clear()
        with suppress(TypeError):  # as in `get`
            self._replies[key] = (answer, valid_until)
