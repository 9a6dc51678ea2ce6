"""The spec as the Rust validator is given it: formats it checks more strictly than jsonschema,
which decides, read as jsonschema reads them.

jsonschema-rs answers "valid?" first and jsonschema decides every "no" (`validation.SchemaCheck`), so
a format jsonschema-rs checks more strictly than jsonschema's FORMAT_CHECKER costs time and changes
nothing. An email is one: jsonschema accepts any string with an "@", jsonschema-rs parses the address
by RFC 5321 (2.3k instructions an address under callgrind, half the validation of a POST whose body
lists two). Such a format becomes the `pattern` that says the same ("@"), matched by the Rust regex
engine; a schema that has a pattern of its own keeps its format.
"""

from __future__ import annotations

from typing import Any

__all__ = ["as_jsonschema_reads"]

# format -> the pattern that accepts exactly the strings jsonschema's FORMAT_CHECKER accepts
_FORMAT_PATTERNS = {"email": "@", "idn-email": "@"}
# keywords whose values are instances, not schemas: they are copied as they are
_DATA = frozenset({"enum", "const", "default", "example", "examples"})


def as_jsonschema_reads(node: Any) -> Any:
    """A copy of a schema (or of the whole spec) with each `_FORMAT_PATTERNS` format as its pattern."""
    if isinstance(node, list):
        return [as_jsonschema_reads(item) for item in node]
    if not isinstance(node, dict):
        return node
    copied = {key: value if key in _DATA else as_jsonschema_reads(value) for key, value in node.items()}
    declared = copied.get("format")
    if isinstance(declared, str) and declared in _FORMAT_PATTERNS and "pattern" not in copied:
        del copied["format"]
        copied["pattern"] = _FORMAT_PATTERNS[declared]
    return copied
