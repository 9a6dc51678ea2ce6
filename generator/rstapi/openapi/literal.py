"""The reference's literal request examples that the overlay corrects.

When an overlay action replaces a request example the reference gives (a parameter's `example`, a
request body's `example` or an Example Object's `value`), the corrected value goes into the spec and
the literal one is kept beside it, on the object holding it:

    parameters:
      - name: plan_uuid
        example: 104b1785-...          # the overlay's
        x-rst-literal:
          example: 904b1785-...        # the reference's; its RST line is in the source map

so a consumer can still send what the reference shows (the contract run's documented phase does) and
say where it is written. Only request examples count (under `parameters` or `requestBody`), only a value
the reference gave (not one an earlier action wrote), and only the first replacement (the literal).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from rstapi.naming import pointer_token
from rstapi.openapi.sourcemap import EXAMPLE_SOURCE_KEY

__all__ = ["LITERAL_KEY", "keep_literals"]

LITERAL_KEY = "x-rst-literal"
_SOURCE_KEY = "x-rst-source"
_REQUEST = re.compile(r"/(?:parameters|requestBody|requestBodies)(?:/|$)")
_EXAMPLE_OBJECT = re.compile(r"/examples/[^/]+$")  # the holder of a `value` that is an example
_SCHEMA = re.compile(r"/schema(?:/|$)")  # a schema's `example` is not a request the reference shows


def keep_literals(holder: Any, pointer: str, update: Any, overlaid: dict[str, str]) -> None:
    """Before `update` merges into `holder` (at `pointer`): keep each request example it replaces,
    unless the overlay wrote it (`overlaid`: pointer -> "file:line" of the overlay's places, which
    gains the literal's place with the reference's line of the object holding it)."""
    for node, at, key in list(_replaced(holder, pointer, update)):
        if not _REQUEST.search(at) or _SCHEMA.search(at):
            continue
        example = f"{at}/{pointer_token(key)}"
        if any(example == place or example.startswith(place + "/") for place in overlaid):
            continue  # the overlay's own example (or inside what it added), not the reference's
        kept = node.setdefault(LITERAL_KEY, {})
        if isinstance(kept, dict) and key not in kept:
            kept[key] = copy.deepcopy(node[key])
            # the reference's line, in the source map: the example's own (a curl), else its holder's
            source = node.get(EXAMPLE_SOURCE_KEY) if key == "example" else None
            source = source if isinstance(source, str) else node.get(_SOURCE_KEY)
            if isinstance(source, str):
                overlaid[f"{at}/{LITERAL_KEY}/{pointer_token(key)}"] = source


def _replaced(node: Any, pointer: str, update: Any) -> Iterator[tuple[dict[str, Any], str, str]]:
    """(holder, its pointer, key) of each example value `update` changes below `node`."""
    if not (isinstance(node, dict) and isinstance(update, dict)):
        return
    for key, value in update.items():
        if key not in node:
            continue
        if _is_example(pointer, key) and node[key] != value:
            yield node, pointer, key
        else:
            yield from _replaced(node[key], f"{pointer}/{pointer_token(str(key))}", value)


def _is_example(pointer: str, key: str) -> bool:
    return key == "example" or (key == "value" and bool(_EXAMPLE_OBJECT.search(pointer)))
