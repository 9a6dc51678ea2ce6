"""A query string written into an endpoint's path (``/things/?page=<n>``, ``/search?q=``).

OpenAPI keeps the query out of a path template, so any reader that meets one reads the path as
what comes before the ``?`` and each name the query string gives as a query parameter of the
operation (a string, optional), unless the operation documents that parameter already; RST192
says so at the line the path is written on.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import parse_qsl

import attrs

from rstapi.model import Parameter, TypeSpec
from rstapi.rst.walk import Walk

__all__ = ["split_query", "with_query_of"]


def split_query(written: str) -> tuple[str, str]:
    """(the path before any ``?``, the query string after it: "" when there is none)."""
    path, _, query = written.partition("?")
    return path, query


def with_query_of(
    walk: Walk, parameters: Sequence[Parameter], written: str, query: str, line: int
) -> tuple[Parameter, ...]:
    """``parameters`` and a query parameter for each name of ``query`` (from the path ``written``)
    they do not document; RST192 at ``line`` when the path carries a query string at all."""
    if not query:
        return tuple(parameters)
    names = dict.fromkeys(
        name.strip() for name, _ in parse_qsl(query, keep_blank_values=True) if name.strip()
    )
    # a query parameter only a curl example showed is one the path declares (no DOC207 for it)
    parameters = [
        attrs.evolve(p, origin="path")
        if p.located_in == "query" and p.origin == "curl" and p.name in names
        else p
        for p in parameters
    ]
    documented = {p.name for p in parameters if p.located_in == "query"}
    added = [
        Parameter(name, "query", TypeSpec("string"), "", walk.at(line), origin="path")
        for name in names
        if name not in documented
    ]
    read = f" and the query parameter(s) {', '.join(p.name for p in added)}" if added else ""
    path, _ = split_query(written)
    message = f"the path {written!r} carries a query string: read as the path {path!r}{read}"
    walk.report("RST192", message, line)
    return (*parameters, *added)
