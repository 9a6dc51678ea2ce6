"""Matching request paths against the spec's path templates.

Each template compiles to one regular expression over the raw (still percent-encoded) path, grouped
by segment count and ordered so that a literal segment wins over a parameter at the same position.
Only parameter values are percent-decoded. The trailing-slash form of a template is its own route.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import quote, unquote_to_bytes

_PARAM = re.compile(r"\{([^{}/]+)\}")
_SAFE = "/:@!$&'()*+,;=-._~"


class RouteMatch(NamedTuple):  # built per request: a tuple is cheaper than a frozen dataclass
    template: str
    params: dict[str, str]


@dataclass(frozen=True, slots=True)
class _Route:
    template: str
    pattern: re.Pattern[bytes]
    names: tuple[str, ...]


class InvalidPath(ValueError):
    """The request path is not a percent-encoded UTF-8 absolute path."""


class Router:
    """Finds the template a concrete path belongs to, with the path parameters' values."""

    def __init__(self, templates: list[str]) -> None:
        self._static: dict[bytes, RouteMatch] = {}
        self._by_depth: dict[int, list[_Route]] = {}
        for template in sorted(templates, key=_specificity):
            self._add(template)

    def _add(self, template: str) -> None:
        names = tuple(_PARAM.findall(template))
        if not names:
            self._static[quote(template, safe=_SAFE).encode("ascii")] = RouteMatch(template, {})
            return
        route = _Route(template, _compile(template), names)
        self._by_depth.setdefault(template.count("/"), []).append(route)

    def match(self, raw_path: bytes) -> RouteMatch | None:
        """The matching route, None when no template fits; raises InvalidPath for undecodable paths."""
        static = self._static.get(raw_path)
        if static is not None:
            return static
        for route in self._by_depth.get(raw_path.count(b"/"), ()):
            found = route.pattern.fullmatch(raw_path)
            if found is not None:
                values = map(_decode, found.groups())
                return RouteMatch(route.template, dict(zip(route.names, values)))  # noqa: B905 - one name per group
        check_path(raw_path)
        return None


def _specificity(template: str) -> list[int]:
    return [1 if _PARAM.fullmatch(segment) else 0 for segment in template.split("/")]


def _compile(template: str) -> re.Pattern[bytes]:
    parts: list[str] = []
    position = 0
    for param in _PARAM.finditer(template):
        parts.append(re.escape(quote(template[position : param.start()], safe=_SAFE)))
        parts.append("([^/]+)")
        position = param.end()
    parts.append(re.escape(quote(template[position:], safe=_SAFE)))
    return re.compile("".join(parts).encode("ascii"))


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8") if b"%" not in raw else unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidPath("the path is not valid percent-encoded UTF-8") from exc


def check_path(raw_path: bytes) -> None:
    """Raise InvalidPath unless the path is absolute and decodes to UTF-8."""
    if not raw_path.startswith(b"/"):
        raise InvalidPath("the path must start with '/'")
    _decode(raw_path)
