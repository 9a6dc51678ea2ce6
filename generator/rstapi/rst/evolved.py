"""``attrs.evolve`` for a value the readers may leave as it is."""

from __future__ import annotations

from typing import Any, TypeVar, cast

import attrs
from attrs import AttrsInstance

__all__ = ["evolved"]

R = TypeVar("R", bound=AttrsInstance)


def evolved(record: R, **values: Any) -> R:
    """``attrs.evolve(record, **values)``, or ``record`` itself when each value is the very one it
    holds: evolving one of the model's records (a TypeSpec has 20 fields) reads and passes every
    field again, and most of the readers' evolving changes nothing (a description that says
    nothing of a type's values, a table with no dotted rows)."""
    if all(value is getattr(record, name) for name, value in values.items()):
        return record
    changed: R = attrs.evolve(cast(Any, record), **values)  # R is an attrs class (the plugin cannot tell)
    return changed
