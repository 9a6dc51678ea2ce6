"""Following local `$ref`s in the emitted spec, and registering it for jsonschema."""

from __future__ import annotations

from typing import Any

from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:rstapi:spec"


def lookup(spec: Any, ref: str) -> Any:
    """The node a local reference (`#/components/...`) points at; None when it points nowhere."""
    if not ref.startswith("#"):
        return None
    node = spec
    for token in ref[1:].split("/")[1:]:
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return None
    return node


def resolve(spec: Any, node: Any) -> Any:
    """Follow `$ref` until a node without one (at most 32 hops, so a cycle cannot hang)."""
    for _ in range(32):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        node = lookup(spec, node["$ref"])
    return None


def absolutize(schema: Any) -> Any:
    """A copy of a schema taken out of the spec whose local refs point into the registered spec."""
    if isinstance(schema, dict):
        return {key: _absolute_ref(key, value) for key, value in schema.items()}
    if isinstance(schema, list):
        return [absolutize(item) for item in schema]
    return schema


def _absolute_ref(key: str, value: Any) -> Any:
    if key == "$ref" and isinstance(value, str) and value.startswith("#"):
        return SPEC_URI + value
    return absolutize(value)


def spec_registry(spec: dict[str, Any]) -> Registry[Any]:
    """A registry holding the whole spec, so schemas can `$ref` any component."""
    resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry
