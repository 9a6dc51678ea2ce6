"""Whether a string is a value of a JSON Schema format (``uuid``, ``date``, ``date-time``, ``email``
...), judged by jsonschema's format checks: the readers judge a table's Default and Example cells
by it (``rst.types.unfit``), the lint an example's values (``conformance``).

jsonschema is imported only when a value with a format is judged."""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["in_format"]


@functools.cache
def _format_checker() -> Any:
    """JSON Schema's format checks (jsonschema's: uuid, date, date-time, email, ipv4 ... as its
    installed extras provide)."""
    from jsonschema import FormatChecker

    return FormatChecker()


def in_format(value: str, written: str) -> bool:
    """Whether ``value`` is a value of the format ``written`` (one the checks do not know holds any)."""
    checker = _format_checker()
    return written not in checker.checkers or bool(checker.conforms(value, written))
