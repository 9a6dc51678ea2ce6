"""A resource signature (``/users/(int:user_id)/posts/(tag)``) -> the path template and its parameters."""

from __future__ import annotations

import attrs

from rstapi.rst.httpdomain.vocabulary import CONVERTERS, PATH_PARAMETER

__all__ = ["PathParameter", "Signature", "read_signature"]


@attrs.frozen
class PathParameter:
    name: str
    converter: str | None  # as written ("int"); None: the signature gives no type

    @property
    def known(self) -> bool:
        return self.converter is None or self.converter.strip().lower() in CONVERTERS


@attrs.frozen
class Signature:
    written: str
    path: str  # the template: "/users/{user_id}/posts/{tag}"
    parameters: tuple[PathParameter, ...]
    query: str = ""  # a query string written in the signature ("/search?q=")


def read_signature(written: str) -> Signature:
    """The template of ``written`` (every parameter spelling as ``{name}``), with its parameters."""
    bare, _, query = written.strip().partition("?")
    parameters: list[PathParameter] = []
    parts: list[str] = []
    offset = 0
    for match in PATH_PARAMETER.finditer(bare):
        name = match["pname"] or match["bname"] or match["aname"]
        converter = match["ptype"] or match["btype"] or match["atype"]
        parameters.append(PathParameter(name, converter.strip() if converter else None))
        parts += [bare[offset : match.start()], "{" + name + "}"]
        offset = match.end()
    parts.append(bare[offset:])
    path = "/" + "".join(parts).strip().lstrip("/")
    return Signature(written.strip(), path, tuple(parameters), query)
