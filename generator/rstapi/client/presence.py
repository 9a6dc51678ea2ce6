"""Rules about which fields a request gives together ("either ``a`` or ``b``, not both": the spec's
``not: {required: [a, b]}`` and ``anyOf: [{required: [a]}, {required: [b]}]`` on an object) are
left out of the document the client generator reads: openapi-python-client cannot type an object
with them and would make its body ``Any``. The service and the mock still hold them; the client's
model keeps its typed fields.

    without_presence_rules(spec) -> spec without those keywords (``spec`` itself when it has none)
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["without_presence_rules"]

_RULES = ("not", "anyOf", "allOf")


def without_presence_rules(spec: dict[str, Any]) -> dict[str, Any]:
    schemas = (spec.get("components") or {}).get("schemas") or {}
    names = [name for name, schema in schemas.items() if _has_rules(schema)]
    if not names:
        return spec
    copied = copy.deepcopy(spec)
    for name in names:
        schema = copied["components"]["schemas"][name]
        for key in _RULES:
            if key in schema and _presence_only(schema[key]):
                del schema[key]
    return copied


def _has_rules(schema: Any) -> bool:
    return isinstance(schema, dict) and any(key in schema and _presence_only(schema[key]) for key in _RULES)


def _presence_only(rule: Any) -> bool:
    """A rule that says only which keys are present: `required` lists, under `not`/`anyOf`/`allOf`."""
    if isinstance(rule, list):
        return bool(rule) and all(_presence_only(item) for item in rule)
    if not isinstance(rule, dict):
        return False
    keys = {key for key in rule if not key.startswith("x-")}
    if keys == {"required"}:
        return True
    return bool(keys) and keys <= set(_RULES) and all(_presence_only(rule[key]) for key in keys)
