"""Following local `$ref`s in an emitted spec, and registering the spec for jsonschema.

Every reader of a spec dict (validation, mock, publishing, auth) resolves references here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rstapi.naming import pointer_parts

if TYPE_CHECKING:  # imported when a registry is made: the build's path does without (20 ms)
    from referencing import Registry

__all__ = ["SPEC_URI", "lookup", "resolve", "spec_registry"]

SPEC_URI = "urn:rstapi:spec"
_MAX_HOPS = 32


def lookup(spec: Any, ref: str) -> Any:
    """The node a local reference (`#/components/...`) points at; None when it points nowhere."""
    if not ref.startswith("#"):
        return None
    node = spec
    for key in pointer_parts(ref[1:]):
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return None
    return node


def resolve(spec: Any, node: Any) -> Any:
    """Follow `$ref` until a node without one (at most 32 hops, so a cycle cannot hang)."""
    for _ in range(_MAX_HOPS):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        node = lookup(spec, node["$ref"])
    return None


def spec_registry(spec: dict[str, Any]) -> Registry[Any]:
    """A registry holding the whole spec at SPEC_URI, so schemas can `$ref` any component."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry
