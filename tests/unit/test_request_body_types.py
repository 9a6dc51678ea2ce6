"""A request body that is no object (httpdomain): an array of one scalar type, a text/* body. The
reader types it from its example, the spec declares it, the mock takes the example and refuses a
body of another type; a mixed or nested array stays unread (RST164)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from rstapi.contract.variants import variants_for
from rstapi.diagnostics import Level
from rstapi.mock.app import make_app
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import BuildResult
from tests.conftest import build_rst


def _resource(path: str, *lines: str) -> str:
    body = "\n".join(f"   {line}" if line else "" for line in lines)
    return f"Things\n======\n\n.. http:post:: {path}\n\n   Sets a thing.\n\n{body}\n"


def _json_request(path: str, body: str) -> str:
    return _resource(
        path,
        "**Example request**:",
        "",
        ".. sourcecode:: http",
        "",
        f"   POST {path} HTTP/1.1",
        "   Content-Type: application/json",
        "",
        f"   {body}",
        "",
        ":statuscode 204: set",
    )


_TEXT = _resource(
    "/notes",
    ":reqheader Content-Type: text/plain",
    ":statuscode 204: stored",
    "",
    "**Example request**:",
    "",
    ".. sourcecode:: http",
    "",
    "   POST /notes HTTP/1.1",
    "   Content-Type: text/plain",
    "",
    "   Remember the milk.",
)


def _built(tmp_path: Path, text: str) -> tuple[dict[str, Any], BuildResult]:
    result = build_rst(tmp_path, text)
    assert result.spec is not None
    return split_sources(result.spec)[0], result


def _unread(result: BuildResult) -> list[str]:
    return [d.message for d in result.diagnostics if d.code == "RST164"]


def _errors(result: BuildResult) -> list[str]:
    return [f"{d.code} {d.message}" for d in result.diagnostics if d.level is Level.ERROR]


def _post(spec: dict[str, Any], path: str, content: bytes, media: str) -> httpx.Response:
    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=make_app(spec))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.post(path, content=content, headers={"Content-Type": media})

    return asyncio.run(call())


@pytest.mark.parametrize(
    ("written", "items"),
    [
        ('["red", "green", "blue"]', {"type": "string"}),
        ("[3, 1, 2]", {"type": "integer"}),
        ("[1.5, 2]", {"type": "number"}),
        ("[true, false]", {"type": "boolean"}),
    ],
)
def test_an_array_of_scalars_is_a_request_body_of_their_type(
    tmp_path: Path, written: str, items: dict[str, Any]
) -> None:
    spec, result = _built(tmp_path, _json_request("/colours", written))
    body = spec["paths"]["/colours"]["post"]["requestBody"]
    media = body["content"]["application/json"]
    assert media["schema"] == {"type": "array", "items": items}
    assert media["examples"]["request_1"]["value"] == json.loads(written)
    assert body["required"] is True
    assert not _unread(result)
    assert not _errors(result)


def test_a_text_body_is_a_string_request_body(tmp_path: Path) -> None:
    spec, result = _built(tmp_path, _TEXT)
    media = spec["paths"]["/notes"]["post"]["requestBody"]["content"]
    assert list(media) == ["text/plain"]
    assert media["text/plain"]["schema"] == {"type": "string"}
    assert media["text/plain"]["examples"]["request_1"]["value"] == "Remember the milk."
    assert not _unread(result)
    assert not _errors(result)


def test_a_text_body_that_looks_like_json_stays_text(tmp_path: Path) -> None:
    text = _TEXT.replace("Remember the milk.", '["not", "json", "here"]')
    spec, result = _built(tmp_path, text)
    media = spec["paths"]["/notes"]["post"]["requestBody"]["content"]["text/plain"]
    assert media["schema"] == {"type": "string"}
    assert media["examples"]["request_1"]["value"] == '["not", "json", "here"]'
    assert not _unread(result)


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ('["red", 1]', "an array of integer and string values"),
        ('[["red"], ["green"]]', "an array of array values"),
        ("[]", "an array of no values"),
        ('"red"', "application/json text"),  # a JSON string is read as text
    ],
)
def test_a_mixed_nested_or_empty_array_is_still_not_read(tmp_path: Path, written: str, shown: str) -> None:
    spec, result = _built(tmp_path, _json_request("/colours", written))
    assert "requestBody" not in spec["paths"]["/colours"]["post"]
    unread = _unread(result)
    assert len(unread) == 1
    assert shown in unread[0]


def test_the_mock_takes_the_example_array_and_refuses_another_type(tmp_path: Path) -> None:
    spec, _ = _built(tmp_path, _json_request("/colours", '["red", "green", "blue"]'))
    assert _post(spec, "/colours", b'["red", "green", "blue"]', "application/json").status_code == 204
    for wrong in (b"[1, 2]", b'{"colour": "red"}', b'"red"'):
        assert _post(spec, "/colours", wrong, "application/json").status_code == 400, wrong


def test_the_mock_takes_the_example_text_and_refuses_other_bodies(tmp_path: Path) -> None:
    spec, _ = _built(tmp_path, _TEXT)
    assert _post(spec, "/notes", b"Remember the milk.", "text/plain").status_code == 204
    assert _post(spec, "/notes", b"Remember the milk.", "application/json").status_code == 415
    assert _post(spec, "/notes", b"\xff\xfe not text", "text/plain").status_code == 400


def test_the_contract_variants_send_the_documented_array(tmp_path: Path) -> None:
    spec, _ = _built(tmp_path, _json_request("/colours", '["red", "green", "blue"]'))
    found = variants_for(spec, "/colours", "post", {}, 0)
    assert found is not None
    assert found[0].body == ["red", "green", "blue"]
    text_spec, _ = _built(tmp_path, _TEXT)
    assert variants_for(text_spec, "/notes", "post", {}, 0) is not None
