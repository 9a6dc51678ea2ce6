"""An operation that would make the spec invalid OpenAPI is left out with SPEC406; the rest is written."""

from __future__ import annotations

from pathlib import Path

from openapi_spec_validator import validate

from rstapi.config import Config
from rstapi.diagnostics import SourceLocation
from rstapi.model import Api, Operation, Parameter, Response, TypeSpec
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import build_from

STRING = TypeSpec("string")


def _operation(method: str, path: str, line: int, *parameters: Parameter) -> Operation:
    at = SourceLocation("ref.rst", line)
    return Operation(
        operation_id=f"{method.lower()}_{line}",
        method=method,
        path=path,
        tag="gadgets",
        summary="A gadget",
        description="",
        location=at,
        parameters=parameters,
        responses=(Response(200, "OK", at),),
    )


def test_a_parameter_given_twice_leaves_its_operation_out_and_the_spec_valid(tmp_path: Path) -> None:
    twice = [
        Parameter("gadget_id", "path", STRING, "", SourceLocation("ref.rst", n), required=True)
        for n in (8, 9)
    ]
    good = _operation("GET", "/gadgets/", 3)
    bad = _operation("GET", "/gadgets/{gadget_id}", 7, *twice)
    api = Api("Gadgets", "", ("ref.rst",), (good, bad), ())
    result = build_from(api, [], Config(sources=(tmp_path / "ref.rst",), overlay=None, root=tmp_path))
    assert result.spec is not None
    spec = split_sources(result.spec)[0]
    validate(spec)  # openapi-spec-validator, the oracle: the written spec is valid
    assert list(spec["paths"]) == ["/gadgets/"]
    left_out = [d for d in result.diagnostics if d.code == "SPEC406"]
    assert len(left_out) == 1
    assert "GET /gadgets/{gadget_id} is left out of the spec" in left_out[0].message
    assert "Duplicate parameter 'gadget_id'" in left_out[0].message
    assert left_out[0].location is not None and left_out[0].location.line == 7
    assert not [d for d in result.diagnostics if d.code == "SPEC400"]


def test_leaving_an_operation_or_example_out_changes_a_copy_not_the_spec_given() -> None:
    """The live preview serves the spec before validation ends: the repairs must not change it."""
    from rstapi.diagnostics import Diagnostic
    from rstapi.openapi.validate import drop_examples, drop_invalid_operations

    media = {"schema": {"type": "object"}, "examples": {"bad": {"value": 1}}}
    spec = {
        "paths": {
            "/a/{id}": {"get": {"responses": {"200": {"content": {"application/json": media}}}}},
            "/b/": {"get": {"responses": {}}, "put": {"responses": {}}},
            "/c/": {"get": {"responses": {}}},
        }
    }
    before = repr(spec)
    broken = Diagnostic("SPEC400", "bad", pointer="/paths/~1b~1/put/parameters")
    kept, left_out = drop_invalid_operations(spec, [broken])
    pointer = "/paths/~1a~1{id}/get/responses/200/content/application~1json/examples/bad"
    final = drop_examples(kept, [pointer])
    assert repr(spec) == before and [d.code for d in left_out] == ["SPEC406"]
    assert (
        list(kept["paths"]["/b/"]) == ["get"]
        and "examples"
        not in final["paths"]["/a/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    )
    assert final["paths"]["/c/"] is spec["paths"]["/c/"]  # what is not changed is not copied
    assert drop_examples(spec, []) is spec
