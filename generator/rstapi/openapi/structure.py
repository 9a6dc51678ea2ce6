"""What each node of an OpenAPI document is, so that a walk takes the spec's structure and not its data.

A ``$ref`` or ``schema`` key inside an example, a schema's ``default``, ``const`` or ``enum``, or
an ``x-`` extension belongs to that data: a walk that rewrites or follows references must not
touch it. The tables below give, for each kind of mapping, the kind of the value at each key; the
checks in ``rstapi.openapi.validate`` walk them fused with their own bookkeeping, and
``ref_holders`` is the plain walk every other reader of references uses.

    ref_holders(node, kind=ROOT) -> each mapping of the structure that holds a string $ref
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = [
    "BELOW",
    "DATA",
    "ITEMS",
    "OBJECT",
    "OPERATION_METHODS",
    "ROOT",
    "SCHEMA",
    "SCHEMAS",
    "is_status",
    "ref_holders",
]

# The operations a Path Item Object holds, in the order of its fixed fields in the specification.
OPERATION_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def is_status(code: int) -> bool:
    """Whether a Responses Object can key a response by ``code`` (its keys are 100 to 599)."""
    return 100 <= code <= 599


# What a node is: the root, /components, /components/schemas, an OpenAPI object, a map of names to
# OpenAPI objects (paths, responses, content ...), a map of Example Objects, an Example Object, a
# map of Link Objects, a Link Object, a Schema Object the checks take (at a ``schema`` key, in
# /components/schemas), a schema inside one, a map of names to schemas inside one (properties ...),
# and data: a value that is data whatever keys it holds (an example, a schema's default, a link's
# request body, an x- extension), not walked.
(
    ROOT,
    COMPONENTS,
    SCHEMAS,
    OBJECT,
    MAP,
    EXAMPLES,
    EXAMPLE,
    LINKS,
    LINK,
    SCHEMA,
    SUBSCHEMA,
    SUBSCHEMAS,
    DATA,
) = range(13)

# The keys of an OpenAPI object whose value maps names (which may be any word) to objects.
NAME_MAPS = (
    "paths",
    "webhooks",
    "responses",
    "headers",
    "content",
    "encoding",
    "callbacks",
    "variables",
)
SCHEMA_KEYS: dict[Any, int] = {
    **dict.fromkeys(("const", "default", "enum", "examples", "example"), DATA),
    **dict.fromkeys(
        ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"), SUBSCHEMAS
    ),
}
# For each kind of mapping: the kind of the value at some keys, the kind of the others, and whether
# its x- keys are extensions (data) rather than names.
BELOW: dict[int, tuple[dict[Any, int], int, bool]] = {
    ROOT: ({"components": COMPONENTS, "paths": MAP, "webhooks": MAP}, OBJECT, True),
    COMPONENTS: ({"schemas": SCHEMAS, "examples": EXAMPLES, "links": LINKS}, MAP, True),
    OBJECT: (
        {
            "schema": SCHEMA,
            "example": DATA,
            "examples": EXAMPLES,
            "links": LINKS,
            **dict.fromkeys(NAME_MAPS, MAP),
        },
        OBJECT,
        True,
    ),
    MAP: ({}, OBJECT, False),
    EXAMPLES: ({}, EXAMPLE, False),
    EXAMPLE: ({}, DATA, False),  # its value is data, its other fields are strings
    LINKS: ({}, LINK, False),
    LINK: ({"parameters": DATA, "requestBody": DATA}, OBJECT, True),  # constants or expressions
    SCHEMAS: ({}, SCHEMA, False),
    SCHEMA: (SCHEMA_KEYS, SUBSCHEMA, True),
    SUBSCHEMA: (SCHEMA_KEYS, SUBSCHEMA, True),
    SUBSCHEMAS: ({}, SUBSCHEMA, False),
}
# The kind of a list's items under a node of each kind (allOf's schemas; otherwise OpenAPI objects:
# a path item's parameters ...).
ITEMS = {
    SCHEMAS: SCHEMA,
    SCHEMA: SUBSCHEMA,
    SUBSCHEMA: SUBSCHEMA,
    SUBSCHEMAS: SUBSCHEMA,
    EXAMPLES: DATA,
}


def ref_holders(node: Any, kind: int = ROOT) -> Iterator[dict[str, Any]]:
    """Each mapping under ``node`` (a node of ``kind``) that holds a string ``$ref``, in document
    order; data is not walked, so a ``$ref`` key inside an example or a default is not yielded."""
    stack: list[tuple[int, Any]] = [(kind, node)]
    while stack:
        kind, node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                yield node
            stack.extend(reversed(list(_mapping_children(kind, node))))
        elif isinstance(node, list):
            below = ITEMS.get(kind, OBJECT)
            if below != DATA:
                stack.extend((below, value) for value in reversed(node) if isinstance(value, (dict, list)))


def _mapping_children(kind: int, node: dict[Any, Any]) -> Iterator[tuple[int, Any]]:
    keys, default, extensions = BELOW[kind]
    for key, value in node.items():
        below = keys.get(key, default)
        if below == DATA or not isinstance(value, (dict, list)):
            continue
        if not (extensions and isinstance(key, str) and key.startswith("x-")):
            yield below, value
