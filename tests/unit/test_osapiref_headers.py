"""os-api-ref: the request headers OpenAPI ignores as header parameters (Authorization, Accept,
Content-Type) and the response header it ignores (Content-Type) are said in its own terms: the
operation's security requirement and the bodies' media types."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from rstapi.mock import make_app
from rstapi.openapi.sourcemap import split_sources
from tests.rst_style import line_number
from tests.unit.test_osapiref_explored import _build, _codes, _spec

PAGE = """\
============
 Kettle API
============

Create Kettle
=============

.. rest_method:: POST /v1/kettles

Creates a kettle.

.. code-block:: console

   $ curl -X POST -H "Authorization: Token 9944b0" https://kettle.example.com/v1/kettles

Normal response codes: 201

Error response codes: unauthorized(401)

Request
-------

.. rest_parameters:: parameters.yaml

   - Accept: accept_xml
   - Authorization: auth_token
   - Content-Type: content_type
   - X-Auth-Token: x_auth_token
   - name: name

Response
--------

.. rest_parameters:: parameters.yaml

   - id: id

Show Kettle
===========

.. rest_method:: GET /v1/kettles/{kettle_id}

Shows a kettle.

Normal response codes: 200

Request
-------

.. rest_parameters:: parameters.yaml

   - Accept: accept_vague
   - Authorization: auth_bearer
   - Content-Type: content_type
   - kettle_id: kettle_id

Response
--------

.. rest_parameters:: parameters.yaml

   - Content-Type: content_type_text
   - id: id
"""
PARAMETERS = """\
Accept:
  description: |
    ``application/xml``.
  in: header
  required: false
  type: string
accept_vague:
  description: |
    The format you want.
  in: header
  required: false
  type: string
accept_xml:
  description: |
    ``application/xml``.
  in: header
  required: false
  type: string
auth_bearer:
  description: |
    A bearer token.
  in: header
  required: true
  type: string
auth_token:
  description: |
    ``Token <key>``, the key of your account.
  in: header
  required: true
  type: string
content_type:
  description: |
    ``application/vnd.kettle+json``.
  in: header
  required: true
  type: string
content_type_text:
  description: |
    ``text/plain``.
  in: header
  required: true
  type: string
x_auth_token:
  description: |
    A Keystone token.
  in: header
  required: false
  type: string
kettle_id:
  description: |
    The kettle.
  in: path
  required: true
  type: string
id:
  description: |
    The id.
  in: body
  required: true
  type: string
name:
  description: |
    The name.
  in: body
  required: true
  type: string
"""


def _reply(spec: dict[str, Any], method: str, path: str) -> httpx.Response:
    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=make_app(spec))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as client:
            return await client.request(method, path, json={"name": "k"})

    return asyncio.run(send())


def test_authorization_is_the_operations_security_requirement(tmp_path: Path) -> None:
    """An ``in: header`` entry named Authorization was a header parameter, which OpenAPI 3.1
    ignores: the spec said the operation takes no credentials, so the mock, the client and the
    contract run sent none. It is the operation's security now, its scheme named by the word a
    sample request sends (``Token``) or the description names ("a bearer token"); X-Auth-Token
    stays a header parameter."""
    result = _build(tmp_path, {"index.rst": PAGE, "parameters.yaml": PARAMETERS})
    spec = _spec(result)
    create, show = spec["paths"]["/v1/kettles"]["post"], spec["paths"]["/v1/kettles/{kettle_id}"]["get"]
    assert create["security"] == [{"Token": []}] and show["security"] == [{"Bearer": []}]
    assert split_sources(spec)[0]["components"]["securitySchemes"] == {
        "Token": {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>`, the key of your account.",
            "x-rstapi-auth-prefix": "Token",
        },
        "Bearer": {"type": "http", "scheme": "bearer", "description": "A bearer token."},
    }
    headers = [p["name"] for op in (create, show) for p in op.get("parameters", ()) if p["in"] == "header"]
    assert headers == ["X-Auth-Token"]
    assert _reply(spec, "POST", "/v1/kettles").status_code == 401  # the mock asks for the key


def test_accept_and_content_type_are_media_types_or_rst186(tmp_path: Path) -> None:
    """Accept and Content-Type entries were header parameters (and a response's Content-Type a
    response header), all of which OpenAPI ignores: they are the bodies' media types now; one that
    names no media type, or a Content-Type of a request without a body, is RST186 at its item. The
    body's fields are JSON's: an Accept asking for XML names it with no schema (RST186 says so)."""
    result = _build(tmp_path, {"index.rst": PAGE, "parameters.yaml": PARAMETERS})
    spec = _spec(result)
    create, show = spec["paths"]["/v1/kettles"]["post"], spec["paths"]["/v1/kettles/{kettle_id}"]["get"]
    assert list(create["requestBody"]["content"]) == ["application/vnd.kettle+json"]
    assert list(create["responses"]["201"]["content"]) == ["application/json", "application/xml"]
    assert "schema" not in create["responses"]["201"]["content"]["application/xml"]
    assert list(show["responses"]["200"]["content"]) == ["application/json", "text/plain"]
    assert "headers" not in show["responses"]["200"]
    found = [(int(where.rsplit(":", 1)[1]), message) for where, message in _codes(result, "RST186")]
    assert [line for line, _ in found] == [
        line_number(PAGE, "- Accept: accept_xml"),
        line_number(PAGE, "- Accept: accept_vague"),
        line_number(PAGE, "- Content-Type: content_type", occurrence=2),
        line_number(PAGE, "- Content-Type: content_type_text"),
    ]
    assert "names application/xml for the success response" in found[0][1]
    assert "'Accept' (in: header, " in found[1][1] and "names no media type" in found[1][1]
    assert "'Content-Type' (in: header, " in found[2][1] and "the request has no body" in found[2][1]
    assert "names text/plain for the success response" in found[3][1]
