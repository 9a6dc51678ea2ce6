"""The media types httpdomain's and os-api-ref's request headers say (Content-Type, Accept): an
upload of bytes with no body fields, several types named in one description, and a non-JSON type
asked for a body whose shape only a JSON example or JSON fields show."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from rstapi.mock import make_app
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built, resource
from tests.rst_style import line_number
from tests.unit.test_osapiref_explored import _build

OS_PAGE = """\
=============
 Lantern API
=============

Upload Lantern Image
====================

.. rest_method:: PUT /v1/lanterns/{lantern_id}/image

Stores the lantern's picture.

Normal response codes: 204

Request
-------

.. rest_parameters:: lantern.yaml

   - lantern_id: lantern_id
   - Content-Type: content_bytes

Show Lantern
============

.. rest_method:: GET /v1/lanterns/{lantern_id}

Shows a lantern.

Normal response codes: 200

Request
-------

.. rest_parameters:: lantern.yaml

   - lantern_id: lantern_id
   - Accept: accept_json_yaml

Response
--------

.. rest_parameters:: lantern.yaml

   - wick: wick

Light Lantern
=============

.. rest_method:: POST /v1/lanterns/{lantern_id}/light

Lights a lantern.

Normal response codes: 200

Request
-------

.. rest_parameters:: lantern.yaml

   - lantern_id: lantern_id
   - Content-Type: content_json_yaml
   - Accept: accept_xml
   - flame: flame

Response
--------

**Example Light lantern: JSON response**

.. code-block:: json

   {"lit": true, "since": "dusk"}
"""
OS_PARAMETERS = """\
accept_json_yaml:
  description: |
    ``application/json`` or ``application/yaml``.
  in: header
  required: false
  type: string
accept_xml:
  description: |
    ``application/xml``.
  in: header
  required: false
  type: string
content_bytes:
  description: |
    ``application/octet-stream``: the image's bytes.
  in: header
  required: true
  type: string
content_json_yaml:
  description: |
    ``application/json`` or ``application/x-yaml``.
  in: header
  required: true
  type: string
lantern_id:
  description: |
    The lantern.
  in: path
  required: true
  type: string
flame:
  description: |
    How bright.
  in: body
  required: true
  type: string
wick:
  description: |
    The wick.
  in: body
  required: true
  type: string
