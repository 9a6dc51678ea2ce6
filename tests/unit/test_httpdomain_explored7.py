"""httpdomain documents of a seventh round: operation names, header examples, the wording of
field descriptions, the headers OpenAPI says elsewhere, and the page's introduction."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from rstapi.mock import make_app
from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built, resource
from tests.rst_style import line_number


def _found(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


def _operation_ids(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {
        (method, path): operation["operationId"]
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    }


# ---------------------------------------------------------------- operation names

NAMED = """Kitchen
=======

.. http:post:: /v2/pots/(project_id)/pots

   Adds a pot to a project.

   :param project_id: the project
   :statuscode 201: added

.. http:post:: /v2/pots/(pot_id)/wash

   Washes a pot.

   :param pot_id: the pot
   :statuscode 204: washed

.. http:get:: /files/(name).json

   A file as JSON.

   :param name: the file's name
   :statuscode 200: the file

.. http:get:: /files/(name).xml

   A file as XML.

   :param name: the file's name
   :statuscode 200: the file
"""


def test_operation_ids_read_as_method_names(tmp_path: Path) -> None:
    """A POST to a nested collection was named as an action of its last word (``pots_pots``), a
    GET of ``(name).json`` as a list named after the parameter (``list_files_name_json``): the
    generated client's method names. A plural last word is a collection (create), a segment
    holding a parameter an item (get), its literal rest (``json``) a word of the name."""
    spec, _ = built(tmp_path, NAMED)
    assert _operation_ids(spec) == {
        ("post", "/v2/pots/{project_id}/pots"): "create_pots_pots",
        ("post", "/v2/pots/{pot_id}/wash"): "wash_pots",
        ("get", "/files/{name}.json"): "get_files_json",
        ("get", "/files/{name}.xml"): "get_files_xml",
    }


# ---------------------------------------------------------------- header values of example messages

SHOWN = resource(
    "post",
    "/tickets",
    ":reqheader X-Tenant: the tenant",
    ":resheader X-Request-Id: the request's id",
    ":resheader integer X-Rate-Remaining: calls left this hour, at most 100",
    ":resheader ETag: the ticket's version",
    ":statuscode 201: created",
    "",
    ".. sourcecode:: http",
    "",
    "   POST /tickets HTTP/1.1",
    "   X-Tenant: acme",
    "",
    ".. sourcecode:: http",
    "",
    "   HTTP/1.1 201 Created",
    "   X-Request-Id: 9f1c",
    '   ETag: "v7"',
    "   X-Rate-Remaining: 500",
    "",
    '   {"id": 7}',
)


def _reply(spec: dict[str, Any], method: str, path: str) -> httpx.Response:
    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=make_app(spec))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as client:
            return await client.request(method, path, json={})

    return asyncio.run(send())


def test_header_values_of_example_messages_are_the_headers_examples(tmp_path: Path) -> None:
    """``X-Request-Id: 9f1c`` in the example response was not the header's example: the spec
    had none and the mock sent a made-up "string". Now the value a raw response (or request) shows
    is the example, read as the header's type; one its field refuses is RST160 at its line."""
    spec, result = built(tmp_path, SHOWN)
    operation = spec["paths"]["/tickets"]["post"]
    headers = operation["responses"]["201"]["headers"]
    assert headers["X-Request-Id"]["example"] == "9f1c"
    assert headers["ETag"]["example"] == '"v7"'  # the quotes are part of an entity tag
    assert "example" not in headers["X-Rate-Remaining"]
    [tenant] = [p for p in operation["parameters"] if p["name"] == "X-Tenant"]
    assert tenant["example"] == "acme"
    [(line, message)] = _found(result, "RST160")
    assert line == line_number(SHOWN, "X-Rate-Remaining: 500")
    assert "X-Rate-Remaining" in message and "maximum is 100" in message
    assert result.spec is not None
    reply = _reply(result.spec, "POST", "/tickets")
    assert reply.status_code == 201
    assert reply.headers["x-request-id"] == "9f1c"


# ---------------------------------------------------------------- headers OpenAPI says elsewhere

