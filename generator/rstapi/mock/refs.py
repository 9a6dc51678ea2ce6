"""Schemas taken out of the spec for validation (following `$ref`s: rstapi.openapi.refs)."""

from __future__ import annotations

from typing import Any

from rstapi.openapi.refs import SPEC_URI

__all__ = ["absolutize"]


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
