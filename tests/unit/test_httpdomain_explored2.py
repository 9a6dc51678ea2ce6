"""httpdomain documents a second exploratory tester wrote: untyped parents of dotted fields, body
fields beside a 204, response headers naming their statuses, typed and untyped form fields, and
untyped query fields listing their values or a default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built, component, resource


def _codes(result: BuildResult, *codes: str) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in result.diagnostics if d.code in codes]


def _body(spec: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    return component(spec, response["content"]["application/json"]["schema"])


def _request(spec: dict[str, Any], operation: dict[str, Any], media: str) -> dict[str, Any]:
    return component(spec, operation["requestBody"]["content"][media]["schema"])


# ---------------------------------------------------------------- 1: untyped parents nest


def test_an_untyped_parent_of_dotted_fields_is_an_object(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/repos/",
        ":>json owner: the owner",
        ":>json string owner.login: the login",
        ":statuscode 200: ok",
        "",
        ".. sourcecode:: json",
        "",
        '   {"owner": {"login": "x"}}',
    )
    spec, result = built(tmp_path, text)
    body = _body(spec, spec["paths"]["/repos/"]["get"]["responses"]["200"])
    assert list(body["properties"]) == ["owner"]
    owner = component(spec, body["properties"]["owner"]["allOf"][0])
    assert owner["properties"]["login"]["type"] == "string"
    assert _codes(result, "DOC202") == []


def test_an_untyped_parent_of_items_fields_is_an_array_of_objects_even_after_them(tmp_path: Path) -> None:
    for order in (
        (":>json items: the lines", ":>json string items[].sku: the SKU"),
        (":>json string items[].sku: the SKU", ":>json items: the lines"),
    ):
        spec, _ = built(tmp_path, resource("get", "/orders/", *order, ":statuscode 200: ok"))
        body = _body(spec, spec["paths"]["/orders/"]["get"]["responses"]["200"])
        assert list(body["properties"]) == ["items"]
        items = body["properties"]["items"]
        assert (items["type"], items["description"]) == ("array", "the lines")
        assert component(spec, items["items"])["properties"]["sku"]["type"] == "string"


# ---------------------------------------------------------------- 2: the body skips a 204


def test_body_fields_go_to_the_first_2xx_that_carries_a_body(tmp_path: Path) -> None:
    text = resource(
        "delete",
        "/jobs/(int:job_id)",
        ":>json string status: the final status",
        ":statuscode 204: cancelled, no body",
        ":statuscode 200: cancelled; the body tells the status",
        ":statuscode 404: no job",
    )
    spec, _ = built(tmp_path, text)
    responses = spec["paths"]["/jobs/{job_id}"]["delete"]["responses"]
    assert list(responses) == ["204", "200", "404"]
    assert "content" not in responses["204"]
    assert _body(spec, responses["200"])["properties"]["status"]["type"] == "string"


def test_body_fields_beside_only_a_204_are_said(tmp_path: Path) -> None:
    text = resource("put", "/jobs/(int:job_id)", ":>json string status: the status", ":statuscode 204: done")
    spec, result = built(tmp_path, text)
    responses = spec["paths"]["/jobs/{job_id}"]["put"]["responses"]
    assert "content" not in responses["204"]
    assert "content" in responses["200"]
    assert any("204" in message for _, message in _codes(result, "RST164"))


# ---------------------------------------------------------------- 3: headers naming statuses


def test_a_response_header_naming_statuses_goes_to_them(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/things/",
        ":statuscode 201: created",
        ":statuscode 401: who are you",
        ":statuscode 429: slow down",
        ":statuscode 503: maintenance",
        ":resheader Location: the new thing",
        ":resheader Retry-After: on 503, seconds to wait; also with 429",
        ":resheader WWW-Authenticate: the auth challenge, for 401 responses",
    )
    spec, result = built(tmp_path, text)
    responses = spec["paths"]["/things/"]["post"]["responses"]
    assert list(responses["201"]["headers"]) == ["Location"]
    assert list(responses["401"]["headers"]) == ["WWW-Authenticate"]
    assert list(responses["429"]["headers"]) == ["Retry-After"]
    assert list(responses["503"]["headers"]) == ["Retry-After"]
    assert _codes(result, "RST164") == []


def test_a_header_naming_an_undocumented_status_is_said_and_a_duration_is_no_status(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/things/",
        ":statuscode 200: ok",
        ":resheader Retry-After: on 503, seconds to wait",
        ":resheader Cache-Control: cached for 300 seconds",
    )
    spec, result = built(tmp_path, text)
    responses = spec["paths"]["/things/"]["get"]["responses"]
    assert list(responses) == ["200"]
    assert list(responses["200"]["headers"]) == ["Retry-After", "Cache-Control"]
    said = _codes(result, "RST164")
    assert len(said) == 1 and "503" in said[0][1] and "Retry-After" in said[0][1]


# ---------------------------------------------------------------- 4, 5: form fields


def test_a_form_fields_type_word_is_its_type_and_never_part_of_its_name(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/uploads/",
        ":form int size: the size",
        ":form blob data: the data",
        ":statuscode 201: uploaded",
    )
    spec, result = built(tmp_path, text)
    form = _request(spec, spec["paths"]["/uploads/"]["post"], "application/x-www-form-urlencoded")
    assert list(form["properties"]) == ["size", "data"]
    assert form["properties"]["size"]["type"] == "integer"
    assert form["properties"]["data"]["type"] == "string"
    said = _codes(result, "RST164")
    assert len(said) == 1 and "'blob'" in said[0][1]


def test_untyped_form_fields_are_read_from_their_descriptions(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/login",
        ":form username: the user name, at most 32 characters",
        ":form remember: one of ``yes`` or ``no``, default ``no``",
        ":form ttl: lifetime in seconds, between 60 and 3600",
        ":form note: anything",
        ":statuscode 302: to the app",
    )
    spec, _ = built(tmp_path, text)
    form = _request(spec, spec["paths"]["/login"]["post"], "application/x-www-form-urlencoded")["properties"]
    assert (form["username"]["type"], form["username"]["maxLength"]) == ("string", 32)
    assert (form["remember"]["enum"], form["remember"]["default"]) == (["yes", "no"], "no")
    assert (form["ttl"]["type"], form["ttl"]["minimum"], form["ttl"]["maximum"]) == ("integer", 60, 3600)
    assert form["note"]["type"] == "string"


def test_untyped_json_fields_are_read_from_their_descriptions(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/login",
        ":<json remember: one of ``yes`` or ``no``, default ``no``",
        ":<json ttl: lifetime in seconds, between 60 and 3600",
        ":<json note: anything",
        ":statuscode 200: ok",
    )
    spec, _ = built(tmp_path, text)
    body = _request(spec, spec["paths"]["/login"]["post"], "application/json")["properties"]
    assert (body["remember"]["type"], body["remember"]["enum"]) == ("string", ["yes", "no"])
    assert (body["ttl"]["type"], body["ttl"]["minimum"]) == ("integer", 60)
    assert "type" not in body["note"]


# ---------------------------------------------------------------- 6: untyped query values


def test_an_untyped_query_that_is_only_a_list_of_literals_has_those_values(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/pets/",
        ":query species: ``cat`` or ``dog``",
        ":query sort: ``name`` (default), ``age`` or ``size``",
        ":query order: sorted by ``name`` or ``age``",
        ":query size: page size, 10 by default",
        ":statuscode 200: ok",
    )
    spec, _ = built(tmp_path, text)
    found = {p["name"]: p["schema"] for p in spec["paths"]["/pets/"]["get"]["parameters"]}
    assert found["species"] == {"type": "string", "enum": ["cat", "dog"]}
    assert found["sort"] == {"type": "string", "enum": ["name", "age", "size"], "default": "name"}
    assert "enum" not in found["order"]
    assert found["size"] == {"type": "integer", "default": 10}


def test_a_path_converters_value_may_hold_slashes(tmp_path: Path) -> None:
    """``(path:filepath)`` takes one segment or more, as Werkzeug's path converter does: a curl
    example or an example request with slashes in its value fits (it was an ERROR DOC206 that
    failed the build, and a DOC219); one that misses a literal segment still does not."""
    text = resource(
        "put",
        "/files/(path:filepath)/meta",
        ":statuscode 204: stored",
        "",
        ".. code-block:: bash",
        "",
        "   curl -X PUT https://files.example.com/files/a/b/c.txt/meta -d 'x'",
        "",
        ".. sourcecode:: http",
        "",
        "   PUT /files/a/b.txt/meta HTTP/1.1",
        "   Content-Type: text/plain",
        "",
        "   hello",
    )
    _, result = built(tmp_path, text)
    assert [d.code for d in result.diagnostics if d.code in {"DOC206", "DOC219"}] == []
    wrong = text.replace("c.txt/meta", "c.txt/data")
    _, result = built(tmp_path, wrong)
    assert [d.code for d in result.diagnostics if d.code == "DOC206"] == ["DOC206"]