SECURED = """Library
=======

.. http:post:: /loans

   Lends a book.

   :reqheader Authorization: ``Token <key>``, the key of your account
   :reqheader Accept: application/xml
   :resjson int id: the loan
   :statuscode 201: lent
   :statuscode 401: no key

   .. sourcecode:: http

      POST /loans HTTP/1.1
      Authorization: Token 9944b09199c6

.. http:get:: /loans/(int:loan_id)

   One loan.

   :reqheader Authorization: a bearer token
   :reqheader Accept: the format you want
   :statuscode 200: the loan
"""


def test_authorization_is_the_operations_security_requirement(tmp_path: Path) -> None:
    """``:reqheader Authorization:`` was an Authorization header parameter, which OpenAPI 3.1
    ignores: no security requirement, so the client, the mock and the contract tests took no
    credentials. It is the operation's security now, its scheme named by the word an example
    sends (``Token``) or the description names ("a bearer token")."""
    spec, result = built(tmp_path, SECURED)
    lend, show = spec["paths"]["/loans"]["post"], spec["paths"]["/loans/{loan_id}"]["get"]
    assert lend["security"] == [{"Token": []}] and show["security"] == [{"Bearer": []}]
    assert spec["components"]["securitySchemes"] == {
        "Token": {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>`, the key of your account",
            "x-rstapi-auth-prefix": "Token",
        },
        "Bearer": {"type": "http", "scheme": "bearer", "description": "a bearer token"},
    }
    headers = [p["name"] for op in (lend, show) for p in op.get("parameters", ()) if p["in"] == "header"]
    assert headers == []
    assert _found(result, "RST151") == []
    assert result.spec is not None
    assert _reply(result.spec, "POST", "/loans").status_code == 401  # the mock asks for the key


def test_accept_is_the_success_bodys_media_type_or_rst164(tmp_path: Path) -> None:
    """``:reqheader Accept:`` was an Accept header parameter, which OpenAPI ignores: the media type
    it asks for is the success body's now; one that names none is RST164 at its line. The body's
    ``:resjson`` fields are JSON's: XML is named with no schema (RST164 says so)."""
    spec, result = built(tmp_path, SECURED)
    content = spec["paths"]["/loans"]["post"]["responses"]["201"]["content"]
    assert list(content) == ["application/json", "application/xml"] and content["application/xml"] == {}
    assert "content" not in spec["paths"]["/loans/{loan_id}"]["get"]["responses"]["200"]
    [(xml_line, xml), (line, message)] = _found(result, "RST164")
    assert xml_line == line_number(SECURED, "Accept: application/xml") and "names application/xml" in xml
    assert line == line_number(SECURED, "Accept: the format you want")
    assert "names no media type" in message


# ---------------------------------------------------------------- the page's introduction

INTRODUCED = """Ticket API
==========

The ticket service keeps support tickets.

.. note::

   All times are UTC.

.. code-block:: console

   $ curl https://tickets.example.com/v1/

Paging
------

Lists come a page at a time:

- ``page``, from 1
- ``size``, at most 50

Tickets
-------

Tickets are what customers open.

.. http:get:: /tickets

   Lists tickets.

   :statuscode 200: the tickets

Closed tickets are kept a year.

.. http:get:: /tickets/(int:ticket_id)

   One ticket.

   :statuscode 200: the ticket

Support
-------

Write to the desk.
"""


def test_the_introduction_keeps_notes_code_blocks_and_the_sections_before_the_first_directive(
    tmp_path: Path,
) -> None:
    """Only the first section's paragraphs and lists were the API's description: the note and the
    console block were dropped without a word, as were the sections before the first directive
    ("Paging", and "Tickets"' own words before it). What stands outside the directives after the
    first one is RST178 (info) once per section."""
    spec, result = built(tmp_path, INTRODUCED)
    assert spec["info"]["description"] == (
        "The ticket service keeps support tickets.\n\n"
        "Note: All times are UTC.\n\n"
        "~~~console\n$ curl https://tickets.example.com/v1/\n~~~\n\n"
        "**Paging**\n\n"
        "Lists come a page at a time:\n\n"
        "- `page`, from 1\n- `size`, at most 50\n\n"
        "**Tickets**\n\n"
        "Tickets are what customers open."
    )
    assert [line for line, _ in _found(result, "RST178")] == [
        line_number(INTRODUCED, "Closed tickets are kept"),
        line_number(INTRODUCED, "Write to the desk."),
    ]
