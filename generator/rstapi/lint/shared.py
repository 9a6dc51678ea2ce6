"""Operations of one section named together: a finding about a line that several operations
share (a section documenting GET and PATCH, a status sentence both read) is said once, naming
them all ("GET and PATCH /gadgets/{id}"), not once per operation."""

from __future__ import annotations

from rstapi.model import Operation

__all__ = ["named"]


def named(operations: list[Operation]) -> str:
    """ "GET /a", "GET and PATCH /a", "GET, PUT and PATCH /a"; "GET /a and POST /b" when the paths differ."""
    paths = list(dict.fromkeys(o.path for o in operations))
    if len(paths) == 1:
        return f"{_joined([o.method for o in operations])} {paths[0]}"
    return _joined([f"{o.method} {o.path}" for o in operations])


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
