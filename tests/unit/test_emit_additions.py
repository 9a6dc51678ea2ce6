"""What the model's dialect-neutral additions become in the spec: header parameters, response
headers, media types, array request bodies, deprecation and extensions (every reader fills them)."""

from __future__ import annotations

from rstapi.diagnostics import SourceLocation
from rstapi.model import Api, Example, Field, ObjectSchema, Operation, Parameter, Response, TypeSpec
from rstapi.openapi.emit import emit

AT = SourceLocation("ref.rst", 3)
STRING = TypeSpec("string")


def _spec(operation: Operation, *schemas: ObjectSchema) -> dict:  # type: ignore[type-arg]
    return emit(Api("T", "", ("ref.rst",), (operation,), schemas))


def _operation(**changes: object) -> Operation:
    base = {"operation_id": "op", "method": "POST", "path": "/items/", "tag": "items", "summary": "s"}
    return Operation(**{**base, "description": "", "location": AT, **changes})  # type: ignore[arg-type]


def test_header_parameter_deprecation_and_extensions_are_emitted() -> None:
    token = Parameter("X-Token", "header", STRING, "A token.", AT, required=True, deprecated=True)
    versioned = Parameter("q", "query", STRING, "", AT, extensions=(("x-min-version", "2.1"),))
    spec = _spec(_operation(parameters=(token, versioned), deprecated=True, extensions=(("x-note", 1),)))
    operation = spec["paths"]["/items/"]["post"]
    assert operation["deprecated"] is True and operation["x-note"] == 1
    assert operation["parameters"][0]["in"] == "header"
    assert operation["parameters"][0]["deprecated"] is True
    assert operation["parameters"][1]["x-min-version"] == "2.1"


def test_response_headers_and_media_type() -> None:
    header = Parameter("Location", "header", STRING, "The new item.", SourceLocation("ref.rst", 9))
    response = Response(
        201,
        "Created",
        AT,
        TypeSpec("object"),
        headers=(header,),
        media_type="application/hal+json",
        media_type_location=SourceLocation("ref.rst", 8),
    )
    emitted = _spec(_operation(responses=(response,)))["paths"]["/items/"]["post"]["responses"]["201"]
    assert emitted["headers"] == {
        "Location": {
            "description": "The new item.",
            "schema": {"type": "string"},
            "x-rst-source": "ref.rst:9",
        }
    }
    assert emitted["content"]["application/hal+json"]["x-rst-source"] == "ref.rst:8"


def test_array_form_body_and_deprecated_field() -> None:
    field = Field("name", STRING, "", AT, deprecated=True, extensions=(("x-max-version", "3"),))
    schema = ObjectSchema("Item", (field,), AT)
    operation = _operation(
        request_schema="Item", request_array=True, request_media_type="application/x-www-form-urlencoded"
    )
    spec = _spec(operation, schema)
    content = spec["paths"]["/items/"]["post"]["requestBody"]["content"]
    assert content == {
        "application/x-www-form-urlencoded": {
            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
        }
    }
    emitted_field = spec["components"]["schemas"]["Item"]["properties"]["name"]
    assert emitted_field["deprecated"] is True and emitted_field["x-max-version"] == "3"


def test_a_schema_inferred_from_an_example_never_takes_a_documented_schemas_name() -> None:
    """A 201 example beside a documented 200 body: the inferred schema gets a name of its own;
    it used to be named as the documented one and replace it (its fields lost)."""
    documented = ObjectSchema("OpResponse", (Field("id", TypeSpec("integer"), "The id.", AT),), AT)
    shown = Example("example_response", '{"name": "a"}', AT, {"name": "a"})
    responses = (
        Response(200, "OK", AT, schema=TypeSpec("object", ref="OpResponse")),
        Response(201, "Created", AT, examples=(shown,)),
        Response(202, "Accepted", AT, examples=(shown,)),
    )
    spec = _spec(_operation(responses=responses), documented)
    schemas = spec["components"]["schemas"]
    assert list(schemas["OpResponse"]["properties"]) == ["id"]
    refs = [
        r["content"]["application/json"]["schema"]["$ref"]
        for r in spec["paths"]["/items/"]["post"]["responses"].values()
    ]
    assert refs == [
        "#/components/schemas/OpResponse",
        "#/components/schemas/OpResponse201",
        "#/components/schemas/OpResponse202",
    ]
    assert list(schemas["OpResponse201"]["properties"]) == ["name"]


def test_an_inferred_schema_keeps_the_plain_name_when_it_is_free() -> None:
    shown = Example("example_response", "[1]", AT, [1])
    spec = _spec(_operation(responses=(Response(200, "OK", AT, examples=(shown,)),)))
    assert list(spec["components"]["schemas"]) == ["OpResponse"]
