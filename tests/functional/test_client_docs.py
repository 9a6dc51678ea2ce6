"""Every python block of docs/client.md runs, as written, against the mock and passes mypy --strict.

The blocks name the mock's loopback address; the test answers that address in-process (no socket).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from rstapi.mock.app import MockApp
from tests.functional.conftest import CLIENT_PROJECT, ROOT, SyncASGITransport
from tests.functional.support import response_example

DOC = ROOT / "docs" / "client.md"
CLIENT_README = ROOT / "generated_client" / "README.md"
FIRST = re.compile(r"## Get a token and call an endpoint\n.*?```python\n(.*?)```", re.DOTALL)
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _first(document: Path = DOC) -> str:
    found = FIRST.search(document.read_text(encoding="utf-8"))
    assert found, f"{document}: no python block under 'Get a token and call an endpoint'"
    return found.group(1)


def _blocks() -> list[str]:
    return BLOCK.findall(DOC.read_text(encoding="utf-8"))


def test_the_client_readme_shows_the_same_first_block() -> None:
    assert _first(CLIENT_README) == _first(DOC)


def test_the_first_block_is_short_and_names_no_production_host_as_its_target() -> None:
    code = _first()
    assert len(code.splitlines()) <= 15
    assert re.search(r'^base_url = "http://127\.0\.0\.1:\d+"', code, re.MULTILINE)


def _run(block: str, app: MockApp, monkeypatch: pytest.MonkeyPatch) -> SyncASGITransport:
    """Run ``block`` with httpx's network transports replaced by the in-process mock."""
    bridge = SyncASGITransport(app)
    async_bridge = httpx.ASGITransport(app=app)
    monkeypatch.setattr(httpx._client, "HTTPTransport", lambda **_: bridge)
    monkeypatch.setattr(httpx._client, "AsyncHTTPTransport", lambda **_: async_bridge)
    exec(compile(block, str(DOC), "exec"), {"__name__": "docs_block"})
    return bridge


def test_the_first_block_prints_the_plans_of_the_reference_example(
    spec: dict[str, Any], app: MockApp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bridge = _run(_first(), app, monkeypatch)
    assert {request.url.host for request in bridge.requests} == {"127.0.0.1"}
    page = response_example(spec, "list_subscriptions")
    plans = [f"{plan['title']} {plan['uuid']}" for plan in page["results"]]
    assert capsys.readouterr().out.splitlines() == [str(page["count"]), *plans]


def test_the_errors_block_prints_the_401(
    app: MockApp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    block = next(block for block in _blocks() if "except ApiError" in block)
    _run(block, app, monkeypatch)
    assert capsys.readouterr().out.startswith("401 ")


def test_the_asyncio_block_prints_every_plan(
    spec: dict[str, Any], app: MockApp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    block = next(block for block in _blocks() if "asyncio.run" in block)
    _run(block, app, monkeypatch)
    titles = [plan["title"] for plan in response_example(spec, "list_subscriptions")["results"]]
    assert capsys.readouterr().out.splitlines() == titles


def test_every_block_runs(app: MockApp, monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(_blocks()) >= 3
    for block in _blocks():
        _run(block, app, monkeypatch)


@pytest.mark.slow
def test_every_block_type_checks_under_mypy_strict(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy is in the lint extra")
    files = []
    for index, block in enumerate(_blocks()):
        path = tmp_path / f"docs_block_{index}.py"
        path.write_text(block, encoding="utf-8")
        files.append(str(path))
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), *files]
    result = subprocess.run(command, cwd=CLIENT_PROJECT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
