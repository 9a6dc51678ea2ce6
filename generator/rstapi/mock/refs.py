"""Schemas taken out of the spec for validation (following `$ref`s: rstapi.openapi.refs)."""

from __future__ import annotations

import copy
from typing import Any

from rstapi.openapi import structure
from rstapi.openapi.refs import SPEC_URI

__all__ = ["absolutize"]


def absolutize(schema: Any) -> Any:
    """A copy of a schema taken out of the spec whose local refs point into the registered spec;
    a ``$ref`` key inside its ``const``, ``default``, ``enum`` or examples is data and stays."""
    absolute = copy.deepcopy(schema)
    for holder in structure.ref_holders(absolute, structure.SCHEMA):
        if holder["$ref"].startswith("#"):
            holder["$ref"] = SPEC_URI + holder["$ref"]
    return absolute
