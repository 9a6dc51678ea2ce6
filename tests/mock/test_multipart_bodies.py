"""A request body documented as multipart/form-data (a file upload with form fields) is read part
by part, as a server reads it: each part's name is its field, a file part's content is its value
(a binary string), the other parts are typed per the schema as form fields are; what the schema
refuses is a 400 naming the field, and a body that is no multipart message of the boundary sent
is a 400. It was a 400 for every upload: the bytes were checked as one object."""

from __future__ import annotations

from typing import Any

from conftest import Client

from rstapi.mock import make_app

UPLOADS = "/v1/uploads"
_FORM = {
    "type": "object",
    "properties": {
        "file": {"type": "string", "format": "binary"},
        "caption": {"type": "string", "maxLength": 20},
        "width": {"type": "integer", "minimum": 1},
    },
    "required": ["file"],
}
_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Uploads", "version": "1"},
    "paths": {
        UPLOADS: {
            "post": {
                "operationId": "create_upload",
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": _FORM}}},
                "responses": {
                    "201": {
                        "description": "Stored",
                        "content": {"application/json": {"example": {"id": 7, "caption": "Me"}}},
                    },
                    "400": {"description": "Not an upload"},
                },
            }
        }
    },
}
_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe"


def _client() -> Client:
    return Client(make_app(_SPEC, token_secret="s" * 44))


def test_a_multipart_upload_the_schema_allows_is_answered_with_the_example() -> None:
    response = _client().post(
        UPLOADS, files={"file": ("me.png", _PNG, "image/png")}, data={"caption": "Me", "width": "3"}
    )
    assert (response.status_code, response.json()) == (201, {"id": 7, "caption": "Me"}), response.text


def test_a_multipart_field_the_schema_refuses_is_a_400_naming_it() -> None:
    client = _client()
    long = client.post(UPLOADS, files={"file": ("me.png", _PNG, "image/png")}, data={"caption": "x" * 21})
    assert long.status_code == 400 and "caption" in long.text, long.text
    narrow = client.post(UPLOADS, files={"file": ("me.png", _PNG, "image/png")}, data={"width": "0"})
    assert narrow.status_code == 400 and "width" in narrow.text, narrow.text
    missing = client.post(UPLOADS, files={"other": ("a.txt", b"a", "text/plain")}, data={"caption": "Me"})
    assert missing.status_code == 400 and "file" in missing.text, missing.text


def test_a_body_that_is_no_multipart_message_of_its_boundary_is_a_400() -> None:
    client = _client()
    headers = {"Content-Type": "multipart/form-data; boundary=xyz"}
    response = client.post(UPLOADS, content=b"not a multipart body", headers=headers)
    assert response.status_code == 400, response.text
    no_boundary = client.post(
        UPLOADS, content=b"--xyz\r\n\r\n--xyz--\r\n", headers={"Content-Type": "multipart/form-data"}
    )
    assert no_boundary.status_code == 400, no_boundary.text
