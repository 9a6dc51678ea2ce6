"""Every info-field alias of httpdomain lands where the package's documentation says it documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.openapi.sourcemap import split_sources
from tests.conftest import build_rst


def _resource(method: str, path: str, *lines: str) -> str:
    body = "\n".join(f"   {line}" for line in lines)
    return f"Things\n======\n\n.. http:{method}:: {path}\n\n   Does a thing.\n\n{body}\n"


def _spec(tmp_path: Path, text: str) -> dict[str, Any]:
    result = build_rst(tmp_path, text)
    assert result.spec is not None
    return split_sources(result.spec)[0]  # the spec as written: its places are in the source map


def _component(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref") or schema["items"]["$ref"]
    found: dict[str, Any] = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    return found


@pytest.mark.parametrize("alias", ["param", "parameter", "arg", "argument"])
def test_path_parameter_aliases(tmp_path: Path, alias: str) -> None:
    spec = _spec(tmp_path, _resource("get", "/things/(thing)", f":{alias} int thing: the thing"))
    parameter = spec["paths"]["/things/{thing}"]["get"]["parameters"][0]
    assert (parameter["in"], parameter["schema"], parameter["description"]) == (
        "path",
        {"type": "integer"},
        "the thing",
    )


@pytest.mark.parametrize("alias", ["query", "queryparameter", "queryparam", "qparam"])
def test_query_aliases(tmp_path: Path, alias: str) -> None:
    spec = _spec(tmp_path, _resource("get", "/things/", f":{alias} int limit: at most"))
    parameter = spec["paths"]["/things/"]["get"]["parameters"][0]
    assert (parameter["in"], parameter["name"], parameter["schema"]) == (
        "query",
        "limit",
        {"type": "integer"},
    )


@pytest.mark.parametrize("alias", ["form", "formparameter", "formparam", "fparam"])
def test_form_aliases(tmp_path: Path, alias: str) -> None:
    spec = _spec(tmp_path, _resource("post", "/things/", f":{alias} colour: the colour"))
    content = spec["paths"]["/things/"]["post"]["requestBody"]["content"]
    schema = content["application/x-www-form-urlencoded"]["schema"]
    assert list(_component(spec, schema)["properties"]) == ["colour"]


@pytest.mark.parametrize(
    ("alias", "array"),
    [
        ("<json", False),
        ("reqjson", False),
        ("<jsonobj", False),
        ("reqjsonobj", False),
        ("jsonparameter", False),
        ("jsonparam", False),
        ("json", False),
        ("<jsonarr", True),
        ("reqjsonarr", True),
    ],
)
def test_request_json_aliases(tmp_path: Path, alias: str, array: bool) -> None:
    spec = _spec(tmp_path, _resource("post", "/things/", f":{alias} string name: the name"))
    schema = spec["paths"]["/things/"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert (schema.get("type") == "array") is array
    assert _component(spec, schema)["properties"]["name"]["type"] == "string"


@pytest.mark.parametrize(
    ("alias", "array"),
    [
        (">json", False),
        ("resjson", False),
        (">jsonobj", False),
        ("resjsonobj", False),
        (">jsonarr", True),
        ("resjsonarr", True),
    ],
)
def test_response_json_aliases(tmp_path: Path, alias: str, array: bool) -> None:
    text = _resource("get", "/things/", f":{alias} int id: the id", ":statuscode 404: none")
    responses = _spec(tmp_path, text)["paths"]["/things/"]["get"]["responses"]
    assert list(responses) == ["404", "200"]  # no 2xx documented: the body is the 200's
    schema = responses["200"]["content"]["application/json"]["schema"]
    assert (schema.get("type") == "array") is array


@pytest.mark.parametrize("alias", ["<header", "reqheader", "requestheader"])
def test_request_header_aliases(tmp_path: Path, alias: str) -> None:
    spec = _spec(tmp_path, _resource("get", "/things/", f":{alias} X-Tenant: whose things"))
    parameter = spec["paths"]["/things/"]["get"]["parameters"][0]
    assert (parameter["in"], parameter["name"], parameter["description"]) == (
        "header",
        "X-Tenant",
        "whose things",
    )


def test_a_request_headers_description_gives_its_values(tmp_path: Path) -> None:
    """A header is a string: what its description says of the values is read as a typed field's
    (the header's schema was a bare string whatever it said)."""
    spec = _spec(
        tmp_path,
        _resource(
            "get",
            "/things/",
            ":reqheader X-Request-Id: the request's id, exactly 36 characters",
            ":reqheader Accept-Encoding: one of ``gzip`` or ``br``",
            ":reqheader X-Tenant: whose things",
        ),
    )
    schemas = {p["name"]: p["schema"] for p in spec["paths"]["/things/"]["get"]["parameters"]}
    assert schemas == {
        "X-Request-Id": {"type": "string", "minLength": 36, "maxLength": 36},
        "Accept-Encoding": {"type": "string", "enum": ["gzip", "br"]},
        "X-Tenant": {"type": "string"},
    }


@pytest.mark.parametrize("alias", [">header", "resheader", "responseheader"])
def test_response_header_aliases(tmp_path: Path, alias: str) -> None:
    text = _resource("get", "/things/", f":{alias} ETag: the version", ":statuscode 200: the things")
    response = _spec(tmp_path, text)["paths"]["/things/"]["get"]["responses"]["200"]
    assert response["headers"]["ETag"]["description"] == "the version"


@pytest.mark.parametrize("alias", ["statuscode", "status", "code"])
def test_status_aliases(tmp_path: Path, alias: str) -> None:
    text = _resource("delete", "/things/(int:thing_id)", f":{alias} 204: gone", f":{alias} 409: in use")
    responses = _spec(tmp_path, text)["paths"]["/things/{thing_id}"]["delete"]["responses"]
    assert responses == {"204": {"description": "gone"}, "409": {"description": "in use"}}


@pytest.mark.parametrize(
    ("converter", "schema"),
    [
        ("int", {"type": "integer"}),
        ("float", {"type": "number"}),
        ("string", {"type": "string"}),
        ("path", {"type": "string"}),
        ("uuid", {"type": "string", "format": "uuid"}),
    ],
)
def test_path_converters(tmp_path: Path, converter: str, schema: dict[str, str]) -> None:
    spec = _spec(tmp_path, _resource("get", f"/things/({converter}:key)", ":statuscode 200: it"))
    assert spec["paths"]["/things/{key}"]["get"]["parameters"][0]["schema"] == schema


def test_content_type_fields_give_the_media_types(tmp_path: Path) -> None:
    text = _resource(
        "post",
        "/things/",
        ":<header Content-Type: ``application/merge-patch+json``",
        ":<json string name: the name",
        ":>header Content-Type: ``application/hal+json``",
        ":>json string name: the name",
        ":statuscode 201: made",
    )
    operation = _spec(tmp_path, text)["paths"]["/things/"]["post"]
    assert list(operation["requestBody"]["content"]) == ["application/merge-patch+json"]
    assert list(operation["responses"]["201"]["content"]) == ["application/hal+json"]
    assert "parameters" not in operation  # Content-Type is the media type, not a header parameter


def test_nested_dotted_names_without_their_parents(tmp_path: Path) -> None:
    text = _resource(
        "get",
        "/clusters/",
        ":>json int cluster.n: how many nodes",
        ":>json string rows[].id: a row's id",
        ":>json string rows[].owner.name: its owner's name",
    )
    spec = _spec(tmp_path, text)
    top = _component(
        spec, spec["paths"]["/clusters/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    )
    assert set(top["properties"]) == {"cluster", "rows"}
    assert top["properties"]["rows"]["type"] == "array"
    row = _component(spec, top["properties"]["rows"])
    owner = _component(spec, row["properties"]["owner"]["allOf"][0])
    assert owner["properties"]["name"]["type"] == "string"


def test_the_example_request_gives_the_media_type_and_form_fields(tmp_path: Path) -> None:
    text = _resource(
        "post",
        "/things/",
        "**Example request**:",
        "",
        ".. sourcecode:: http",
        "",
        "   POST /things/ HTTP/1.1",
        "   Content-Type: application/x-www-form-urlencoded",
        "",
        "   name=spanner&size=3",
        "",
        ":statuscode 201: made",
    )
    spec = _spec(tmp_path, text)
    form = spec["paths"]["/things/"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
    assert set(_component(spec, form["schema"])["properties"]) == {"name", "size"}  # inferred from the body
    assert form["examples"]["request_1"]["value"] == {"name": "spanner", "size": "3"}


def test_an_example_of_an_undocumented_status_leaves_the_documented_body_whole(tmp_path: Path) -> None:
    """``:>jsonarr`` fields document the 200 body; the example shows a 201 (DOC213). The 201 gets
    a schema inferred from its example under a name of its own, and the 200 keeps its fields."""
    text = _resource(
        "get",
        "/things",
        ":>jsonarr int id: the id",
        ":statuscode 200: the things",
        "",
        ".. sourcecode:: http",
        "",
        "   HTTP/1.1 201 Created",
        "   Content-Type: application/json",
        "",
        '   [{"id": 1, "name": "a"}]',
    )
    result = build_rst(tmp_path, text)
    assert {d.code for d in result.diagnostics} >= {"DOC213"}
    assert not [d for d in result.diagnostics if d.code in {"RST151", "SPEC402"}]
    spec = split_sources(result.spec)[0]
    responses = spec["paths"]["/things"]["get"]["responses"]
    documented = _component(spec, responses["200"]["content"]["application/json"]["schema"])
    assert list(documented["properties"]) == ["id"]
    inferred = _component(spec, responses["201"]["content"]["application/json"]["schema"])
    assert inferred["type"] == "array" and list(inferred["items"]["properties"]) == ["id", "name"]
