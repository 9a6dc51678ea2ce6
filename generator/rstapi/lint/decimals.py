"""How a ``decimal`` field is sent, where the document leaves it open: DOC221, DOC222; and
decimal text an example gives outside the bounds the description says (DOC223).

``rstapi.decimals`` decides each decimal field from its examples (a string when they show strings,
a number when they show numbers); where they show it both ways, or no example of a schema a
response holds shows it, the spec says a string, as Django REST framework sends one by default,
and the row is reported so the writer can say which (a type "string (decimal)" or "number").
Each row is reported once, however many schemas (one per method of a shared section) it is.
A string decimal's bounds are the spec's x-rstapi- keys, which no JSON Schema validator checks
(``minimum`` judges numbers only), so an example outside them is this check's to find, once per
example and value.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rstapi.decimals import Verdict
from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.naming import schema_pointer

__all__ = ["check"]


def check(verdicts: Iterable[Verdict]) -> Iterator[Diagnostic]:
    """DOC221 and DOC222 for the verdicts of ``rstapi.decimals.decimals_as_shown``."""
    seen: set[SourceLocation] = set()
    outside: set[tuple[str, str, SourceLocation]] = set()
    for verdict in verdicts:
        found = _finding(verdict)
        if found is not None and verdict.field.location not in seen:
            seen.add(verdict.field.location)
            yield found
        for text, why, at in verdict.outside:
            if (verdict.field.full_name, text, at) not in outside:
                outside.add((verdict.field.full_name, text, at))
                yield _outside(verdict, text, why, at)


def _outside(verdict: Verdict, text: str, why: str, at: SourceLocation) -> Diagnostic:
    name, row = verdict.field.full_name, verdict.field.location
    message = (
        f"the example gives decimal field {name!r} the value {text!r}, which its description refuses "
        f"({why}; documented at line {row.line})"
    )
    return Diagnostic("DOC223", message, at, pointer=schema_pointer(verdict.schema, verdict.field.name))


def _finding(verdict: Verdict) -> Diagnostic | None:
    name = verdict.field.full_name
    pointer = schema_pointer(verdict.schema, verdict.field.name)
    if len(verdict.shown) > 1:
        text, number = verdict.shown["string"], verdict.shown["number"]
        message = (
            f"decimal field {name!r} is a string in the example at {text.named_from(verdict.field.location)} "
            f"and a number in the example at {number.named_from(verdict.field.location)}; the spec says a string, as Django REST framework sends a "
            "DecimalField by default"
        )
        return Diagnostic("DOC222", message, verdict.field.location, pointer=pointer)
    if not verdict.shown and verdict.in_response:
        message = (
            f"decimal field {name!r} is in no example, which would show whether the service sends it as "
            '"9.99" or 9.99; the spec says a string, as Django REST framework sends a DecimalField by default'
        )
        return Diagnostic("DOC221", message, verdict.field.location, pointer=pointer)
    return None
