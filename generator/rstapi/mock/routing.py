"""Matching request paths against the spec's path templates.

Templates are compiled once into a segment trie; a literal segment wins over a parameter, and the
trailing-slash form of a template is a different route (its last segment is the empty string).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote_to_bytes


@dataclass(slots=True)
class _Node:
    literals: dict[str, _Node] = field(default_factory=dict)
    params: list[tuple[str, _Node]] = field(default_factory=list)
    template: str | None = None


@dataclass(frozen=True, slots=True)
class RouteMatch:
    template: str
    params: dict[str, str]


class InvalidPath(ValueError):
    """The request path is not a percent-encoded UTF-8 absolute path."""


class Router:
    """Finds the template a concrete path belongs to, with the path parameters' values."""

    def __init__(self, templates: list[str]) -> None:
        self._root = _Node()
        self._names: dict[str, list[str]] = {}
        self._static: dict[bytes, RouteMatch] = {}
        for template in templates:
            self._add(template)

    def _add(self, template: str) -> None:
        node = self._root
        for segment in template.split("/")[1:]:
            node = _child(node, segment)
        node.template = template
        self._names[template] = [segment[1:-1] for segment in template.split("/")[1:] if _is_param(segment)]
        if not self._names[template]:
            self._static[template.encode("utf-8")] = RouteMatch(template, {})

    def match(self, raw_path: bytes) -> RouteMatch | None:
        """The matching route, None when no template fits; raises InvalidPath for undecodable paths."""
        static = self._static.get(raw_path)
        if static is not None:
            return static
        found = _walk(self._root, split_path(raw_path), 0, [])
        if found is None:
            return None
        template, values = found
        return RouteMatch(template, dict(zip(self._names[template], values, strict=True)))


def split_path(raw_path: bytes) -> list[str]:
    """Decoded path segments after the leading slash."""
    if not raw_path.startswith(b"/"):
        raise InvalidPath("the path must start with '/'")
    try:
        if b"%" not in raw_path:
            return raw_path.decode("utf-8").split("/")[1:]
        return [unquote_to_bytes(part).decode("utf-8") for part in raw_path.split(b"/")[1:]]
    except UnicodeDecodeError as exc:
        raise InvalidPath("the path is not valid percent-encoded UTF-8") from exc


def _is_param(segment: str) -> bool:
    return len(segment) > 2 and segment.startswith("{") and segment.endswith("}")


def _child(node: _Node, segment: str) -> _Node:
    if not _is_param(segment):
        return node.literals.setdefault(segment, _Node())
    name = segment[1:-1]
    for existing_name, child in node.params:
        if existing_name == name:
            return child
    child = _Node()
    node.params.append((name, child))
    return child


def _walk(node: _Node, segments: list[str], index: int, values: list[str]) -> tuple[str, list[str]] | None:
    if index == len(segments):
        return (node.template, values) if node.template is not None else None
    segment = segments[index]
    literal = node.literals.get(segment)
    if literal is not None:
        found = _walk(literal, segments, index + 1, values)
        if found is not None:
            return found
    if not segment:
        return None
    for _name, child in node.params:
        found = _walk(child, segments, index + 1, [*values, segment])
        if found is not None:
            return found
    return None
