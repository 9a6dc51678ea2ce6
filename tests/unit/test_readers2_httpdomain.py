"""httpdomain documents read as their writers mean them: an ordinary word is no state, a query
array's items are typed, a form field written as always one value is that value, a synopsis
written after a blank line is said to be content (own fixtures: tests/httpdomain_style.py)."""

from __future__ import annotations

from pathlib import Path

from rstapi.openapi.auth import token_endpoint
from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built, component, resource
from tests.rst_style import line_number


def _codes(result: BuildResult) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in result.diagnostics]


def test_an_ordinary_word_after_already_is_no_state(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/parcels/(int:parcel_id)/cancel",
        ":>json string status: the parcel's status",
        ":statuscode 200: cancelled",
        ":statuscode 409: the parcel is already in transit",
    )
    _, result = built(tmp_path, text)
    assert not [c for c in _codes(result) if c[0] in ("RST190", "RST191")]


def test_a_participle_no_operation_sets_is_still_said(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/parcels/(int:parcel_id)/cancel",
        ":statuscode 200: cancelled",
        ":statuscode 409: the parcel is already delivered",
    )
    _, result = built(tmp_path, text)
    assert [c for c in _codes(result) if c[0] == "RST191" and "'delivered'" in c[1]]


def _query(spec: dict[str, object], name: str) -> dict[str, object]:
    parameters = spec["paths"]["/items"]["get"]["parameters"]  # type: ignore[index]
    found: dict[str, object] = next(p for p in parameters if p["name"] == name)
    return found


def test_a_query_array_without_items_type_is_an_array_of_strings_and_said(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/items",
        ":query array tag: a tag to filter by",
        ":query array size: an array of integers",
        ":query string[] label: a label",
        ":query color: a color; may be repeated",
        ":statuscode 200: ok",
    )
    spec, result = built(tmp_path, text)
    assert _query(spec, "tag")["schema"] == {"type": "array", "items": {"type": "string"}}
    assert _query(spec, "size")["schema"] == {"type": "array", "items": {"type": "integer"}}
    assert _query(spec, "label")["schema"] == {"type": "array", "items": {"type": "string"}}
    assert _query(spec, "color")["schema"] == {"type": "array", "items": {"type": "string"}}
    said = {d.location.line: d for d in result.diagnostics if d.code == "RST164" and d.location}
    tag, color = line_number(text, "array tag"), line_number(text, "color")
    assert sorted(said) == [tag, color]  # the string is assumed; size's and label's items are said
    assert "read as strings" in said[tag].message and "string[] tag" in said[tag].hint
    assert "repeated" in said[color].message


def test_a_form_field_always_one_value_is_that_value_and_makes_a_token_endpoint(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/oauth/token",
        ":form grant_type: always ``client_credentials``",
        ":form string scope: must be ``read`` or ``write``",
        ":form client_id: the client's id",
        ":>json string access_token: the token",
        ":statuscode 200: issued",
    )
    spec, _ = built(tmp_path, text)
    body = spec["paths"]["/oauth/token"]["post"]["requestBody"]["content"]
    schema = component(spec, body["application/x-www-form-urlencoded"]["schema"])
    assert schema["properties"]["grant_type"]["enum"] == ["client_credentials"]
    assert schema["properties"]["scope"]["enum"] == ["read", "write"]
    assert "enum" not in schema["properties"]["client_id"]
    assert token_endpoint(spec) == "/oauth/token"


def test_a_synopsis_after_a_blank_line_is_said_to_be_content(tmp_path: Path) -> None:
    text = resource("post", "/parcels", ":synopsis: Send a parcel.", "", ":statuscode 201: sent")
    spec, result = built(tmp_path, text)
    assert spec["paths"]["/parcels"]["post"]["summary"] == "Does a thing"  # as httpdomain: no synopsis
    finding = next(d for d in result.diagnostics if d.code == "RST164")
    assert finding.location is not None and finding.location.line == line_number(text, ":synopsis:")
    assert "blank line" in finding.message and "right after the directive" in finding.hint


def test_a_repeated_query_that_lists_values_is_an_array_of_them(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/items",
        ":query color: may be repeated; one of ``red``, ``blue``",
        ":statuscode 200: ok",
        "",
        "**Example request**:",
        "",
        ".. sourcecode:: http",
        "",
        "   GET /items?color=red&color=blue HTTP/1.1",
        "   Host: api.example.com",
    )
    spec, result = built(tmp_path, text)
    color = _query(spec, "color")
    assert color["schema"] == {"type": "array", "items": {"type": "string", "enum": ["red", "blue"]}}
    assert color["example"] == ["red", "blue"]
    assert not [d for d in result.diagnostics if d.code in ("RST164", "RST160")]


def test_an_untyped_field_said_to_be_a_uuid_is_one(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/items",
        ":query ids: a list of UUIDs",
        ":query owner: the owner's id, a UUID",
        ":resheader X-Request-Id: a UUID identifying the request",
        ":statuscode 200: ok",
    )
    spec, _ = built(tmp_path, text)
    assert _query(spec, "ids")["schema"] == {"type": "array", "items": {"type": "string", "format": "uuid"}}
    assert _query(spec, "owner")["schema"] == {"type": "string", "format": "uuid"}
    header = spec["paths"]["/items"]["get"]["responses"]["200"]["headers"]["X-Request-Id"]
    assert header["schema"] == {"type": "string", "format": "uuid"}