"""


def _os_build(tmp_path: Path) -> tuple[dict[str, Any], BuildResult]:
    result = _build(tmp_path, {"index.rst": OS_PAGE, "lantern.yaml": OS_PARAMETERS})
    assert result.spec is not None
    return split_sources(result.spec)[0], result


def _findings(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


def _send(
    spec: dict[str, Any], method: str, path: str, headers: dict[str, str], body: bytes = b""
) -> httpx.Response:
    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=make_app(spec))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as client:
            return await client.request(method, path, content=body or None, headers=headers)

    return asyncio.run(send())


# ---------------------------------------------------------------- 1. an upload of bytes


def test_osapiref_a_content_type_of_bytes_without_body_fields_is_a_binary_request_body(
    tmp_path: Path,
) -> None:
    """A Content-Type entry naming ``application/octet-stream`` for a PUT with no body parameters
    was RST186 and the operation took no body: the spec said the upload takes nothing. It is a
    binary body of that type now (a ``File`` for openapi-python-client); the mock takes the raw
    bytes and refuses another Content-Type with 415."""
    spec, result = _os_build(tmp_path)
    body = spec["paths"]["/v1/lanterns/{lantern_id}/image"]["put"]["requestBody"]
    assert body == {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
    assert not [m for _, m in _findings(result, "RST186") if "octet-stream" in m]
    path = "/v1/lanterns/l1/image"
    assert (
        _send(spec, "PUT", path, {"Content-Type": "application/octet-stream"}, b"\x89PNG\x00\xff").status_code
        == 204
    )
    refused = _send(spec, "PUT", path, {"Content-Type": "application/json"}, b"{}")
    assert refused.status_code == 415 and "application/octet-stream" in refused.json()["detail"]


UPLOAD = resource(
    "put",
    "/lanterns/(lantern_id)/image",
    "**Example request**:",
    "",
    ".. sourcecode:: http",
    "",
    "   PUT /lanterns/l1/image HTTP/1.1",
    "   Content-Type: image/png",
    "",
    "   <the image's bytes>",
    "",
    ":reqheader Content-Type: ``image/png``",
    ":statuscode 204: stored",
)


def test_httpdomain_a_content_type_of_bytes_is_a_binary_request_body(tmp_path: Path) -> None:
    """``:reqheader Content-Type: image/png`` with a raw example body was RST164 ("not read, the
    operation has no request body") and the field RST151: a binary body of that type now, its
    example the bytes as written; the mock takes an upload and refuses JSON with 415."""
    spec, result = built(tmp_path, UPLOAD)
    body = spec["paths"]["/lanterns/{lantern_id}/image"]["put"]["requestBody"]["content"]
    assert list(body) == ["image/png"]
    assert body["image/png"]["schema"] == {"type": "string", "format": "binary"}
    assert _findings(result, "RST164") == [] and _findings(result, "RST151") == []
    assert (
        _send(spec, "PUT", "/lanterns/l1/image", {"Content-Type": "image/png"}, b"\x89PNG").status_code == 204
    )
    assert (
        _send(spec, "PUT", "/lanterns/l1/image", {"Content-Type": "application/json"}, b"{}").status_code
        == 415
    )


# ---------------------------------------------------------------- 2. several media types


def test_osapiref_every_media_type_an_entry_names_is_a_content_entry(tmp_path: Path) -> None:
    """An entry saying "``application/json`` or ``application/yaml``" kept only the first: each is a content
    entry now, in the order written; YAML's shape the JSON fields do not show, so it has no schema
    and a finding says so at the entry."""
    spec, result = _os_build(tmp_path)
    shown = spec["paths"]["/v1/lanterns/{lantern_id}"]["get"]["responses"]["200"]["content"]
    assert list(shown) == ["application/json", "application/yaml"]
    assert shown["application/yaml"] == {} and "$ref" in shown["application/json"]["schema"]
    light = spec["paths"]["/v1/lanterns/{lantern_id}/light"]["post"]["requestBody"]["content"]
    assert list(light) == ["application/json", "application/x-yaml"] and light["application/x-yaml"] == {}
    lines = [line for line, message in _findings(result, "RST186") if "with no schema" in message]
    assert lines == [
        line_number(OS_PAGE, "- Accept: accept_json_yaml"),
        line_number(OS_PAGE, "- Content-Type: content_json_yaml"),
        line_number(OS_PAGE, "- Accept: accept_xml"),
    ]


SEVERAL = resource(
    "post",
    "/lanterns",
    ":reqheader Content-Type: ``application/json`` or ``application/vnd.lantern+json``",
    ":reqheader Accept: ``application/json`` or ``application/yaml``",
    ":<json string flame: how bright",
    ":>json string id: the lantern",
    ":statuscode 201: made",
)


def test_httpdomain_every_media_type_a_header_names_is_a_content_entry(tmp_path: Path) -> None:
    """Both JSON types of the Content-Type carry the body's schema; the Accept's YAML is named with
    no schema (RST164 at the field)."""
    spec, result = built(tmp_path, SEVERAL)
    operation = spec["paths"]["/lanterns"]["post"]
    request = operation["requestBody"]["content"]
    assert list(request) == ["application/json", "application/vnd.lantern+json"]
    assert request["application/json"] == request["application/vnd.lantern+json"]
    response = operation["responses"]["201"]["content"]
    assert list(response) == ["application/json", "application/yaml"] and response["application/yaml"] == {}
    [(line, message)] = _findings(result, "RST164")
    assert line == line_number(SEVERAL, ":reqheader Accept:") and "application/yaml" in message


# ---------------------------------------------------------------- 3. XML asked, JSON shown


def test_osapiref_a_json_sample_is_not_the_schema_of_the_xml_an_accept_asks_for(tmp_path: Path) -> None:
    """``Accept: application/xml`` put the schema inferred from a JSON sample (and the JSON sample)
    under ``application/xml``: they are JSON's now, XML is named with no schema; the mock answers
    ``Accept: application/xml`` in XML, never JSON labelled XML."""
    spec, _ = _os_build(tmp_path)
    content = spec["paths"]["/v1/lanterns/{lantern_id}/light"]["post"]["responses"]["200"]["content"]
    assert list(content) == ["application/json", "application/xml"]
    assert content["application/xml"] == {}
    assert [e["value"] for e in content["application/json"]["examples"].values()] == [
        {"lit": True, "since": "dusk"}
    ]
    headers = {"Content-Type": "application/json", "Accept": "application/xml"}
    reply = _send(spec, "POST", "/v1/lanterns/l1/light", headers, b'{"flame": "low"}')
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("application/xml")
    assert reply.text.startswith("<?xml")
    json_reply = _send(
        spec, "POST", "/v1/lanterns/l1/light", {"Content-Type": "application/json"}, b'{"flame": "a"}'
    )
    assert json_reply.json() == {"lit": True, "since": "dusk"}


def test_the_generated_client_sends_an_upload_as_a_file(tmp_path: Path) -> None:
    """openapi-python-client makes the binary body a ``File`` it sends as the raw content (an empty
    schema would be ``Any``, which it cannot send; no schema, a skipped operation). It sends raw
    bodies of ``application/octet-stream`` only (another type is mapped to it by the client
    configuration's ``content_type_overrides``)."""
    import yaml

    from rstapi.client import generate_client

    (tmp_path / "doc").mkdir()
    spec, _ = built(tmp_path / "doc", UPLOAD.replace("image/png", "application/octet-stream"))
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    config = "project_name_override: lantern-client\npackage_name_override: lantern_client\npost_hooks: []\n"
    (tmp_path / "config.yaml").write_text(config, encoding="utf-8")
    result = generate_client(tmp_path / "spec.yaml", tmp_path / "out", tmp_path / "config.yaml")
    assert not result.failed and not result.warnings
    module = tmp_path / "out" / "lantern_client" / "api" / "lanterns" / "update_lanterns_image.py"
    source = module.read_text(encoding="utf-8")
    assert "body: File," in source and '_kwargs["content"] = body.payload' in source


# ---------------------------------------------------------------- vendor types, parameters, qualities

VENDOR = resource(
    "get",
    "/lanterns/(int:lantern_id)",
    "**Example response**:",
    "",
    ".. sourcecode:: http",
    "",
    "   HTTP/1.1 200 OK",
    "   Content-Type: application/vnd.lantern+json; charset=utf-8",
    "",
    '   {"id": 1}',
    "",
    ":reqheader Accept: ``application/vnd.lantern+json;q=1.0``",
    ":statuscode 200: the lantern",
)


def test_the_mock_serves_a_vendor_json_type_as_documented(tmp_path: Path) -> None:
    """A success documented only as ``application/vnd.lantern+json`` (a charset and a quality value
    are no part of the type): the mock labelled its JSON ``application/json``, which the spec does
    not document, and refused ``Accept: application/vnd.lantern+json`` with 406 "documented in
    application/json only". It answers in the vendor type now, and a 406 names it."""
    spec, _ = built(tmp_path, VENDOR)
    assert list(spec["paths"]["/lanterns/{lantern_id}"]["get"]["responses"]["200"]["content"]) == [
        "application/vnd.lantern+json"
    ]
    for accept in (
        {},
        {"Accept": "application/vnd.lantern+json"},
        {"Accept": "application/*+json, */*;q=0.1"},
    ):
        reply = _send(spec, "GET", "/lanterns/1", accept)
        assert (reply.status_code, reply.headers["content-type"]) == (200, "application/vnd.lantern+json")
        assert reply.json() == {"id": 1}
    refused = _send(spec, "GET", "/lanterns/1", {"Accept": "application/xml"})
    assert refused.status_code == 406 and "application/vnd.lantern+json only" in refused.json()["detail"]
