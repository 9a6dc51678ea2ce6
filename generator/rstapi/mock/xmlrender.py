"""A faithful XML rendering of a JSON value.

Objects become elements named after their keys, arrays repeat an `<item>` element, and every element
says its JSON type in a `type` attribute so the JSON can be recovered exactly. A key that is not an XML
name becomes `<entry name="the key">`.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape, quoteattr

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_MAX_DEPTH = 200


def to_xml(value: Any, root: str = "response") -> bytes:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _element(root, value, parts, 0)
    return "".join(parts).encode("utf-8")


def _open(key: str, kind: str) -> tuple[str, str]:
    if _NAME.fullmatch(key) and not key.lower().startswith("xml"):
        return f'<{key} type="{kind}"', f"</{key}>"
    return f'<entry name={quoteattr(key)} type="{kind}"', "</entry>"


def _element(key: str, value: Any, parts: list[str], depth: int) -> None:
    kind = _kind(value)
    start, end = _open(key, kind)
    if kind == "null" or (kind in ("object", "array") and not value) or depth > _MAX_DEPTH:
        parts.append(start + "/>")
        return
    parts.append(start + ">")
    if kind == "object":
        for child_key, child in value.items():
            _element(str(child_key), child, parts, depth + 1)
    elif kind == "array":
        for item in value:
            _element("item", item, parts, depth + 1)
    else:
        parts.append(escape(_text(value)))
    parts.append(end)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "string"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _strip_invalid(str(value))


def _strip_invalid(text: str) -> str:
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", text)
