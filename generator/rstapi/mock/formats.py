"""The spec as the Rust validator is given it: formats it checks more strictly than jsonschema,
which decides, read as jsonschema reads them.

jsonschema-rs answers "valid?" first and jsonschema decides every "no" (`validation.SchemaCheck`), so
a format jsonschema-rs checks more strictly than jsonschema's FORMAT_CHECKER costs time and changes
nothing. An email is one: jsonschema accepts any string with an "@", jsonschema-rs parses the address
by RFC 5321 (2.3k instructions an address under callgrind, half the validation of a POST whose body
lists two). Such a format becomes the `pattern` that says the same ("@"), matched by the Rust regex
engine; a schema that has a pattern of its own keeps its format.

A format jsonschema-rs checks more loosely than jsonschema would be let through by the "valid?"
asked first: jsonschema-rs (0.60) takes "20-3-02-29" and ".024-01-02" as dates and a leap second
"23:59:60" in a date-time, which jsonschema refuses. Such a format keeps its check and gets, beside
it, the `pattern` of the shape jsonschema requires (four digits of a year that is not 0000, two of a
month and a day; RFC 3339's time with seconds 00-59), in an `allOf` when the schema has a pattern of
its own; jsonschema-rs's format check then judges the calendar (a 13th month, a 30 February).
"""

from __future__ import annotations

from typing import Any

from rstapi.openapi.structure import BELOW, DATA, ITEMS, OBJECT, ROOT, SCHEMA, SUBSCHEMA

__all__ = ["as_jsonschema_reads"]

# format -> the pattern that accepts exactly the strings jsonschema's FORMAT_CHECKER accepts
_FORMAT_PATTERNS = {"email": "@", "idn-email": "@"}
# format -> the shape jsonschema's FORMAT_CHECKER requires beside the format check (Rust regex
# syntax: no look-ahead, so "a year that is not 0000" is spelled out)
_YEAR = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
_DATE = f"{_YEAR}-[0-9]{{2}}-[0-9]{{2}}"
_FORMAT_SHAPES = {
    "date": f"^{_DATE}$",
    "date-time": f"^{_DATE}[Tt][0-9]{{2}}:[0-9]{{2}}:[0-5][0-9](?:\\.[0-9]+)?(?:[Zz]|[+-][0-9]{{2}}:[0-9]{{2}})$",
}


def as_jsonschema_reads(node: Any, kind: int = ROOT) -> Any:
    """A copy of ``node`` (the whole spec, or a node of ``kind``: ``SCHEMA`` for a schema) with
    each `_FORMAT_PATTERNS` format of a schema as its pattern. The spec's structure
    (``rstapi.openapi.structure``) says what is a schema: an example, a default, a const, an enum
    or an x- extension is data and copied as it is, and a property named ``default`` or
    ``format`` is a schema like any other."""
    if isinstance(node, list):
        below = ITEMS.get(kind, OBJECT)
        return node if below == DATA else [as_jsonschema_reads(item, below) for item in node]
    if not isinstance(node, dict):
        return node
    keys, others, extensions = BELOW[kind]
    copied = {}
    for key, value in node.items():
        below = keys.get(key, others)
        data = below == DATA or (extensions and isinstance(key, str) and key.startswith("x-"))
        copied[key] = value if data else as_jsonschema_reads(value, below)
    declared = copied.get("format") if kind in (SCHEMA, SUBSCHEMA) else None
    if isinstance(declared, str) and declared in _FORMAT_PATTERNS and "pattern" not in copied:
        del copied["format"]
        copied["pattern"] = _FORMAT_PATTERNS[declared]
    elif isinstance(declared, str) and declared in _FORMAT_SHAPES:
        shape = _FORMAT_SHAPES[declared]
        if "pattern" not in copied:
            copied["pattern"] = shape
        else:
            given = copied.get("allOf")
            copied["allOf"] = [*(given if isinstance(given, list) else []), {"pattern": shape}]
    return copied
