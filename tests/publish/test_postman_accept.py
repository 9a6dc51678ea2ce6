"""A request of the collection asks for the media type its operation documents: an image endpoint
(`:resheader Content-Type: image/png`) is requested with `Accept: image/png`, which the API serves,
not `Accept: application/json`, which an API serving only the image refuses."""

from __future__ import annotations

from typing import Any

from rstapi.publish import collection_from_spec


def _spec(content: dict[str, Any]) -> dict[str, Any]:
    ok = {"200": {"description": "the avatar", "content": content}}
    get = {"operationId": "get_avatar", "summary": "Show the avatar", "responses": ok}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Avatars", "version": "1"},
        "paths": {"/avatar": {"get": get}},
    }


def _accept(spec: dict[str, Any]) -> list[str]:
    (item,) = collection_from_spec(spec)["item"]  # no tag: the request is at the top, in no folder
    return [header["value"] for header in item["request"]["header"] if header["key"] == "Accept"]


def test_an_image_is_requested_as_an_image() -> None:
    assert _accept(_spec({"image/png": {"schema": {}}})) == ["image/png"]


def test_a_json_body_is_requested_as_json() -> None:
    both = {"application/json": {"schema": {}}, "application/xml": {"schema": {}}}
    assert _accept(_spec(both)) == ["application/json"]
    assert _accept(_spec({})) == ["application/json"]
