"""An example, a schema's const/default/enum/examples and an x- extension are data, whatever keys
they hold: a payload of an API that stores JSON Schemas (a ``$ref``, a ``schema`` field) is not a
Reference or Schema Object of the spec, so it is neither resolved nor validated as one, nor does
it count as a use of a component."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rstapi.openapi.validate import validate_spec
from tests.conftest import build_document, operation
from tests.rst_style import endpoint, field_table, subsection
from tests.unit.test_validate_parity import _get, _widget, oracle, small_spec

STORED = {"id": "s1", "schema": "urn:example:v2", "$ref": "#/components/schemas/Nowhere"}


def _media(spec: dict[str, Any]) -> dict[str, Any]:
    media: dict[str, Any] = _get(spec)["responses"]["200"]["content"]["application/json"]
    return media


def _property(spec: dict[str, Any], **keywords: Any) -> None:
    _widget(spec)["properties"]["stored"] = {"type": "object", **keywords}


def _link(spec: dict[str, Any], **fields: Any) -> None:
    """A Link Object's requestBody is a constant or a runtime expression."""
    _get(spec)["responses"]["200"]["links"] = {"Again": {"operationId": _get(spec)["operationId"], **fields}}


DATA: dict[str, Callable[[dict[str, Any]], Any]] = {
    "a media type's example": lambda spec: _media(spec).update({"example": STORED}),
    "an Example Object's value": lambda spec: _media(spec).update({"examples": {"one": {"value": STORED}}}),
    "an Example Object named example": lambda spec: _media(spec).update(
        {"examples": {"example": {"value": STORED}}}
    ),
    "a parameter's example": lambda spec: _get(spec)["parameters"][0].update({"example": STORED}),
    "an operation's x- extension": lambda spec: _get(spec).update({"x-stored": STORED}),
    "the root's x- extension": lambda spec: spec.update({"x-stored": [STORED]}),
    "a schema's const": lambda spec: _property(spec, const=STORED),
    "a schema's default": lambda spec: _property(spec, default=STORED),
    "a schema's enum": lambda spec: _property(spec, enum=[STORED]),
    "a schema's examples": lambda spec: _property(spec, examples=[STORED]),
    "a schema's x- extension": lambda spec: _property(spec, **{"x-stored": STORED}),
    "a link's requestBody": lambda spec: _link(spec, requestBody=STORED),
}


@pytest.mark.parametrize("place", list(DATA))
def test_data_holding_ref_and_schema_keys_is_not_judged_as_the_spec(place: str) -> None:
    spec = small_spec()
    DATA[place](spec)
    # openapi-spec-validator agrees the spec is valid; on a default it stops instead, following the
    # default's $ref while it checks the default against its schema (an exception, its "/")
    assert oracle(copy.deepcopy(spec)) == (["/"] if place == "a schema's default" else [])
    assert [(d.code, d.pointer) for d in validate_spec(spec) if d.code in ("SPEC400", "SPEC403")] == []


@pytest.mark.parametrize(
    "place", ["an Example Object's value", "a schema's default", "the root's x- extension"]
)
def test_a_ref_in_data_is_no_use_of_a_component(place: str) -> None:
    spec = small_spec()
    spec["components"]["schemas"]["Spare"] = {"type": "string"}
    DATA[place](spec)
    spare = json.loads(json.dumps(spec).replace(STORED["$ref"], "#/components/schemas/Spare"))
    unused = [d.pointer for d in validate_spec(spare) if d.code == "SPEC402"]
    assert unused == ["/components/schemas/Spare"]


@pytest.mark.parametrize(
    "name", ["schema", "example", "default", "x-colour", "value", "enum"], ids=lambda name: f"named {name}"
)
def test_names_that_are_keywords_elsewhere_stay_schemas_and_refs(name: str) -> None:
    """A property, a header or an example named like a keyword is what its map holds: its $ref is
    resolved (and a dangling one found), its schema checked."""
    spec = small_spec()
    _widget(spec)["properties"][name] = {"$ref": "#/components/schemas/Nowhere"}
    _get(spec)["responses"]["200"]["headers"] = {name: {"schema": {"type": "strin"}}}
    _media(spec)["examples"] = {name: {"$ref": "#/components/examples/Nowhere"}}
    found = validate_spec(spec)
    dangling = {str(d.pointer) for d in found if d.code == "SPEC403"}
    assert dangling == {
        f"/components/schemas/Widget/properties/{name}",
        f"/paths/~1widgets~1{{widget_id}}~1/get/responses/200/content/application~1json/examples/{name}",
    }
    assert any(d.code == "SPEC400" and f"/headers/{name}/schema" in str(d.pointer) for d in found)


def test_a_documented_example_that_stores_a_schema_builds_without_findings(tmp_path: Path) -> None:
    """From the reference: an example response of a schema registry holds ``schema`` and ``$ref``."""
    payload = json.dumps({"name": "gadget", "schema": "urn:example:gadget", "$ref": "#/definitions/gadget"})
    table = field_table(("name", "string", "The name."), ("schema", "string", "The schema's URN."))
    example = ".. code-block:: json\n\n   " + payload + "\n"
    rest = subsection("Response Values", table) + subsection("Example Response", example)
    spec, result, _text = build_document(tmp_path, endpoint(rest=rest))
    assert [d.code for d in result.diagnostics if d.code.startswith("SPEC")] == []
    content = operation(spec, "get", "/gizmo/v1/gadgets")["responses"]["200"]["content"]["application/json"]
    assert [e["value"] for e in content["examples"].values()] == [json.loads(payload)]
