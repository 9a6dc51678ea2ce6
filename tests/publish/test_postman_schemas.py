"""Response schemas for Postman's ajv 6: self-contained draft-07, and still true to the spec."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from rstapi.publish.operations import documented_responses, spec_operations
from rstapi.publish.schemas import standalone_schema

SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Node": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}}},
            "When": {
                "type": ["string", "null"],
                "format": "date-time",
                "x-rst-source": "a.rst:1",
                "example": "x",
            },
            "Money": {"type": "string", "format": "decimal", "description": "cents"},
        }
    }
}


def test_refs_are_inlined_and_extensions_dropped() -> None:
    schema = {"type": "array", "items": {"$ref": "#/components/schemas/When"}}
    assert standalone_schema(SPEC, schema) == {
        "type": "array",
        "items": {"type": ["string", "null"], "format": "date-time"},
    }


def test_formats_ajv_6_does_not_know_are_dropped() -> None:
    assert standalone_schema(SPEC, {"$ref": "#/components/schemas/Money"}) == {"type": "string"}


def test_a_ref_cycle_is_cut_with_an_open_schema() -> None:
    node = standalone_schema(SPEC, {"$ref": "#/components/schemas/Node"})
    assert node == {"type": "object", "properties": {"child": {}}}


def _documented_examples(spec: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    found = []
    for operation in spec_operations(spec):
        for code, response in documented_responses(spec, operation.operation).items():
            media = (response.get("content") or {}).get("application/json") or {}
            for name, example in (media.get("examples") or {}).items():
                found.append(
                    (f"{operation.operation_id} {code} {name}", media.get("schema"), example["value"])
                )
    return found


def test_every_documented_example_satisfies_its_converted_schema_under_draft_07(spec: dict[str, Any]) -> None:
    examples = _documented_examples(spec)
    assert len(examples) >= 5
    for where, schema, value in examples:
        converted = standalone_schema(spec, schema)
        assert "$ref" not in str(converted) and "x-rst-source" not in str(converted)
        errors = [e.message for e in jsonschema.Draft7Validator(converted).iter_errors(value)]
        assert errors == [], where


def test_a_body_that_breaks_the_spec_schema_breaks_the_converted_one(spec: dict[str, Any]) -> None:
    _where, schema, value = next(
        (w, s, v) for w, s, v in _documented_examples(spec) if isinstance(v, dict) and v
    )
    converted = standalone_schema(spec, schema)
    broken = {key: {"unexpected": ["object"]} for key in value}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, converted, cls=jsonschema.Draft7Validator)
