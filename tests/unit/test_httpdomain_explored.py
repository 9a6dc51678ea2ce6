"""httpdomain documents an exploratory tester wrote: what their statuses, bodies, items entries,
example intros and untyped query fields become."""

from __future__ import annotations

from pathlib import Path

from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built, component, resource


def _findings(result: BuildResult, *codes: str) -> list[tuple[str, int, str]]:
    return [
        (d.code, d.location.line if d.location else 0, d.message)
        for d in result.diagnostics
        if d.code in codes
    ]


# ---------------------------------------------------------------- statuses


def test_no_200_is_invented_and_a_redirects_headers_are_its_own(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/go/(slug)",
        ":statuscode 301: the target",
        ":statuscode 404: no such link",
        ":resheader Location: where the link points",
    )
    spec, _ = built(tmp_path, text)
    responses = spec["paths"]["/go/{slug}"]["get"]["responses"]
    assert list(responses) == ["301", "404"]
    assert list(responses["301"]["headers"]) == ["Location"]
    assert "headers" not in responses["404"]


def test_body_fields_without_a_2xx_still_go_to_200(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/things/",
        ":>json string name: the name",
        ":statuscode 302: elsewhere",
        ":resheader Location: where",
    )
    spec, _ = built(tmp_path, text)
    responses = spec["paths"]["/things/"]["get"]["responses"]
    assert list(responses) == ["302", "200"]  # the documented rule: the body's status is 200
    assert "application/json" in responses["200"]["content"]
    assert list(responses["302"]["headers"]) == ["Location"]


def test_headers_of_an_operation_documenting_only_errors_go_to_its_errors(tmp_path: Path) -> None:
    text = resource(
        "delete", "/things/(int:id)", ":statuscode 429: slow down", ":resheader Retry-After: seconds"
    )
    spec, _ = built(tmp_path, text)
    responses = spec["paths"]["/things/{id}"]["delete"]["responses"]
    assert list(responses) == ["429"]
    assert list(responses["429"]["headers"]) == ["Retry-After"]


def test_a_content_type_alone_gives_the_success_body_its_media_type(tmp_path: Path) -> None:
    text = resource(
        "get", "/report", ":resheader Content-Type: ``application/pdf``", ":statuscode 200: the report"
    )
    spec, result = built(tmp_path, text)
    assert spec["paths"]["/report"]["get"]["responses"]["200"]["content"] == {
        "application/pdf": {"schema": {}}
    }
    assert not _findings(result, "RST151", "DOC211")


# ---------------------------------------------------------------- request bodies


