"""An OpenAPI 3.1 spec rendered as 3.0 for tools that read only 3.0 (openapi-diff)."""

from __future__ import annotations

from typing import Any

__all__ = ["as_openapi_30"]


def _schema(node: Any) -> Any:
    if isinstance(node, list):
        return [_schema(value) for value in node]
    if not isinstance(node, dict):
        return node
    result = {key: _schema(value) for key, value in node.items()}
    kinds = result.get("type")
    if isinstance(kinds, list):
        others = [kind for kind in kinds if kind != "null"]
        result["type"] = others[0] if len(others) == 1 else others
        if "null" in kinds:
            result["nullable"] = True
    for key in ("anyOf", "oneOf"):
        members = result.get(key)
        if isinstance(members, list) and {"type": "null"} in members:
            rest = [member for member in members if member != {"type": "null"}]
            result.pop(key)
            result["allOf" if len(rest) == 1 else key] = rest
            result["nullable"] = True
    return result


def as_openapi_30(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with 3.1's type lists and null alternatives written as 3.0's ``nullable``."""
    result: dict[str, Any] = _schema(spec)
    result["openapi"] = "3.0.3"
    return result
