"""An operation whose response is documented in a media type that is neither JSON nor XML (an
httpdomain `:resheader Content-Type: image/png`, a CSV export) is answered in that media type, its
example as written, instead of a JSON string under `Content-Type: application/json`; a client asking
for that media type is served, not refused with a 406 naming JSON and XML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import Client

from rstapi.mock import make_app
from tests.httpdomain_style import built, resource

AVATAR = resource(
    "get",
    "/users/(int:user_id)/avatar",
    ":resheader Content-Type: image/png",
    ":statuscode 200: the avatar",
)
EXPORT = resource(
    "get",
    "/reports/export",
    ":resheader Content-Type: text/csv",
    ":statuscode 200: the report",
    "",
    "**Example response**:",
    "",
    ".. sourcecode:: http",
    "",
    "   HTTP/1.1 200 OK",
    "   Content-Type: text/csv",
    "",
    "   day,visits",
    "   monday,12",
)


def _client(tmp_path: Path, text: str) -> Client:
    spec: dict[str, Any] = built(tmp_path, text)[0]
    return Client(make_app(spec, token_secret="media-" + "s" * 32))


@pytest.mark.parametrize("accept", [None, "image/png", "image/*", "*/*"])
def test_an_image_is_answered_as_an_image(tmp_path: Path, accept: str | None) -> None:
    headers = {} if accept is None else {"Accept": accept}
    reply = _client(tmp_path, AVATAR).get("/users/7/avatar", headers=headers)
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"] == "image/png"
    assert not reply.content.startswith(b'"')  # no JSON string


def test_a_text_export_is_its_example_as_written(tmp_path: Path) -> None:
    reply = _client(tmp_path, EXPORT).get("/reports/export", headers={"Accept": "text/csv"})
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"].startswith("text/csv")
    assert reply.text == "day,visits\nmonday,12"


def test_another_media_type_is_refused_naming_the_documented_one(tmp_path: Path) -> None:
    reply = _client(tmp_path, AVATAR).get("/users/7/avatar", headers={"Accept": "text/html"})
    assert reply.status_code == 406
    assert "image/png" in reply.json()["detail"]
