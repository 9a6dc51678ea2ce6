"""The steps a stateful reproduction needs: only the calls that created the failing request's state.

schemathesis' stateful phase chains calls along the spec's links; a failure's chain can start with
calls the failing request does not need. Working back from the failing request, a step stays when it
can create state (not GET, HEAD or OPTIONS) and a value of its response or of its request body (an
id, a key, an e-mail: a string of a few characters or a number of a few digits) appears in a request
that stays after it; every other step is dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

__all__ = ["needed_steps"]

_SHORTEST = 4  # characters of a value worth matching (shorter ones match by accident)
_DEPTH = 8
_SAFE = frozenset({"GET", "HEAD", "OPTIONS"})  # a call with these methods creates no state


def needed_steps(chain: list[Any]) -> list[Any]:
    """`chain`: responses (each with its `.request`), oldest first, the failing one last."""
    if len(chain) < 2:
        return chain
    kept = [chain[-1]]
    wanted = _request_text(chain[-1].request)
    for response in reversed(chain[:-1]):
        if str(response.request.method).upper() in _SAFE:
            continue
        made = _values(response.content) | _values(response.request.body)
        if any(value in wanted for value in made):
            kept.append(response)
            wanted += "\n" + _request_text(response.request)
    return kept[::-1]


def _request_text(request: Any) -> str:
    body = request.body
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body or "")
    return f"{unquote(str(request.url))}\n{text}"


def _values(content: bytes | str | None) -> set[str]:
    try:
        document = json.loads(content or b"")
    except ValueError:
        return set()
    return {value for value in _scalars(document, 0) if len(value) >= _SHORTEST}


def _scalars(node: Any, depth: int) -> Iterator[str]:
    if depth > _DEPTH:
        return
    if isinstance(node, dict):
        for value in node.values():
            yield from _scalars(value, depth + 1)
    elif isinstance(node, list):
        for value in node:
            yield from _scalars(value, depth + 1)
    elif isinstance(node, (str, int)) and not isinstance(node, bool):
        yield str(node)
