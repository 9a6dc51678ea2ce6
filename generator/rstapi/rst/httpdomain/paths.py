"""A resource signature (``/users/(int:user_id)/posts/(tag)``) -> the path template and its parameters."""

from __future__ import annotations

import attrs

from rstapi.naming import SPANNING_CONVERTERS
from rstapi.records import Record
from rstapi.rst.httpdomain.vocabulary import (
    CONVERTERS,
    PATH_PARAMETER,
    SERVER_URL,
    SERVER_WIDE_TARGETS,
    SUBSTITUTION_REFERENCE,
)

__all__ = ["PathParameter", "Signature", "read_signature", "unread_signature"]


@attrs.frozen(repr=False)
class PathParameter(Record):
    name: str
    converter: str | None  # as written ("int", "any(json, xml)"); None: the signature gives no type

    @property
    def kind(self) -> str | None:
        """The converter's name, lower case, without its arguments ("any")."""
        return None if self.converter is None else self.converter.partition("(")[0].strip().lower()

    @property
    def arguments(self) -> list[tuple[str | None, str]]:
        """The converter's arguments as Werkzeug reads them: (name or None, value), quotes taken
        off (``any('a', b)`` -> [(None, "a"), (None, "b")]; ``int(min=1)`` -> [("min", "1")])."""
        if self.converter is None or "(" not in self.converter:
            return []
        inside = self.converter.partition("(")[2].rpartition(")")[0]
        found: list[tuple[str | None, str]] = []
        for item in inside.split(","):
            name, equals, value = item.partition("=")
            if not equals:
                name, value = "", item
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            if value or name.strip():
                found.append((name.strip().lower() or None, value))
        return found

    @property
    def known(self) -> bool:
        return self.kind is None or self.kind in CONVERTERS


@attrs.frozen(repr=False)
class Signature(Record):
    written: str
    path: str  # the template: "/users/{user_id}/posts/{tag}"
    parameters: tuple[PathParameter, ...]
    query: str = ""  # a query string written in the signature ("/search?q=")
    server: str = ""  # the scheme and host of a signature written as a full URL ("https://api.example.com")

    @property
    def spanning(self) -> frozenset[str]:
        """The parameters whose value may hold slashes (``(path:filename)``)."""
        return frozenset(p.name for p in self.parameters if p.kind in SPANNING_CONVERTERS)


def read_signature(written: str) -> Signature:
    """The template of ``written`` (every parameter spelling as ``{name}``), with its parameters;
    a full URL's scheme and host are its ``server``, not part of the path."""
    bare, _, query = written.strip().partition("?")
    server = SERVER_URL.match(bare)
    bare = bare[server.end() :] if server else bare
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
    return Signature(written.strip(), path, tuple(parameters), query, server[0] if server else "")


def unread_signature(written: str) -> str | None:
    """Why a signature names no path an OpenAPI path can be (None when it names one): the
    server-wide target (``OPTIONS *``, ``SERVER_WIDE_TARGETS``: a path starts with /), or a
    substitution reference, which the page shows as written (``|base|/uploads``)."""
    if written.strip() in SERVER_WIDE_TARGETS:
        return (
            "documents the server-wide request target, which an OpenAPI path cannot express (a path "
            "starts with /); it is not read (document it in prose, or give the directive a path)"
        )
    reference = SUBSTITUTION_REFERENCE.search(written)
    if reference is not None:
        return (
            f"holds the substitution reference {reference[0]}, which neither docutils nor Sphinx "
            "replaces in a directive's signature (the page shows it as written), so it names no "
            "path; it is not read (write the path out in the signature)"
        )
    return None
