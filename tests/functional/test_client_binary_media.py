"""A reference documenting a response of a media type openapi-python-client does not read (an
image: `:resheader Content-Type: image/png`) gets a client all the same, whose call returns the
bytes, instead of `rstapi client` failing on a generator warning that names a memory address."""

from __future__ import annotations

import asyncio
import importlib
import sys
from pathlib import Path

import httpx
import pytest

from rstapi.mock import make_app
from tests.httpdomain_style import built, resource

CONFIG = "project_name_override: avatars-client\npackage_name_override: avatars_client\npost_hooks: []\n"
DOCUMENT = resource(
    "get",
    "/users/(int:user_id)/avatar",
    ":resheader Content-Type: image/png",
    ":statuscode 200: the avatar",
    ":statuscode 404: no such user",
)


@pytest.mark.slow
def test_a_binary_response_is_bytes_in_the_client(tmp_path: Path) -> None:
    pytest.importorskip("openapi_python_client", reason="openapi-python-client is in the client extra")
    from rstapi.client.generate import generate_client
    from rstapi.pyyaml import yaml

    spec, _ = built(tmp_path, DOCUMENT)
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    config = tmp_path / "client" / "openapi-python-client.yaml"
    config.parent.mkdir()
    config.write_text(CONFIG, encoding="utf-8")
    result = generate_client(spec_path, tmp_path / "out", config)
    assert [str(warning) for warning in result.warnings] == []
    assert not result.failed

    (module,) = (tmp_path / "out" / "avatars_client" / "api" / "users").glob("*_users_avatar.py")
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        client_module = importlib.import_module("avatars_client")
        operation = importlib.import_module(f"avatars_client.api.users.{module.stem}")
    finally:
        sys.path.remove(str(tmp_path / "out"))
    client = client_module.Client(base_url="http://testserver")
    app = make_app(spec, token_secret="avatars-" + "s" * 32)
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request)

    client.set_async_httpx_client(
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://testserver",
            event_hooks={"request": [record]},
        )
    )
    response = asyncio.run(operation.asyncio_detailed(7, client=client))
    assert sent[0].headers["accept"] == "image/png"  # not application/json, which the API refuses
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert response.parsed.payload.read() == response.content
