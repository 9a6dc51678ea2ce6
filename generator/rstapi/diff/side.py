"""One side of a comparison: a spec without inline sources, its source map, and what it was read from."""

from __future__ import annotations

from typing import Any

import attrs

from rstapi.openapi.refs import lookup
from rstapi.openapi.sourcemap import source_for
from rstapi.records import Record

__all__ = ["Side"]


@attrs.frozen(repr=False)
class Side(Record):
    label: str  # what the user named: a spec file, an RST file, or "main (abc1234)"
    spec: dict[str, Any]  # without x-rst-source
    sourcemap: dict[str, str] = attrs.field(factory=dict)

    def source(self, pointer: str | None) -> str | None:
        return None if pointer is None else source_for(self.sourcemap, pointer)

    def lookup(self, ref: str) -> tuple[Any, str] | None:
        """The node a local ``$ref`` names, and its JSON pointer."""
        node = lookup(self.spec, ref) if ref.startswith("#/") else None
        return None if node is None else (node, ref[1:])
