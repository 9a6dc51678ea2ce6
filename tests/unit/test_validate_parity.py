"""rstapi's OpenAPI 3.1 validation gives openapi-spec-validator's verdicts (the oracle), on a small
spec and on deliberately broken copies of it: valid stays valid, each breakage is found, at the
place the oracle names when it names one."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator

from rstapi.openapi.sourcemap import without_sources
from rstapi.openapi.validate import validate_spec


def small_spec() -> dict[str, Any]:
    widget = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "size": {"type": "integer", "default": 3}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Widgets", "version": "1"},
        "tags": [{"name": "widgets"}],
        "paths": {
            "/widgets/{widget_id}/": {
                "parameters": [
                    {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "get": {
                    "operationId": "get_widget",
                    "tags": ["widgets"],
                    "parameters": [
                        {"name": "page", "in": "query", "schema": {"type": "integer", "default": 1}}
                    ],
                    "responses": {
                        "200": {
                            "description": "The widget.",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                            },
                        }
                    },
                },
            },
            "/widgets/": {
                "post": {
                    "operationId": "create_widget",
                    "responses": {"201": {"description": "Created."}},
                }
            },
        },
        "components": {"schemas": {"Widget": widget}},
    }


def _get(spec: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/widgets/{widget_id}/"]["get"]
    return operation


def _widget(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["Widget"]
    return schema


MUTATIONS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "unchanged": lambda spec: None,
    "an x- extension": lambda spec: _get(spec).update({"x-internal": True}),
    "a null default of a nullable schema": lambda spec: _widget(spec)["properties"].update(
        {"note": {"type": "string", "nullable": True, "default": None}}
    ),
    "no info": lambda spec: spec.pop("info"),
    "an OpenAPI 3.0 version": lambda spec: spec.update({"openapi": "3.0.3"}),
    "a path without its leading slash": lambda spec: spec["paths"].update({"widgets": {}}),
    "a response without description": lambda spec: _get(spec)["responses"]["200"].pop("description"),
    "a parameter without 'in'": lambda spec: _get(spec)["parameters"][0].pop("in"),
    "an unknown operation field": lambda spec: _get(spec).update({"summery": "typo"}),
    "a duplicate operationId": lambda spec: spec["paths"]["/widgets/"]["post"].update(
        {"operationId": "get_widget"}
    ),
    "a path parameter not declared": lambda spec: spec["paths"]["/widgets/{widget_id}/"].pop("parameters"),
    "a declared path parameter not in the path": lambda spec: _get(spec)["parameters"].append(
        {"name": "other_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ),
    "a duplicate parameter": lambda spec: _get(spec)["parameters"].append(
        {"name": "page", "in": "query", "schema": {"type": "integer"}}
    ),
    "a duplicate tag": lambda spec: spec["tags"].append({"name": "widgets"}),
    "a schema type typo": lambda spec: _widget(spec)["properties"]["id"].update({"type": "strin"}),
    "a schema that is a number": lambda spec: _get(spec)["parameters"][0].update({"schema": 5}),
    "a discriminator that is not an object": lambda spec: _widget(spec).update({"discriminator": 5}),
    "a pattern that is not a regex": lambda spec: _widget(spec)["properties"]["id"].update({"pattern": "(("}),
    "an unknown $schema dialect": lambda spec: _widget(spec).update({"$schema": "urn:example:nope"}),
    "a default of the wrong type": lambda spec: _widget(spec)["properties"]["size"].update({"default": "x"}),
    "a parameter default of the wrong type": lambda spec: _get(spec)["parameters"][0]["schema"].update(
        {"default": "first"}
    ),
    "an int32 default out of range": lambda spec: _widget(spec)["properties"]["size"].update(
        {"format": "int32", "default": 2**40}
    ),
    "a date-time default that is not one": lambda spec: _widget(spec)["properties"].update(
        {"made": {"type": "string", "format": "date-time", "default": "yesterday"}}
    ),
    "a parameter declared twice through $ref": lambda spec: (
        spec["components"].update(
            {"parameters": {"Page": {"name": "page", "in": "query", "schema": {"type": "integer"}}}}
        ),
        _get(spec)["parameters"].append({"$ref": "#/components/parameters/Page"}),
    ),
    "a bad schema in a response reached through $ref": lambda spec: (
        spec["components"].update(
            {
                "responses": {
                    "Gone": {
                        "description": "Gone.",
                        "content": {"application/json": {"schema": {"type": "objest"}}},
                    }
                }
            }
        ),
        _get(spec)["responses"].update({"410": {"$ref": "#/components/responses/Gone"}}),
    ),
    "allOf requiring an undefined property": lambda spec: spec["components"]["schemas"].update(
        {"Big": {"allOf": [{"$ref": "#/components/schemas/Widget"}], "required": ["weight"]}}
    ),
    "allOf requiring a property of its part": lambda spec: _widget(spec)["properties"].update(
        {"part": {"allOf": [{"$ref": "#/components/schemas/Widget"}], "required": ["size"]}}
    ),
}


def oracle(spec: dict[str, Any]) -> list[str]:
    """openapi-spec-validator's errors, as pointers ("/" when it names no place; a Schema Object's
    error is named inside the schema). It can stop with an exception (KeyError on a parameter without
    'in'): what it found until then is its verdict, and a crash alone is one too."""
    found = []
    try:
        for error in OpenAPIV31SpecValidator(spec).iter_errors():
            found.append(
                "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in error.absolute_path)
            )
    except Exception:
        found.append("/")
    return found


@pytest.mark.parametrize("mutation", list(MUTATIONS))
def test_same_verdict_as_openapi_spec_validator(mutation: str) -> None:
    spec = small_spec()
    MUTATIONS[mutation](spec)
    expected = oracle(copy.deepcopy(spec))
    found = [d for d in validate_spec(spec) if d.code == "SPEC400"]
    assert bool(found) == bool(expected), (mutation, expected, [d.message for d in found])
    named = {pointer for pointer in expected if pointer != "/"}
    if named:  # where the oracle names a place, a finding names it (or a place inside it)
        pointers = [str(d.pointer) for d in found]
        assert all(any(n in p for p in pointers) for n in named), (
            named,
            pointers,
        )


def test_the_small_spec_is_valid_and_every_breakage_is_caught() -> None:
    """The parity above is not vacuous: the oracle rejects every mutation but these four."""
    verdicts = {}
    for mutation, change in MUTATIONS.items():
        spec = small_spec()
        change(spec)
        verdicts[mutation] = bool(oracle(spec))
    assert [m for m, invalid in verdicts.items() if not invalid] == [
        "unchanged",
        "an x- extension",
        "a null default of a nullable schema",
        "allOf requiring a property of its part",
    ]


def test_a_spec_jsonschema_rs_cannot_register_is_still_checked() -> None:
    """An integer of 5,000 digits (an overlay can put one) keeps the default and example checks."""
    spec = small_spec()
    spec["x-huge"] = 10**5000
    _widget(spec)["properties"]["size"]["default"] = "x"
    media = _get(spec)["responses"]["200"]["content"]["application/json"]
    media["examples"] = {"bad": {"value": {"id": 5}}}
    found = validate_spec(spec)
    pointers = {(d.code, d.pointer) for d in found}
    assert ("SPEC400", "/components/schemas/Widget/properties/size/default") in pointers
    assert (
        "SPEC401",
        "/paths/~1widgets~1{widget_id}~1/get/responses/200/content/application~1json/examples/bad",
    ) in pointers


def test_a_reference_carrying_the_builds_inline_source_is_judged_as_written() -> None:
    """The build keeps each object's line inline (``x-rst-source``, split out before writing): a
    Reference Object carrying one is valid, as the written spec without it is, and any other key
    beside its ``$ref`` is still an error."""
    spec = small_spec()
    spec["components"]["responses"] = {"Gone": {"description": "Gone."}}
    gone: dict[str, Any] = {"$ref": "#/components/responses/Gone", "x-rst-source": "ref.rst:12"}
    _get(spec)["responses"]["410"] = gone
    assert oracle(without_sources(spec)) == []
    assert [d.message for d in validate_spec(spec) if d.code == "SPEC400"] == []
    gone["x-internal"] = True
    assert oracle(without_sources(spec)) != []
    found = [d.pointer for d in validate_spec(spec) if d.code == "SPEC400"]
    assert found == ["/paths/~1widgets~1{widget_id}~1/get/responses/410"]


@pytest.mark.parametrize(
    "where",
    ["components", "request body", "nested property"],
)
def test_a_schema_json_schema_rejects_is_reported_wherever_it_is(where: str) -> None:
    """Schemas the OpenAPI rules found valid are not meta-validated again; every other one still is
    (a request body's schema, which those rules do not walk, or a schema nested in a valid one)."""
    spec = small_spec()
    broken = {"type": "object", "minProperties": -1}  # not a non-negative integer: 2020-12 rejects it
    if where == "components":
        spec["components"]["schemas"]["Broken"] = broken
        expected = "/components/schemas/Broken"
    elif where == "request body":
        spec["paths"]["/widgets/"]["post"]["requestBody"] = {
            "content": {"application/json": {"schema": broken}}
        }
        expected = "/paths/~1widgets~1/post/requestBody/content/application~1json/schema"
    else:
        spec["components"]["schemas"]["Widget"]["properties"]["size"] = broken
        expected = "/components/schemas/Widget"
    found = [d for d in validate_spec(spec) if d.code == "SPEC400"]
    assert any(
        d.message.startswith("not a valid JSON Schema") and d.pointer and d.pointer.startswith(expected)
        for d in found
    ), found
    assert not [d for d in validate_spec(small_spec()) if d.code == "SPEC400"]


@pytest.mark.parametrize("ref", ["#/components/schemas/Widget", "", "not a {uri} ::", "\x00"])
def test_a_reference_alone_is_what_the_2020_12_meta_schema_says_of_it(ref: str) -> None:
    """A Schema Object that is a string $ref and nothing else is passed without the meta-schema
    (``_reference_alone``), which finds nothing in one whatever the string; one with a sibling or a
    $ref that is no string is still checked."""
    from rstapi.openapi.validate import _meta_validator, _reference_alone

    assert _reference_alone({"$ref": ref})
    assert list(_meta_validator().iter_errors({"$ref": ref})) == []
    assert not _reference_alone({"$ref": 1}) and list(_meta_validator().iter_errors({"$ref": 1}))
    assert not _reference_alone({"$ref": ref, "minProperties": -1})