def test_a_request_example_that_is_an_array_of_objects_gives_an_array_body(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/rows",
        "**Example request**:",
        "",
        ".. sourcecode:: http",
        "",
        "   POST /rows HTTP/1.1",
        "   Content-Type: application/json",
        "",
        '   [{"name": "a", "size": 1}, {"name": "b", "size": 2}]',
        "",
        ":statuscode 204: stored",
    )
    spec, result = built(tmp_path, text)
    body = spec["paths"]["/rows"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"]["type"] == "array"
    assert component(spec, body["schema"]["items"])["properties"] == {
        "name": {"type": "string"},
        "size": {"type": "integer"},
    }
    assert body["examples"]["request_1"]["value"][1] == {"name": "b", "size": 2}
    assert not _findings(result, "RST152", "RST164")


def test_a_request_body_that_is_no_object_is_said_not_to_be_read(tmp_path: Path) -> None:
    lines = (".. sourcecode:: http", "", "   POST /colours HTTP/1.1", "   Content-Type: application/json", "")
    array = resource("post", "/colours", *lines, '   ["red", 2]', "", ":statuscode 204: set")
    spec, result = built(tmp_path, array)
    assert "requestBody" not in spec["paths"]["/colours"]["post"]
    found = _findings(result, "RST164", "RST152")
    assert [(code, line) for code, line, _ in found] == [("RST164", 13)]
    assert "an array of integer and string values" in found[0][2]
    text = resource("post", "/notes", *lines[:3], "   Content-Type: application/xml", "", "   <a/>", "")
    found = _findings(built(tmp_path, text)[1], "RST164", "RST152")
    assert [(code, line) for code, line, _ in found] == [("RST164", 13)]
    assert "application/xml text" in found[0][2]


# ---------------------------------------------------------------- items entries


def test_an_items_entry_types_its_arrays_items(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/things/",
        ":>json array tags: the tags",
        ":>json string tags[]: a tag, at most 20 characters",
        ":>json array items: the items",
        ":>json string items[].name: an item's name",
        ":>json string labels[]: one of ``a``, ``b``",
        ":statuscode 200: them",
    )
    spec, result = built(tmp_path, text)
    schema = spec["paths"]["/things/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    properties = component(spec, schema)["properties"]
    assert list(properties) == ["tags", "items", "labels"]
    assert properties["tags"]["items"] == {"type": "string", "maxLength": 20}
    assert properties["labels"]["items"] == {"type": "string", "enum": ["a", "b"]}  # its array implied
    item = component(spec, properties["items"]["items"])
    assert item["properties"]["name"]["type"] == "string"
    assert not _findings(result, "RST151", "RST164")


def test_an_items_entry_of_a_field_that_is_no_array_is_said(tmp_path: Path) -> None:
    text = resource("get", "/things/", ":>json string name: the name", ":>json string name[]: a part")
    _, result = built(tmp_path, text)
    assert [(code, line) for code, line, _ in _findings(result, "RST164")] == [("RST164", 9)]


# ---------------------------------------------------------------- example intros


def test_a_paragraph_that_is_no_intro_ends_the_intro_before_it(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/tickets",
        "**Example request**:",
        "",
        ".. sourcecode:: json",
        "",
        '   {"title": "x"}',
        "",
        "On success the server replies with the new ticket:",
        "",
        ".. sourcecode:: json",
        "",
        '   {"id": 1, "title": "x"}',
        "",
        ":statuscode 201: made",
    )
    spec, result = built(tmp_path, text)
    body = spec["paths"]["/tickets"]["post"]["requestBody"]["content"]["application/json"]
    assert [e["value"] for e in body["examples"].values()] == [{"title": "x"}]
    # the second block says no side: left out, and said so at its line
    assert [(code, line) for code, line, _ in _findings(result, "RST152", "DOC201")] == [("RST152", 18)]


def test_an_error_examples_block_goes_to_the_error_status(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/tickets/(int:id)",
        "**Example response**:",
        "",
        ".. sourcecode:: json",
        "",
        '   {"id": 1}',
        "",
        "**Example error response**:",
        "",
        ".. sourcecode:: json",
        "",
        '   {"error": "no such ticket"}',
        "",
        ":statuscode 200: the ticket",
        ":statuscode 404: no such ticket",
    )
    spec, result = built(tmp_path, text)
    responses = spec["paths"]["/tickets/{id}"]["get"]["responses"]
    shown = {
        status: [e["value"] for e in r["content"]["application/json"]["examples"].values()]
        for status, r in responses.items()
    }
    assert shown == {"200": [{"id": 1}], "404": [{"error": "no such ticket"}]}
    assert spec["paths"]["/tickets/{id}"]["get"]["description"] == "Does a thing."
    assert not _findings(result, "RST152", "RST164", "DOC201")


def test_an_error_example_of_several_error_statuses_is_said(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/tickets/(int:id)",
        "**Example error response**:",
        "",
        ".. sourcecode:: json",
        "",
        '   {"error": "no"}',
        "",
        ":statuscode 200: the ticket",
        ":statuscode 403: not yours",
        ":statuscode 404: no such ticket",
    )
    spec, result = built(tmp_path, text)
    responses = spec["paths"]["/tickets/{id}"]["get"]["responses"]
    assert all("content" not in r for r in responses.values())
    found = _findings(result, "RST164", "RST152")
    assert [(code, line) for code, line, _ in found] == [("RST164", 12)]
    assert "403, 404" in found[0][2]


# ---------------------------------------------------------------- query parameters


def test_an_untyped_query_fields_description_gives_its_values(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/hits",
        ":query sort: one of ``hit``, ``created-at``",
        ":query offset: offset number. default is 0",
        ":query limit: Must be an integer between 1 and 100",
        ":query ratio: at least 0.5",
        ":query state: only hits in this state",
        ":query tag: up to 10 tags",
    )
    spec, _ = built(tmp_path, text)
    schemas = {p["name"]: p["schema"] for p in spec["paths"]["/hits"]["get"]["parameters"]}
    assert schemas == {
        "sort": {"type": "string", "enum": ["hit", "created-at"]},
        "offset": {"type": "integer", "default": 0},
        "limit": {"type": "integer", "minimum": 1, "maximum": 100},
        "ratio": {"type": "number", "minimum": 0.5},
        "state": {},  # nothing said of its values: any
        "tag": {},  # a list's size or a number's bound: no type is taken from it
    }


def test_a_repeated_query_value_is_an_array_parameters_example(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/events",
        ".. sourcecode:: http",
        "",
        "   GET /events?tag=red&tag=blue&size=2 HTTP/1.1",
        "",
        ":query string[] tag: the tags",
        ":query int[] size: sizes",
    )
    spec, result = built(tmp_path, text)
    examples = {p["name"]: p.get("example") for p in spec["paths"]["/events"]["get"]["parameters"]}
    assert examples == {"tag": ["red", "blue"], "size": [2]}
    assert not _findings(result, "RST160")
    wrong = text.replace("size=2", "size=big")
    found = _findings(built(tmp_path, wrong)[1], "RST160")
    assert [(code, line) for code, line, _ in found] == [("RST160", 10)]  # the request line
    assert "size='big'" in found[0][2]
