"""A string decimal's bounds, checked in requests as a number's are.

JSON Schema's ``minimum`` ... judge numbers only, so a decimal sent as text ("9.99", ``type: string,
format: decimal``) keeps the bounds its description says as ``x-rstapi-minimum``,
``x-rstapi-maximum``, ``x-rstapi-exclusiveMinimum`` and ``x-rstapi-exclusiveMaximum``
(``rstapi.formats.DECIMAL_BOUNDS``). Both validators of ``validation.Schemas`` are taught them as
keywords, compared as decimals (no float rounding), so "150.00" under a maximum of 100 is a 400
whose rule is ``maximum``, as for a number. A spec holding none of the keys is checked by the plain
validators: it pays nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from jsonschema.validators import extend

from rstapi.formats import DECIMAL_BOUNDS

__all__ = ["BOUND_KEYS", "holds_decimal_bounds", "jsonschema_class", "rust_keywords"]

BOUND_KEYS: tuple[str, ...] = tuple(key for _, key, _, _ in DECIMAL_BOUNDS)
# the key -> what a value beyond it is said to be, as jsonschema says it of a number
_RELATIONS = {
    "x-rstapi-minimum": "less than the minimum",
    "x-rstapi-maximum": "greater than the maximum",
    "x-rstapi-exclusiveMinimum": "less than or equal to the minimum",
    "x-rstapi-exclusiveMaximum": "greater than or equal to the maximum",
}
_OUTSIDE: dict[str, Callable[[Any, Any], bool]] = {key: outside for _, key, outside, _ in DECIMAL_BOUNDS}


def holds_decimal_bounds(spec: Any) -> bool:
    """Whether any schema of ``spec`` has a string decimal's bound (a walk of the spec, once)."""
    if isinstance(spec, dict):
        return any(key in spec for key in BOUND_KEYS) or any(holds_decimal_bounds(v) for v in spec.values())
    if isinstance(spec, list):
        return any(holds_decimal_bounds(item) for item in spec)
    return False


def beyond(key: str, bound: Any, instance: Any) -> str | None:
    """How the decimal text ``instance`` lies beyond the bound ``key`` of ``bound`` (a message), None
    when it does not, or is no decimal text (its pattern says so), or the bound is no number."""
    if not isinstance(instance, str) or isinstance(bound, bool) or not isinstance(bound, int | float):
        return None
    try:
        value = Decimal(instance.strip())
    except InvalidOperation:
        return None
    if not value.is_finite() or not _OUTSIDE[key](value, Decimal(repr(bound))):
        return None
    return f"{instance!r} is {_RELATIONS[key]} of {bound:g}"


def _keyword(key: str) -> Callable[[Any, Any, Any, Any], Iterator[ValidationError]]:
    rule = key.removeprefix("x-rstapi-")

    def check(validator: Any, bound: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
        message = beyond(key, bound, instance)
        if message is not None:
            yield ValidationError(message, validator=rule)

    return check


@functools.cache
def jsonschema_class() -> Any:
    """Draft 2020-12's validator with the bounds as keywords."""
    return extend(Draft202012Validator, {key: _keyword(key) for key in BOUND_KEYS})  # type: ignore[no-untyped-call]


class _RustBound:
    """One bound as a keyword of the Rust validator (it asks ``validate``; a ValueError is a "no")."""

    key = ""

    def __init__(self, parent_schema: Any, value: Any, schema_path: Any) -> None:
        self.bound = value

    def validate(self, instance: Any) -> None:
        message = beyond(self.key, self.bound, instance)
        if message is not None:
            raise ValueError(message)


def rust_keywords() -> dict[str, type]:
    """The bounds as keywords of jsonschema-rs, a class per key."""
    return {key: type(f"_RustBound_{i}", (_RustBound,), {"key": key}) for i, key in enumerate(BOUND_KEYS)}
