"""Reading the spec's examples: the reference's example values the functional tests expect."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["assert_matches_example", "body_example", "operation", "parameter_example", "response_example"]


def operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The spec's operation with this id."""
    for item in spec["paths"].values():
        for found in item.values():
            if isinstance(found, dict) and found.get("operationId") == operation_id:
                return found
    raise KeyError(operation_id)


def response_example(spec: dict[str, Any], operation_id: str) -> Any:
    """The first example of the operation's success response: the reference's example values."""
    responses = operation(spec, operation_id)["responses"]
    success = next(code for code in responses if code.startswith("2"))
    examples = responses[success]["content"]["application/json"]["examples"]
    return next(iter(examples.values()))["value"]


def body_example(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    content = operation(spec, operation_id)["requestBody"]["content"]
    examples = next(iter(content.values()))["examples"]
    value: dict[str, Any] = next(iter(examples.values()))["value"]
    return value


def parameter_example(spec: dict[str, Any], operation_id: str, name: str) -> Any:
    parameters = operation(spec, operation_id).get("parameters", [])
    return next(parameter["example"] for parameter in parameters if parameter["name"] == name)


def assert_matches_example(actual: Any, expected: Any, where: str = "") -> None:
    """`actual` (a model's to_dict()) has the example's values; date-times compare as instants."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        assert set(actual) == set(expected), f"{where}: fields differ"
        for key, value in expected.items():
            assert_matches_example(actual[key], value, f"{where}/{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), where
        for index, (got, value) in enumerate(zip(actual, expected, strict=True)):
            assert_matches_example(got, value, f"{where}/{index}")
    elif isinstance(expected, str) and actual != expected and _instant(expected) is not None:
        assert _instant(actual) == _instant(expected), f"{where}: {actual!r} != {expected!r}"
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


def _instant(value: Any) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
