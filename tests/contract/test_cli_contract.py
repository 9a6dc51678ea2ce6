"""`rstapi contract` against the mock served by uvicorn on 127.0.0.1 (a real socket), and against a
deliberately broken variant of it, to prove the checks catch drift."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.contract.settings import PHASES
from rstapi.mock import make_app
from tests.conftest import SPEC
from tests.contract.conftest import CREDENTIALS, served

WRONG_TYPE_PATH = b"/enterprise/v1/subscriptions"  # its `count` is answered as a string
WRONG_STATUS_PATH = b"/enterprise/v1/bulk-license-enrollment"  # answered 202, documented 201


def broken(app: Any) -> Any:
    """The mock with two kinds of drift: a response field of the wrong type, an undocumented status."""

    async def wrapper(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"].encode() not in (WRONG_TYPE_PATH, WRONG_STATUS_PATH):
            return await app(scope, receive, send)
        messages: list[dict[str, Any]] = []

        async def keep(message: dict[str, Any]) -> None:
            messages.append(message)

        await app(scope, receive, keep)
        for message in _corrupt(scope["path"].encode(), messages):
            await send(message)

    return wrapper


def _corrupt(path: bytes, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    start, body = messages[0], b"".join(m.get("body", b"") for m in messages[1:])
    if path == WRONG_STATUS_PATH and start["status"] == 201:
        start = {**start, "status": 202}
    if path == WRONG_TYPE_PATH and start["status"] == 200:
        document = json.loads(body)
        document["count"] = str(document["count"])
        body = json.dumps(document).encode()
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
        start = {**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]}
    return [start, {"type": "http.response.body", "body": body}]


def _contract(base_url: str, tmp_path: Path, *extra: str) -> tuple[int, str, Path, Path]:
    junit, report = tmp_path / "contract.xml", tmp_path / "contract.txt"
    args = ["contract", "--spec", str(SPEC), "--base-url", base_url, *CREDENTIALS]
    args += ["--max-examples", "5", "--junit-xml", str(junit), "--report", str(report), *extra]
    # The static mock answers every id with its example (no state that knows an id is unknown), so
    # the documented phase's "unknown id -> 404" is not its contract: schemathesis' phases only.
    args += [item for phase in PHASES for item in ("--phase", phase)]
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.output, junit, report


@pytest.mark.slow
def test_contract_passes_against_the_mock_on_a_real_socket(spec: dict[str, Any], tmp_path: Path) -> None:
    with served(make_app(spec)) as base_url:
        code, output, junit, report = _contract(base_url, tmp_path)
    assert code == 0, output
    assert 'failures="0"' in junit.read_text()
    assert "14 passed, 0 failed, 0 skipped" in report.read_text()


@pytest.mark.slow
def test_contract_catches_a_wrong_field_type_and_an_undocumented_status(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    with served(broken(make_app(spec))) as base_url:
        code, output, junit, report = _contract(base_url, tmp_path)
    text = report.read_text()
    assert code == 1, output
    assert "FAIL GET /enterprise/v1/subscriptions" in text
    assert "response_schema_conformance" in _failure_line(text, "GET /enterprise/v1/subscriptions ")
    assert "status_code_conformance" in _failure_line(text, "POST /enterprise/v1/bulk-license-enrollment ")
    assert "reproduce: curl -X GET" in text
    assert 'failures="2"' in junit.read_text()


def _failure_line(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(f"FAIL {label}"))


def test_a_bad_base_url_is_a_usage_error(tmp_path: Path) -> None:
    code, output, _, _ = _contract("ftp://127.0.0.1", tmp_path)
    assert code == 2 and "--base-url" in output


def test_a_missing_spec_is_a_usage_error(tmp_path: Path) -> None:
    args = ["contract", "--spec", str(tmp_path / "none.yaml"), "--base-url", "http://127.0.0.1:9"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
