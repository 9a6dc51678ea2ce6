"""Body examples against their schemas (SPEC401): a body schema that is a ``$ref`` alone to a
component is validated as that component, one validator for every body that names it."""

from __future__ import annotations

from typing import Any

from rstapi.openapi.refs import SPEC_URI
from rstapi.openapi.validate import _schema_uri, example_errors


def _body(ref: str, value: Any) -> dict[str, Any]:
    return {"schema": {"$ref": ref}, "examples": {"shown": {"value": value}}}


def _spec(*bodies: dict[str, Any]) -> dict[str, Any]:
    paths = {
        f"/things/{{id{index}}}": {
            "get": {"responses": {"200": {"description": "ok", "content": {"application/json": body}}}}
        }
        for index, body in enumerate(bodies)
    }
    widget = {"type": "object", "properties": {"size": {"type": "integer"}}, "required": ["size"]}
    return {"openapi": "3.1.0", "paths": paths, "components": {"schemas": {"Widget": widget}}}


def test_bodies_naming_one_component_are_each_checked_against_it() -> None:
    spec = _spec(_body("#/components/schemas/Widget", {"size": 1}), _body("#/components/schemas/Widget", {}))
    [found] = example_errors(spec)
    assert found.code == "SPEC401"
    assert (
        found.pointer == "/paths/~1things~1{id1}/get/responses/200/content/application~1json/examples/shown"
    )
    assert "'size' is a required property" in found.message


def test_a_body_naming_no_component_cannot_be_checked() -> None:
    [found] = example_errors(_spec(_body("#/components/schemas/Gadget", {"size": 1})))
    assert found.pointer and found.pointer.endswith("/examples/shown")
    assert "cannot be checked" in found.message


def test_the_uri_of_a_schema_is_its_components_only_for_a_plain_ref_to_one() -> None:
    widget = "#/components/schemas/Widget"
    at = "/paths/~1a~1{b}/get/responses/200/content/application~1json/schema"
    assert _schema_uri({"$ref": widget}, at) == f"{SPEC_URI}{widget}"
    assert (
        _schema_uri({"$ref": widget, "description": "x"}, at)
        == f"{SPEC_URI}#{at.replace('{', '%7B').replace('}', '%7D')}"
    )
    assert _schema_uri({"$ref": "#/components/schemas/W{x}"}, at).endswith(
        "%7Bb%7D/get/responses/200/content/application~1json/schema"
    )
