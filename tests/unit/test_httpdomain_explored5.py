"""httpdomain documents of a fifth round: a substitution reference in a signature, an example
request of a directive with several signatures, a file upload field, and a directive that is not
read with fields under it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openapi_spec_validator import validate

from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built, component, resource
from tests.rst_style import line_number


def _found(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


# ---------------------------------------------------------------- 1: a substitution in a signature

SUBSTITUTED = """\
Uploads
=======

.. |base| replace:: /v2

.. http:post:: |base|/uploads

   Upload a thing.

   :statuscode 201: created

.. http:get:: /v2/things

   List.

   :statuscode 200: ok
"""


def test_a_substitution_in_a_signature_is_reported_and_makes_no_path(tmp_path: Path) -> None:
    """sphinxcontrib-httpdomain shows ``POST |base|/uploads`` as written (neither docutils nor
    Sphinx replaces a substitution in a directive's arguments): the spec had the path
    ``/|base|/uploads`` tagged ``|base|``, with no finding."""
    spec, result = built(tmp_path, SUBSTITUTED)
    assert list(spec["paths"]) == ["/v2/things"]
    assert [t["name"] for t in spec["tags"]] == ["things"]
    [(line, message)] = _found(result, "RST164")
    assert line == line_number(SUBSTITUTED, ".. http:post::")
    assert message.startswith("http:post |base|/uploads holds the substitution reference |base|")
    assert "write the path out in the signature" in message
    assert f"(line {line_number(SUBSTITUTED, ':statuscode 201:')})" in message
    assert _found(result, "RST151") == []


def test_a_substitution_in_one_signature_leaves_the_others_read(tmp_path: Path) -> None:
    text = resource("get", "/things\n             |base|/things", ":statuscode 200: ok")
    spec, result = built(
        tmp_path, text.replace("Things\n======\n", "Things\n======\n\n.. |base| replace:: /v2\n")
    )
    assert list(spec["paths"]) == ["/things"]
    [(_, message)] = _found(result, "RST164")
    assert "nor are its fields" not in message  # the directive is read, for /things


# ---------------------------------------------------------------- 2: several signatures, one example

SHELVES = """\
Things
======

.. http:get:: /things/(int:thing_id)
              /shelves/(int:shelf_id)/things

   Get things.

   :param thing_id: the thing
   :param shelf_id: the shelf
   :query int limit: at most this many
   :statuscode 200: ok

   **Example request**:

   .. sourcecode:: http

      GET /shelves/7/things?limit=5 HTTP/1.1
      Host: example.com
"""


def test_an_example_request_gives_its_values_to_the_signature_it_is_sent_to(tmp_path: Path) -> None:
    """The request ``GET /shelves/7/things?limit=5`` is no request of ``/things/{thing_id}``: its
    ``limit`` was the example of both operations."""
    spec, result = built(tmp_path, SHELVES)
    shelf = spec["paths"]["/shelves/{shelf_id}/things"]["get"]["parameters"]
    thing = spec["paths"]["/things/{thing_id}"]["get"]["parameters"]
    assert [p.get("example") for p in shelf if p["name"] == "limit"] == [5]
    assert [p.get("example") for p in thing if p["name"] == "limit"] == [None]
    assert _found(result, "DOC219") == []


def test_a_curl_example_gives_its_values_to_the_signature_it_is_sent_to(tmp_path: Path) -> None:
    text = SHELVES.replace(
        ".. sourcecode:: http\n\n      GET /shelves/7/things?limit=5 HTTP/1.1\n      Host: example.com",
        ".. code-block:: bash\n\n      curl 'https://api.example.com/things/3?limit=2'",
    )
    spec, _ = built(tmp_path, text)
    shelf = spec["paths"]["/shelves/{shelf_id}/things"]["get"]["parameters"]
    thing = spec["paths"]["/things/{thing_id}"]["get"]["parameters"]
    assert [p.get("example") for p in thing if p["name"] == "limit"] == [2]
    assert [p.get("example") for p in shelf if p["name"] == "limit"] == [None]


def test_an_example_request_of_no_signature_is_reported_and_still_read(tmp_path: Path) -> None:
    """A request whose path is none of the directive's (DOC219) tells nothing of which it is: its
    values stay every signature's, as with one signature."""
    text = SHELVES.replace("GET /shelves/7/things?limit=5", "GET /boxes/7?limit=5")
    spec, result = built(tmp_path, text)
    for path in ("/shelves/{shelf_id}/things", "/things/{thing_id}"):
        limit = [p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == "limit"]
        assert limit[0]["example"] == 5
    assert len(_found(result, "DOC219")) == 1


# ---------------------------------------------------------------- 4: a directive that is not read


def test_a_directive_that_is_not_read_is_one_finding_listing_its_lines(tmp_path: Path) -> None:
    """``http:any`` with fields and an example was one RST164 and an RST151/RST152 per line."""
    text = resource(
        "any",
        "/things",
        ":query int limit: at most this many",
        ":reqheader X-Token: the token",
        ":statuscode 200: ok",
        "",
        "**Example request**:",
        "",
        ".. sourcecode:: http",
        "",
        "   POST /things HTTP/1.1",
        "   Content-Type: application/json",
        "",
        '   {"a": 1}',
    )
    _, result = built(tmp_path, text)
    assert _found(result, "RST151") == [] and _found(result, "RST152") == []
    [(line, message)] = _found(result, "RST164")
    assert line == line_number(text, ".. http:any::")
    lines = [line_number(text, needle) for needle in (":query", ":reqheader", ":statuscode", "POST /things")]
    assert message.endswith(f"; nor are its fields and examples (lines {', '.join(map(str, lines))})")
    assert result.coverage is not None and result.coverage.table_rows == (0, 4)


def test_options_asterisk_with_fields_is_one_finding(tmp_path: Path) -> None:
    text = resource("options", "*", ":resheader Allow: the methods", ":statuscode 200: ok")
    _, result = built(tmp_path, text)
    assert _found(result, "RST151") == []
    [(_, message)] = _found(result, "RST164")
    lines = [line_number(text, ":resheader"), line_number(text, ":statuscode")]
    assert message.endswith(f"(lines {lines[0]}, {lines[1]})")


# ---------------------------------------------------------------- 3: a file upload


def _upload(media: str, *fields: str) -> str:
    return resource(
        "post", "/uploads", f":reqheader Content-Type: {media}", *fields, ":statuscode 201: created"
    )


def _request_properties(spec: dict[str, Any]) -> dict[str, Any]:
    [(_media, content)] = spec["paths"]["/uploads"]["post"]["requestBody"]["content"].items()
    return dict(component(spec, content["schema"])["properties"])


def test_a_file_field_of_a_multipart_form_is_a_binary_string(tmp_path: Path) -> None:
    """``:form file:`` of a ``multipart/form-data`` body was a plain string: openapi-python-client
    made it a ``str`` and schemathesis sent text, not a file part. ``format: binary`` is what both
    read as a file (OpenAPI 3.1 keeps it as an annotation; the spec validates)."""
    text = _upload(
        "multipart/form-data",
        ":form file: the contents",
        ":form preview: a PNG image of the gadget",
        ":form title: its title",
        ":form file_name: the file name",
        ":form string avatar_image: the avatar's address",
    )
    spec, _ = built(tmp_path, text)
    properties = _request_properties(spec)
    binary = {"type": "string", "format": "binary"}
    assert {k: v for k, v in properties["file"].items() if k != "description"} == binary
    assert {k: v for k, v in properties["preview"].items() if k != "description"} == binary
    assert "format" not in properties["title"] and "format" not in properties["file_name"]
    assert "format" not in properties["avatar_image"]  # a type written is the field's own
    validate(spec)


def test_a_file_field_of_an_urlencoded_form_stays_a_string(tmp_path: Path) -> None:
    """An ``application/x-www-form-urlencoded`` body carries no file: a field named ``file`` is text."""
    spec, _ = built(tmp_path, _upload("application/x-www-form-urlencoded", ":form file: the file to upload"))
    assert "format" not in _request_properties(spec)["file"]
