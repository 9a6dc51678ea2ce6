"""Matching request paths against the spec's path templates.

Templates without parameters are looked up by their exact raw (still percent-encoded) bytes. The
others are grouped by segment count, and each group compiles to one regular expression: an
alternation of the group's templates, ordered so that a literal segment wins over a parameter at the
same position, so one match call finds the route. Only parameter values are percent-decoded. The
trailing-slash form of a template is its own route. A concrete path once matched is remembered (a
bounded table beside the static one), so a path requested again is found with one lookup; its
match, parameters included, is then shared by those requests, which read it and never change it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, NamedTuple
from urllib.parse import quote, unquote_to_bytes

_PARAM: Final = re.compile(r"\{([^{}/]+)\}")
_REMEMBERED: Final = 4096  # concrete paths kept beside the static templates (the table restarts when full)
_REMEMBERED_LENGTH: Final = 512  # longer paths are matched every time: the table's memory stays bounded
_SAFE: Final = "/:@!$&'()*+,;=-._~"


class RouteMatch(NamedTuple):  # built per request: a tuple is cheaper than a frozen dataclass
    template: str
    params: dict[str, str]


_new_match = tuple.__new__  # what RouteMatch._make calls, without its Python-level wrapper


# A parametrised template: its parameter names and where their values are in `Match.groups()`
# (the slice's stop is also the last parameter's group number).
_Route = tuple[str, tuple[str, ...], slice]


@dataclass(frozen=True, slots=True)
class _Depth:
    """The templates of one segment count, as one alternation; `routes` is keyed by `Match.lastindex`."""

    pattern: re.Pattern[str]  # over the raw path read as latin-1
    routes: dict[int, _Route]


_NO_ROUTES = _Depth(re.compile("(?!)"), {})


class InvalidPath(ValueError):
    """The request path is not a percent-encoded UTF-8 absolute path."""


class Router:
    """Finds the template a concrete path belongs to, with the path parameters' values."""

    def __init__(self, templates: list[str]) -> None:
        self._static: dict[bytes, RouteMatch] = {}
        by_depth: dict[int, list[str]] = {}
        for template in sorted(templates, key=_specificity):
            if _PARAM.search(template) is None:
                self._static[quote(template, safe=_SAFE).encode("ascii")] = RouteMatch(template, {})
            else:
                by_depth.setdefault(template.count("/"), []).append(template)
        self._by_depth = {depth: _depth(group) for depth, group in by_depth.items()}
        self._known = dict(self._static)  # the static routes and the concrete paths matched so far

    def match(self, raw_path: bytes) -> RouteMatch | None:
        """The matching route, None when no template fits; raises InvalidPath for undecodable paths."""
        known = self._known.get(raw_path)
        if known is not None:
            return known
        found = self._match(raw_path)
        if found is not None and len(raw_path) <= _REMEMBERED_LENGTH:
            if len(self._known) >= len(self._static) + _REMEMBERED:
                self._known = dict(self._static)
            self._known[raw_path] = found
        return found

    def _match(self, raw_path: bytes) -> RouteMatch | None:
        text = raw_path.decode("latin-1")  # byte for byte: str operations are the faster ones
        depth = self._by_depth.get(text.count("/"), _NO_ROUTES)
        found = depth.pattern.fullmatch(text)
        if found is None:
            check_path(raw_path)
            return None
        template, names, groups = depth.routes[found.lastindex or 0]
        if len(names) == 1:  # the usual template, built without zip: a third of the cost
            params = {names[0]: found[groups.stop]}
        else:
            params = dict(zip(names, found.groups()[groups]))  # noqa: B905 - one name per group
        if not text.isascii() or "%" in text:  # else each value is its own decoding
            params = {name: _decode(value.encode("latin-1")) for name, value in params.items()}
        return _new_match(RouteMatch, (template, params))


def _depth(templates: list[str]) -> _Depth:
    """One alternation of `templates`, in order; each alternative is a group wrapping its parameters'."""
    alternatives: list[str] = []
    routes: dict[int, _Route] = {}
    group = 1
    for template in templates:
        names = tuple(_PARAM.findall(template))
        alternatives.append("(" + _compile(template) + ")")
        routes[group] = (template, names, slice(group, group + len(names)))  # groups()[0] is group 1
        group += 1 + len(names)
    return _Depth(re.compile("|".join(alternatives)), routes)


def _specificity(template: str) -> list[int]:
    return [1 if _PARAM.fullmatch(segment) else 0 for segment in template.split("/")]


def _compile(template: str) -> str:
    parts: list[str] = []
    position = 0
    for param in _PARAM.finditer(template):
        parts.append(re.escape(quote(template[position : param.start()], safe=_SAFE)))
        parts.append("([^/]+)")
        position = param.end()
    parts.append(re.escape(quote(template[position:], safe=_SAFE)))
    return "".join(parts)


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
