"""Turning a chosen response value into bytes, JSON or XML; static ones are serialised once."""

from __future__ import annotations

import json
from collections.abc import Hashable
from typing import Any, Final

from rstapi.mock.http import JSON, Reply, reply
from rstapi.mock.negotiation import Representation
from rstapi.mock.xmlrender import to_xml

_XML: Final = b"application/xml"
_CACHE_LIMIT: Final = 4096


def render(
    status: int,
    value: Any,
    representation: Representation,
    has_content: bool = True,
    headers: tuple[tuple[bytes, bytes], ...] = (),
    json_label: bytes = JSON,
    media: bytes | None = None,
) -> Reply:
    """The reply carrying `value` in the chosen representation (no body when there is no content),
    with `headers` (the response's documented ones) after the mock's own; JSON labelled
    `json_label` (the documented JSON type, a vendor type's too); a response documented in
    another `media` type carries a text value as written (another value as JSON) in that type."""
    if not has_content:
        return reply(status, b"", None, headers)
    if media is not None:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        return reply(status, text.encode("utf-8"), media, headers)
    if representation is Representation.XML:
        return reply(status, to_xml(value), _XML, headers)
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return reply(status, body, json_label, headers)


class ReplyCache:
    """A bounded memo of rendered replies; cleared whole when full, so memory stays flat."""

    def __init__(self) -> None:
        self._replies: dict[Hashable, Reply] = {}

    def get(self, key: Hashable) -> Reply | None:
        return self._replies.get(key)

    def put(self, key: Hashable, answer: Reply) -> Reply:
        if len(self._replies) >= _CACHE_LIMIT:
            self._replies.clear()
        self._replies[key] = answer
        return answer
