"""The doc's data-type column (plus the description's constraints) -> TypeSpec."""

from __future__ import annotations

import re

from rstapi.model import TypeSpec
from rstapi.rst import vocabulary as vocab
from rstapi.rst.nodes import LITERAL

__all__ = ["enum_values", "type_spec"]

_WORD_SPLIT = re.compile(r",\s*(?:and |or )?|\s+(?:and|or)\s+")


def enum_values(description: str) -> tuple[str, ...]:
    """The complete list of allowed values a description gives, if it gives one."""
    for phrase in vocab.ENUM_PHRASES:
        match = phrase.search(description)
        if not match:
            continue
        values = match["values"]
        literals = LITERAL.findall(values)
        if literals:
            return tuple(dict.fromkeys(v.strip() for v in literals))
        words = [w.strip(" .\"'") for w in _WORD_SPLIT.split(values)]
        return tuple(dict.fromkeys(w for w in words if w))
    return ()


def _base(raw: str) -> TypeSpec | None:
    normal = " ".join(raw.lower().split())
    entry = vocab.DATA_TYPES.get(normal)
    if entry is not None:
        return TypeSpec(entry.json_type, raw=raw, format=entry.format)
    array = vocab.ARRAY_OF.match(normal)
    if array:
        item = _base(array["item"])
        return TypeSpec("array", raw=raw, items=item) if item else None
    nullable = vocab.NULLABLE_SUFFIX.match(normal)
    if nullable:
        base = _base(nullable["base"])
        return (
            TypeSpec(base.json_type, raw=raw, format=base.format, items=base.items, nullable=True)
            if base
            else None
        )
    return None


def type_spec(raw: str, description: str = "") -> TypeSpec | None:
    """The TypeSpec for a data-type cell, or None when the type is unknown."""
    spec = _base(raw)
    if spec is None:
        return None
    normal = " ".join(raw.lower().split())
    entry = vocab.DATA_TYPES.get(vocab.NULLABLE_SUFFIX.sub(r"\g<base>", normal))
    wants_enum = bool(entry and entry.enum)
    enum = enum_values(description) if wants_enum or spec.json_type == "string" else ()
    minimum = vocab.MINIMUM_PHRASE.search(description)
    limit = vocab.LIMIT_PHRASE.search(description) if spec.json_type == "array" else None
    return TypeSpec(
        spec.json_type,
        raw=raw,
        format=spec.format,
        nullable=spec.nullable,
        items=spec.items,
        enum=enum,
        minimum=float(minimum["n"]) if minimum and spec.json_type in {"integer", "number"} else None,
        max_items=int(limit["n"]) if limit else None,
    )
