"""What an operation documents that limits how the mock may answer it, read once when the operation
is compiled: the status a refusal uses and the representations it is served in.

- A refusal (a request breaking the spec) uses a 4xx the operation documents: 400, else 422, else
  for a path parameter 404, else the lowest other documented 4xx (one with a protocol meaning, such
  as 401 or 415, only when no other is documented); 400 when it documents no 4xx at all.
- Only the media types an operation's success response documents (or, when it documents no content,
  any of its responses) are served; an operation documenting no JSON or XML is served in either.
"""

from __future__ import annotations

from typing import Any, Final

from rstapi.mock.negotiation import EVERY, Representation
from rstapi.openapi.refs import resolve

_PROTOCOL: Final = frozenset({401, 405, 406, 413, 415, 429, 431})  # a client reads these otherwise


def refusal_statuses(documented: set[int]) -> tuple[int, int]:
    """(the status refusing a request, the one refusing it for a path parameter alone)."""
    others = sorted(documented, key=lambda status: (status in _PROTOCOL, status))
    fallback = next((status for status in others if 400 <= status < 500), 400)
    general = next((status for status in (400, 422) if status in documented), fallback)
    if general in (400, 422) or 404 not in documented:
        return general, general
    return general, 404


def served_representations(
    spec: Any, operation: dict[str, Any], success: int | None
) -> frozenset[Representation]:
    """The representations the operation documents (EVERY when it documents neither JSON nor XML)."""
    declared = operation.get("responses")
    responses: dict[str, Any] = declared if isinstance(declared, dict) else {}
    media = _media_types(spec, responses.get(str(success))) if success is not None else set()
    if not media:
        media = {kind for response in responses.values() for kind in _media_types(spec, response)}
    served = frozenset(
        kind
        for kind, word in ((Representation.JSON, "json"), (Representation.XML, "xml"))
        if any(word in each or each == "*/*" for each in media)
    )
    return served or EVERY


def _media_types(spec: Any, response: Any) -> set[str]:
    resolved = resolve(spec, response)
    content = resolved.get("content") if isinstance(resolved, dict) else None
    return (
        {str(kind).split(";")[0].strip().lower() for kind in content} if isinstance(content, dict) else set()
    )
