"""Whether a string is a value of a JSON Schema format (``uuid``, ``date``, ``date-time``, ``email``
...), judged by jsonschema's format checks: the readers judge a table's Default and Example cells
by it (``rst.types.unfit``), the lint an example's values (``conformance``).

jsonschema is imported only when a value with a format is judged."""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping
from typing import Any

__all__ = [
    "DECIMAL_BOUNDS",
    "decimal_among",
    "decimal_equal_any",
    "decimal_outside",
    "decimal_text",
    "in_format",
]

# A string decimal's bounds (JSON Schema's minimum and maximum judge numbers only): the TypeSpec
# attribute that holds each, the spec's extension key, how a value falls outside it, its words.
DECIMAL_BOUNDS: tuple[tuple[str, str, Callable[[Any, Any], bool], str], ...] = (
    ("minimum", "x-rstapi-minimum", operator.lt, "minimum"),
    ("maximum", "x-rstapi-maximum", operator.gt, "maximum"),
    ("exclusive_minimum", "x-rstapi-exclusiveMinimum", operator.le, "exclusive minimum"),
    ("exclusive_maximum", "x-rstapi-exclusiveMaximum", operator.ge, "exclusive maximum"),
)


@functools.cache
def _format_checker() -> Any:
    """JSON Schema 2020-12's format checks, as OpenAPI 3.1, the mock and the contract run check
    them (jsonschema's: uuid, date, date-time, email, ipv4 ... as its installed extras provide).
    Not ``FormatChecker()``, which holds every draft's checks, a later draft's name taking an
    earlier one's: its ``time`` is draft 3's ("09:30:00" a time, "09:30:00Z" none), where 2020-12's
    is RFC 3339's full-time, the other way round."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator.FORMAT_CHECKER


def in_format(value: str, written: str) -> bool:
    """Whether ``value`` is a value of the format ``written`` (one the checks do not know holds any)."""
    checker = _format_checker()
    return written not in checker.checkers or bool(checker.conforms(value, written))


def decimal_outside(text: str, bounds: Mapping[str, float | None]) -> str | None:
    """Which of ``bounds`` (by TypeSpec attribute: ``minimum`` ...) the decimal text ``text`` ("9.99")
    falls outside, said as "its minimum is 0.01", compared as decimals (no float rounding); None
    when it is inside them all or is no decimal text (its pattern says so)."""
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    for attribute, _, outside, words in DECIMAL_BOUNDS:
        end = bounds.get(attribute)
        if end is not None and value.is_finite() and outside(value, Decimal(repr(end))):
            return f"its {words} is {end:g}"
    return None


def decimal_text(value: Any) -> str:
    """A decimal (a number, or decimal text as written: "0.50") as decimal text, its scale kept
    ("0.50" stays "0.50", 1.5 is "1.5", 1e3 "1000")."""
    from decimal import Decimal

    text = value if isinstance(value, str) else repr(value)
    return format(Decimal(text.strip()), "f")


def decimal_among(value: Any, listed: tuple[Any, ...]) -> bool:
    """Whether ``value`` is one of the decimals ``listed`` (decimal text or numbers), compared as
    decimals where one side is a number (a cell the reader reads as 1.0 is the listed "1.00"), and
    as written where both are text: a decimal sent as text is sent with its places ("1.00", DRF's
    ``decimal_places``) and JSON Schema's ``enum``, which the spec's checks, the mock and the
    contract run apply, compares text, so "1.0" is not the listed "1.00" there. A value that is no
    decimal is one when it is listed as it is."""

    if value in listed:
        return True
    if isinstance(value, str) and all(isinstance(each, str) for each in listed):
        return False
    return decimal_equal_any(value, listed)


def decimal_equal_any(value: Any, listed: tuple[Any, ...]) -> bool:
    """Whether ``value`` is, as a decimal, one of ``listed`` whatever either writes ("1.0", 1, "1.00")."""
    from decimal import Decimal, InvalidOperation

    try:
        wanted = Decimal(_as_text(value))
        return any(wanted == Decimal(_as_text(each)) for each in listed)
    except (InvalidOperation, TypeError, ValueError):
        return False


def _as_text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise TypeError(value)
    return value.strip() if isinstance(value, str) else repr(value)
